"""A partner that refuses one outbox item does not block the partner (issue 22): the item is
marked refused with the partner's reason, shown as such, and the rest of the outbox and the
partner's sync carry on. A request the partner has lost is marked lapsed and may be asked
again. Over real HTTP against the sandbox's police partner."""

from __future__ import annotations

from sqlalchemy import select

from caseworker.services.requests import request_release
from caseworker.services.team import add_entry, entries
from caseworker.store.models import OutboxMessage, SourceItem, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.views.outbox import list_outbox

REASON = "Strategy discussion this afternoon about risk to the children"


def _police_records(store: Store, count: int) -> list[tuple[str, int]]:
    with store.session() as s:
        rows = s.execute(
            select(SourceItem.source_id, SourcePerson.citizen_id)
            .join(
                SourcePerson,
                (SourcePerson.partner_id == SourceItem.partner_id)
                & (SourcePerson.source_id == SourceItem.person_source_id),
            )
            .where(
                SourceItem.partner_id == "police",
                SourceItem.held_back.contains("record.detail"),
                SourcePerson.citizen_id.is_not(None),
            )
            .limit(count)
        ).all()
    assert len(rows) == count
    return [(r[0], r[1]) for r in rows]


def _ask(store: Store, record: str, citizen: int) -> None:
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


def _status(store: Store, record: str) -> tuple[str, str | None]:
    with store.session() as s:
        row = s.execute(
            select(OutboxMessage.status, OutboxMessage.last_error)
            .where(OutboxMessage.record_source_id == record)
            .order_by(OutboxMessage.id.desc())
        ).first()
    assert row is not None
    return row[0], row[1]


def test_one_refused_item_among_many_leaves_the_partner_syncing(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    (first, citizen), (second, other) = _police_records(store, 2)
    _ask(store, first, citizen)
    _ask(store, "CSC-NO-SUCH-RECORD", citizen)  # a record the police no longer hold
    add_entry(
        store,
        citizen,
        kind="note",
        text="Seen at school today.",
        partners=["police"],
        author="A. Worker",
    )
    _ask(store, second, citizen)
    sandbox.desks["police"].delay_s = 0

    report = SyncService(store).sync_all()

    police = next(r for r in report.results if r.partner_id == "police")
    assert police.ok, police.error_message  # the partner is not blocked
    assert police.messages_sent == 3  # both real requests and the note went
    status, why = _status(store, "CSC-NO-SUCH-RECORD")
    assert status == "rejected"
    assert why is not None and "no record with that reference" in why  # the partner's words
    assert _status(store, first)[0] in ("delivered", "granted")
    assert _status(store, second)[0] in ("delivered", "granted")
    assert [e.delivery for e in entries(store, citizen)] == ["delivered"]
    refused = [e for e in list_outbox(store) if e.status == "rejected"]
    assert len(refused) == 1 and refused[0].last_error == why  # the Outbox says why
    # The Outbox says whom each item is about (a record the partner no longer holds: no one).
    about = {(e.kind, e.citizen_id) for e in list_outbox(store)}
    assert about == {
        ("access_request", citizen),
        ("note", citizen),
        ("access_request", other),
        ("access_request", None),
    }
    assert {e.person for e in list_outbox(store) if e.citizen_id == citizen} != {""}

    # Nothing refused is sent again, and the next sync is clean.
    again = SyncService(store).sync_all()
    police = next(r for r in again.results if r.partner_id == "police")
    assert police.ok and police.messages_sent == 0
    assert _status(store, "CSC-NO-SUCH-RECORD")[0] == "rejected"


def test_a_request_the_partner_lost_lapses_and_may_be_asked_again(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    ((record, citizen),) = _police_records(store, 1)
    desk = sandbox.desks["police"]
    desk.delay_s = 3600  # the partner has not decided yet
    _ask(store, record, citizen)
    SyncService(store).sync_all()
    assert _status(store, record)[0] == "delivered"

    desk.forget_requests()  # the partner's desk restarted without its requests
    report = SyncService(store).sync_all()

    police = next(r for r in report.results if r.partner_id == "police")
    assert police.ok, police.error_message  # a lost request no longer fails every sync
    status, why = _status(store, record)
    assert status == "lapsed" and why is not None and "Ask again" in why
    _ask(store, record, citizen)  # a lapsed request is not open: asking again queues one
    assert _status(store, record)[0] == "queued"
