"""Whether a veto stands: keeping twins and namesake parents and children apart without
throwing away the duplicates whose first name or birth date was simply mistyped.

A pair that agrees on surname, address and birth date but not first name is either twins
or one person with a wrong first name; a pair that agrees on names but not birth date is a
namesake parent and child, or one person with a wrong date. The records around the pair
tell which. The veto stands when

- both records come from the same partner (a partner keeps one record per person);
- for first names, the sexes differ, or the birth dates are not the same (one typo does
  not explain two differences); for birth dates, one is a child and the other a generation
  older (the namesake parent, whom no typo explains away);
- either partner holds another record that looks like the other side of the pair (the
  partner itself tells the two people apart); or
- each side's first name and birth date are borne out by another record (a typo cannot
  make two records agree).

Otherwise one side is the odd one out, a likely mistake: the veto is lifted and the pair is
judged on its weights like any other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from caseworker.linkage.compare import PersonFields, compare_given
from caseworker.linkage.fellegi_sunter import Score

_ALIKE = ("exact", "similar")
GENERATION = 14
"""Birth years this far apart are a parent and a child, however alike the names."""


class Guard:
    def __init__(
        self,
        records: Sequence[PersonFields],
        sources: Sequence[str | None] | None = None,
        today: date | None = None,
    ) -> None:
        self.records = records
        self.today = today or date.today()
        self.sources = sources
        self._born: dict[date, list[int]] = defaultdict(list)
        for index, r in enumerate(records):
            if r.birth_date:
                self._born[r.birth_date].append(index)

    def _like(self, k: int, i: int) -> bool:
        """Record k has record i's birth date and (nearly) its first name."""
        a, b = self.records[k], self.records[i]
        return a.birth_date == b.birth_date and compare_given(a.given, b.given) in _ALIKE

    def _borne_out(self, i: int, pair: tuple[int, int]) -> bool:
        date_of = self.records[i].birth_date
        if date_of is None:
            return False
        return any(k not in pair and self._like(k, i) for k in self._born[date_of])

    def _told_apart(self, i: int, j: int) -> bool:
        """i's partner also holds a record like j: it knows them as two people."""
        born = self.records[j].birth_date
        if self.sources is None or not self.sources[i] or born is None:
            return False
        return any(
            k not in (i, j) and self.sources[k] == self.sources[i] and self._like(k, j)
            for k in self._born[born]
        )

    def _parent_and_child(self, one: date, other: date) -> bool:
        """A child and someone a generation older: the namesake trap that matters most."""
        younger = max(one, other)
        child = (self.today.year - younger.year) - (
            (self.today.month, self.today.day) < (younger.month, younger.day)
        ) < 18
        return child and abs(one.year - other.year) >= GENERATION

    def stands(self, i: int, j: int, veto: str) -> bool:
        a, b = self.records[i], self.records[j]
        if self.sources is not None and self.sources[i] and self.sources[i] == self.sources[j]:
            return True
        if veto == "given":
            sexes = {(s or "").lower()[:1] for s in (a.sex, b.sex)}
            if sexes <= {"m", "f"} and len(sexes) == 2:
                return True
            if a.birth_date != b.birth_date:
                return True  # a mistyped first name explains one difference, not two
        elif a.birth_date and b.birth_date and self._parent_and_child(a.birth_date, b.birth_date):
            return True
        if self._told_apart(i, j) or self._told_apart(j, i):
            return True
        return self._borne_out(i, (i, j)) and self._borne_out(j, (i, j))

    def check(self, i: int, j: int, score: Score) -> Score:
        """The score with its veto kept, or lifted (noted as `veto_lifted`)."""
        if score.vetoed_by is None or len(score.vetoes) > 1:
            return score  # first name and birth date both disagree: two people
        if self.stands(i, j, score.vetoed_by):
            return score
        return replace(score, vetoed_by=None, veto_lifted=score.vetoed_by)
