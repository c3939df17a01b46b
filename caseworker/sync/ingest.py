"""Writing a batch of partner pages into the store in one transaction, cursor included.

Upserts go through SQLite's INSERT .. ON CONFLICT on (partner, source id), so a page
applied twice (after a crash between fetch and commit) changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from caseworker.agreements.minimise import Minimiser
from caseworker.linkage.derived import derive_person_columns
from caseworker.linkage.linker import Linker
from caseworker.linkage.normalise import format_postcode
from caseworker.partners.records import (
    ConsentRecordIn,
    ContactIn,
    ItemRecord,
    Page,
    PersonRecord,
    RelationshipRecord,
    Roster,
)
from caseworker.store.models import (
    ConsentRecord,
    Partner,
    QuarantinedRecord,
    Relationship,
    SourceItem,
    SourcePerson,
    utcnow,
)
from caseworker.store.settings import NAMES_STAMP, bump
from caseworker.sync.contacts_in import store_contacts

_CHUNK = 500


@dataclass
class IngestCounts:
    withheld: int = 0
    unchanged: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    quarantined: int = 0
    citizens_created: int = 0
    contacts: int = 0
    """Contacts at the front door received, changed or withdrawn."""
    touched_citizens: frozenset[int] = frozenset()


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def person_row(partner_id: str, p: PersonRecord) -> dict[str, Any]:
    return {
        "partner_id": partner_id,
        "source_id": p.source_id,
        "given_name": p.given_name,
        "family_name": p.family_name,
        "birth_date": p.birth_date,
        "sex": p.sex,
        "nhs_number": p.nhs_number,
        "nhs_number_unverified": p.nhs_number_unverified,
        "nhs_number_status": p.nhs_number_status,
        "other_names": "; ".join(name for _, name in p.other_names) or None,
        "other_name_uses": ";".join(use for use, _ in p.other_names) or None,
        "address": p.address,
        "postcode": format_postcode(p.postcode),
        "identifiers": " ".join(f"{s}:{v}" for s, v in p.identifiers) or None,
        "preferred_language": p.preferred_language,
        "source_updated": p.updated,
    }


def item_row(partner_id: str, i: ItemRecord) -> dict[str, Any]:
    return {
        "partner_id": partner_id,
        "source_id": i.source_id,
        "person_source_id": i.person_source_id,
        "kind": i.kind,
        "domain": i.domain,
        "category": i.category,
        "title": i.title,
        "detail": i.detail,
        "severity": i.severity,
        "status": i.status,
        "occurred_on": i.occurred_on,
        "significant": i.significant,
        "source_updated": i.updated,
    }


def _existing(
    session: Session,
    model: type[SourcePerson] | type[SourceItem] | type[Relationship],
    partner_id: str,
    source_ids: Sequence[str],
) -> dict[str, datetime]:
    """Source id -> the version (source_updated) held, for the ids already stored."""
    found: dict[str, datetime] = {}
    for chunk in _chunks(source_ids):
        rows = session.execute(
            select(model.source_id, model.source_updated).where(
                model.partner_id == partner_id, model.source_id.in_(chunk)
            )
        )
        found.update((source_id, version) for source_id, version in rows)
    return found


def _count(counts: IngestCounts, known: dict[str, datetime], rows: list[dict[str, Any]]) -> None:
    """New, changed, or the same version again (an overlapping or replayed page)."""
    for row in rows:
        held = known.get(row["source_id"])
        if held is None:
            counts.created += 1
        elif _instant(held) == _instant(row["source_updated"]):
            counts.unchanged += 1
        else:
            counts.updated += 1


def _instant(moment: datetime) -> datetime:
    """A partner's instant in UTC: one sent without a zone is taken to be UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _upsert(
    session: Session,
    model: type[SourcePerson] | type[SourceItem] | type[Relationship],
    rows: list[dict[str, Any]],
) -> None:
    """One compiled INSERT .. ON CONFLICT run as executemany: the fast path into SQLCipher."""
    now = utcnow()
    stmt = insert(model)
    changing = {k: stmt.excluded[k] for k in rows[0] if k not in ("partner_id", "source_id")}
    changing["updated_at"] = stmt.excluded.updated_at
    # Keep the newest version: a replayed or late page never overwrites a newer record.
    stmt = stmt.on_conflict_do_update(
        index_elements=["partner_id", "source_id"],
        set_=changing,
        where=stmt.excluded.source_updated >= model.source_updated,
    )
    session.connection().execute(stmt, [{**r, "created_at": now, "updated_at": now} for r in rows])


