"""Linking source persons to citizens, behind one interface so better linkage can replace it.

`ExactLinker` joins on the NHS number where present, otherwise on an exact match of
normalised name, date of birth and postcode. It never joins two records that carry
different NHS numbers. It runs inside the sync transaction, on the rows just written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from caseworker.store.models import Citizen, SourcePerson, utcnow

_CHUNK = 500


@dataclass(frozen=True)
class LinkOutcome:
    citizens_created: int
    records_linked: int
    touched_citizens: frozenset[int]


class Linker(Protocol):
    def link(self, session: Session, person_ids: Sequence[int]) -> LinkOutcome: ...


def _chunks(values: Sequence[str]) -> list[Sequence[str]]:
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]


class ExactLinker:
    """Deterministic linkage on NHS number, else the exact name, birth date and postcode key."""

    def link(self, session: Session, person_ids: Sequence[int]) -> LinkOutcome:
        rows: list[Any] = []
        for chunk in _chunks(list(person_ids)):  # type: ignore[arg-type]
            rows.extend(
                session.execute(
                    select(
                        SourcePerson.id,
                        SourcePerson.citizen_id,
                        SourcePerson.nhs_number,
                        SourcePerson.link_key,
                    ).where(SourcePerson.id.in_(chunk))
                ).all()
            )
        rows.sort(key=lambda r: r.id)
        batch = {r.id for r in rows}
        by_nhs: dict[str, int] = {}
        by_key: dict[str, list[tuple[int, str | None]]] = {}
        numbers = sorted({r.nhs_number for r in rows if r.nhs_number})
        keys = sorted({r.link_key for r in rows if r.link_key})
        for chunk in _chunks(numbers):
            for nhs, citizen, pid in session.execute(
                select(SourcePerson.nhs_number, SourcePerson.citizen_id, SourcePerson.id)
                .where(SourcePerson.nhs_number.in_(chunk), SourcePerson.citizen_id.is_not(None))
                .order_by(SourcePerson.id)
            ):
                if pid not in batch and nhs is not None and citizen is not None:
                    by_nhs.setdefault(nhs, citizen)
        for chunk in _chunks(keys):
            for key, citizen, nhs, pid in session.execute(
                select(
                    SourcePerson.link_key,
                    SourcePerson.citizen_id,
                    SourcePerson.nhs_number,
                    SourcePerson.id,
                )
                .where(SourcePerson.link_key.in_(chunk), SourcePerson.citizen_id.is_not(None))
                .order_by(SourcePerson.id)
            ):
                if pid not in batch and key is not None and citizen is not None:
                    by_key.setdefault(key, []).append((citizen, nhs))

        # Decide every row first; new citizens get temporary negative ids, so that records of
        # one person arriving in the same batch share one, then all are created in one go.
        assignments: dict[int, int] = {}
        touched: set[int] = set()
        new_citizens = 0
        for row in rows:
            target = by_nhs.get(row.nhs_number) if row.nhs_number else None
            if target is None and row.link_key:
                target = next(
                    (
                        c
                        for c, nhs in by_key.get(row.link_key, [])
                        if nhs is None or row.nhs_number is None or nhs == row.nhs_number
                    ),
                    None,
                )
            if target is None:
                target = row.citizen_id
            if target is None:
                new_citizens += 1
                target = -new_citizens
            if target != row.citizen_id:
                assignments[row.id] = target
                if row.citizen_id is not None:
                    touched.add(row.citizen_id)
            touched.add(target)
            if row.nhs_number:
                by_nhs.setdefault(row.nhs_number, target)
            if row.link_key:
                by_key.setdefault(row.link_key, []).append((target, row.nhs_number))

        real: dict[int, int] = {}
        connection = session.connection()
        if new_citizens:
            now = utcnow()
            created_ids = (
                connection.execute(
                    insert(Citizen).returning(Citizen.id, sort_by_parameter_order=True),
                    [{"created_at": now, "updated_at": now}] * new_citizens,
                )
                .scalars()
                .all()
            )
            real = {-(i + 1): cid for i, cid in enumerate(created_ids)}
        if assignments:
            connection.execute(
                update(SourcePerson)
                .where(SourcePerson.id == bindparam("person_id"))
                .values(citizen_id=bindparam("citizen_id")),
                [
                    {"person_id": pid, "citizen_id": real.get(t, t)}
                    for pid, t in assignments.items()
                ],
            )
        return LinkOutcome(
            new_citizens, len(assignments), frozenset(real.get(t, t) for t in touched)
        )
