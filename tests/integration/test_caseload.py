"""Home: the people I follow and the people the team works with, and what is new for each
since I last opened their record (new partner records, consent, overdue tasks, requests)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from sqlalchemy import select

from caseworker.sandbox import wire
from caseworker.services.consent import record_consent
from caseworker.services.following import set_following
from caseworker.services.requests import request_release
from caseworker.services.team import add_entry, set_done
from caseworker.services.viewing import open_citizen
from caseworker.store.models import SourceItem, SourcePerson, TeamEntry
from caseworker.sync.engine import SyncService
from caseworker.views.caseload import caseload
from caseworker.views.citizen import showcase_citizen


def _rows(store):  # type: ignore[no-untyped-def]
    with store.session() as session:
        return {r.person.citizen_id: r for r in caseload(session)}


def test_the_caseload_counts_what_is_new_since_i_last_looked(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    assert _rows(store) == {}  # nobody followed, no team work: an empty caseload

    with store.session() as session:
        mine = showcase_citizen(session)
        other = showcase_citizen(session, adults=True)
    assert mine is not None and other is not None and mine != other
    set_following(store, mine, True)
    rows = _rows(store)
    assert list(rows) == [mine] and rows[mine].mine and rows[mine].last_looked is None
    assert not rows[mine].has_news  # never opened: nothing is "new" yet

    open_citizen(store, mine)
    first = _rows(store)[mine]
    assert first.last_looked is not None and first.new_records == 0

    # The team sets an overdue task on someone I do not follow: they join the team caseload.
    overdue = date.today() - timedelta(days=1)
    add_entry(store, other, kind="task", text="Home visit", partners=[], author="A", due_on=overdue)
    rows = _rows(store)
    assert not rows[other].mine and rows[other].overdue_tasks == 1 and rows[other].open_tasks == 1
    assert next(iter(rows)) == other  # news first

    # A partner changes my person's address; a consent decision is recorded; a request waits.
    with store.session() as session:
        person = session.scalars(
            select(SourcePerson).where(
                SourcePerson.citizen_id == mine, SourcePerson.partner_id == "childrens-social-care"
            )
        ).first()
        item = session.scalars(
            select(SourceItem).where(SourceItem.person_source_id == person.source_id)
        ).first()
    assert person is not None and item is not None
    data = sandbox.data[person.partner_id]
    index = next(i for i, p in enumerate(data.persons) if p.source_id == person.source_id)
    moved = dataclasses.replace(data.persons[index], address="1 New Street")
    data.persons[index] = moved
    sandbox.feeds[person.partner_id].put("person", moved.source_id, wire.case_person(moved))
    assert SyncService(store).sync_all().ok
    record_consent(
        store,
        citizen_id=mine,
        provider="housing",
        purpose="safeguarding_children",
        state="withdrawn",
        method="verbal",
        recorded_by="A",
    )
    request_release(
        store,
        partner_id=item.partner_id,
        record_source_id=item.source_id,
        field="record.detail",
        reason="Needed for the strategy meeting tomorrow.",
        purpose="safeguarding_children",
        requested_by="A",
        citizen_id=mine,
    )
    row = _rows(store)[mine]
    assert row.new_records == 1 and row.consent_changes == 1 and row.pending_requests == 1
    assert row.has_news

    # Opening the record again clears what was new; the request still waits.
    open_citizen(store, mine)
    row = _rows(store)[mine]
    assert (row.new_records, row.consent_changes, row.pending_requests) == (0, 0, 1)

    with store.session() as session:
        task = session.scalars(select(TeamEntry.id)).one()
    set_done(store, task)
    assert _rows(store)[other].open_tasks == 0
    set_following(store, mine, False)
    assert mine not in _rows(store)