def ingest(
    session: Session, partner_id: str, pages: Sequence[Page], linker: Linker, minimiser: Minimiser
) -> IngestCounts:
    """Apply `pages` (in order) for one partner and move its cursor to the last page's.

    Every record passes through `minimiser` first: what this profile may not see is never
    written, and a record of which nothing may be kept is treated as withdrawn.
    """
    counts = IngestCounts()
    consents: dict[str, ConsentRecordIn] = {}
    deleted_consents: set[str] = set()
    relationships: dict[str, RelationshipRecord] = {}
    deleted_relationships: set[str] = set()
    contacts: dict[str, ContactIn] = {}
    withdrawn_contacts: set[str] = set()
    persons: dict[str, PersonRecord] = {}
    items: dict[str, ItemRecord] = {}
    deleted_persons: set[str] = set()
    deleted_items: set[str] = set()
    for page in pages:  # later pages win: a record changed twice is written once
        for p in page.persons:
            persons[p.source_id] = p
            deleted_persons.discard(p.source_id)
        for i in page.items:
            items[i.source_id] = i
            deleted_items.discard(i.source_id)
        for c in page.consents:
            consents[c.source_id] = c
            deleted_consents.discard(c.source_id)
        for rel in page.relationships:
            relationships[rel.source_id] = rel
            deleted_relationships.discard(rel.source_id)
        for contact in page.contacts:
            contacts[contact.source_id] = contact
            withdrawn_contacts.discard(contact.source_id)
        for t in page.tombstones:
            if t.record_type == "contact":
                contacts.pop(t.source_id, None)
                withdrawn_contacts.add(t.source_id)
            elif t.record_type == "relationship":
                relationships.pop(t.source_id, None)
                deleted_relationships.add(t.source_id)
            elif t.record_type == "consent":
                consents.pop(t.source_id, None)
                deleted_consents.add(t.source_id)
            elif t.record_type == "person":
                persons.pop(t.source_id, None)
                deleted_persons.add(t.source_id)
            else:
                items.pop(t.source_id, None)
                deleted_items.add(t.source_id)
        for roster in page.rosters:
            {
                "person": deleted_persons,
                "item": deleted_items,
                "consent": deleted_consents,
                "relationship": deleted_relationships,
            }[roster.record_type].update(_not_listed(session, partner_id, roster))
        for r in page.rejected:
            session.add(
                QuarantinedRecord(
                    partner_id=partner_id,
                    resource_ref=r.resource_ref,
                    reason_code=r.reason_code,
                    reason_detail=r.reason_detail,
                    payload=r.payload,
                )
            )
            counts.quarantined += 1

    touched: set[int] = set()
    person_rows = []
    for source_id in sorted(persons):
        kept = minimiser.person(partner_id, person_row(partner_id, persons[source_id]))
        if kept is None:
            deleted_persons.add(source_id)
            counts.withheld += 1
        else:
            person_rows.append(derive_person_columns(kept))
    item_rows = []
    for source_id in sorted(items):
        record = items[source_id]
        kept = minimiser.item(partner_id, item_row(partner_id, record), frozenset(record.released))
        if kept is None:
            deleted_items.add(source_id)
            counts.withheld += 1
        else:
            item_rows.append(kept)
    if person_rows:
        ids = [r["source_id"] for r in person_rows]
        _count(counts, _existing(session, SourcePerson, partner_id, ids), person_rows)
        # Same-version rows are written too: after a profile change they bring fields the
        # new profile may see (the upsert never lets an older version replace a newer one).
        _upsert(session, SourcePerson, person_rows)
        bump(session, NAMES_STAMP)  # names the search's near names may not hold yet
        person_ids: list[int] = []
        for chunk in _chunks(ids):
            person_ids.extend(
                session.scalars(
                    select(SourcePerson.id).where(
                        SourcePerson.partner_id == partner_id, SourcePerson.source_id.in_(chunk)
                    )
                )
            )
        outcome = linker.link(session, person_ids)
        counts.citizens_created = outcome.citizens_created
        touched |= outcome.touched_citizens
    if item_rows:
        ids = [r["source_id"] for r in item_rows]
        _count(counts, _existing(session, SourceItem, partner_id, ids), item_rows)
        _upsert(session, SourceItem, item_rows)
        touched |= _citizens_of(session, partner_id, {r["person_source_id"] for r in item_rows})
    if relationships and not minimiser.relationships(partner_id):
        counts.withheld += len(relationships)
        deleted_relationships |= set(relationships)  # no longer allowed: what was kept goes
        relationships = {}
    if relationships or deleted_relationships:
        touched |= _store_relationships(
            session, partner_id, relationships, deleted_relationships, counts
        )
    if contacts and not minimiser.contacts(partner_id):
        counts.withheld += len(contacts)
        contacts = {}
    if contacts or withdrawn_contacts:
        created, counts.contacts = store_contacts(session, partner_id, contacts, withdrawn_contacts)
        counts.created += created
    if consents or deleted_consents:
        _count_consents(session, partner_id, consents, counts)
        touched |= _store_consents(session, partner_id, consents, deleted_consents)
    if deleted_items:
        touched |= _citizens_of_items(session, partner_id, sorted(deleted_items))
        for chunk in _chunks(sorted(deleted_items)):
            result = session.execute(
                delete(SourceItem).where(
                    SourceItem.partner_id == partner_id, SourceItem.source_id.in_(chunk)
                )
            )
            counts.deleted += result.rowcount  # type: ignore[attr-defined]
    if deleted_persons:
        gone = sorted(deleted_persons)
        touched |= _citizens_of(session, partner_id, set(gone))
        for chunk in _chunks(gone):
            session.execute(
                delete(SourceItem).where(
                    SourceItem.partner_id == partner_id, SourceItem.person_source_id.in_(chunk)
                )
            )
            result = session.execute(
                delete(SourcePerson).where(
                    SourcePerson.partner_id == partner_id, SourcePerson.source_id.in_(chunk)
                )
            )
            counts.deleted += result.rowcount  # type: ignore[attr-defined]
    if pages:
        session.execute(
            update(Partner)
            .where(Partner.id == partner_id)
            .values(cursor=pages[-1].cursor, last_synced_at=utcnow())
        )
    counts.touched_citizens = frozenset(touched)
    return counts


