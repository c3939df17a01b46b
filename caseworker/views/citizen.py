"""The joined-up view of one citizen: identity, needs and risks by domain, chronology, team.

Every value carries the partner record it came from. Identity shows the preferred value
(see identity.py) and, beside it, the differing values other partners hold, because a
worker needs to see that police spell the name differently before a visit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import and_, func, select, tuple_
from sqlalchemy.orm import Session

from caseworker.errors import NotFound
from caseworker.partners.vocabulary import DOMAINS
from caseworker.store.models import Citizen, Partner, SourceItem, SourcePerson
from caseworker.views.identity import ranked
from caseworker.views.provenance import Source, Sourced

T = TypeVar("T")


@dataclass(frozen=True)
class IdentityField(Generic[T]):
    preferred: Sourced[T] | None
    variants: tuple[Sourced[T], ...] = ()


@dataclass(frozen=True)
class Identity:
    name: IdentityField[str]
    birth_date: IdentityField[date]
    nhs_number: IdentityField[str]
    address: IdentityField[str]


@dataclass(frozen=True)
class Item:
    kind: str
    domain: str
    category: str
    title: str
    detail: str | None
    severity: str | None
    status: str | None
    on: date | None
    significant: bool
    source: Source


@dataclass(frozen=True)
class DomainGroup:
    domain: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class CitizenView:
    citizen_id: int
    identity: Identity
    needs_and_risks: tuple[DomainGroup, ...]
    chronology: tuple[Item, ...]
    team: tuple[Item, ...]
    records: tuple[Source, ...]

    @property
    def agencies(self) -> tuple[str, ...]:
        return tuple(sorted({r.agency for r in self.records}))


def _field(
    records: list[tuple[SourcePerson, Source]], get: Callable[[SourcePerson], T | None]
) -> IdentityField[T]:
    values: list[Sourced[T]] = []
    seen: set[object] = set()
    for person, source in records:
        value = get(person)
        if value is None or value == "" or value in seen:
            continue
        seen.add(value)
        values.append(Sourced(value, source))
    return IdentityField(values[0] if values else None, tuple(values[1:]))


def _name(p: SourcePerson) -> str | None:
    return " ".join(part for part in (p.given_name, p.family_name) if part) or None


def _address(p: SourcePerson) -> str | None:
    return ", ".join(part for part in (p.address, p.postcode) if part) or None


def citizen_view(session: Session, citizen_id: int) -> CitizenView:
    """The whole picture of one citizen. Raises NotFound for an unknown id."""
    if session.get(Citizen, citizen_id) is None:
        raise NotFound("No citizen with that id is held in this store.")
    rows = session.execute(
        select(SourcePerson, Partner.agency, Partner.name)
        .join(Partner, Partner.id == SourcePerson.partner_id)
        .where(SourcePerson.citizen_id == citizen_id)
    ).all()
    partner_info = {p.partner_id: (agency, name) for p, agency, name in rows}
    records = [
        (p, Source(p.partner_id, name, agency, p.source_id, p.source_updated))
        for p, agency, name in rows
    ]
    order = {id(p): i for i, (p, _) in enumerate(ranked([(p, a) for p, a, _ in rows]))}
    records.sort(key=lambda r: order[id(r[0])])
    identity = Identity(
        name=_field(records, _name),
        birth_date=_field(records, lambda p: p.birth_date),
        nhs_number=_field(records, lambda p: p.nhs_number),
        address=_field(records, _address),
    )
    keys = [(p.partner_id, p.source_id) for p, _ in records]
    items: list[Item] = []
    if keys:
        for item in session.scalars(
            select(SourceItem).where(
                tuple_(SourceItem.partner_id, SourceItem.person_source_id).in_(keys)
            )
        ):
            agency, name = partner_info[item.partner_id]
            items.append(
                Item(
                    item.kind,
                    item.domain,
                    item.category,
                    item.title,
                    item.detail,
                    item.severity,
                    item.status,
                    item.occurred_on,
                    item.significant,
                    Source(item.partner_id, name, agency, item.source_id, item.source_updated),
                )
            )
    return CitizenView(
        citizen_id=citizen_id,
        identity=identity,
        needs_and_risks=_grouped([i for i in items if i.kind in ("need", "risk")]),
        chronology=tuple(
            sorted(
                (i for i in items if i.kind == "event"),
                key=lambda i: (i.on or date.min, i.source.agency, i.title),
            )
        ),
        team=tuple(sorted((i for i in items if i.kind == "involvement"), key=lambda i: i.title)),
        records=tuple(source for _, source in records),
    )


def _grouped(items: list[Item]) -> tuple[DomainGroup, ...]:
    groups = []
    for domain in DOMAINS:
        members = [i for i in items if i.domain == domain]
        if members:
            members.sort(key=lambda i: (i.kind != "risk", -(i.on or date.min).toordinal(), i.title))
            groups.append(DomainGroup(domain, tuple(members)))
    return tuple(groups)


def showcase_citizen(session: Session, *, adults: bool = False) -> int | None:
    """The child (or adult) known to the most agencies, with the most records: where a demo
    opens, because it shows the joined-up view at its fullest."""
    cutoff = date.today().replace(year=date.today().year - 18)
    agencies = func.count(func.distinct(SourcePerson.partner_id)).label("agencies")
    age_test = SourcePerson.birth_date <= cutoff if adults else SourcePerson.birth_date > cutoff
    candidates = (
        select(SourcePerson.citizen_id, agencies)
        .where(and_(SourcePerson.citizen_id.is_not(None), age_test))
        .group_by(SourcePerson.citizen_id)
        .order_by(agencies.desc(), SourcePerson.citizen_id)
        .limit(50)
        .subquery()
    )
    items = func.count(SourceItem.id)
    return session.scalar(
        select(candidates.c.citizen_id)
        .join(SourcePerson, SourcePerson.citizen_id == candidates.c.citizen_id)
        .join(
            SourceItem,
            and_(
                SourceItem.partner_id == SourcePerson.partner_id,
                SourceItem.person_source_id == SourcePerson.source_id,
            ),
        )
        .group_by(candidates.c.citizen_id, candidates.c.agencies)
        .order_by(candidates.c.agencies.desc(), items.desc(), candidates.c.citizen_id)
        .limit(1)
    )
