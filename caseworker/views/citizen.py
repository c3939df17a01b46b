"""The joined-up view of one citizen: identity, needs and risks by domain, chronology, team.

Every value carries the partner record it came from and the access this viewer has to it,
decided now (views/access.py). What the viewer may not see now is left out of the view, not
merely hidden by the UI; records held back by consent or break-glass are only counted.
Identity shows the preferred value (see identity.py) and, beside it, the differing values
other partners hold, because a worker needs to see that police spell a name differently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import Row, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from caseworker.agreements.access import Decision, Viewer
from caseworker.agreements.registry import known_agreements
from caseworker.errors import NotFound
from caseworker.linkage.citizens import members_of, resolve
from caseworker.linkage.normalise import PATIENT_LINK
from caseworker.nhs_number import VERIFICATION_STATUSES
from caseworker.partners.care_team import CARE_TEAM, team_members
from caseworker.partners.vocabulary import DOMAINS, RISK_EVENTS
from caseworker.profile import require_profile
from caseworker.store.models import Citizen, Partner, SourceItem, SourcePerson
from caseworker.views.access import (
    AccessCell,
    AccessContext,
    ConsentView,
    HiddenRecords,
    access_matrix,
    consents_for,
    consents_of,
)
from caseworker.views.decisions import FrontDoorRecord, front_door_of
from caseworker.views.household import HouseholdMember, household
from caseworker.views.identity import ranked
from caseworker.views.provenance import Source, Sourced
from caseworker.views.requests import active_overrides, overrides_of, request_states
from caseworker.views.research import CATEGORY as RESEARCH
from caseworker.views.research import PURPOSE as RESEARCH_PURPOSE
from caseworker.views.research import research_for, shared_by_decision
from caseworker.views.risk import current_risks
from caseworker.words import Words, language_name

T = TypeVar("T")


@dataclass(frozen=True)
class IdentityField(Generic[T]):
    preferred: Sourced[T] | None
    variants: tuple[Sourced[T], ...] = ()
    held_back: tuple[Sourced[None], ...] = ()
    """Copies held by partners that share this field only on request (no value here)."""


_NONE: IdentityField[str] = IdentityField(None)


@dataclass(frozen=True)
class Identity:
    name: IdentityField[str]
    birth_date: IdentityField[date]
    nhs_number: IdentityField[str]
    address: IdentityField[str]
    other_names: IdentityField[str] = _NONE
    """Names besides the shown one, with their use: 'Jones (maiden); Bill (nickname)'."""
    unverified_numbers: IdentityField[str] = _NONE
    """NHS numbers held that are not used to link, with why: 'failed the check', or the
    partner's own verification status."""
    identifiers: IdentityField[str] = _NONE
    """Other identifiers (a unique pupil number, a police person id), as the partner sent."""
    preferred_language: IdentityField[str] = _NONE
    """The language the person prefers (a BCP 47 language subtag: 'cy'), as partners record."""

    @property
    def language(self) -> str | None:
        """The language the person prefers, as the most trusted partner that shares it says."""
        held = self.preferred_language.preferred
        return held.value if held is not None else None


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
    access: tuple[tuple[str, Decision], ...] = ()
    """(field id, decision) for record.title, record.date and record.detail."""

    requests: tuple[tuple[str, str], ...] = ()
    """(field id, status) of the latest request to release a field of this record."""

    def access_of(self, field: str) -> Decision | None:
        return next((d for f, d in self.access if f == field), None)

    def request_of(self, field: str) -> str | None:
        return next((s for f, s in self.requests if f == field), None)


@dataclass(frozen=True)
class HouseholdRisk:
    """A current risk held on someone in the household (caseworker.views.risk)."""

    member: HouseholdMember
    item: Item


@dataclass(frozen=True)
class DomainGroup:
    domain: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class CitizenView:
    citizen_id: int
    viewer: Viewer
    identity: Identity
    needs_and_risks: tuple[DomainGroup, ...]
    chronology: tuple[Item, ...]
    team: tuple[Item, ...]
    records: tuple[Source, ...]
    hidden: tuple[HiddenRecords, ...] = ()
    access_matrix: tuple[AccessCell, ...] = ()
    consents: tuple[ConsentView, ...] = ()
    household: tuple[HouseholdMember, ...] = ()
    """Family and people at the same address (caseworker.views.household)."""
    household_risks: tuple[HouseholdRisk, ...] = ()
    """Current risks on the people in the household, as this viewer may see them."""
    front_door: tuple[FrontDoorRecord, ...] = ()
    """Open contacts about this person at the front door, with their enquiries (for a viewer
    working to safeguard children)."""

    def risks(self, today: date | None = None) -> list[Item]:
        """This person's own current risks: coded risks not closed, and significant events
        that are risks by the rules kept beside the vocabulary (caseworker.views.risk)."""
        items = [i for g in self.needs_and_risks for i in g.items] + list(self.chronology)
        return current_risks(items, today or date.today())

    @property
    def agencies(self) -> tuple[str, ...]:
        return tuple(sorted({r.agency for r in self.records}))


