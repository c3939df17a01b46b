"""Search forgives: a typo or nickname in a name, a date written another way, a postcode
without its space, a street name. Exact matches come first; close ones say so."""

from __future__ import annotations

from caseworker.linkage.compare import NICKNAMES
from caseworker.services.viewing import find
from caseworker.views.citizen import showcase_citizen
from caseworker.views.search import search


def test_a_person_is_found_however_the_worker_types_them(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        cid = showcase_citizen(session)
        (me,) = [s for s in search(session, "holt") if s.citizen_id == cid]
    assert me.birth_date is not None and me.postcode and me.address and me.nhs_number
    given, family = me.name.split()[0], me.name.split()[-1]
    born = me.birth_date
    spaced_nhs = f"{me.nhs_number[:3]} {me.nhs_number[3:6]} {me.nhs_number[6:]}"
    street = next(w for w in me.address.replace(",", " ").split() if w.isalpha() and len(w) > 4)
    typo = family[0] + family[2] + family[1] + family[3:]  # two letters swapped: Hlot
    ways = {
        "surname": (family, "exact"),
        "name and date": (f"{given} {born:%d/%m/%Y}", "exact"),
        "date written out": (f"{family} {born.day} {born:%B %Y}", "exact"),
        "short date": (f"{family} {born:%d.%m.%y}", "exact"),
        "NHS number with spaces": (spaced_nhs, "exact"),
        "postcode without a space": (f"{family} {me.postcode.replace(' ', '').lower()}", "exact"),
        "district": (f"{given} {family} {me.postcode.split()[0]}", "exact"),
        "typo in the surname": (f"{given} {typo}", "close"),
        "street name": (f"{given} {street}", "close"),
        "first letters, surname and street": (f"{given[:2]} {family} {street}", "close"),
        "first letters and a typo": (f"{given[:2]} {typo}", "close"),
    }
    for why, (text, kind) in ways.items():
        with store.session() as session:
            found = {s.citizen_id: s for s in search(session, text)}
        assert cid in found, why
        assert found[cid].match == kind, why


def test_a_nickname_finds_the_full_name(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        held = {
            (s.name.split()[0].lower(), s.name.split()[-1], s.citizen_id)
            for short, full in NICKNAMES.items()
            if not full.startswith(short)  # 'Bill' for William, not 'Dan' for Daniel
            for s in search(session, full)
            if s.name.split()[0].lower() == full
        }
        assert held, "the sandbox population has people with these full names"
        given, family, cid = sorted(held)[0]
        short = next(k for k, v in NICKNAMES.items() if v == given and not v.startswith(k))
        found = {s.citizen_id: s.match for s in search(session, f"{short} {family}")}
    assert found.get(cid) == "close"


def test_nothing_found_is_an_empty_list_and_is_audited(synced) -> None:  # type: ignore[no-untyped-def]
    from caseworker.audit.log import recent

    store, _, _ = synced
    assert find(store, "Zzyzxq Qwxv") == []
    with store.session() as session:
        (entry,) = recent(session, kinds=("search",), limit=1)
    assert entry.detail == {"query": "Zzyzxq Qwxv", "results": 0}


def test_a_name_a_later_sync_brings_is_forgiven_too(synced) -> None:  # type: ignore[no-untyped-def]
    """The near names a typo search reads are kept between searches (views/search.py); a
    sync that writes a new surname must not leave them stale, or a mistyped search for the
    newly married or newly arrived would find nobody."""
    from dataclasses import replace

    from sqlalchemy import select

    from caseworker.sandbox import wire
    from caseworker.store.models import SourcePerson
    from caseworker.sync.engine import SyncService

    store, sandbox, _ = synced
    housing = sandbox.data["housing"]
    person = max(housing.persons, key=lambda p: p.source_id)
    with store.session() as session:  # the names beginning with Q are read, and kept
        assert search(session, f"{person.given} Quorington") == []
    married = replace(person, family="Quorrington")
    sandbox.feeds["housing"].put("person", married.source_id, wire.case_person(married))
    assert SyncService(store).sync_all().ok
    with store.session() as session:
        found = search(session, f"{person.given} Quorington")
        theirs = session.scalar(
            select(SourcePerson.citizen_id).where(
                SourcePerson.partner_id == "housing", SourcePerson.source_id == person.source_id
            )
        )
    assert [(s.citizen_id, s.match) for s in found] == [(theirs, "close")]
