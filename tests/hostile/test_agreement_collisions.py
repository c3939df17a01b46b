"""One partner cannot switch off, replace or revoke another's agreement (issue 20, item 1).

Agreements are identified by provider, id and version. A partner that publishes an agreement
under another provider's id, signed with its own key, by malice or because two agencies both
call theirs `mash`, changes nothing about the other's."""

from __future__ import annotations

from msgspec.structs import replace
from sqlalchemy import func, select

from caseworker.agreements.registry import known_agreements, status
from caseworker.agreements.signing import sign
from caseworker.sandbox import agreements as sandbox_agreements
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.models import SourceItem, StoredAgreement
from caseworker.store.store import Store
from caseworker.sync.engine import SyncReport, SyncService

Synced = tuple[Store, SandboxNetwork, SyncReport]


def _police_items(store: Store) -> int:
    with store.session() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(SourceItem)
                .where(SourceItem.partner_id == "police")
            )
            or 0
        )


def _publish_as_housing(sandbox: SandboxNetwork, agreement_id: str, version: int) -> None:
    police = max(
        (a for a in sandbox.agreements["police"] if a.document.id == agreement_id),
        key=lambda a: a.document.version,
    )
    doc = replace(police.document, provider="housing", version=version, status="revoked")
    sandbox.agreements["housing"].append(
        sign(doc, sandbox_agreements.partner_key(sandbox.seed, "housing"))
    )


def _police_statuses(store: Store, sandbox: SandboxNetwork) -> dict[tuple[str, int], str]:
    with store.session() as s:
        return {
            (k.document.id, k.document.version): status(k, sandbox.today)
            for k in known_agreements(s, "police")
        }


def test_another_partner_cannot_supersede_or_revoke_an_agreement(synced: Synced) -> None:
    store, sandbox, _ = synced
    before, statuses = _police_items(store), _police_statuses(store, sandbox)
    assert before > 0 and "active" in statuses.values()
    _publish_as_housing(sandbox, "police-mash", 99)
    # Housing syncs alone (the police's own sync is not there to put things right).
    housing = [c for c in sandbox.partner_configs() if c.partner_id == "housing"]
    assert SyncService(store).sync_all(partners=housing).ok
    assert _police_statuses(store, sandbox) == statuses
    report = SyncService(store).sync_all()
    assert report.ok
    assert not [p for p in report.purges if p.provider == "police"]
    assert _police_items(store) == before
    assert _police_statuses(store, sandbox) == statuses


def test_the_same_id_and_version_from_another_partner_replaces_nothing(synced: Synced) -> None:
    store, sandbox, _ = synced
    with store.session() as s:
        held = {
            (r.provider, r.agreement_id, r.version): r.signed_json
            for r in s.scalars(select(StoredAgreement))
        }
    version = max(
        a.document.version for a in sandbox.agreements["police"] if a.document.id == "police-mash"
    )
    _publish_as_housing(sandbox, "police-mash", version)
    before = _police_items(store)
    report = SyncService(store).sync_all()
    assert report.ok
    with store.session() as s:
        after = {
            (r.provider, r.agreement_id, r.version): r.signed_json
            for r in s.scalars(select(StoredAgreement))
        }
    # The police's own document is untouched; housing's is held as housing's own.
    for key, raw in held.items():
        assert after[key] == raw
    assert ("housing", "police-mash", version) in after
    assert _police_items(store) == before
