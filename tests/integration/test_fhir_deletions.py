"""Deletions on a FHIR server that offers type-level history (issue 19, deliverable 3): the
sandbox health partner publishes a CapabilityStatement with `history-type`, so the next sync
asks `{type}/_history?_since=` and removes what was deleted there; no daily roster is needed.
(The real server in test_real_fhir_server.py has no type history: there, deletions are found
by reconciling ids. Both paths are tested.)"""

from __future__ import annotations

from sqlalchemy import func, select

from caseworker.partners.connectors import connector_for
from caseworker.partners.fhir import FhirConnector
from caseworker.store.models import SourceItem, SourcePerson
from caseworker.sync.engine import SyncService


def test_deletions_arrive_through_history(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    server = sandbox.servers["nhs-trust"]
    config = next(c for c in sandbox.partner_configs() if c.partner_id == "nhs-trust")
    connector = connector_for(config)
    assert isinstance(connector, FhirConnector)
    assert connector.capabilities().history_type("Condition")
    with store.session() as s:
        condition = s.scalar(
            select(SourceItem.source_id)
            .where(SourceItem.partner_id == "nhs-trust", SourceItem.source_id.like("Condition/%"))
            .limit(1)
        )
        patient = s.scalar(
            select(SourcePerson.source_id).where(SourcePerson.partner_id == "nhs-trust").limit(1)
        )
    assert condition is not None and patient is not None
    server.feed.delete("Condition", condition.split("/", 1)[1])
    server.feed.delete("Patient", patient)

    report = SyncService(store).sync_all()
    health = next(r for r in report.results if r.partner_id == "nhs-trust")
    assert health.ok and health.deleted >= 2
    with store.session() as s:
        left = s.scalar(
            select(func.count())
            .select_from(SourceItem)
            .where(SourceItem.partner_id == "nhs-trust", SourceItem.source_id == condition)
        )
        person = s.scalar(
            select(func.count())
            .select_from(SourcePerson)
            .where(SourcePerson.partner_id == "nhs-trust", SourcePerson.source_id == patient)
        )
    assert left == 0 and person == 0
    again = SyncService(store).sync_all()
    assert next(r for r in again.results if r.partner_id == "nhs-trust").deleted == 0