_IDENTITY_FIELDS: dict[str, Callable[[SourcePerson], object]] = {
    "person.name": lambda p: " ".join(x for x in (p.given_name, p.family_name) if x) or None,
    "person.birth_date": lambda p: p.birth_date,
    "person.nhs_number": lambda p: p.nhs_number,
    "person.address": lambda p: ", ".join(x for x in (p.address, p.postcode) if x) or None,
    "person.language": lambda p: p.preferred_language,
}


def identity_text(field: str, value: object, say: Words) -> str:
    """A value of the Identity field `field` as a person reads it in the language of `say`:
    a date as dd/mm/yyyy, a language by its name ('cy' -> 'Welsh'), the rest as held."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if field == "preferred_language":
        return language_name(str(value), say)
    return str(value)


def other_names_of(p: SourcePerson) -> str | None:
    names = (p.other_names or "").split("; ")
    uses = (p.other_name_uses or "").split(";")
    shown = [f"{n} ({u})" if u and u != "other" else n for n, u in zip(names, uses, strict=False)]
    return "; ".join(s for s in shown if s) or None


def unverified_number_of(p: SourcePerson) -> str | None:
    if not p.nhs_number_unverified:
        return None
    why = (
        f"the partner's status: {VERIFICATION_STATUSES[p.nhs_number_status]}"
        if p.nhs_number_status in VERIFICATION_STATUSES
        else "it fails the NHS number check"
    )
    return f"{p.nhs_number_unverified} (unverified: {why})"


def identifiers_of(p: SourcePerson) -> str | None:
    pairs = [part.split(":", 1) for part in (p.identifiers or "").split() if ":" in part]
    shown = [
        f"same person as the partner's record {value}"
        if system == PATIENT_LINK
        else f"{system.replace('_', ' ')} {value}"
        for system, value in pairs
    ]
    return ", ".join(shown) or None


def _field(
    ctx: AccessContext,
    records: list[tuple[SourcePerson, Source]],
    field: str,
    getter: Callable[[SourcePerson], object] | None = None,
) -> IdentityField[object]:
    get = getter or _IDENTITY_FIELDS[field]
    values: list[Sourced[object]] = []
    held: list[Sourced[None]] = []
    seen: set[object] = set()
    for person, source in records:
        decision = ctx.decide(source.partner_id, field)
        if decision.level == "on_request" and field in person.held_back.split(","):
            if getter is None:  # a part of a field (other names) is held back with it
                held.append(Sourced(None, source, decision))
            continue
        value = get(person)
        if not decision.visible or value is None or value == "" or value in seen:
            continue
        seen.add(value)
        values.append(Sourced(value, source, decision))
    return IdentityField(values[0] if values else None, tuple(values[1:]), tuple(held))


def citizen_view(
    session: Session,
    citizen_id: int,
    *,
    viewer: Viewer | None = None,
    today: date | None = None,
    overrides: frozenset[tuple[str, str]] | None = None,
) -> CitizenView:
    """The whole picture of one citizen, as `viewer` (by default the profile) may see it now.

    Raises NotFound for an unknown id and ProfileMissing when no profile is chosen.
    """
    if session.get(Citizen, citizen_id) is None:
        raise NotFound("No citizen with that id is held in this store.")
    citizen_id = resolve(session, citizen_id)  # a citizen linked into another shows as it
    if viewer is None:
        viewer = require_profile(session).viewer
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
    keys = [(p.partner_id, p.source_id) for p, _ in records]
    consents = consents_for(session, citizen_id, keys)
    if overrides is None:
        overrides = active_overrides(session, citizen_id)
    agreements = known_agreements(session)
    ctx = AccessContext(viewer, agreements, today or date.today(), consents, overrides)
    identity = Identity(  # each field's values are of the type its getter returns
        name=_field(ctx, records, "person.name"),  # type: ignore[arg-type]
        birth_date=_field(ctx, records, "person.birth_date"),  # type: ignore[arg-type]
        nhs_number=_field(ctx, records, "person.nhs_number"),  # type: ignore[arg-type]
        address=_field(ctx, records, "person.address"),  # type: ignore[arg-type]
        other_names=_field(ctx, records, "person.name", other_names_of),  # type: ignore[arg-type]
        unverified_numbers=_field(  # type: ignore[arg-type]
            ctx, records, "person.nhs_number", unverified_number_of
        ),
        identifiers=_field(ctx, records, "person.identifiers", identifiers_of),  # type: ignore[arg-type]
        preferred_language=_field(ctx, records, "person.language"),  # type: ignore[arg-type]
    )
    built = _items(session, ctx, keys, partner_info)
    items, hidden, hidden_decision, record_keys = built
    today = today or date.today()
    members = household(session, citizen_id, ctx.decide)
    names = {pid: name for pid, (_, name) in partner_info.items()}
    return CitizenView(
        citizen_id=citizen_id,
        viewer=viewer,
        identity=identity,
        needs_and_risks=_grouped([i for i in items if i.kind in ("need", "risk")]),
        chronology=tuple(
            sorted(
                [i for i in items if i.kind == "event"] + _research(session, citizen_id, viewer),
                key=lambda i: (i.on or date.min, i.source.agency, i.title),
            )
        ),
        team=_team(items),
        records=tuple(source for _, source in records),
        hidden=tuple(
            HiddenRecords(p, names.get(p, p), state, n, hidden_decision[(p, state)])
            for (p, state), n in sorted(hidden.items())
        ),
        access_matrix=access_matrix(ctx, keys, record_keys, names),
        household=members,
        consents=consents,
        household_risks=_household_risks(session, viewer, ctx, members, today),
        front_door=_front_door(session, citizen_id, viewer),
    )


def _front_door(session: Session, citizen_id: int, viewer: Viewer) -> tuple[FrontDoorRecord, ...]:
    if RESEARCH_PURPOSE not in viewer.purposes:
        return ()
    merged = members_of(session, [citizen_id])[citizen_id]
    records = front_door_of(session, merged, datetime.now(UTC))
    return tuple(r for r in records if r.contact.status == "open")


def _research(session: Session, citizen_id: int, viewer: Viewer) -> list[Item]:
    """What partners shared in answer to the front door's enquiries about this person,
    for the chronology (caseworker.views.research), marked by its category."""
    items = []
    for row in research_for(session, members_of(session, [citizen_id])[citizen_id], viewer):
        decision = shared_by_decision(row)
        items.append(
            Item(
                kind="event",
                domain="safety",
                category=RESEARCH,
                title=row.summary,
                detail=None,
                severity=None,
                status=None,
                on=row.on,
                significant=False,
                source=Source(
                    row.partner_id, row.partner_name, row.agency, row.person_id, row.answered_at
                ),
                access=(("record.title", decision), ("record.date", decision)),
            )
        )
    return items


_Built = tuple[
    list["Item"],
    Counter[tuple[str, str]],
    dict[tuple[str, str], Decision],
    list[tuple[str, str, frozenset[str]]],
]


def _items(
    session: Session,
    ctx: AccessContext,
    keys: list[tuple[str, str]],
    partner_info: dict[str, tuple[str, str]],
) -> _Built:
    """The records of one person's partner records as this viewer may see them: the items
    shown, and what is held back (by partner and state) with the decision that held it."""
    held_items = _read_items(session, keys)
    return _visible(
        ctx, held_items, request_states(session, _record_keys(held_items)), partner_info
    )


_ITEM_COLUMNS = tuple(
    c for c in SourceItem.__table__.columns if c.key not in ("created_at", "updated_at")
)
"""A record's columns as the view reads them: not when this store wrote it (two times to
convert on every one of hundreds of records, for nothing shown)."""


def _read_items(session: Session, keys: list[tuple[str, str]], only: Any = None) -> list[Row[Any]]:
    """The records held under these partner records (`only`: a further condition on them),
    as plain rows: a long history is hundreds of records, and the view only reads them."""
    if not keys:
        return []
    return list(
        session.execute(
            select(*_ITEM_COLUMNS).where(
                tuple_(SourceItem.partner_id, SourceItem.person_source_id).in_(keys),
                *(() if only is None else (only,)),
            )
        )
    )


def _record_keys(rows: list[Row[Any]]) -> list[tuple[str, str]]:
    return [(r.partner_id, r.source_id) for r in rows]


_RECORD_FIELDS_SHOWN = ("record.title", "record.date", "record.detail")
"""A record's fields as the view decides them, the title first (no title, no record)."""


