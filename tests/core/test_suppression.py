"""Small-number suppression: no published count from 1 to 4, and no total that lets one be
worked out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caseworker.insight.suppression import HIDDEN, SMALL, column, shown, statistic


def test_small_counts_are_hidden_and_zero_is_not() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 12)] == ["0", SMALL, SMALL, "5", "12"]


def test_one_small_cell_beside_a_total_hides_the_next_smallest_too() -> None:
    cells, total = column([3, 10, 40])
    assert cells == [SMALL, HIDDEN, "40"] and total == "53"


def test_a_small_total_is_hidden() -> None:
    assert column([2, 0, 1]) == ([SMALL, "0", SMALL], SMALL)


def test_a_statistic_over_few_cases_is_not_shown() -> None:
    assert statistic(12.0, 4, unit="{value} days") == "fewer than 5 cases"
    assert statistic(12.4, 5, unit="{value} days") == "12 days"
    assert statistic(None, 0) == "—"


@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=8))
def test_no_small_count_can_be_read_or_worked_out(counts: list[int]) -> None:
    cells, total = column(counts)
    # Nothing from 1 to 4 is ever published.
    for value in [*cells, total]:
        assert not (value.isdigit() and 0 < int(value) < 5)
    # Every published number is the true count.
    assert all(c == str(n) for c, n in zip(cells, counts, strict=True) if c.isdigit())
    # With the total shown, the hidden cells are never a single one: its value would be the
    # total minus the rest.
    if total.isdigit():
        hidden = [c for c in cells if not c.isdigit()]
        assert len(hidden) != 1
