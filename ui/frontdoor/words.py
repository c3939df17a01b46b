"""The front door's words shared by its page and the person page: working time left on a
clock, and one line for an open contact about a person."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from caseworker.views.contacts import CONCERNS
from caseworker.views.decisions import FrontDoorRecord
from ui.i18n import tr

LOCAL = ZoneInfo("Europe/London")


def span(left: timedelta) -> str:
    """Working time in hours and minutes, without a sign."""
    minutes = int(abs(left).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return tr("{hours} h {minutes} min", hours=hours, minutes=f"{minutes:02d}")
    return tr("{minutes} min", minutes=minutes)


def clock_words(left: timedelta) -> str:
    if left < timedelta(0):
        return "⚠ " + tr("Overdue by {span}", span=span(left))
    return tr("{span} left", span=span(left))


def front_door_line(record: FrontDoorRecord) -> str:
    """An open contact about the person, its clock and its enquiry, in one line."""
    c = record.contact
    clock = (
        tr("overdue by {span}", span=span(c.left))
        if c.overdue
        else tr("{span} left", span=span(c.left))
    )
    words = tr(
        "At the front door: a contact about {about}, received {date}; {clock}",
        about=tr(CONCERNS[c.about]).lower(),
        date=c.received_at.astimezone(LOCAL).strftime("%d/%m %H:%M"),
        clock=clock,
    )
    if record.enquiry is not None:
        words += "; " + tr(
            "{answered} of {asked} partners have answered",
            answered=len(record.enquiry.answered),
            asked=len(record.enquiry.answers),
        )
    return "⚠ " + tr("{words} (Ctrl+Shift+D)", words=words)
