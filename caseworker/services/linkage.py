"""People deciding about links: the review queue, accept, reject, undo, link and unlink.

Every decision is kept with who made it and when (`LinkPair`, `LinkEvent`), and a decided
pair is never put to anyone again. Accepting merges the two citizens; undoing an accept,
or unlinking a record that came in through a link, splits back exactly the records that
link moved. Unlinking a record that was always part of the citizen splits that record off
alone. Either way the two sides are recorded as different people, so neither the matcher
nor a shared identifier joins them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from caseworker.audit.log import record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError
from caseworker.linkage.citizens import (
    last_merge_bringing,
    merge,
    persons_of,
    resolve,
    split,
    undo,
)
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import Contribution, Params, score
from caseworker.linkage.linker import REASON_CODES, parse_identifiers
from caseworker.linkage.normalise import PATIENT_LINK
from caseworker.linkage.params_store import load_params
from caseworker.store.models import LinkEvent, LinkPair, Partner, SourcePerson, utcnow
from caseworker.store.store import Store


class LinkRefused(CaseworkerError):
    code = "link_refused"


@dataclass(frozen=True)
class RecordSide:
    person_id: int
    citizen_id: int
    partner: str
    source_id: str
    given: str | None
    family: str | None
    birth_date: date | None
    sex: str | None
    nhs_number: str | None
    address: str | None
    postcode: str | None


@dataclass(frozen=True)
class Candidate:
    """A pair in the review queue, or a decision on one, with its explanation."""

    pair_id: int
    left: RecordSide
    right: RecordSide
    probability: float
    contributions: tuple[Contribution, ...]
    status: str
    decided_by: str | None
    decided_at: datetime | None


def _side(person: SourcePerson, partner: str) -> RecordSide:
    assert person.citizen_id is not None
    return RecordSide(
        person.id,
        person.citizen_id,
        partner,
        person.source_id,
        person.given_name,
        person.family_name,
        person.birth_date,
        person.sex,
        person.nhs_number,
        person.address,
        person.postcode,
    )


def _fields(side: RecordSide) -> PersonFields:
    return PersonFields(
        side.given, side.family, side.birth_date, side.sex, side.postcode, side.address
    )


def _candidates(session: Session, statuses: tuple[str, ...], limit: int) -> list[Candidate]:
    params = load_params(session)
    a, b = aliased(SourcePerson), aliased(SourcePerson)
    pa, pb = aliased(Partner), aliased(Partner)
    rows = session.execute(
        select(LinkPair, a, b, pa.name, pb.name)
        .join(a, a.id == LinkPair.person_a)
        .join(b, b.id == LinkPair.person_b)
        .join(pa, pa.id == a.partner_id)
        .join(pb, pb.id == b.partner_id)
        .where(LinkPair.status.in_(statuses))
        .order_by(
            LinkPair.decided_at.desc() if statuses != ("open",) else LinkPair.probability.desc(),
            LinkPair.id,
        )
        .limit(limit)
    ).all()
    out = []
    asked: set[tuple[int, int]] = set()
    for pair, left, right, left_partner, right_partner in rows:
        one, other = _side(left, left_partner), _side(right, right_partner)
        if pair.status == "open":
            if one.citizen_id == other.citizen_id:
                continue  # linked since, by other evidence: nothing left to ask
            citizens = (
                min(one.citizen_id, other.citizen_id),
                max(one.citizen_id, other.citizen_id),
            )
            if citizens in asked:
                continue  # the same two people: one question (the likeliest pair) is enough
            asked.add(citizens)
        result = score(_fields(one), _fields(other), params)
        out.append(
            Candidate(
                pair.id,
                one,
                other,
                result.probability,
                result.contributions,
                pair.status,
                pair.decided_by,
                pair.decided_at,
            )
        )
    return out


def review_queue(store: Store, limit: int = 500) -> list[Candidate]:
    """Open pairs, most likely first."""
    with store.session() as session:
        return _candidates(session, ("open",), limit)


def recent_decisions(store: Store, limit: int = 50) -> list[Candidate]:
    """Pairs people decided, newest first (for undo)."""
    with store.session() as session:
        return _candidates(session, ("accepted", "rejected"), limit)


def _citizens_of_pair(session: Session, pair: LinkPair) -> tuple[int, int]:
    def citizen(pid: int) -> int:
        value = session.scalar(select(SourcePerson.citizen_id).where(SourcePerson.id == pid))
        if value is None:
            raise LinkRefused("One of these records is no longer held.")
        return value

    return citizen(pair.person_a), citizen(pair.person_b)


def decide(store: Store, pair_id: int, *, accept: bool, decided_by: str) -> Changes:
    """Accept (the same person: merge) or reject (different people) an open pair."""
    with store.writing() as session:
        pair = session.get(LinkPair, pair_id)
        if pair is None or pair.status != "open":
            raise LinkRefused(
                "This pair has already been decided.",
                hint="Refresh the review queue to see what is still waiting.",
            )
        one, other = _citizens_of_pair(session, pair)
        if one == other:
            raise LinkRefused(
                "These records have been linked since, by another decision or a shared identifier.",
                hint="If they are not the same person, unlink the record from the person's page.",
            )
        pair.decided_by, pair.decided_at = decided_by, utcnow()
        touched = {one, other}
        if not accept:
            pair.status = "rejected"
            _reject_between(session, one, other, decided_by)
        else:
            pair.status = "accepted"
            event = merge(
                session,
                min(one, other),
                max(one, other),
                kind="accepted",
                decided_by=decided_by,
                probability=pair.probability,
                reason="accepted in review",
            )
            pair.event_id = event.id
        for citizen in sorted(touched):
            record_in(
                session,
                "link_decision",
                citizen_id=citizen,
                decision=pair.status,
                pair=pair_id,
                between=sorted(touched),
            )
    return Changes(citizens=frozenset(touched), people=True)


def _reject_between(session: Session, one: int, other: int, decided_by: str) -> None:
    """Every other open pair between the same two people gets the same answer."""
    ours, theirs = persons_of(session, one), persons_of(session, other)
    session.execute(
        update(LinkPair)
        .where(
            LinkPair.status == "open",
            ((LinkPair.person_a.in_(ours)) & (LinkPair.person_b.in_(theirs)))
            | ((LinkPair.person_a.in_(theirs)) & (LinkPair.person_b.in_(ours))),
        )
        .values(status="rejected", decided_by=decided_by, decided_at=utcnow())
    )


def undo_decision(store: Store, pair_id: int, *, decided_by: str) -> Changes:
    """Put a decided pair back in the queue; an accept's merge is split back exactly."""
    with store.writing() as session:
        pair = session.get(LinkPair, pair_id)
        if pair is None or pair.status not in ("accepted", "rejected"):
            raise LinkRefused("There is no decision on this pair to undo.")
        touched: set[int] = set()
        if pair.event_id is not None:
            event = session.get(LinkEvent, pair.event_id)
            if event is not None:
                touched |= undo(session, event)
        touched |= set(_citizens_of_pair(session, pair))
        pair.status, pair.event_id = "open", None
        pair.decided_by, pair.decided_at = decided_by, utcnow()
        for citizen in sorted(touched):
            record_in(session, "link_decision", citizen_id=citizen, decision="undone", pair=pair_id)
    return Changes(citizens=frozenset(touched), people=True)