class _Plan(NamedTuple):
    """How the records of one partner, category and set of released fields are shown."""

    released: frozenset[str]
    access: tuple[tuple[str, Decision], ...]
    title: Decision | None
    """The decision that holds the title back, or None when the records are shown."""
    detail: bool
    date: bool
    agency: str
    name: str


def _plan(
    ctx: AccessContext,
    partner: str,
    category: str,
    released_text: str,
    partner_info: dict[str, tuple[str, str]],
) -> _Plan:
    released = frozenset(filter(None, released_text.split(",")))
    access = tuple(
        (f, ctx.decide(partner, f, category, f in released)) for f in _RECORD_FIELDS_SHOWN
    )
    shown = {f: d.visible for f, d in access}
    agency, name = partner_info[partner]
    return _Plan(
        released,
        access,
        None if shown["record.title"] else access[0][1],
        shown["record.detail"],
        shown["record.date"],
        agency,
        name,
    )


def _visible(
    ctx: AccessContext,
    held_items: list[Row[Any]],
    asked: dict[tuple[str, str, str], str],
    partner_info: dict[str, tuple[str, str]],
) -> _Built:
    """`held_items` as the viewer of `ctx` may see them (`asked`: the latest request for each
    field of a record)."""
    items: list[Item] = []
    hidden: Counter[tuple[str, str]] = Counter()
    hidden_decision: dict[tuple[str, str], Decision] = {}
    record_keys: list[tuple[str, str, frozenset[str]]] = []
    requested: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for (p, r, f), status in asked.items():
        requested.setdefault((p, r), []).append((f, status))
    plans: dict[tuple[str, str, str], _Plan] = {}
    """Each (partner, category, fields released) decided once: a long history repeats few."""
    for row in held_items:
        partner, category = row.partner_id, row.category
        plan = plans.get((partner, category, row.released))
        if plan is None:
            plan = plans[(partner, category, row.released)] = _plan(
                ctx, partner, category, row.released, partner_info
            )
        record_keys.append((partner, category, plan.released))
        if plan.title is not None:
            hidden[(partner, plan.title.state)] += 1
            hidden_decision[(partner, plan.title.state)] = plan.title
            continue
        items.append(
            Item(
                row.kind,
                row.domain,
                category,
                row.title,
                row.detail if plan.detail else None,
                row.severity,
                row.status,
                row.occurred_on if plan.date else None,
                row.significant,
                Source(partner, plan.name, plan.agency, row.source_id, row.source_updated),
                plan.access,
                tuple(requested.get((partner, row.source_id), ())),
            )
        )
    return items, hidden, hidden_decision, record_keys


