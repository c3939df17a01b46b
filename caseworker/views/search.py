"""Finding citizens by name, NHS number or date of birth."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from caseworker import nhs_number
from caseworker.linkage.normalise import name_key
from caseworker.store.models import Partner, SourcePerson
from caseworker.views.identity import ranked

MAX_RESULTS = 200
_DATE_FORMATS = (
    re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
)


@dataclass(frozen=True)
class CitizenSummary:
    citizen_id: int
    name: str
    birth_date: date | None
    postcode: str | None
    nhs_number: str | None
    agencies: tuple[str, ...]


@dataclass(frozen=True)
class Query:
    """A parsed search: any mix of name words, an NHS number and a date of birth."""

    names: tuple[str, ...] = ()
    nhs_number: str | None = None
    birth_date: date | None = None

    @property
    def empty(self) -> bool:
        return not (self.names or self.nhs_number or self.birth_date)


def parse_query(text: str) -> Query:
    """'Smith 03/02/2015' -> name smith and that date; '999 123 4567' -> an NHS number."""
    compact = text.replace(" ", "")
    if compact.isdigit() and len(compact) == 10:
        return Query(nhs_number=nhs_number.normalise(compact) or compact)
    names: list[str] = []
    birth: date | None = None
    for word in text.split():
        for pattern in _DATE_FORMATS:
            if m := pattern.match(word):
                with suppress(ValueError):  # 31/02/2015 is not a date: ignore the word
                    birth = date(int(m["y"]), int(m["m"]), int(m["d"]))
                break
        else:
            if key := name_key(word):
                names.append(key)
    return Query(tuple(names), None, birth)


def _matching_citizens(query: Query) -> Select[int | None]:
    conditions = []
    if query.nhs_number:
        conditions.append(SourcePerson.nhs_number == query.nhs_number)
    if query.birth_date:
        conditions.append(SourcePerson.birth_date == query.birth_date)
    for word in query.names:
        conditions.append(
            or_(
                SourcePerson.search_given.startswith(word, autoescape=True),
                SourcePerson.search_family.startswith(word, autoescape=True),
            )
        )
    return (
        select(SourcePerson.citizen_id)
        .where(and_(*conditions), SourcePerson.citizen_id.is_not(None))
        .distinct()
        .limit(MAX_RESULTS)
    )


def search(session: Session, text: str) -> list[CitizenSummary]:
    """Citizens any of whose records match every part of `text`, best known first."""
    query = parse_query(text)
    if query.empty:
        return []
    ids = [c for c in session.scalars(_matching_citizens(query)) if c is not None]
    return summaries(session, ids)


def summaries(session: Session, citizen_ids: list[int]) -> list[CitizenSummary]:
    if not citizen_ids:
        return []
    rows = session.execute(
        select(SourcePerson, Partner.agency)
        .join(Partner, Partner.id == SourcePerson.partner_id)
        .where(SourcePerson.citizen_id.in_(citizen_ids))
    ).all()
    by_citizen: dict[int, list[tuple[SourcePerson, str]]] = {}
    for person, agency in rows:
        assert person.citizen_id is not None
        by_citizen.setdefault(person.citizen_id, []).append((person, agency))
    out = []
    for cid, records in by_citizen.items():
        ordered = [p for p, _ in ranked(records)]
        best = ordered[0]
        out.append(
            CitizenSummary(
                cid,
                " ".join(p for p in (best.given_name, best.family_name) if p) or "(no name)",
                next((p.birth_date for p in ordered if p.birth_date), None),
                next((p.postcode for p in ordered if p.postcode), None),
                next((p.nhs_number for p in ordered if p.nhs_number), None),
                tuple(sorted({a for _, a in records})),
            )
        )
    out.sort(key=lambda s: (-len(s.agencies), s.name.lower(), s.citizen_id))
    return out
