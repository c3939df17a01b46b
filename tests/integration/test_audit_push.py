"""The audit log reaches the user's own organisation through the outbox, in order, each
entry once, with hashes the organisation can check without the laptop."""

from __future__ import annotations

from caseworker.audit.chain import GENESIS, entry_hash
from caseworker.services.viewing import find, open_citizen
from caseworker.sync.engine import SyncService
from caseworker.views.citizen import showcase_citizen


def _received(sandbox) -> list[dict]:  # type: ignore[no-untyped-def]
    """Every entry the organisation holds, from every batch it received, in order."""
    batches = sandbox.desks["childrens-social-care"].writes.get("audit", {}).values()
    return sorted((e for b in batches for e in b["entries"]), key=lambda e: e["seq"])


def test_the_organisation_receives_a_chain_it_can_check(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    first = _received(sandbox)
    assert first and first[0]["seq"] == 1 and first[0]["prev_hash"] == GENESIS

    with store.session() as session:
        citizen = showcase_citizen(session)
    assert citizen is not None
    find(store, "holt")
    open_citizen(store, citizen)
    assert SyncService(store).sync_all().ok
    assert SyncService(store).sync_all().ok  # nothing new: nothing sent twice

    held = _received(sandbox)
    assert [e["seq"] for e in held] == list(range(1, len(held) + 1))  # each once, in order
    assert {"search", "view"} <= {e["kind"] for e in held}
    previous = GENESIS
    for entry in held:  # the organisation's own check, with nothing from the laptop
        fields = {k: entry[k] for k in ("seq", "at", "actor", "org", "role", "kind")}
        fields |= {"citizen_id": entry["citizen_id"], "detail": entry["detail"]}
        assert entry["prev_hash"] == previous
        assert entry_hash(fields, previous) == entry["hash"]
        previous = entry["hash"]
    others = [
        d.writes.get("audit") for pid, d in sandbox.desks.items() if pid != "childrens-social-care"
    ]
    assert not any(others)  # only the user's own organisation gets the log