def _store_relationships(
    session: Session,
    partner_id: str,
    relationships: dict[str, RelationshipRecord],
    deleted: set[str],
    counts: IngestCounts,
) -> set[int]:
    rows = [
        {
            "partner_id": partner_id,
            "source_id": r.source_id,
            "person_source_id": r.person_source_id,
            "related_source_id": r.related_source_id,
            "related_name": r.related_name,
            "related_birth_date": r.related_birth_date,
            "relation": r.relation,
            "source_updated": r.updated,
        }
        for r in relationships.values()
    ]
    if rows:
        _count(counts, _existing(session, Relationship, partner_id, list(relationships)), rows)
        _upsert(session, Relationship, rows)
    people = {r.person_source_id for r in relationships.values()}
    people |= {r.related_source_id for r in relationships.values() if r.related_source_id}
    for chunk in _chunks(sorted(deleted)):
        for person, related in session.execute(
            select(Relationship.person_source_id, Relationship.related_source_id).where(
                Relationship.partner_id == partner_id, Relationship.source_id.in_(chunk)
            )
        ):
            people |= {person, *([related] if related else [])}
        result = session.execute(
            delete(Relationship).where(
                Relationship.partner_id == partner_id, Relationship.source_id.in_(chunk)
            )
        )
        counts.deleted += result.rowcount  # type: ignore[attr-defined]
    return _citizens_of(session, partner_id, people)


