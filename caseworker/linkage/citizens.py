"""Which records make up which citizen, and the moves between them: merge, split, undo.

A merge moves every source person of one citizen into another and leaves the absorbed
citizen in place, marked `merged_into`, so that its local facts (consents recorded here,
breaking the glass, following) come back with it when the merge is undone. Every move is a
`LinkEvent` naming exactly the records moved, which is what makes an unlink exact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from caseworker.store.models import Citizen, LinkEvent, SourcePerson, utcnow

MERGES = ("auto_link", "accepted", "manual_link")


def resolve(session: Session, citizen_id: int) -> int:
    """The citizen a (possibly merged) citizen id now shows as."""
    seen = {citizen_id}
    current = citizen_id
    while True:
        parent = session.scalar(select(Citizen.merged_into).where(Citizen.id == current))
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = parent


def members(session: Session, citizen_id: int) -> frozenset[int]:
    """This citizen and every citizen merged into it, however deep."""
    return members_of(session, [citizen_id])[citizen_id]


def members_of(session: Session, citizen_ids: Iterable[int]) -> dict[int, frozenset[int]]:
    """`members` of each citizen, in one query per level of merging for all of them."""
    found: dict[int, set[int]] = {c: {c} for c in citizen_ids}
    owners: dict[int, set[int]] = {c: {c} for c in found}  # citizen -> whose members it is
    frontier = set(found)
    while frontier:
        children = session.execute(
            select(Citizen.id, Citizen.merged_into).where(Citizen.merged_into.in_(frontier))
        ).all()
        frontier = set()
        for child, parent in children:
            for owner in owners.get(parent, ()) if parent is not None else ():
                if child not in found[owner]:
                    found[owner].add(child)
                    owners.setdefault(child, set()).add(owner)
                    frontier.add(child)
    return {c: frozenset(m) for c, m in found.items()}


def persons_of(session: Session, citizen_id: int) -> list[int]:
    return list(
        session.scalars(
            select(SourcePerson.id)
            .where(SourcePerson.citizen_id == citizen_id)
            .order_by(SourcePerson.id)
        )
    )


def _move(session: Session, person_ids: Iterable[int], to: int) -> None:
    ids = list(person_ids)
    for start in range(0, len(ids), 500):
        session.execute(
            update(SourcePerson)
            .where(SourcePerson.id.in_(ids[start : start + 500]))
            .values(citizen_id=to)
        )


def _logged(
    session: Session,
    kind: str,
    citizen_id: int,
    absorbed_id: int,
    moved: list[int],
    probability: float | None,
    decided_by: str,
    reason: str,
) -> LinkEvent:
    """Record one move of exactly `moved` between two citizens."""
    event = LinkEvent(
        kind=kind,
        citizen_id=citizen_id,
        absorbed_id=absorbed_id,
        person_ids=json.dumps(moved),
        probability=probability,
        decided_by=decided_by,
        reason=reason,
        undone=False,
    )
    session.add(event)
    session.flush()
    return event


def merge(
    session: Session,
    keep: int,
    absorb: int,
    *,
    kind: str,
    decided_by: str,
    probability: float | None = None,
    reason: str = "",
) -> LinkEvent:
    """Move every record of `absorb` into `keep`."""
    if kind not in MERGES:
        raise ValueError(kind)
    if keep == absorb:
        raise ValueError("a citizen cannot be merged into itself")
    moved = persons_of(session, absorb)
    _move(session, moved, keep)
    session.execute(update(Citizen).where(Citizen.id == absorb).values(merged_into=keep))
    return _logged(session, kind, keep, absorb, moved, probability, decided_by, reason)


@dataclass(frozen=True)
class PlannedMerge:
    """One merge decided in memory: `absorb` into `keep`, because of the pair (a, b)."""

    keep: int
    absorb: int
    probability: float
    person_a: int
    person_b: int


def merge_many(
    session: Session,
    planned: list[PlannedMerge],
    *,
    kind: str,
    decided_by: str,
    reason: str,
) -> list[int]:
    """Apply many merges, in order, in a few statements; one LinkEvent each, naming exactly
    the records each moved (so that each can still be undone on its own). Returns the event
    ids, in order."""
    if not planned:
        return []
    involved = sorted({c for m in planned for c in (m.keep, m.absorb)})
    members: dict[int, list[int]] = {c: [] for c in involved}
    for start in range(0, len(involved), 500):
        for pid, cid in session.execute(
            select(SourcePerson.id, SourcePerson.citizen_id)
            .where(SourcePerson.citizen_id.in_(involved[start : start + 500]))
            .order_by(SourcePerson.id)
        ):
            if cid is not None:
                members[cid].append(pid)
    final: dict[int, int] = {}
    parent: dict[int, int] = {}
    events = []
    for m in planned:
        moved = members.pop(m.absorb, [])
        members.setdefault(m.keep, []).extend(moved)
        parent[m.absorb] = m.keep
        events.append(
            {
                "kind": kind,
                "citizen_id": m.keep,
                "absorbed_id": m.absorb,
                "person_ids": json.dumps(sorted(moved)),
                "probability": m.probability,
                "decided_by": decided_by,
                "reason": reason,
                "undone": False,
                "created_at": utcnow(),
                "updated_at": utcnow(),
            }
        )
    for citizen, people in members.items():
        for pid in people:
            final[pid] = citizen
    connection = session.connection()
    connection.execute(
        update(SourcePerson)
        .where(SourcePerson.id == bindparam("pid"))
        .values(citizen_id=bindparam("cid")),
        [{"pid": pid, "cid": cid} for pid, cid in final.items()],
    )
    connection.execute(
        update(Citizen)
        .where(Citizen.id == bindparam("absorbed"))
        .values(merged_into=bindparam("keep")),
        [{"absorbed": a, "keep": k} for a, k in parent.items()],
    )
    return list(
        connection.execute(
            insert(LinkEvent).returning(LinkEvent.id, sort_by_parameter_order=True), events
        ).scalars()
    )


def split(
    session: Session, citizen_id: int, person_ids: Iterable[int], *, decided_by: str, reason: str
) -> LinkEvent:
    """Move exactly `person_ids` out of `citizen_id` into a new citizen of their own."""
    moved = sorted(set(person_ids))
    now = utcnow()
    new = Citizen(created_at=now, updated_at=now)
    session.add(new)
    session.flush()
    _move(session, moved, new.id)
    return _logged(session, "split", citizen_id, new.id, moved, None, decided_by, reason)


def undo(session: Session, event: LinkEvent) -> frozenset[int]:
    """Reverse one event exactly: the records it moved go back. Returns the citizens touched.

    Records that have since left the citizen they were moved into (split off again) stay
    where they are: undo never moves a record the event did not move.
    """
    if event.undone:
        return frozenset()
    moved = json.loads(event.person_ids)
    merged = event.kind in MERGES
    # A merge sent records into `citizen_id`: they go back to `absorbed_id`; a split the
    # other way round.
    source, target = (
        (event.citizen_id, event.absorbed_id) if merged else (event.absorbed_id, event.citizen_id)
    )
    _move(session, _still_in(session, moved, source), target)
    session.execute(
        update(Citizen)
        .where(Citizen.id == event.absorbed_id)
        .values(merged_into=None if merged else event.citizen_id)
    )
    event.undone = True
    return frozenset({event.citizen_id, event.absorbed_id})


def _still_in(session: Session, person_ids: list[int], citizen_id: int) -> list[int]:
    """Those of `person_ids` that belong to `citizen_id` now."""
    return [
        p
        for p in person_ids
        if session.scalar(select(SourcePerson.citizen_id).where(SourcePerson.id == p)) == citizen_id
    ]


def last_merge_bringing(session: Session, citizen_id: int, person_id: int) -> LinkEvent | None:
    """The latest merge, not undone, that brought `person_id` into `citizen_id`."""
    events = session.scalars(
        select(LinkEvent)
        .where(
            LinkEvent.citizen_id == citizen_id,
            LinkEvent.kind.in_(MERGES),
            LinkEvent.undone.is_(False),
        )
        .order_by(LinkEvent.id.desc())
    )
    return next((e for e in events if person_id in json.loads(e.person_ids)), None)
