"""The household and family around a citizen, from partners' relationship records and
shared addresses: who they are to this person, who says so, and their page when held.

A relationship recorded on either side counts (a mother on a child's record makes the
child a child on the mother's page). Someone a partner only names (a FHIR RelatedPerson)
is matched to a held citizen on exact name and date of birth, else shown by name alone.
People at the same address (same postcode and address line) are included as household
members even where no partner has recorded how they are related. Names and dates of birth
show only where the viewer may see them for the partner that holds them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, select, tuple_
from sqlalchemy.orm import Session

from caseworker.agreements.access import Decision
from caseworker.linkage.normalise import name_key
from caseworker.partners.relations import INVERSE
from caseworker.store.models import Partner, Relationship, SourcePerson

ORDER = (
    "mother",
    "father",
    "parent",
    "carer",
    "partner",
    "sibling",
    "child",
    "grandparent",
    "grandchild",
    "cared_for",
    "other",
)


@dataclass(frozen=True)
class HouseholdMember:
    citizen_id: int | None
    """Their own page, when the store holds them; None when a partner only names them."""
    name: str | None
    """None when the viewer may not see the name."""
    birth_date: date | None
    relation: str | None
    """What they are to this person (mother, sibling, child…); None: only the same address."""
    same_address: bool
    sources: tuple[str, ...]
    """The partners whose records say so."""


@dataclass
class _Draft:
    citizen_id: int | None
    name: str | None
    birth_date: date | None
    relation: str | None = None
    same_address: bool = False
    sources: set[str] = field(default_factory=set)

    def relate(self, relation: str) -> None:
        """Keep the most specific relation any partner recorded ('mother' over 'parent')."""
        if _specificity(relation) > _specificity(self.relation):
            self.relation = relation


def _specificity(relation: str | None) -> int:
    return {None: 0, "other": 1, "parent": 2}.get(relation, 3)


def _address_key(address: str | None) -> str:
    return " ".join((address or "").lower().replace(",", " ").split())


def household(
    session: Session, citizen_id: int, decide: Callable[[str, str], Decision]
) -> tuple[HouseholdMember, ...]:
    """`decide(partner, field)` is the viewer's access to a field of a partner's record."""
    mine = session.execute(
        select(
            SourcePerson.partner_id,
            SourcePerson.source_id,
            SourcePerson.address,
            SourcePerson.postcode,
        ).where(SourcePerson.citizen_id == citizen_id)
    ).all()
    if not mine:
        return ()
    names = {pid: name for pid, name in session.execute(select(Partner.id, Partner.name))}
    keys = [(p, s) for p, s, _, _ in mine]
    drafts: dict[object, _Draft] = {}

    def shown(partner: str, person: SourcePerson) -> tuple[str | None, date | None]:
        name = " ".join(x for x in (person.given_name, person.family_name) if x) or None
        named = decide(partner, "person.name").visible
        born = decide(partner, "person.birth_date").visible
        return (name if named else None), (person.birth_date if born else None)

    def add_record(partner: str, person: SourcePerson) -> _Draft | None:
        if person.citizen_id is None or person.citizen_id == citizen_id:
            return None
        name, born = shown(partner, person)
        draft = drafts.setdefault(person.citizen_id, _Draft(person.citizen_id, name, born))
        if draft.name is None and name is not None:
            draft.name, draft.birth_date = name, born
        draft.sources.add(names.get(partner, partner))
        return draft

    # Relationships recorded on this person's records, and on others' records about them.
    forward = session.scalars(
        select(Relationship).where(
            tuple_(Relationship.partner_id, Relationship.person_source_id).in_(keys)
        )
    ).all()
    backward = session.scalars(
        select(Relationship).where(
            tuple_(Relationship.partner_id, Relationship.related_source_id).in_(keys)
        )
    ).all()
    wanted = {(r.partner_id, r.related_source_id) for r in forward if r.related_source_id}
    wanted |= {(r.partner_id, r.person_source_id) for r in backward}
    records = (
        {
            (p.partner_id, p.source_id): p
            for p in session.scalars(
                select(SourcePerson).where(
                    tuple_(SourcePerson.partner_id, SourcePerson.source_id).in_(sorted(wanted))
                )
            )
        }
        if wanted
        else {}
    )
    for rel in forward:
        if rel.related_source_id:
            other = records.get((rel.partner_id, rel.related_source_id))
            draft = add_record(rel.partner_id, other) if other else None
        else:
            draft = _named(session, rel, drafts, citizen_id, decide, names)
        if draft is not None:
            draft.relate(rel.relation)
    for rel in backward:
        other = records.get((rel.partner_id, rel.person_source_id))
        draft = add_record(rel.partner_id, other) if other else None
        if draft is not None:
            draft.relate(INVERSE.get(rel.relation, "other"))

    # The same address, by postcode and address line, on any partner's record.
    addresses = {
        (postcode, _address_key(address))
        for _, _, address, postcode in mine
        if postcode and address
    }
    if addresses:
        neighbours = session.scalars(
            select(SourcePerson).where(
                SourcePerson.postcode.in_(sorted({pc for pc, _ in addresses})),
                SourcePerson.citizen_id.is_not(None),
                SourcePerson.citizen_id != citizen_id,
            )
        ).all()
        for person in neighbours:
            if (person.postcode, _address_key(person.address)) in addresses:
                draft = add_record(person.partner_id, person)
                if draft is not None:
                    draft.same_address = True
    members = [
        HouseholdMember(
            d.citizen_id, d.name, d.birth_date, d.relation, d.same_address, tuple(sorted(d.sources))
        )
        for d in drafts.values()
    ]
    members.sort(
        key=lambda m: (
            ORDER.index(m.relation) if m.relation in ORDER else len(ORDER),
            m.birth_date or date.max,
            m.name or "",
        )
    )
    return tuple(members)


def _named(
    session: Session,
    rel: Relationship,
    drafts: dict[object, _Draft],
    citizen_id: int,
    decide: Callable[[str, str], Decision],
    names: dict[str, str],
) -> _Draft | None:
    """Someone a partner only names: the held citizen with that exact name and birth date,
    else a member known by name alone."""
    if not decide(rel.partner_id, "person.relationships").visible:
        return None
    words = (rel.related_name or "").split()
    match = None
    if len(words) >= 2 and rel.related_birth_date is not None:
        match = session.scalar(
            select(SourcePerson.citizen_id)
            .where(
                and_(
                    SourcePerson.search_given == name_key(words[0]),
                    SourcePerson.search_family == name_key(words[-1]),
                    SourcePerson.birth_date == rel.related_birth_date,
                    SourcePerson.citizen_id.is_not(None),
                    SourcePerson.citizen_id != citizen_id,
                )
            )
            .order_by(SourcePerson.id)
            .limit(1)
        )
    key: object = match if match is not None else f"named:{rel.related_name}"
    draft = drafts.setdefault(key, _Draft(match, rel.related_name, rel.related_birth_date))
    draft.sources.add(names.get(rel.partner_id, rel.partner_id))
    return draft
