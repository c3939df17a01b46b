"""Someone holding the store key rewrites the audit log: drops the triggers, deletes what they
did to one citizen, renumbers and recomputes the whole chain and its head. The chain alone
cannot see it; the head the organisation already holds can. First the anchor kept from the
last sync finds it at once; a rewrite that also fixes the anchor is found at the next sync,
from the organisation's own answer, and the window then refuses the store until it is
sealed by someone allowed to."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from caseworker.audit.anchor import ANCHOR_KEY, read_anchor
from caseworker.audit.chain import GENESIS, HEAD_KEY, entry_hash, verify
from caseworker.audit.log import record
from caseworker.audit.seal import SealRefused, acknowledge
from caseworker.policy import OrganisationPolicy
from caseworker.profile import DEMO_PROFILE, Profile, save_profile
from caseworker.services.viewing import open_citizen
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.views.citizen import showcase_citizen
from tests.conftest import ROOT

MANAGER = Profile(
    "childrens-social-care", "team_manager", ("safeguarding_children",), "Demo team manager"
)


def _rewrite_without(store: Store, citizen_id: int, *, forget_anchor: bool) -> int:
    """The issue's attack: remove every entry about `citizen_id`, renumber the rest and
    recompute each hash and the head, so that the chain checks as intact. Returns how many
    entries were removed."""
    with store.engine.begin() as c:
        c.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        c.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
        rows = [dict(r) for r in c.execute(text("SELECT * FROM audit_log ORDER BY seq")).mappings()]
        kept = [r for r in rows if r["citizen_id"] != citizen_id]
        c.execute(text("DELETE FROM audit_log WHERE citizen_id = :c"), {"c": citizen_id})
        previous = GENESIS
        for number, row in enumerate(kept, start=1):  # ascending: a new number is never taken
            fields = {k: row[k] for k in ("at", "actor", "org", "role", "kind", "citizen_id")}
            fields |= {"seq": number, "detail": row["detail"]}
            digest = entry_hash(fields, previous)
            c.execute(
                text(
                    "UPDATE audit_log SET seq = :seq, prev_hash = :prev, hash = :hash"
                    " WHERE seq = :old"
                ),
                {"seq": number, "prev": previous, "hash": digest, "old": row["seq"]},
            )
            previous = digest
        c.execute(
            text("UPDATE settings SET value = :v WHERE key = :k"),
            {"k": HEAD_KEY, "v": f'{{"seq": {len(kept)}, "hash": "{previous}"}}'},
        )
        if forget_anchor:
            c.execute(text("DELETE FROM settings WHERE key = :k"), {"k": ANCHOR_KEY})
    return len(rows) - len(kept)


def _looked_at_a_child(synced) -> tuple[Store, int]:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        citizen = showcase_citizen(session)
    assert citizen is not None
    open_citizen(store, citizen)
    for n in range(4):
        record(store, "export", citizen_id=citizen, format="csv", records=n)
    assert SyncService(store).sync_all().ok  # the organisation now holds these entries
    with store.session() as session:
        anchor = read_anchor(session)
    assert anchor is not None and anchor.seq >= 5
    return store, citizen


def test_a_rewritten_chain_is_found_by_the_anchor_kept_from_the_last_sync(synced) -> None:  # type: ignore[no-untyped-def]
    store, citizen = _looked_at_a_child(synced)
    assert _rewrite_without(store, citizen, forget_anchor=False) >= 5
    with store.session() as session:
        report = verify(session)
    assert not report.ok
    assert "your organisation" in str(report.problem or "")


def test_a_rewrite_that_also_forgets_the_anchor_is_found_at_the_next_sync(synced) -> None:  # type: ignore[no-untyped-def]
    store, citizen = _looked_at_a_child(synced)
    _rewrite_without(store, citizen, forget_anchor=True)
    with store.session() as session:
        assert verify(session).ok  # the chain alone cannot tell

    report = SyncService(store).sync_all()
    by_partner = {r.partner_id: r for r in report.results}
    own = by_partner["childrens-social-care"]
    assert own.error_code == "audit_tampered"
    assert "altered" in (own.error_message or "")
    others = [r for pid, r in by_partner.items() if pid != "childrens-social-care"]
    assert others and all(r.ok for r in others)  # the other partners synced
    with store.session() as session:
        found = verify(session)
    assert not found.ok and "your organisation" in str(found.problem or "")

    # Sealing is for a role the organisation's policy allows, and then work goes on.
    with pytest.raises(SealRefused, match="team manager"):
        acknowledge(store, "Copy taken for IG investigation IG-2026-031.")
    with store.session() as session:
        save_profile(session, MANAGER)
    seal = acknowledge(
        store,
        "Copy taken for IG investigation IG-2026-031.",
        OrganisationPolicy(audit_acknowledge_roles=("team_manager",)),
    )
    with store.session() as session:
        save_profile(session, DEMO_PROFILE)
        assert verify(session).ok
    assert "your organisation" in seal.problem
    assert SyncService(store).sync_all().ok


def test_the_window_refuses_a_rewritten_log_even_when_nobody_is_watching(
    home_env: dict[str, str], tmp_path: Path
) -> None:
    """`--quit-after-paint` on a store whose log was altered prints why and exits 2; it used
    to wait for a click on a message box that the offscreen platform never shows."""
    import keyring

    from caseworker.paths import resolve_paths
    from caseworker.store.store import open_store
    from tests.support.keyrings import TestFileKeyring

    keyring.set_keyring(TestFileKeyring())
    with open_store(
        resolve_paths(Path(home_env["CASEWORKER_HOME"])), allow_insecure_keyring=True
    ) as store:
        with store.session() as session:
            save_profile(session, DEMO_PROFILE)
        for _ in range(3):
            record(store, "search", query="x", results=0)
        with store.engine.begin() as c:
            c.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            c.exec_driver_sql("UPDATE audit_log SET kind = 'view' WHERE seq = 2")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--quit-after-paint"],
        env=home_env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 2
    assert "audit log was altered" in done.stderr and "entry 2" in done.stderr
    assert "painted" not in done.stdout
