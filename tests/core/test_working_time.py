"""The front door's clocks across weekends, bank holidays in England and Wales, and the
change to and from summer time: when a contact is due, and how much working time is left."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker.working_time import (
    DEFAULT_CLOCKS,
    OVERDUE_AT_LEAST,
    Clock,
    WorkingWeek,
    bank_holiday,
    deadline,
    library_bank_holidays,
    time_left,
    working_time,
    written_out,
)

LONDON = ZoneInfo("Europe/London")
RED, AMBER, GREEN = (DEFAULT_CLOCKS[r] for r in ("red", "amber", "green"))


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def due(received: datetime, clock: Clock, nation: str = "ENG") -> datetime:
    return deadline(received, clock, WorkingWeek(nation)).astimezone(LONDON)


def test_one_working_day_from_a_tuesday_afternoon_is_wednesday_afternoon() -> None:
    assert due(at(2026, 12, 1, 14), AMBER) == at(2026, 12, 2, 14)


def test_a_weekend_does_not_count() -> None:
    assert due(at(2026, 12, 4, 15), AMBER) == at(2026, 12, 7, 15)  # Friday -> Monday
    # Arriving on a Saturday, the clock starts on Monday morning.
    assert due(at(2026, 12, 5, 10), AMBER) == at(2026, 12, 7, 17)
    # After hours on a Monday: it starts on Tuesday morning.
    assert due(at(2026, 12, 7, 19), AMBER) == at(2026, 12, 8, 17)


@pytest.mark.parametrize("nation", ["ENG", "WLS"])
def test_bank_holidays_of_england_and_of_wales_do_not_count(nation: str) -> None:
    # The late summer bank holiday, Monday 31 August 2026, in both nations.
    assert bank_holiday(at(2026, 8, 31, 9).date(), nation) == "Late Summer Bank Holiday"
    assert due(at(2026, 8, 28, 15), AMBER, nation) == at(2026, 9, 1, 15)
    # Christmas 2026: Friday the 25th, and Boxing Day (a Saturday) observed on Monday 28th.
    assert due(at(2026, 12, 24, 16), AMBER, nation) == at(2026, 12, 29, 16)
    # Easter 2027: Good Friday 26 March and Easter Monday 29 March.
    assert due(at(2027, 3, 25, 12), GREEN, nation) == at(2027, 4, 1, 12)


def test_a_red_clock_counts_working_hours_across_a_bank_holiday_weekend() -> None:
    # Friday 16:00 before the May Day bank holiday (Monday 3 May 2027): one hour on Friday,
    # three on Tuesday.
    assert due(at(2027, 4, 30, 16), RED) == at(2027, 5, 4, 12)


def test_the_clock_is_kept_in_local_time_across_the_change_to_summer_time() -> None:
    # Clocks go forward on Sunday 29 March 2026: due at 15:00 on Monday by the office clock,
    # which is 14:00 UTC, not 15:00 UTC.
    received = at(2026, 3, 27, 15)
    assert received.astimezone(UTC).hour == 15
    assert deadline(received, AMBER).astimezone(UTC) == datetime(2026, 3, 30, 14, tzinfo=UTC)


def test_time_left_is_working_time_and_negative_once_overdue() -> None:
    due_at = deadline(at(2026, 12, 4, 15), AMBER)  # Monday 15:00
    assert time_left(at(2026, 12, 4, 16), due_at) == timedelta(hours=7)  # 1 Friday + 6 Monday
    assert time_left(at(2026, 12, 5, 12), due_at) == timedelta(hours=6)  # Saturday: nothing
    assert time_left(at(2026, 12, 7, 16), due_at) == -timedelta(hours=1)
    assert time_left(at(2026, 12, 8, 10), due_at) == -timedelta(hours=3)  # 2 Monday + 1 Tuesday


def test_a_deadline_passed_after_hours_is_overdue_that_evening() -> None:
    """Due at 17:00 on Monday: at 18:05 no working time has gone by since, but the deadline
    has passed, and the front door must say so (it said '0 min left' until the morning)."""
    due_at = at(2026, 12, 7, 17)
    assert time_left(at(2026, 12, 7, 18, 5), due_at) == -OVERDUE_AT_LEAST
    assert time_left(at(2026, 12, 7, 17), due_at) == timedelta(0)  # at the moment: not yet
    assert time_left(at(2026, 12, 8, 10), due_at) == -timedelta(hours=1)  # then working time


def test_a_working_week_of_other_hours_and_an_unknown_nation() -> None:
    late = WorkingWeek(start=time(8), end=time(20))
    assert deadline(at(2026, 12, 1, 19), AMBER, late).astimezone(LONDON) == at(2026, 12, 2, 19)
    with pytest.raises(ValueError, match="England"):
        WorkingWeek("FRA")


moments = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(LONDON)
)


@settings(max_examples=200, deadline=None)
@given(received=moments, clock=st.sampled_from(list(DEFAULT_CLOCKS.values())))
def test_a_deadline_falls_in_working_hours_after_exactly_the_clocks_working_time(
    received: datetime, clock: Clock
) -> None:
    week = WorkingWeek("WLS")
    when = deadline(received, clock, week)
    local = when.astimezone(LONDON)
    assert week.is_working_day(local.date())
    assert week.start < local.time() <= week.end
    assert working_time(received, when, week) == timedelta(hours=clock.hours(week))


@pytest.mark.parametrize("nation", ["ENG", "WLS"])
def test_the_bank_holidays_written_out_are_the_librarys(nation: str) -> None:
    """The clocks read the bank holidays from resources/bank-holidays.json: it must say what
    the installed `holidays` library says, for every year it holds (`make bank-holidays`
    writes it again), and hold the years a MASH works in now and the next ten."""
    held = written_out()[nation]
    this_year = datetime.now(UTC).year
    assert set(range(this_year, this_year + 11)) <= set(held)
    for year, days in held.items():
        assert days == library_bank_holidays(nation, year), (
            f"{nation} {year}: the library says otherwise; run make bank-holidays"
        )
