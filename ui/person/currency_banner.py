"""The person page's word on how current each partner's picture is (issue 22).

Above everything else on the page, one line per partner whose data about this person may be
incomplete or old: still arriving, never synced, its last sync failed (in words, with what
to do) or not synced for longer than the organisation allows. Quiet when every partner is
current. `updated_words` says when each agency last updated its picture, for the Overview.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QLabel, QWidget

from caseworker.services.currency import FAILING, NOT_SYNCED, OLD, PartnerCurrency
from ui.i18n import tr
from ui.labels import failure_words


def when_words(instant: datetime, now: datetime | None = None) -> str:
    """An instant as a person says it: today at 10:32, yesterday at 10:32, on 28/11/2026."""
    local = instant.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return tr("today at {time}", time=clock)
    if local.date() == today - timedelta(days=1):
        return tr("yesterday at {time}", time=clock)
    return tr("on {date}", date=_day(local.date()))


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def exception_line(c: PartnerCurrency, *, syncing: bool, now: datetime | None = None) -> str:
    if c.state == FAILING:
        when = when_words(c.last_success_at, now) if c.last_success_at else None
        head = (
            tr(
                "{partner}: what is shown may be out of date. The last sync failed; "
                "its picture was last updated {when}.",
                partner=c.name,
                when=when,
            )
            if c.holds_person and when
            else tr(
                "{partner} could not be synced: it may hold information about this person "
                "that is not shown.",
                partner=c.name,
            )
        )
        return "⚠ " + head + " " + failure_words(c.last_error_code)
    if c.state == NOT_SYNCED:
        if syncing:
            return "⏳ " + tr(
                "{partner} is still arriving (first sync): it may hold information about "
                "this person that is not shown yet.",
                partner=c.name,
            )
        return "⚠ " + tr(
            "{partner} has not synced yet: it may hold information about this person that "
            "is not shown. Sync now (F5).",
            partner=c.name,
        )
    if c.state == OLD and c.last_success_at is not None:
        return "⚠ " + tr(
            "{partner} last updated its picture {when}: this may be out of date. Sync now (F5).",
            partner=c.name,
            when=when_words(c.last_success_at, now),
        )
    return ""


def updated_words(currency: tuple[PartnerCurrency, ...], now: datetime | None = None) -> str:
    """When each agency holding this person last updated its picture, exceptions marked."""
    holding = [c for c in currency if c.holds_person]
    if len(holding) > 1 and all(c.last_success_at and not c.exception for c in holding):
        said = {when_words(c.last_success_at, now) for c in holding if c.last_success_at}
        if len(said) == 1:  # one line when every agency is current and alike
            return tr(
                "Last updated: all {count} agencies {when}.", count=len(holding), when=said.pop()
            )
    parts = []
    for c in sorted(holding, key=lambda c: c.name):
        when = when_words(c.last_success_at, now) if c.last_success_at else tr("never synced")
        parts.append(("⚠ " if c.exception else "") + f"{c.name} {when}")
    return tr("Last updated: {agencies}", agencies=" · ".join(parts)) if parts else ""


class CurrencyBanner(QLabel):
    """One line per partner whose picture of this person may be incomplete or old."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currencyBanner")
        self.setWordWrap(True)
        self.setAccessibleName(tr("How current this is"))
        self.lines: list[str] = []
        self.setVisible(False)

    def show_currency(
        self, currency: tuple[PartnerCurrency, ...], syncing: frozenset[str] = frozenset()
    ) -> None:
        self.lines = [
            line
            for c in currency
            if c.exception and (line := exception_line(c, syncing=c.partner_id in syncing))
        ]
        self.setText("\n".join(self.lines))
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(self.lines))
