"""What linkage knows about citizens while it links one batch of records.

Each person's citizen as it stands (merges in this batch included, followed through a
redirect map rather than rewritten), the pairs people rejected, and each citizen's partners
and NHS numbers (read in bulk, kept current through merges): what decides whether two
citizens may be joined.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.linkage.pool import chunks
from caseworker.store.models import LinkPair, SourcePerson


class BatchCitizens:
    """Current citizen of each person, and rejected pairs, while one batch is linked."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.of: dict[int, int] = {}
        self.rejected: list[tuple[int, int]] = [
            (a, b)
            for a, b in session.execute(
                select(LinkPair.person_a, LinkPair.person_b).where(LinkPair.status == "rejected")
            )
        ]
        self._nhs: dict[int, frozenset[str]] = {}
        self._partners: dict[int, set[str]] = {}
        self._redirect: dict[int, int] = {}
        """Citizens merged during this batch -> the citizen they went into."""
        self._load([p for pair in self.rejected for p in pair])

    def _load(self, person_ids: Iterable[int]) -> None:
        wanted = sorted(set(person_ids) - self.of.keys())
        for chunk in chunks(wanted):
            for pid, cid in self.session.execute(
                select(SourcePerson.id, SourcePerson.citizen_id).where(SourcePerson.id.in_(chunk))
            ):
                if cid is not None:
                    self.of[pid] = cid

    def now(self, person_id: int) -> int | None:
        """The person's citizen as it stands, merges in this batch included."""
        citizen = self.of.get(person_id)
        while citizen in self._redirect:
            citizen = self._redirect[citizen]
        return citizen

    def preload(self, citizen_ids: Iterable[int]) -> None:
        """Read the partners and NHS numbers of many citizens in a few queries."""
        wanted = sorted({c for c in citizen_ids if c > 0} - self._partners.keys())
        for chunk in chunks(wanted):
            partners: dict[int, set[str]] = {c: set() for c in chunk}
            numbers: dict[int, set[str]] = {c: set() for c in chunk}
            for cid, partner, nhs in self.session.execute(
                select(
                    SourcePerson.citizen_id, SourcePerson.partner_id, SourcePerson.nhs_number
                ).where(SourcePerson.citizen_id.in_(chunk))
            ):
                if cid is None:
                    continue
                partners[cid].add(partner)
                if nhs:
                    numbers[cid].add(nhs)
            self._partners.update(partners)
            self._nhs.update({c: frozenset(v) for c, v in numbers.items()})

    def nhs_numbers(self, citizen: int) -> frozenset[str]:
        if citizen not in self._nhs:
            self._nhs[citizen] = frozenset(
                self.session.scalars(
                    select(SourcePerson.nhs_number).where(
                        SourcePerson.citizen_id == citizen, SourcePerson.nhs_number.is_not(None)
                    )
                )
            )
        return self._nhs[citizen]

    def partners(self, citizen: int) -> set[str]:
        """The partners holding a record of this citizen."""
        if citizen not in self._partners:
            self._partners[citizen] = set(
                self.session.scalars(
                    select(SourcePerson.partner_id)
                    .where(SourcePerson.citizen_id == citizen)
                    .distinct()
                )
            )
        return self._partners[citizen]

    def forget(self) -> None:
        """Drop what was read of citizens' records: the batch has just been written."""
        self._nhs.clear()
        self._partners.clear()

    def blocked(self, c1: int, c2: int, *, strong: bool = False) -> bool:
        """Someone decided these are different people, or they hold different NHS numbers,
        or (unless the evidence is `strong`: a shared NHS number or identifier) one partner
        holds a record of each: a partner keeps one record per person."""
        one, other = self.nhs_numbers(c1), self.nhs_numbers(c2)
        if one and other and one != other:
            return True
        if not strong and self.partners(c1) & self.partners(c2):
            return True
        for a, b in self.rejected:
            ca, cb = self.now(a), self.now(b)
            if (ca, cb) in ((c1, c2), (c2, c1)):
                return True
        return False

    def moved(self, absorbed: int, keep: int) -> None:
        if keep in self._nhs and absorbed in self._nhs:
            self._nhs[keep] = self._nhs[keep] | self._nhs.pop(absorbed)
        else:
            self._nhs.pop(keep, None)
        if keep in self._partners and absorbed in self._partners:
            self._partners[keep] |= self._partners.pop(absorbed)
        else:
            self._partners.pop(keep, None)
        self._redirect[absorbed] = keep
