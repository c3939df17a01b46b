"""What counts as a current risk on a person: a risk a partner coded and has not closed, or
a significant event of a kind kept in `RISK_EVENTS` (caseworker.partners.vocabulary) within
its months. The person's header counts these; the household's appear on a child's page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol, TypeVar

from caseworker.partners.vocabulary import RISK_EVENTS


class Recorded(Protocol):
    """What the rules read of a record (caseworker.views.citizen.Item has it all)."""

    @property
    def kind(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def status(self) -> str | None: ...
    @property
    def severity(self) -> str | None: ...
    @property
    def significant(self) -> bool: ...
    @property
    def on(self) -> date | None: ...


R = TypeVar("R", bound=Recorded)


def _months_before(today: date, months: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month + 1, min(today.day, 28))


def is_current_risk(item: Recorded, today: date) -> bool:
    if item.kind == "risk":
        return (item.status or "active") != "closed"
    months = RISK_EVENTS.get(item.category)
    if item.kind != "event" or not item.significant or months is None:
        return False
    return item.on is None or item.on >= _months_before(today, months)


def current_risks(items: Iterable[R], today: date) -> list[R]:
    """The current risks among `items`, the highest severity and the newest first."""
    order = {"high": 0, "medium": 1, "standard": 2, "low": 3}
    found = [i for i in items if is_current_risk(i, today)]
    return sorted(
        found, key=lambda i: (order.get(i.severity or "", 4), -(i.on or date.min).toordinal())
    )