def _record_pair(
    session: Session, a: int, b: int, status: str, decided_by: str, event_id: int | None
) -> None:
    a, b = min(a, b), max(a, b)
    pair = session.scalar(select(LinkPair).where(LinkPair.person_a == a, LinkPair.person_b == b))
    if pair is None:
        pair = LinkPair(person_a=a, person_b=b, probability=0.0, origin="manual")
        session.add(pair)
    pair.status, pair.decided_by, pair.decided_at = status, decided_by, utcnow()
    pair.event_id = event_id


def link_citizens(
    store: Store, citizen_id: int, other_id: int, *, decided_by: str, reason: str
) -> Changes:
    """Link by hand: every record of `other_id` joins `citizen_id`. Earlier decisions that
    they were different people are replaced by this one."""
    with store.writing() as session:
        keep, absorb = resolve(session, citizen_id), resolve(session, other_id)
        if keep == absorb:
            raise LinkRefused("These records are already linked as one person.")
        ours, theirs = persons_of(session, keep), persons_of(session, absorb)
        if not ours or not theirs:
            raise LinkRefused("One of these people has no records left to link.")
        numbers = {
            side: set(
                session.scalars(
                    select(SourcePerson.nhs_number).where(
                        SourcePerson.citizen_id == side, SourcePerson.nhs_number.is_not(None)
                    )
                )
            )
            for side in (keep, absorb)
        }
        if numbers[keep] and numbers[absorb] and numbers[keep] != numbers[absorb]:
            raise LinkRefused(
                "These records carry different NHS numbers, so they are different people.",
                hint="If an NHS number is wrong, ask the partner who holds it to correct it.",
            )
        event = merge(
            session, keep, absorb, kind="manual_link", decided_by=decided_by, reason=reason
        )
        session.execute(
            update(LinkPair)
            .where(
                LinkPair.status == "rejected",
                ((LinkPair.person_a.in_(ours)) & (LinkPair.person_b.in_(theirs)))
                | ((LinkPair.person_a.in_(theirs)) & (LinkPair.person_b.in_(ours))),
            )
            .values(status="accepted", decided_by=decided_by, decided_at=utcnow())
        )
        _record_pair(session, ours[0], theirs[0], "accepted", decided_by, event.id)
        record_in(
            session,
            "link_decision",
            citizen_id=keep,
            decision="linked",
            absorbed=absorb,
            records=len(theirs),
            reason=reason,
        )
    return Changes(citizens=frozenset({keep, absorb}), people=True)


