"""Emerging needs: households where several agencies each hold a low-level concern that
nobody has yet joined up, ranked for a worker to look at first.

A household is shown when, in the records this viewer may see now, it meets at least
`min_problems` of the rules' problems, evidenced by at least `min_agencies` agencies within
the look-back, and no record shows it already open to children's social care (the rules'
`already_open`). Only records whose title the viewer's agreements show count, so a record
held "on request", behind consent or under an expired agreement never adds a problem or
reveals itself; break-glass access to one person is not used for finding others. A date the
viewer may not see is neither shown nor used for the look-back or the ranking.

A household dismissed with a reason stays hidden until its evidence changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from caseworker.agreements.access import Decision, Viewer
from caseworker.agreements.registry import known_agreements
from caseworker.insight.households import CHUNK, households_around, persons_of
from caseworker.insight.rules import Rules, load_rules
from caseworker.profile import require_profile
from caseworker.store.models import Partner, SourceItem, SourcePerson
from caseworker.store.settings import get_json
from caseworker.views.access import AccessContext, consents_by_citizen

DISMISSED_KEY = "insight.dismissed"


@dataclass(frozen=True)
class Evidence:
    """One record behind a problem, as the viewer may see it."""

    citizen_id: int
    partner_id: str
    partner_name: str
    agency: str
    source_id: str
    category: str
    title: str
    on: date | None
    """None when the record has no date or the viewer may not see it."""
    access: Decision
    """The viewer's access to the record's title: its chip."""


@dataclass(frozen=True)
class ProblemEvidence:
    problem: str
    label: str
    evidence: tuple[Evidence, ...]
    translations: dict[str, str]
    """The label in other languages, from the rules."""

    def label_in(self, language: str) -> str:
        return self.translations.get(language, self.label)


@dataclass(frozen=True)
class Member:
    citizen_id: int
    name: str | None
    """None when no partner's agreement lets the viewer see the name."""
    birth_date: date | None


@dataclass(frozen=True)
class EmergingHousehold:
    key: str
    """Stable while the household's members are the same."""
    members: tuple[Member, ...]
    problems: tuple[ProblemEvidence, ...]
    agencies: tuple[str, ...]
    latest: date | None
    """The most recent evidence the viewer may see the date of."""
    fingerprint: str
    """Changes when the evidence does: a dismissed household comes back then."""


@dataclass
class _Person:
    """What the rules may use of one member, for this viewer."""

    ctx: AccessContext
    name: str | None = None
    birth_date: date | None = None


def household_key(members: Iterable[int]) -> str:
    """Named after its first citizen: the same while linkage leaves the household alone."""
    return f"household-{min(members)}"


def _contexts(
    session: Session, viewer: Viewer, today: date, persons: dict[int, list[tuple[str, str]]]
) -> dict[int, _Person]:
    agreements = known_agreements(session)
    consents = consents_by_citizen(session)
    found: dict[int, _Person] = {}
    for citizen in persons:
        # No break-glass overrides: access given for one person is not used to find others.
        ctx = AccessContext(viewer, agreements, today, consents.get(citizen, ()))
        found[citizen] = _Person(ctx)
    citizens = sorted(found)
    rows = (
        row
        for start in range(0, len(citizens), CHUNK)
        for row in session.execute(
            select(
                SourcePerson.citizen_id,
                SourcePerson.partner_id,
                SourcePerson.given_name,
                SourcePerson.family_name,
                SourcePerson.birth_date,
            ).where(SourcePerson.citizen_id.in_(citizens[start : start + CHUNK]))
        )
    )
    for who, partner, given, family, born in rows:
        person = found.get(who) if who is not None else None
        if person is None:
            continue
        name = " ".join(x for x in (given, family) if x) or None
        if person.name is None and name and person.ctx.decide(partner, "person.name").visible:
            person.name = name
        if (
            person.birth_date is None
            and born is not None
            and person.ctx.decide(partner, "person.birth_date").visible
        ):
            person.birth_date = born
    return found


def _items(
    session: Session, persons: dict[int, list[tuple[str, str]]], categories: Iterable[str]
) -> list[tuple[int, SourceItem]]:
    owner = {key: citizen for citizen, keys in persons.items() for key in keys}
    keys = list(owner)
    wanted = sorted(set(categories))
    found: list[tuple[int, SourceItem]] = []
    for start in range(0, len(keys), CHUNK):
        rows = session.scalars(
            select(SourceItem).where(
                tuple_(SourceItem.partner_id, SourceItem.person_source_id).in_(
                    keys[start : start + CHUNK]
                ),
                SourceItem.category.in_(wanted),
            )
        )
        found.extend((owner[(r.partner_id, r.person_source_id)], r) for r in rows)
    return found


