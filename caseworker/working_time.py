"""The front door's clocks: a deadline counted in working time from when a contact arrived.

Working Together to Safeguard Children 2023 asks the local authority to decide the next steps
on a referral within one working day; local procedures rate a contact red, amber or green,
with shorter clocks for the most urgent. A clock here counts working hours: the MASH's
working day (09:00 to 17:00, Monday to Friday, local time in Europe/London by default), never
on a bank holiday of the nation the MASH works in. The bank holidays come from the maintained
`holidays` library (substitute days included, as each government announces them), not from a
list kept by hand. They are written out from it for the years a MASH works in now
(resources/bank-holidays.json, `make bank-holidays`; a test holds the file equal to the
library installed): the library loads every country's calendar when first asked (0.2 s, one
module 60 ms without a break), which stopped the window for 100 ms after a sync.

A clock of days is that many working days of working time: a contact that arrives at 14:00
on a Tuesday with one working day is due at 14:00 on Wednesday; one that arrives on a
Saturday is due at the end of Monday. The clocks per rating are data (`DEFAULT_CLOCKS`); an
organisation whose procedures differ passes its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

BANK_HOLIDAYS = Path(__file__).resolve().parent.parent / "resources" / "bank-holidays.json"
"""Each nation's bank holidays by year, written out from the `holidays` library."""
WRITTEN_YEARS = range(2020, 2046)
"""The years written out: a year outside them is asked of the library itself."""

NATIONS = {"ENG": "England", "WLS": "Wales"}
"""The nations whose bank holidays a MASH may keep (subdivisions of GB in `holidays`)."""

RATINGS = ("red", "amber", "green")
"""Most urgent first."""


@dataclass(frozen=True)
class Clock:
    """How long a rating allows, in working hours or working days (one of them)."""

    rating: str
    working_hours: float = 0
    working_days: int = 0

    def hours(self, week: WorkingWeek) -> float:
        return self.working_hours or self.working_days * week.hours_a_day


DEFAULT_CLOCKS: Mapping[str, Clock] = {
    "red": Clock("red", working_hours=4),
    "amber": Clock("amber", working_days=1),
    "green": Clock("green", working_days=3),
}
"""Red within four working hours, amber within one working day (the statutory decision
clock), green within three working days: common local procedure, changed by passing others."""


@dataclass(frozen=True)
class WorkingWeek:
    """When the MASH works: its hours, its days and whose bank holidays it keeps."""

    nation: str = "ENG"
    start: time = time(9)
    end: time = time(17)
    days: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    """Weekdays worked, Monday being 0."""
    zone: str = "Europe/London"

    def __post_init__(self) -> None:
        if self.nation not in NATIONS:
            kept = " and ".join(f"{name} ({code})" for code, name in NATIONS.items())
            raise ValueError(f"Bank holidays are kept for {kept}, not {self.nation}")
        if self.end <= self.start:
            raise ValueError("A working day must end after it starts")

    @property
    def hours_a_day(self) -> float:
        return (_seconds(self.end) - _seconds(self.start)) / 3600

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days and day not in _bank_holidays(self.nation, day.year)


def library_bank_holidays(nation: str, year: int) -> dict[date, str]:
    """The bank holidays of `nation` in `year` as the `holidays` library has them."""
    import holidays  # 0.2 s, when a year beyond the file is asked for

    return dict(holidays.country_holidays("GB", subdiv=nation, years=year))


@lru_cache(maxsize=1)
def written_out() -> dict[str, dict[int, dict[date, str]]]:
    """Nation -> year -> the bank holidays in BANK_HOLIDAYS."""
    held = json.loads(BANK_HOLIDAYS.read_text(encoding="utf-8"))["nations"]
    return {
        nation: {
            int(year): {date.fromisoformat(d): name for d, name in days.items()}
            for year, days in years.items()
        }
        for nation, years in held.items()
    }


@lru_cache(maxsize=64)
def _calendar(nation: str, year: int) -> dict[date, str]:
    held = written_out().get(nation, {})
    return held[year] if year in held else library_bank_holidays(nation, year)


@lru_cache(maxsize=64)
def _bank_holidays(nation: str, year: int) -> frozenset[date]:
    return frozenset(_calendar(nation, year))


def bank_holiday(day: date, nation: str = "ENG") -> str | None:
    """The bank holiday's name on `day` in `nation`, or None."""
    return _calendar(nation, day.year).get(day)


def _seconds(moment: time) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def _periods(moment: datetime, week: WorkingWeek) -> Iterator[tuple[datetime, datetime]]:
    """The working periods from `moment` (local, aware) on, a day at a time, for two years."""
    zone = ZoneInfo(week.zone)
    day = moment.date()
    for _ in range(2 * 366):
        if week.is_working_day(day):
            opens = datetime.combine(day, week.start, zone)
            closes = datetime.combine(day, week.end, zone)
            if closes > moment:
                yield max(opens, moment), closes
        day += timedelta(days=1)


def deadline(received: datetime, clock: Clock, week: WorkingWeek | None = None) -> datetime:
    """When a contact received at `received` (aware) is due under `clock`, in UTC."""
    week = week or WorkingWeek()
    left = timedelta(hours=clock.hours(week))
    moment = received.astimezone(ZoneInfo(week.zone))
    for opens, closes in _periods(moment, week):
        if closes - opens >= left:
            return (opens + left).astimezone(UTC)
        left -= closes - opens
    raise ValueError("A clock longer than a year of working time")


def working_time(start: datetime, end: datetime, week: WorkingWeek | None = None) -> timedelta:
    """Working time from `start` to `end` (both aware); negative when `end` comes first."""
    week = week or WorkingWeek()
    if end < start:
        return -working_time(end, start, week)
    zone = ZoneInfo(week.zone)
    moment, until = start.astimezone(zone), end.astimezone(zone)
    total = timedelta()
    day = moment.date()
    while day <= until.date():
        if week.is_working_day(day):
            opens = max(datetime.combine(day, week.start, zone), moment)
            closes = min(datetime.combine(day, week.end, zone), until)
            if closes > opens:
                total += closes - opens
        day += timedelta(days=1)
    return total


OVERDUE_AT_LEAST = timedelta(minutes=1)
"""What a deadline passed reads as overdue by when no working time has gone by since."""


def time_left(now: datetime, due: datetime, week: WorkingWeek | None = None) -> timedelta:
    """Working time until `due`; once `due` has passed, negative: the working time it is
    overdue by, and at least OVERDUE_AT_LEAST. A contact due at 17:00 is overdue that
    evening, though no working time has gone by since: it read '0 min left' until morning."""
    left = working_time(now, due, week)
    return min(left, -OVERDUE_AT_LEAST) if now > due else left
