"""Following a citizen: a later sync that brings news about them says so."""

from __future__ import annotations

from sqlalchemy import select

from caseworker.services.following import followed, news_for_followed, set_following
from caseworker.store.models import SourcePerson
from caseworker.sync.engine import SyncService


def test_news_about_a_followed_citizen_is_reported(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    set_following(store, 1, True)
    set_following(store, 2, True)
    set_following(store, 2, False)
    assert followed(store) == frozenset({1})
    with store.session() as s:
        person = s.scalars(select(SourcePerson).where(SourcePerson.citizen_id == 1)).first()
    assert person is not None
    data = sandbox.data[person.partner_id]
    record = next(p for p in data.persons if p.source_id == person.source_id)
    feed = sandbox.feeds[person.partner_id]
    from caseworker.sandbox import wire

    if data.spec.protocol == "fhir":
        feed.put("Patient", record.source_id, wire.patient(record))
    else:
        feed.put("person", record.source_id, wire.case_person(record))
    report = SyncService(store).sync_all()
    assert news_for_followed(store, report.changes.citizens) == frozenset({1})
