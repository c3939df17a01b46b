"""Reading the records linkage compares, in bulk: their fields, partners, NHS numbers,
and the pairs already considered; and the in-memory blocks records are compared within.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.linkage.compare import PersonFields, canonical_given
from caseworker.linkage.normalise import name_key
from caseworker.store.models import LinkPair, SourcePerson

CHUNK = 500

PERSON_COLUMNS = (
    SourcePerson.given_name,
    SourcePerson.family_name,
    SourcePerson.birth_date,
    SourcePerson.sex,
    SourcePerson.postcode,
    SourcePerson.address,
)
"""What a source person contributes to comparison, in PersonFields order."""


def chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[i : i + CHUNK] for i in range(0, len(values), CHUNK)]


def to_fields(row: Any) -> PersonFields:
    """PersonFields from a row selected with PERSON_COLUMNS."""
    return PersonFields(
        row.given_name, row.family_name, row.birth_date, row.sex, row.postcode, row.address
    )


def fields_where(
    session: Session, where: Any, values: Sequence[Any]
) -> dict[int, tuple[PersonFields, int | None]]:
    """Person id -> (its fields, its citizen), for the persons `where(chunk)` selects."""
    out: dict[int, tuple[PersonFields, int | None]] = {}
    for chunk in chunks(list(values)):
        query = select(SourcePerson.id, SourcePerson.citizen_id, *PERSON_COLUMNS)
        for row in session.execute(query.where(where(chunk))):
            out[row.id] = (to_fields(row), row.citizen_id)
    return out


def block_keys(f: PersonFields, born: date | None) -> list[str]:
    """Blocks a record is compared within: its birth date or its postcode, each with the
    initial of its surname, of its first name, or of either (names written the other way
    round). Sharing a birthday with a stranger is common in a large store; sharing it with
    a stranger of the same initial is not, so this keeps the pairs few as the store grows."""
    family, given = name_key(f.family)[:1], canonical_given(f.given)[:1]
    initials = "".join(sorted(filter(None, (family, given))))
    suffixes = [f"f{family}" if family else "", f"g{given}" if given else "", f"x{initials}"]
    keys = []
    for prefix, value in (("d", born.isoformat() if born else None), ("p", f.postcode)):
        if value:
            keys += [f"{prefix}:{value}:{suffix}" for suffix in suffixes if suffix]
    return keys


def partners_of(session: Session, person_ids: list[int]) -> list[str | None]:
    found: dict[int, str] = {}
    for chunk in chunks(person_ids):
        found.update(
            (pid, partner)
            for pid, partner in session.execute(
                select(SourcePerson.id, SourcePerson.partner_id).where(SourcePerson.id.in_(chunk))
            )
        )
    return [found.get(pid) for pid in person_ids]


def nhs_numbers_of(session: Session, person_ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in chunks(sorted(person_ids)):
        out.update(
            (pid, str(nhs))
            for pid, nhs in session.execute(
                select(SourcePerson.id, SourcePerson.nhs_number).where(
                    SourcePerson.id.in_(chunk), SourcePerson.nhs_number.is_not(None)
                )
            )
        )
    return out


def considered(session: Session, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs already in the queue or decided: never asked about again."""
    firsts = sorted({a for a, _ in pairs})
    found: set[tuple[int, int]] = set()
    for chunk in chunks(firsts):
        found.update(
            (a, b)
            for a, b in session.execute(
                select(LinkPair.person_a, LinkPair.person_b).where(LinkPair.person_a.in_(chunk))
            )
        )
    return found & pairs