def _count_consents(
    session: Session, partner_id: str, consents: dict[str, ConsentRecordIn], counts: IngestCounts
) -> None:
    held: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(consents)):
        rows = session.execute(
            select(ConsentRecord.source_id, ConsentRecord.purpose, ConsentRecord.state).where(
                ConsentRecord.origin == partner_id, ConsentRecord.source_id.in_(chunk)
            )
        )
        held.update((source_id, (purpose, state)) for source_id, purpose, state in rows)
    for source_id, consent in consents.items():
        before = held.get(source_id)
        if before is None:
            counts.created += 1
        elif before == (consent.purpose, consent.state):
            counts.unchanged += 1
        else:
            counts.updated += 1


def _store_consents(
    session: Session, partner_id: str, consents: dict[str, ConsentRecordIn], deleted: set[str]
) -> set[int]:
    now = utcnow()
    rows = [
        {
            "provider": partner_id,
            "purpose": c.purpose,
            "state": c.state,
            "recorded_on": datetime.combine(c.recorded_on, datetime.min.time(), UTC),
            "recorded_by": partner_id,
            "method": c.method,
            "origin": partner_id,
            "source_id": c.source_id,
            "person_partner": partner_id,
            "person_source_id": c.person_source_id,
            "citizen_id": None,
            "created_at": now,
            "updated_at": now,
        }
        for c in consents.values()
    ]
    if rows:
        stmt = insert(ConsentRecord)
        stmt = stmt.on_conflict_do_update(
            index_elements=["origin", "source_id"],
            set_={
                k: stmt.excluded[k]
                for k in (
                    "purpose",
                    "state",
                    "recorded_on",
                    "method",
                    "person_source_id",
                    "updated_at",
                )
            },
        )
        session.connection().execute(stmt, rows)
    for chunk in _chunks(sorted(deleted)):
        session.execute(
            delete(ConsentRecord).where(
                ConsentRecord.origin == partner_id, ConsentRecord.source_id.in_(chunk)
            )
        )
    return _citizens_of(session, partner_id, {c.person_source_id for c in consents.values()})


def _not_listed(session: Session, partner_id: str, roster: Roster) -> set[str]:
    """What this partner's roster no longer lists, of what is held of its kind."""
    source_id, owner = {
        "person": (SourcePerson.source_id, SourcePerson.partner_id),
        "item": (SourceItem.source_id, SourceItem.partner_id),
        "consent": (ConsentRecord.source_id, ConsentRecord.origin),
        "relationship": (Relationship.source_id, Relationship.partner_id),
    }[roster.record_type]
    query = select(source_id).where(owner == partner_id)
    if roster.prefix:
        query = query.where(source_id.startswith(roster.prefix, autoescape=True))
    return {sid for sid in session.scalars(query) if sid not in roster.source_ids}


def _citizens_of(session: Session, partner_id: str, person_source_ids: set[str]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(person_source_ids)):
        found.update(
            c
            for c in session.scalars(
                select(SourcePerson.citizen_id).where(
                    SourcePerson.partner_id == partner_id, SourcePerson.source_id.in_(chunk)
                )
            )
            if c
        )
    return found


def _citizens_of_items(session: Session, partner_id: str, item_ids: Sequence[str]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(item_ids):
        persons = session.scalars(
            select(SourceItem.person_source_id).where(
                SourceItem.partner_id == partner_id, SourceItem.source_id.in_(chunk)
            )
        ).all()
        found |= _citizens_of(session, partner_id, set(persons))
    return found


__all__ = ["IngestCounts", "ingest"]
