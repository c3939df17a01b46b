"""Linkage's second look: a record whose birth date is mistyped and whose postcode is missing
shares no block with its other records, and still meets them by its name.

Records are written to a real encrypted store as a sync writes them (person_row, the derived
columns), one partner's batch at a time, and linked by the store's linker.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select

from caseworker.linkage.derived import derive_person_columns
from caseworker.linkage.linker import StoreLinker
from caseworker.partners.config import PartnerConfig
from caseworker.partners.records import PersonRecord
from caseworker.store.models import LinkPair, SourcePerson, utcnow
from caseworker.store.store import Store
from caseworker.sync.ingest import person_row
from caseworker.sync.partners import configure_partners

ADDRESS = "12 Oak Road, Caerphilly"


def _write(store: Store, partner: str, records: list[PersonRecord]) -> None:
    now = utcnow()
    rows = []
    for record in records:
        row = person_row(partner, record)
        row.update(link_exact=True, created_at=now, updated_at=now)
        rows.append(derive_person_columns(row))
    with store.writing() as session:
        session.execute(insert(SourcePerson), rows)
        ids = session.scalars(
            select(SourcePerson.id).where(
                SourcePerson.partner_id == partner,
                SourcePerson.source_id.in_([r.source_id for r in records]),
            )
        ).all()
        StoreLinker().link(session, ids)


def _person(
    source_id: str, given: str, family: str, born: date, postcode: str | None
) -> PersonRecord:
    return PersonRecord(source_id, given, family, born, "male", None, ADDRESS, postcode, utcnow())


def _citizens(store: Store) -> dict[str, int | None]:
    with store.session() as s:
        return dict(s.execute(select(SourcePerson.source_id, SourcePerson.citizen_id)).all())


def test_a_mistyped_birth_date_without_a_postcode_still_links_by_name(store: Store) -> None:
    configure_partners(
        store,
        [
            PartnerConfig(p, p, "council", "case", "http://127.0.0.1:9")
            for p in ("health", "school")
        ],
    )
    _write(
        store,
        "health",
        [
            _person("h-child", "Oliver", "Brennan", date(2015, 3, 14), "CF83 1AA"),
            _person("h-father", "Oliver", "Brennan", date(1982, 6, 2), "CF83 1AA"),
        ],
    )
    # The school typed the day wrong and holds no postcode: no birth date or postcode block
    # is shared with the health record.
    _write(store, "school", [_person("s-child", "Oliver", "Brennan", date(2015, 3, 17), None)])
    citizens = _citizens(store)
    assert citizens["s-child"] == citizens["h-child"]
    # The father shares the name, not a birth date one keying error away: never compared.
    assert citizens["h-father"] not in {citizens["h-child"], citizens["s-child"]}
    with store.session() as s:
        asked = s.execute(select(LinkPair.person_a, LinkPair.person_b)).all()
        ids = dict(s.execute(select(SourcePerson.source_id, SourcePerson.id)).all())
    father = ids["h-father"]
    assert not [pair for pair in asked if father in pair]


def test_names_written_the_other_way_round_meet_in_the_second_look(store: Store) -> None:
    configure_partners(
        store,
        [PartnerConfig(p, p, "council", "case", "http://127.0.0.1:9") for p in ("gp", "police")],
    )
    _write(store, "gp", [_person("g-1", "Harvey", "Doyle", date(2009, 11, 5), "NP20 4AB")])
    # Police recorded surname first and the year mistyped, with no postcode.
    _write(store, "police", [_person("p-1", "Doyle", "Harvey", date(2019, 11, 5), None)])
    citizens = _citizens(store)
    with store.session() as s:
        ids = dict(s.execute(select(SourcePerson.source_id, SourcePerson.id)).all())
        asked = {
            frozenset(pair) for pair in s.execute(select(LinkPair.person_a, LinkPair.person_b))
        }
    # Linked, or at least put to a person: never silently left apart.
    assert citizens["g-1"] == citizens["p-1"] or frozenset((ids["g-1"], ids["p-1"])) in asked
