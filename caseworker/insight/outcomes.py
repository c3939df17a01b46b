"""Outcome figures for the joint board: anonymised aggregates over everyone the store holds,
with small numbers suppressed (caseworker/insight/suppression.py).

- Needs by domain: people with at least one need or risk in each domain.
- Agencies involved per household.
- Time from the first agency's record of a person to the first multi-agency action (a
  strategy discussion, a child protection conference, a MARAC referral, an early help
  assessment or plan, or a referral or task the team wrote here).
- Referrals and access requests by partner, with how many were answered and the median
  turnaround.
- The front door: decisions made within one working day of the contact, and each partner's
  answers to enquiries with the median answer time (caseworker.insight.front_door_figures).

Only records the user may see count, as everywhere: an aggregate must not reveal that a
withheld record exists. The figures hold no names, ids or dates of anyone, and every count
is already suppressed when it leaves this module, so no caller can show a raw small number.
Their protective marking is OFFICIAL.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.agreements.access import Viewer
from caseworker.agreements.registry import known_agreements
from caseworker.agreements.vocabulary import ORGANISATIONS
from caseworker.exports.page import OFFICIAL, esc, marked_csv, page, table
from caseworker.insight.front_door_figures import answers_by_partner, decisions_in_time
from caseworker.insight.households import households_around
from caseworker.insight.suppression import HIDDEN, SMALL, column, shown, statistic
from caseworker.partners.vocabulary import DOMAINS
from caseworker.store.models import (
    AuditEntry,
    OutboxMessage,
    Partner,
    SourceItem,
    SourcePerson,
)
from caseworker.views.access import AccessContext, consents_by_citizen
from caseworker.views.caseload import caseload_citizens
from caseworker.words import ENGLISH, N_, Words

MARKING = OFFICIAL
"""Suppressed aggregates about no one in particular (Government Security Classifications)."""

MULTI_AGENCY = frozenset(
    {
        "strategy_discussion",
        "child_protection_conference",
        "marac_referral",
        "early_help_assessment",
        "early_help",
    }
)
"""Partner records that are themselves a multi-agency action."""

BANDS = ((30, N_("Within 30 days")), (90, N_("31 to 90 days")), (180, N_("91 to 180 days")))


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None
    note: str = ""


@dataclass(frozen=True)
class OutcomeFigures:
    marking: str
    produced_on: date
    population: str
    tables: tuple[Table, ...]
    language: str = "en"
    """The language the titles and labels are in."""


@dataclass
class _Person:
    agencies: set[str]
    domains: set[str]
    first: date | None = None
    action: date | None = None


def _people(session: Session, viewer: Viewer, today: date) -> dict[int, _Person]:
    agreements = known_agreements(session)
    consents = consents_by_citizen(session)
    contexts: dict[int, AccessContext] = {}
    agency_of = {pid: agency for pid, agency in session.execute(select(Partner.id, Partner.agency))}
    people: dict[int, _Person] = {}
    for citizen, partner in session.execute(
        select(SourcePerson.citizen_id, SourcePerson.partner_id).where(
            SourcePerson.citizen_id.is_not(None)
        )
    ):
        if citizen is None:
            continue
        people.setdefault(citizen, _Person(set(), set())).agencies.add(
            agency_of.get(partner, partner)
        )
    rows = session.execute(
        select(
            SourcePerson.citizen_id,
            SourceItem.partner_id,
            SourceItem.kind,
            SourceItem.domain,
            SourceItem.category,
            SourceItem.occurred_on,
            SourceItem.released,
        ).join(
            SourcePerson,
            (SourcePerson.partner_id == SourceItem.partner_id)
            & (SourcePerson.source_id == SourceItem.person_source_id),
        )
    )
    for citizen, partner, kind, domain, category, on, released in rows:
        if citizen is None:
            continue
        if citizen not in contexts:
            contexts[citizen] = AccessContext(viewer, agreements, today, consents.get(citizen, ()))
        ctx = contexts[citizen]
        opened = frozenset(filter(None, released.split(",")))
        if not ctx.decide(partner, "record.title", category, "record.title" in opened).visible:
            continue
        person = people.setdefault(citizen, _Person(set(), set()))
        if kind in ("need", "risk"):
            person.domains.add(domain)
        if (
            on is None
            or not ctx.decide(partner, "record.date", category, "record.date" in opened).visible
        ):
            continue
        person.first = min(person.first or on, on)
        if category in MULTI_AGENCY:
            person.action = min(person.action or on, on)
    for citizen, at in session.execute(
        select(AuditEntry.citizen_id, AuditEntry.at).where(
            AuditEntry.kind.in_(("referral", "task")), AuditEntry.citizen_id.is_not(None)
        )
    ):
        held = people.get(citizen) if citizen is not None else None
        if held is not None:
            day = datetime.fromisoformat(at).date()
            person = held
            person.action = min(person.action or day, day)
    return people


def _needs_by_domain(people: dict[int, _Person], say: Words) -> Table:
    rows = tuple(
        (
            say(DOMAIN_WORDS[domain]) if domain in DOMAIN_WORDS else domain.capitalize(),
            shown(sum(1 for p in people.values() if domain in p.domains)),
        )
        for domain in DOMAINS
    )
    anyone = sum(1 for p in people.values() if p.domains)
    return Table(
        "needs_by_domain",
        say("Needs and risks by domain"),
        (say("Domain"), say("People")),
        rows,
        (say("People with any need or risk"), shown(anyone)),
        say("A person with needs in several domains counts in each."),
    )


def _agencies_per_household(session: Session, people: dict[int, _Person], say: Words) -> Table:
    households = households_around(session, people)
    labels = tuple(
        say(label)
        for label in (
            N_("1 agency"),
            N_("2 agencies"),
            N_("3 agencies"),
            N_("4 agencies"),
            N_("5 or more agencies"),
        )
    )
    counts = [0] * len(labels)
    for household in households:
        agencies = set().union(*(people[c].agencies for c in household if c in people))
        if agencies:
            counts[min(len(agencies), len(labels)) - 1] += 1
    cells, total = column(counts)
    return Table(
        "agencies_per_household",
        say("Agencies involved per household"),
        (say("Agencies"), say("Households")),
        tuple(zip(labels, cells, strict=True)),
        (say("All households"), total),
    )


def _time_to_action(people: dict[int, _Person], say: Words) -> Table:
    waits = [
        max(0, (p.action - p.first).days)
        for p in people.values()
        if p.first is not None and p.action is not None
    ]
    waiting = sum(1 for p in people.values() if p.first is not None and p.action is None)
    counts = [0] * (len(BANDS) + 2)
    for days in waits:
        band = next((i for i, (upper, _) in enumerate(BANDS) if days <= upper), len(BANDS))
        counts[band] += 1
    counts[-1] = waiting
    labels = [say(label) for _, label in BANDS] + [
        say("Over 180 days"),
        say("No multi-agency action yet"),
    ]
    cells, total = column(counts)
    median = statistics.median(waits) if waits else None
    return Table(
        "time_to_action",
        say("Time from the first agency's record to the first multi-agency action"),
        (say("Time"), say("People")),
        tuple(zip(labels, cells, strict=True)),
        (say("All people with a dated record"), total),
        say("Median: {value}.", value=statistic(median, len(waits), say, DAYS)),
    )


def _turnaround_days(rows: Sequence[tuple[datetime | None, datetime | None]]) -> list[float]:
    days = []
    for queued, answered in rows:
        if queued is not None and answered is not None:
            days.append(max(0.0, (answered - queued).total_seconds() / 86400))
    return days


def _requests_by_partner(session: Session, citizens: set[int] | None, say: Words) -> Table:
    names = {pid: name for pid, name in session.execute(select(Partner.id, Partner.name))}
    owner = {
        (p, s): c
        for p, s, c in session.execute(
            select(SourcePerson.partner_id, SourcePerson.source_id, SourcePerson.citizen_id)
        )
    }
    by: dict[tuple[str, str], list[tuple[datetime | None, datetime | None]]] = defaultdict(list)
    for partner, kind, record, queued, answered in session.execute(
        select(
            OutboxMessage.partner_id,
            OutboxMessage.kind,
            OutboxMessage.record_source_id,
            OutboxMessage.queued_at,
            OutboxMessage.answered_at,
        ).where(OutboxMessage.kind.in_(("referral", "access_request")))
    ):
        if citizens is None or owner.get((partner, record)) in citizens:
            by[(partner, kind)].append((queued, answered))
    partners = sorted(names, key=lambda p: names[p])
    referrals = [len(by[(p, "referral")]) for p in partners]
    requests = [len(by[(p, "access_request")]) for p in partners]
    referral_cells, referral_total = column(referrals)
    request_cells, request_total = column(requests)
    rows = []
    for i, partner in enumerate(partners):
        days = _turnaround_days(by[(partner, "referral")] + by[(partner, "access_request")])
        median = statistics.median(days) if days else None
        rows.append(
            (
                names[partner] or ORGANISATIONS.get(partner, partner),
                referral_cells[i],
                request_cells[i],
                statistic(median * 24 if median is not None else None, len(days), say, HOURS),
            )
        )
    everything = [d for key in by for d in _turnaround_days(by[key])]
    overall = statistics.median(everything) if everything else None
    return Table(
        "requests_by_partner",
        say("Referrals and access requests by partner"),
        (say("Partner"), say("Referrals"), say("Access requests"), say("Median turnaround")),
        tuple(rows),
        (
            say("All partners"),
            referral_total,
            request_total,
            statistic(overall * 24 if overall is not None else None, len(everything), say, HOURS),
        ),
        say(
            "Turnaround: from sending to the partner's acknowledgement (a referral) or decision "
            "(an access request)."
        ),
    )


SCOPES = {
    "held": N_("Everyone held in this store, as this user may see their records"),
    "caseload": N_(
        "The team's caseload (people followed or worked on here), as this user may "
        "see their records"
    ),
}
DAYS = N_("{value} days")
HOURS = N_("{value} hours")
DOMAIN_WORDS = {
    "safety": N_("Safety and safeguarding"),
    "health": N_("Physical and mental health"),
    "education": N_("Education"),
    "housing": N_("Housing"),
    "finances": N_("Finances"),
    "family": N_("Family and relationships"),
}
"""The domains' names in a table; a domain not here shows its code."""


