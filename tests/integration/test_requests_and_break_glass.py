"""On-request fields released by the provider, and breaking the glass, over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from caseworker.services.requests import ReasonTooShort, break_glass, request_release
from caseworker.store.models import BreakGlass, OutboxMessage, SourceItem, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.views.citizen import citizen_view
from caseworker.views.outbox import list_outbox, waiting_count

REASON = "Strategy discussion this afternoon about risk to the children"

WRITTEN = OutboxMessage.kind != "audit"
"""What a worker wrote (the audit log's own batches go to the organisation as well)."""


def _held_back(store: Store, provider: str, category: str) -> tuple[str, int]:
    with store.session() as s:
        row = s.execute(
            select(SourceItem.source_id, SourcePerson.citizen_id)
            .join(
                SourcePerson,
                (SourcePerson.partner_id == SourceItem.partner_id)
                & (SourcePerson.source_id == SourceItem.person_source_id),
            )
            .where(
                SourceItem.partner_id == provider,
                SourceItem.category == category,
                SourceItem.held_back.contains("record.detail"),
                SourcePerson.citizen_id.is_not(None),
            )
        ).first()
    assert row is not None
    return row[0], row[1]


def _item(store: Store, citizen: int, record: str):  # type: ignore[no-untyped-def]
    with store.session() as s:
        view = citizen_view(s, citizen)
    return next(
        i
        for i in view.chronology + tuple(x for g in view.needs_and_risks for x in g.items)
        if i.source.record_id == record
    )


def test_a_request_needs_a_real_reason(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    record, _ = _held_back(store, "police", "domestic_abuse_incident")
    with pytest.raises(ReasonTooShort):
        request_release(
            store,
            partner_id="police",
            record_source_id=record,
            field="record.detail",
            reason="need it",
            purpose="safeguarding_children",
            requested_by="A",
        )


def test_a_request_survives_a_partner_outage_and_the_granted_value_arrives(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    record, citizen = _held_back(store, "police", "domestic_abuse_incident")
    assert _item(store, citizen, record).access_of("record.detail").level == "on_request"
    request_release(
        store,
        partner_id="police",
        record_source_id=record,
        field="record.detail",
        reason=REASON,
        purpose="safeguarding_children",
        requested_by="A. Worker",
        citizen_id=citizen,
    )
    assert _item(store, citizen, record).request_of("record.detail") == "queued"
    sandbox.servers["police"].faults.fail_requests = 100
    SyncService(store).sync_all()
    with store.session() as s:
        assert (
            s.scalar(select(OutboxMessage.status).where(OutboxMessage.kind != "audit")) == "queued"
        )  # nothing typed is lost
    sandbox.servers["police"].faults.fail_requests = 0
    sandbox.desks["police"].delay_s = 0
    report = SyncService(store).sync_all()
    police = next(r for r in report.results if r.partner_id == "police")
    assert police.messages_sent == 1 and police.requests_decided == 1
    item = _item(store, citizen, record)
    assert item.request_of("record.detail") == "granted"
    assert item.access_of("record.detail").state == "released"
    assert item.detail and "DASH" in item.detail


def test_a_refused_request_shows_as_refused(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    record, citizen = _held_back(store, "police", "marac_referral")
    request_release(
        store,
        partner_id="police",
        record_source_id=record,
        field="record.detail",
        reason=REASON,
        purpose="safeguarding_children",
        requested_by="A. Worker",
    )
    sandbox.desks["police"].delay_s = 0
    SyncService(store).sync_all()
    item = _item(store, citizen, record)
    assert item.request_of("record.detail") == "refused" and item.detail is None


def test_breaking_the_glass_shows_for_a_while_and_alerts_the_provider(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    with store.session() as s:
        row = s.execute(
            select(SourceItem.source_id, SourcePerson.citizen_id)
            .join(
                SourcePerson,
                (SourcePerson.partner_id == SourceItem.partner_id)
                & (SourcePerson.source_id == SourceItem.person_source_id),
            )
            .where(SourceItem.category == "asb_complaint", SourceItem.detail.is_not(None))
        ).first()
    assert row is not None
    record, citizen = row
    before = _item(store, citizen, record)
    assert before.detail is None and before.access_of("record.detail").state == "override_available"
    break_glass(
        store,
        citizen_id=citizen,
        partner_id="housing",
        record_source_id=record,
        fields=["record.detail"],
        reason=REASON,
        purpose="safeguarding_children",
        requested_by="A. Worker",
    )
    after = _item(store, citizen, record)
    assert after.detail and after.access_of("record.detail").state == "overridden"
    SyncService(store).sync_all()
    (alert,) = sandbox.desks["housing"].alerts
    assert alert["reason"] == REASON and alert["requester"]["org"] == "childrens-social-care"
    # A break-glass from more than half an hour ago no longer shows anything.
    with store.session() as s:
        for bg in s.scalars(select(BreakGlass)):
            bg.expires_at = datetime.now(UTC) - timedelta(minutes=1)
    assert _item(store, citizen, record).detail is None


def test_notes_and_tasks_wait_in_the_outbox_until_the_partner_takes_them_once(synced) -> None:  # type: ignore[no-untyped-def]
    from caseworker.partners.http import RetryPolicy
    from caseworker.services.requests import queue_message

    store, sandbox, _ = synced
    record = sandbox.data["police"].persons[0]
    note = queue_message(
        store,
        partner_id="police",
        kind="note",
        requested_by="A. Worker",
        body={"person_id": record.source_id, "text": "Home visit on Tuesday."},
    )
    queue_message(
        store,
        partner_id="police",
        kind="task",
        requested_by="A. Worker",
        body={"person_id": record.source_id, "title": "Share the DASH form"},
    )
    sandbox.servers["police"].faults.fail_requests = 1000  # the partner is down all sync
    fast = RetryPolicy(attempts=2, base_s=0.01, max_s=0.02)
    SyncService(store, retry=fast).sync_all()
    with store.session() as s:
        assert set(s.scalars(select(OutboxMessage.status).where(WRITTEN))) == {"queued"}
    waiting = list_outbox(store)
    assert waiting_count(store) == 2
    assert [e.kind for e in waiting] == ["task", "note"]  # newest first
    assert waiting[1].summary == "Home visit on Tuesday."
    # Each says why it waits, as a code the Outbox puts in words (never a status code).
    assert all(e.status == "queued" and e.last_error == "partner_unavailable" for e in waiting)
    sandbox.servers["police"].faults.fail_requests = 0
    report = SyncService(store, retry=fast).sync_all()
    assert next(r for r in report.results if r.partner_id == "police").messages_sent == 2
    writes = sandbox.desks["police"].writes
    assert list(writes["notes"]) == [note]
    assert writes["notes"][note]["text"] == "Home visit on Tuesday."
    assert len(writes["tasks"]) == 1
    with store.session() as s:
        assert set(s.scalars(select(OutboxMessage.status).where(WRITTEN))) == {"delivered"}
    assert waiting_count(store) == 0
    assert all(e.status == "delivered" and e.last_error is None for e in list_outbox(store))
