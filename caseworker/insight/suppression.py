"""Small-number suppression for published figures, so that no count identifies anyone.

Primary suppression: a count from 1 to 4 is shown as "<5" (a zero reveals nothing about
anyone and is shown). Secondary suppression: where a column has a shown total, one hidden
cell could be worked out by subtraction, so the smallest other non-zero cell is hidden too
(shown as "*"); a total that is itself from 1 to 4 is "<5". A median or other statistic
over fewer than 5 cases is not shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from caseworker.words import ENGLISH, Words

THRESHOLD = 5
SMALL = "<5"
HIDDEN = "*"
"""A cell hidden so that a small one cannot be worked out from the total."""


def is_small(count: int) -> bool:
    return 0 < count < THRESHOLD


def shown(count: int) -> str:
    """One count on its own (no total beside it)."""
    return SMALL if is_small(count) else str(count)


def column(counts: Sequence[int]) -> tuple[list[str], str]:
    """A column of counts and its total, suppressed so neither gives a small count away."""
    cells = [SMALL if is_small(c) else str(c) for c in counts]
    total = sum(counts)
    hidden = [i for i, c in enumerate(counts) if is_small(c)]
    if len(hidden) == 1 and not is_small(total):
        # A total of 5 or more means another non-zero cell exists: hide the smallest.
        others = [i for i, c in enumerate(counts) if c > 0 and i not in hidden]
        cells[min(others, key=lambda i: counts[i])] = HIDDEN
    return cells, shown(total)


def statistic(value: float | None, cases: int, say: Words = ENGLISH, unit: str = "{value}") -> str:
    """A median or mean, shown only over 5 or more cases; `unit` a template ("{value} days")
    said in the language of `say`."""
    if cases < THRESHOLD or value is None:
        return "—" if cases == 0 else say("fewer than {count} cases", count=THRESHOLD)
    return say(unit, value=f"{value:.0f}")
