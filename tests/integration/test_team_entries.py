"""The team's notes, tasks and referrals: kept here, sent through the outbox, delivered once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from caseworker.services.team import EntryRefused, add_entry, entries, recipients, set_done
from caseworker.store.models import OutboxMessage, SourcePerson, TeamEntry
from caseworker.sync.engine import SyncService
from caseworker.views.citizen import showcase_citizen

AUTHOR = "A. Worker (CSC)"


def _showcase(store) -> int:  # type: ignore[no-untyped-def]
    with store.session() as s:
        found = showcase_citizen(s)
    assert found is not None
    return found


def test_a_note_goes_to_the_agencies_it_is_shared_with_and_shows_when_delivered(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    citizen = _showcase(store)
    agencies = {r.partner_id for r in recipients(store, citizen)}
    assert {"police", "housing"} <= agencies
    add_entry(
        store,
        citizen,
        kind="note",
        text="Home visit on Tuesday: mother engaged, flat cold.",
        partners=["police", "housing"],
        author=AUTHOR,
    )
    (note,) = entries(store, citizen)
    assert note.kind == "note" and note.delivery == "waiting"
    assert set(note.partners) == {"Constabulary Public Protection Unit", "Council Housing Services"}
    assert SyncService(store).sync_all().ok
    (note,) = entries(store, citizen)
    assert note.delivery == "delivered"
    with store.session() as s:
        police_record = s.scalar(
            select(SourcePerson.source_id).where(
                SourcePerson.citizen_id == citizen, SourcePerson.partner_id == "police"
            )
        )
    (sent,) = sandbox.desks["police"].writes["notes"].values()
    assert sent["person_id"] == police_record and sent["text"].startswith("Home visit")
    assert len(sandbox.desks["housing"].writes["notes"]) == 1
    assert SyncService(store).sync_all().ok  # delivered once, never twice
    assert len(sandbox.desks["police"].writes["notes"]) == 1


def test_tasks_have_an_owner_and_a_due_date_and_can_be_done(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    citizen = _showcase(store)
    yesterday = date.today() - timedelta(days=1)
    add_entry(
        store,
        citizen,
        kind="task",
        text="Share the DASH risk assessment",
        partners=["police"],
        owner="PC Lowe",
        due_on=yesterday,
        author=AUTHOR,
    )
    (task,) = entries(store, citizen)
    assert task.owner == "PC Lowe" and task.due_on == yesterday
    assert task.overdue(date.today())
    set_done(store, task.id)
    (task,) = entries(store, citizen)
    assert task.done and not task.overdue(date.today())
    assert SyncService(store).sync_all().ok
    (sent,) = sandbox.desks["police"].writes["tasks"].values()
    assert sent["owner"] == "PC Lowe" and sent["due"] == yesterday.isoformat()


def test_bad_entries_are_refused_and_nothing_is_written(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    citizen = _showcase(store)
    held = {r.partner_id for r in recipients(store, citizen)}
    cases = [
        dict(kind="note", text="   ", partners=[]),
        dict(kind="referral", text="Please assess", partners=[]),
        dict(kind="referral", text="Please assess", partners=sorted(held)[:2]),
        dict(kind="referral", text="Please assess", partners=sorted(held)[:1], basis="consent"),
        dict(kind="referral", text="Please assess", partners=sorted(held)[:1], urgency="urgent"),
        dict(kind="note", text="x" * 5000, partners=[]),
        dict(kind="note", text="For a stranger", partners=["no-such-partner"]),
    ]
    for case in cases:
        with pytest.raises(EntryRefused):
            add_entry(store, citizen, author=AUTHOR, **case)  # type: ignore[arg-type]
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(TeamEntry)) == 0
        assert (
            s.scalar(
                select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind != "audit")
            )
            == 0
        )


def test_a_team_only_note_stays_here(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    citizen = _showcase(store)
    add_entry(store, citizen, kind="note", text="For our team only", partners=[], author=AUTHOR)
    (note,) = entries(store, citizen)
    assert note.delivery == "team" and note.partners == ()


def test_a_referral_tells_the_partner_how_urgent_and_on_what_basis(synced) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: a referral says how soon it needs an answer and the lawful basis it is
    shared on, kept with the entry and sent to the partner over the protocol."""
    from caseworker.services.team import REFERRAL_BASES, entries
    from caseworker.sync.engine import SyncService

    store, sandbox, _ = synced
    citizen = _showcase(store)
    add_entry(
        store,
        citizen,
        kind="referral",
        text="Please assess: bruising seen at nursery.",
        partners=["police"],
        author=AUTHOR,
        urgency="urgent",
        basis="safeguarding",
    )
    (entry,) = [e for e in entries(store, citizen) if e.kind == "referral"]
    assert (entry.urgency, entry.basis) == ("urgent", "safeguarding")
    assert SyncService(store).sync_all().ok
    (sent,) = sandbox.desks["police"].writes["referrals"].values()
    assert sent["urgency"] == "urgent"
    assert sent["lawful_basis"] == REFERRAL_BASES["safeguarding"]
    assert sent["reason"] == "Please assess: bruising seen at nursery."