def unlink_record(
    store: Store, citizen_id: int, person_id: int, *, decided_by: str, reason: str
) -> tuple[Changes, int]:
    """Take one partner record (and whatever came in with it) out of this citizen.

    Returns the changes and the citizen the record now belongs to."""
    with store.writing() as session:
        citizen_id = resolve(session, citizen_id)
        here = persons_of(session, citizen_id)
        if person_id not in here:
            raise LinkRefused("That record is not part of this person's view.")
        if len(here) == 1:
            raise LinkRefused("This is the only record of this person: there is nothing to unlink.")
        event = last_merge_bringing(session, citizen_id, person_id)
        if event is not None:
            undo(session, event)
            moved = set(json.loads(event.person_ids))
            new_citizen = event.absorbed_id
            pairs = session.scalars(select(LinkPair).where(LinkPair.event_id == event.id))
            for pair in pairs:
                pair.status, pair.decided_by, pair.decided_at = "rejected", decided_by, utcnow()
                pair.event_id = None
        else:
            moved = {person_id}
            new_citizen = split(
                session, citizen_id, moved, decided_by=decided_by, reason=reason
            ).absorbed_id
        remaining = [p for p in here if p not in moved]
        _record_pair(session, person_id, remaining[0], "rejected", decided_by, None)
        for citizen in (citizen_id, new_citizen):
            record_in(
                session,
                "link_decision",
                citizen_id=citizen,
                decision="unlinked",
                record=person_id,
                moved=len(moved),
                reason=reason,
            )
    return Changes(citizens=frozenset({citizen_id, new_citizen}), people=True), new_citizen


@dataclass(frozen=True)
class LinkedRecord:
    """One partner's record in a citizen's view, and how it came to be there."""

    person_id: int
    partner: str
    source_id: str
    given: str | None
    family: str | None
    birth_date: date | None
    nhs_number: str | None
    postcode: str | None
    how: str
    """first | nhs | id | link | key (deterministic) | matched | accepted | manual"""
    probability: float | None = None
    decided_by: str | None = None
    explanation: tuple[Contribution, ...] = ()
    """For a match: each field's agreement and weight, as the matcher sees the pair now."""


_HOW = {"auto_link": "matched", "accepted": "accepted", "manual_link": "manual"}


def _shared(person: SourcePerson, others: list[SourcePerson]) -> str:
    """Why a record that no link event brought is with the others: what it shares."""
    rest = [other for other in others if other.id != person.id]
    mine = set(parse_identifiers(person.identifiers))
    if person.nhs_number and any(person.nhs_number == o.nhs_number for o in rest):
        return "nhs"
    named = {v for s, v in mine if s == PATIENT_LINK}
    if any(
        o.partner_id == person.partner_id
        and (
            o.source_id in named
            or (PATIENT_LINK, person.source_id) in set(parse_identifiers(o.identifiers))
        )
        for o in rest
    ):
        return "link"
    if mine and any(mine & set(parse_identifiers(o.identifiers)) for o in rest):
        return "id"
    if person.link_key and any(person.link_key == o.link_key for o in rest):
        return "key"
    return "first"


def linked_records(store: Store, citizen_id: int) -> list[LinkedRecord]:
    with store.session() as session:
        citizen_id = resolve(session, citizen_id)
        rows = session.execute(
            select(SourcePerson, Partner.name)
            .join(Partner, Partner.id == SourcePerson.partner_id)
            .where(SourcePerson.citizen_id == citizen_id)
            .order_by(SourcePerson.id)
        ).all()
        people = [person for person, _ in rows]
        params = load_params(session)
        out = []
        for person, partner in rows:
            event = last_merge_bringing(session, citizen_id, person.id)
            probability = decided_by = None
            if event is None:
                how = _shared(person, people)
            elif event.kind == "auto_link" and event.reason in REASON_CODES:
                how = REASON_CODES[event.reason]
            else:
                how = _HOW.get(event.kind, event.kind)
                probability, decided_by = event.probability, event.decided_by
            explanation: tuple[Contribution, ...] = ()
            if event is not None and how in ("matched", "accepted"):
                explanation = _explain(session, event.id, params)
            out.append(
                LinkedRecord(
                    person.id,
                    partner,
                    person.source_id,
                    person.given_name,
                    person.family_name,
                    person.birth_date,
                    person.nhs_number,
                    person.postcode,
                    how,
                    probability,
                    decided_by,
                    explanation,
                )
            )
        return out


def _explain(session: Session, event_id: int, params: Params) -> tuple[Contribution, ...]:
    """The field-by-field comparison of the pair that made a link."""
    pair = session.scalar(select(LinkPair).where(LinkPair.event_id == event_id))
    if pair is None:
        return ()
    a, b = session.get(SourcePerson, pair.person_a), session.get(SourcePerson, pair.person_b)
    if a is None or b is None:
        return ()
    return score(_fields(_side(a, "")), _fields(_side(b, "")), params).contributions
