"""Quarantined records can be reviewed (reasons only) and retried after a fix."""

from __future__ import annotations

from sqlalchemy import select

from caseworker.store.models import QuarantinedRecord, SourcePerson
from caseworker.sync.partners import load_cursor
from caseworker.sync.quarantine import list_quarantine
from caseworker.sync.quarantine_retry import retry_quarantine

# Quarantined by an earlier version of Caseworker, which refused NHS numbers failing the check
# digit; this version keeps them as unverified identifiers, so a retry accepts the record.
OLD_REJECT = (
    '{"resourceType":"Patient","id":"OLD1","meta":{"lastUpdated":'
    '"2026-11-01T00:00:00+00:00"},"name":[{"family":"Quarantined","given":["Una"]}],'
    '"identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9990000001"}]}'
)
STILL_BAD = (
    '{"type":"record","id":"SCH-BAD","updated":"2026-11-01T00:00:00+00:00",'
    '"data":{"person_id":"SCH-1","kind":"rumour","category":"x","title":"t"}}'
)


def test_retrying_the_quarantine_accepts_what_now_passes_and_keeps_the_rest(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as s:
        s.add(
            QuarantinedRecord(
                partner_id="nhs-trust",
                resource_ref="Patient/OLD1",
                reason_code="invalid_nhs_number",
                reason_detail="nhs_number fails the NHS number check",
                payload=OLD_REJECT,
            )
        )
        s.add(
            QuarantinedRecord(
                partner_id="school",
                resource_ref="record/SCH-BAD",
                reason_code="invalid_record",
                reason_detail="Invalid enum value 'rumour'",
                payload=STILL_BAD,
            )
        )
    listed = list_quarantine(store)
    assert {q.resource_ref for q in listed} == {"Patient/OLD1", "record/SCH-BAD"}
    assert not any(hasattr(q, "payload") for q in listed)  # reasons only, never payloads
    cursor = load_cursor(store, "nhs-trust")
    outcome = retry_quarantine(store)
    assert load_cursor(store, "nhs-trust") == cursor  # a retry does not move the sync on
    assert (outcome.accepted, outcome.still_invalid) == (1, 1)
    with store.session() as s:
        una = s.scalars(select(SourcePerson).where(SourcePerson.source_id == "OLD1")).one()
        assert una.family_name == "Quarantined" and una.nhs_number_unverified == "9990000001"
    assert [q.resource_ref for q in list_quarantine(store)] == ["record/SCH-BAD"]
