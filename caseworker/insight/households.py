"""Households across the store: the citizens that partners' records put together.

Two citizens are in one household when a partner recorded a relationship between their
records (a mother on a child's record, a sibling) or when their records give the same
address (postcode and address line). Households are found around a given set of citizens,
one step out: enough to join a child with evidence to a parent with evidence through each
other, or through a parent who has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from caseworker.store.models import Relationship, SourcePerson

CHUNK = 500
"""Ids per IN list: well under SQLite's limit on bound parameters."""


def address_key(address: str | None) -> str:
    """An address as compared for "same address": case, commas and spacing ignored."""
    return " ".join((address or "").lower().replace(",", " ").split())


def _chunks(values: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    it = iter(values)
    while chunk := list(islice(it, size)):
        yield chunk


class _Union:
    """Union-find over citizen ids."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _related_pairs(session: Session, citizens: list[int]) -> Iterator[tuple[int, int]]:
    mine, theirs = aliased(SourcePerson), aliased(SourcePerson)
    for chunk in _chunks(citizens):
        for side in (mine, theirs):
            rows = session.execute(
                select(mine.citizen_id, theirs.citizen_id)
                .select_from(Relationship)
                .join(
                    mine,
                    and_(
                        mine.partner_id == Relationship.partner_id,
                        mine.source_id == Relationship.person_source_id,
                    ),
                )
                .join(
                    theirs,
                    and_(
                        theirs.partner_id == Relationship.partner_id,
                        theirs.source_id == Relationship.related_source_id,
                    ),
                )
                .where(side.citizen_id.in_(chunk))
            )
            for a, b in rows:
                if a is not None and b is not None:
                    yield a, b


def _same_address_pairs(session: Session, citizens: list[int]) -> Iterator[tuple[int, int]]:
    places: set[tuple[str, str]] = set()
    for chunk in _chunks(citizens):
        for postcode, address in session.execute(
            select(SourcePerson.postcode, SourcePerson.address).where(
                SourcePerson.citizen_id.in_(chunk), SourcePerson.postcode.is_not(None)
            )
        ):
            if postcode is not None and address_key(address):
                places.add((postcode, address_key(address)))
    postcodes = sorted({postcode for postcode, _ in places})
    at: dict[tuple[str, str], int] = {}
    for start in range(0, len(postcodes), CHUNK):
        rows = session.execute(
            select(SourcePerson.postcode, SourcePerson.address, SourcePerson.citizen_id).where(
                SourcePerson.postcode.in_(postcodes[start : start + CHUNK]),
                SourcePerson.citizen_id.is_not(None),
            )
        )
        for postcode, address, citizen in rows:
            place = (postcode, address_key(address))
            if citizen is not None and place in places:
                first = at.setdefault(place, citizen)
                if first != citizen:
                    yield first, citizen


def households_around(session: Session, citizens: Iterable[int]) -> list[frozenset[int]]:
    """The households of `citizens`: each a set of citizen ids, every given citizen in one."""
    given = sorted(set(citizens))
    union = _Union()
    for citizen in given:
        union.find(citizen)
    for a, b in _related_pairs(session, given):
        union.join(a, b)
    for a, b in _same_address_pairs(session, given):
        union.join(a, b)
    groups: dict[int, set[int]] = {}
    for citizen in union.parent:
        groups.setdefault(union.find(citizen), set()).add(citizen)
    return [frozenset(group) for group in groups.values()]


def persons_of(session: Session, citizens: Iterable[int]) -> dict[int, list[tuple[str, str]]]:
    """Each citizen's records, as (partner, source id)."""
    found: dict[int, list[tuple[str, str]]] = {}
    for chunk in _chunks(sorted(set(citizens))):
        for citizen, partner, source in session.execute(
            select(SourcePerson.citizen_id, SourcePerson.partner_id, SourcePerson.source_id).where(
                SourcePerson.citizen_id.in_(chunk)
            )
        ):
            if citizen is not None:
                found.setdefault(citizen, []).append((partner, source))
    return found
