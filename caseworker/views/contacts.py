"""Reading contacts at the front door: each with its clock, the most pressing first.

A contact's clock runs from when it was received, for as long as its RAG rating allows in
working time (caseworker.working_time). The list puts overdue contacts first, then those
due soonest, then those not yet rated (their clock is the statutory one working day until
someone rates them: an unrated contact is never left without a deadline).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.partners.vocabulary import CONCERNS
from caseworker.store.models import Contact
from caseworker.working_time import DEFAULT_CLOCKS, Clock, WorkingWeek, deadline, time_left

__all__ = ["CONCERNS"]

UNRATED_CLOCK = "amber"
"""The clock of a contact nobody has rated yet: the statutory one working day."""

STATUSES = ("open", "decided", "closed")


@dataclass(frozen=True)
class ContactView:
    id: int
    received_at: datetime
    raised_by: str
    referrer_agency: str
    referrer_partner: str | None
    about: str
    concern: str
    child_name: str
    child_birth_date: date | None
    child_postcode: str | None
    citizen_id: int | None
    no_match: bool
    rating: str | None
    status: str
    due: datetime
    left: timedelta
    """Working time until it is due; negative once overdue."""
    entered_by: str
    source: str

    @property
    def overdue(self) -> bool:
        return self.left < timedelta(0)

    @property
    def matched(self) -> bool:
        """A worker has said who the child is, or that no partner here knows them."""
        return self.citizen_id is not None or self.no_match


def _view(
    contact: Contact, now: datetime, week: WorkingWeek, clocks: Mapping[str, Clock]
) -> ContactView:
    clock = clocks[contact.rating or UNRATED_CLOCK]
    due = deadline(contact.received_at, clock, week)
    name = " ".join(p for p in (contact.child_given, contact.child_family) if p)
    return ContactView(
        contact.id,
        contact.received_at,
        contact.raised_by,
        contact.referrer_agency,
        contact.referrer_partner,
        contact.about,
        contact.concern,
        name,
        contact.child_birth_date,
        contact.child_postcode,
        contact.citizen_id,
        contact.no_match,
        contact.rating,
        contact.status,
        due,
        time_left(now, due, week),
        contact.entered_by,
        contact.source,
    )


def contacts(
    session: Session,
    now: datetime,
    *,
    statuses: tuple[str, ...] = ("open",),
    week: WorkingWeek | None = None,
    clocks: Mapping[str, Clock] = DEFAULT_CLOCKS,
) -> list[ContactView]:
    """Contacts in `statuses`, overdue first, then by the working time left."""
    week = week or WorkingWeek()
    rows = session.scalars(select(Contact).where(Contact.status.in_(statuses))).all()
    views = [_view(c, now, week, clocks) for c in rows]
    views.sort(key=lambda v: (v.left, v.received_at, v.id))
    return views


def contact(
    session: Session,
    contact_id: int,
    now: datetime,
    *,
    week: WorkingWeek | None = None,
    clocks: Mapping[str, Clock] = DEFAULT_CLOCKS,
) -> ContactView | None:
    found = session.get(Contact, contact_id)
    return None if found is None else _view(found, now, week or WorkingWeek(), clocks)