def _visible(person: _Person, item: SourceItem) -> tuple[Decision, date | None] | None:
    """The title's decision and the date as the viewer may see them; None: not visible."""
    released = frozenset(filter(None, item.released.split(",")))
    title = person.ctx.decide(
        item.partner_id, "record.title", item.category, "record.title" in released
    )
    if not title.visible:
        return None
    shown = person.ctx.decide(
        item.partner_id, "record.date", item.category, "record.date" in released
    )
    return title, (item.occurred_on if shown.visible else None)


def _fingerprint(evidence: Iterable[Evidence]) -> str:
    keys = sorted(f"{e.partner_id}/{e.source_id}" for e in evidence)
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


def find_emerging(
    session: Session,
    *,
    rules: Rules | None = None,
    viewer: Viewer | None = None,
    today: date | None = None,
    include_dismissed: bool = False,
) -> list[EmergingHousehold]:
    """The emerging-needs households, most problems and most recent evidence first."""
    rules = rules or load_rules()
    today = today or date.today()
    if viewer is None:
        viewer = require_profile(session).viewer
    problem_of = rules.problem_of()
    since = today - timedelta(days=rules.lookback_days)
    held = session.scalars(
        select(SourcePerson.citizen_id)
        .join(
            SourceItem,
            (SourceItem.partner_id == SourcePerson.partner_id)
            & (SourceItem.person_source_id == SourcePerson.source_id),
        )
        .where(SourceItem.category.in_(sorted(problem_of)))
        .where(SourcePerson.citizen_id.is_not(None))
        .distinct()
    )
    candidates = {citizen for citizen in held if citizen is not None}
    if not candidates:
        return []
    households = households_around(session, candidates)
    everyone = set().union(*households)
    persons = persons_of(session, everyone)
    people = _contexts(session, viewer, today, persons)
    partners = {
        pid: (name, agency)
        for pid, name, agency in session.execute(select(Partner.id, Partner.name, Partner.agency))
    }
    open_categories = set(rules.already_open.categories)
    open_agencies = set(rules.already_open.agencies)
    items = _items(session, persons, set(problem_of) | open_categories)
    by_citizen: dict[int, list[SourceItem]] = {}
    for citizen, item in items:
        by_citizen.setdefault(citizen, []).append(item)
    dismissed = get_json(session, DISMISSED_KEY) or {}
    found: list[EmergingHousehold] = []
    for household in households:
        evidence: dict[str, list[Evidence]] = {}
        already_open = False
        for citizen in household:
            person = people.get(citizen)
            if person is None:
                continue
            for item in by_citizen.get(citizen, ()):
                seen = _visible(person, item)
                if seen is None:
                    continue
                name, agency = partners.get(item.partner_id, (item.partner_id, ""))
                if item.category in open_categories and agency in open_agencies:
                    already_open = True
                    break
                problem = problem_of.get(item.category)
                decision, on = seen
                if problem is None or (on is not None and on < since):
                    continue
                evidence.setdefault(problem.id, []).append(
                    Evidence(
                        citizen,
                        item.partner_id,
                        name,
                        agency,
                        item.source_id,
                        item.category,
                        item.title,
                        on,
                        decision,
                    )
                )
            if already_open:
                break
        if already_open or len(evidence) < rules.min_problems:
            continue
        all_evidence = [e for found_for in evidence.values() for e in found_for]
        agencies = sorted({e.agency for e in all_evidence})
        if len(agencies) < rules.min_agencies:
            continue
        key = household_key(household)
        fingerprint = _fingerprint(all_evidence)
        if not include_dismissed and dismissed.get(key, {}).get("fingerprint") == fingerprint:
            continue
        dates = [e.on for e in all_evidence if e.on is not None]
        found.append(
            EmergingHousehold(
                key=key,
                members=tuple(
                    Member(c, people[c].name, people[c].birth_date)
                    for c in sorted(household)
                    if c in people
                ),
                problems=tuple(
                    ProblemEvidence(
                        p.id,
                        p.label,
                        tuple(sorted(evidence[p.id], key=lambda e: e.on or date.min, reverse=True)),
                        dict(p.translations),
                    )
                    for p in rules.problems
                    if p.id in evidence
                ),
                agencies=tuple(agencies),
                latest=max(dates) if dates else None,
                fingerprint=fingerprint,
            )
        )
    found.sort(key=lambda h: (-len(h.problems), -(h.latest or date.min).toordinal(), h.key))
    return found