_COULD_BE_RISKS = or_(
    SourceItem.kind == "risk",
    and_(
        SourceItem.kind == "event",
        SourceItem.significant.is_(True),
        SourceItem.category.in_(sorted(RISK_EVENTS)),
    ),
)
"""The records that is_current_risk could count: a household member's others are not read."""


def _household_risks(
    session: Session,
    viewer: Viewer,
    ctx: AccessContext,
    members: tuple[HouseholdMember, ...],
    today: date,
) -> tuple[HouseholdRisk, ...]:
    """The current risks held on the people in the household, each as this viewer may see
    it for that person (their own consents and overrides count): only what may be seen."""
    citizens = sorted({m.citizen_id for m in members if m.citizen_id is not None})
    if not citizens:
        return ()
    rows = session.execute(
        select(
            SourcePerson.citizen_id,
            SourcePerson.partner_id,
            SourcePerson.source_id,
            Partner.agency,
            Partner.name,
        )
        .join(Partner, Partner.id == SourcePerson.partner_id)
        .where(SourcePerson.citizen_id.in_(citizens))
    ).all()
    keys: dict[int, list[tuple[str, str]]] = {c: [] for c in citizens}
    info = {r.partner_id: (r.agency, r.name) for r in rows}
    owner: dict[tuple[str, str], int] = {}
    for r in rows:
        keys[r.citizen_id].append((r.partner_id, r.source_id))
        owner[(r.partner_id, r.source_id)] = r.citizen_id
    merged = members_of(session, citizens)  # for consents and broken glass alike
    consents = consents_of(session, keys, merged)
    overrides = overrides_of(session, citizens, merged=merged)
    held = _read_items(session, sorted(owner), _COULD_BE_RISKS)
    asked = request_states(session, _record_keys(held))
    theirs: dict[int, list[Row[Any]]] = {c: [] for c in citizens}
    for row in held:
        theirs[owner[(row.partner_id, row.person_source_id)]].append(row)
    found: list[HouseholdRisk] = []
    for member in members:
        if member.citizen_id is None:
            continue
        context = ctx.other(consents[member.citizen_id], overrides[member.citizen_id])
        items = _visible(context, theirs[member.citizen_id], asked, info)[0]
        found.extend(HouseholdRisk(member, item) for item in current_risks(items, today))
    return tuple(found)


def _team(items: list[Item]) -> tuple[Item, ...]:
    """The professionals involved, one row each: a care team's members are listed singly
    (caseworker.partners.care_team), with their role and when each was last involved."""
    team: list[Item] = []
    for item in items:
        if item.kind != "involvement":
            continue
        members = team_members(item.detail) if item.category == CARE_TEAM else []
        team.extend(
            replace(item, title=m.role, detail=m.name, on=m.last_involved or item.on)
            for m in members
        )
        if not members:
            team.append(item)
    return tuple(sorted(team, key=lambda i: i.title))


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