def outcome_figures(
    session: Session,
    viewer: Viewer,
    today: date | None = None,
    *,
    scope: str = "held",
    say: Words = ENGLISH,
) -> OutcomeFigures:
    """Every table, suppressed, for everyone held here or only the team's caseload, worded
    in the language of `say`."""
    if scope not in SCOPES:
        raise ValueError(scope)
    today = today or date.today()
    people = _people(session, viewer, today)
    citizens = caseload_citizens(session) if scope == "caseload" else None
    if citizens is not None:
        people = {c: p for c, p in people.items() if c in citizens}
    return OutcomeFigures(
        marking=MARKING,
        produced_on=today,
        population=say(SCOPES[scope]),
        tables=(
            _needs_by_domain(people, say),
            _agencies_per_household(session, people, say),
            _time_to_action(people, say),
            _requests_by_partner(session, citizens, say),
            decisions_in_time(session, citizens, say, Table),
            answers_by_partner(session, citizens, say, Table),
        ),
        language=say.language,
    )


def outcomes_csv(figures: OutcomeFigures, say: Words = ENGLISH) -> str:
    """Every table, one after another with a blank row between, marked OFFICIAL."""
    lines: list[Sequence[object]] = [
        (say("Outcome figures"), figures.produced_on.isoformat(), figures.population)
    ]
    for t in figures.tables:
        lines += [(), (t.title,), t.columns, *t.rows]
        if t.total is not None:
            lines.append(t.total)
        if t.note:
            lines.append((t.note,))
    lines += [(), (say(SUPPRESSION, small=SMALL, hidden=HIDDEN),)]
    return marked_csv(lines, figures.marking)


def outcomes_html(figures: OutcomeFigures, say: Words = ENGLISH) -> str:
    """A marked page with every table, for printing to PDF."""
    parts = []
    for t in figures.tables:
        rows = [*t.rows, t.total] if t.total is not None else list(t.rows)
        parts.append(f"<h2>{esc(t.title)}</h2>" + table(t.columns, rows, empty=say("No figures.")))
        if t.note:
            parts.append(f"<p>{esc(t.note)}</p>")
    suppression = say(SUPPRESSION, small=SMALL, hidden=HIDDEN)
    parts.append(f"<p>{esc(suppression)} {esc(say('No figure identifies anyone.'))}</p>")
    return page(
        say("Outcome figures for the joint board"),
        f"{figures.population}.",
        "\n".join(parts),
        generated=figures.produced_on,
        marking=figures.marking,
        say=say,
    )


SUPPRESSION = N_(
    "Counts from 1 to 4 are shown as {small}; {hidden} hides a count that would let a small "
    "one be worked out from the total."
)
