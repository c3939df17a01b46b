"""The front door page's one read: the open contacts, overdue first, each with its enquiry.

One audited view (page `front_door`) gives the page everything it lists: each open contact
with its clock and, where one was opened, the enquiry with every partner's part. Those whose
clock runs out within `NOTICE_WITHIN` of working time, or has run out, are the page's notice:
the exceptions louder than the usual.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from caseworker.audit.log import record
from caseworker.services.contacts import front_door_week
from caseworker.store.store import Store
from caseworker.views.contacts import ContactView, contacts
from caseworker.views.enquiries import EnquiryView, enquiry_of_contact
from caseworker.working_time import time_left

NOTICE_WITHIN = timedelta(hours=1)
"""Working time left under which a contact is called out at the top of the page."""


@dataclass(frozen=True)
class FrontDoorRow:
    contact: ContactView
    enquiry: EnquiryView | None

    @property
    def left(self) -> timedelta:
        return self.contact.left

    @property
    def running_out(self) -> bool:
        """Overdue, or due within NOTICE_WITHIN of working time."""
        return self.left < NOTICE_WITHIN


@dataclass(frozen=True)
class FrontDoor:
    rows: tuple[FrontDoorRow, ...]
    at: datetime

    @property
    def overdue(self) -> tuple[FrontDoorRow, ...]:
        return tuple(r for r in self.rows if r.contact.overdue)

    @property
    def running_out(self) -> tuple[FrontDoorRow, ...]:
        """Not yet overdue, but due within NOTICE_WITHIN."""
        return tuple(r for r in self.rows if r.running_out and not r.contact.overdue)


def front_door(store: Store, now: datetime | None = None) -> FrontDoor:
    """The open contacts, overdue first, with their enquiries. Recorded as a view."""
    now = now or datetime.now(UTC)
    week = front_door_week()
    with store.session() as session:
        rows = tuple(
            FrontDoorRow(c, enquiry_of_contact(session, c.id, now, week))
            for c in contacts(session, now, week=week)
        )
    record(store, "view", page="front_door", contacts=len(rows))
    return FrontDoor(rows, now)


def clocks_running_out(store: Store, now: datetime | None = None) -> tuple[int, int]:
    """(overdue, due within NOTICE_WITHIN) among open contacts: counts only, for the
    window's notice after a sync, so no one's details are read and nothing is audited."""
    now = now or datetime.now(UTC)
    with store.session() as session:
        found = contacts(session, now, week=front_door_week())
    overdue = sum(1 for c in found if c.overdue)
    return overdue, sum(1 for c in found if not c.overdue and c.left < NOTICE_WITHIN)


def retime(door: FrontDoor, now: datetime) -> FrontDoor:
    """The same rows with their clocks as they stand at `now`: what the page shows between
    reads, so a clock runs down on screen. Nothing is read from the store (so nothing new
    is shown and nothing is audited): only the working time left is worked out again."""
    week = front_door_week()
    rows = []
    for row in door.rows:
        contact = replace(row.contact, left=time_left(now, row.contact.due, week))
        enquiry = row.enquiry
        if enquiry is not None:
            answers = tuple(
                replace(a, late=a.late or (a.answered_at is None and now > enquiry.due))
                for a in enquiry.answers
            )
            enquiry = replace(enquiry, left=time_left(now, enquiry.due, week), answers=answers)
        rows.append(FrontDoorRow(contact, enquiry))
    rows.sort(key=lambda r: (r.left, r.contact.received_at, r.contact.id))
    return FrontDoor(tuple(rows), now)
