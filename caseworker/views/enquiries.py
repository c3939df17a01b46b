"""Reading multi-agency enquiries: each partner asked, whether it has answered, and the clock.

An enquiry's deadline was fixed when it was opened (the contact's clock under the rating
chosen). Each partner's part is one of: not sent yet (waiting for the next sync), asked
(delivered, no answer yet), answered (shared, withheld with its reason, or nothing known),
refused (the partner would not take the request) or lapsed (it lost it). A partner that
has not answered by the deadline is late, and so is one that answered after it: lateness
is shown, never hidden behind an answer that came in the end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.store.models import Contact, Enquiry, EnquiryAnswer, OutboxMessage, Partner
from caseworker.working_time import WorkingWeek, time_left

STATES = {
    "queued": "not_sent",
    "delivered": "asked",
    "answered": "answered",
    "rejected": "refused",
    "lapsed": "lapsed",
}
"""A partner's part in an enquiry, from its outbox message's state."""


@dataclass(frozen=True)
class ResearchItem:
    on: date | None
    summary: str
    person_id: str | None


@dataclass(frozen=True)
class AnswerView:
    partner_id: str
    partner: str
    state: str
    """not_sent | asked | answered | refused | lapsed"""
    decision: str | None
    """share | withhold | nothing_known, once answered."""
    reason: str | None
    answered_by: str | None
    answered_at: datetime | None
    research: tuple[ResearchItem, ...]
    late: bool
    """Answered after the deadline, or not answered and the deadline has passed."""
    why_waiting: str | None
    """The outbox item's last error (a code or the partner's words) while not answered."""


@dataclass(frozen=True)
class EnquiryView:
    id: int
    contact_id: int
    opened_at: datetime
    opened_by: str
    rating: str
    due: datetime
    left: timedelta
    """Working time until the deadline; negative once passed."""
    status: str
    answers: tuple[AnswerView, ...]
    citizen_id: int | None = None
    """Whom the contact is about, once a worker has said (None: not known here)."""

    @property
    def overdue(self) -> bool:
        return self.left < timedelta(0)

    @property
    def waiting_for(self) -> tuple[AnswerView, ...]:
        """The partners whose answer has not come (and may still)."""
        return tuple(a for a in self.answers if a.state in ("not_sent", "asked"))

    @property
    def answered(self) -> tuple[AnswerView, ...]:
        return tuple(a for a in self.answers if a.state == "answered")


def _research(text: str) -> tuple[ResearchItem, ...]:
    items = []
    for item in json.loads(text or "[]"):
        on = item.get("on")
        items.append(
            ResearchItem(date.fromisoformat(on) if on else None, item["summary"], item["person_id"])
        )
    return tuple(sorted(items, key=lambda i: i.on or date.min, reverse=True))


def _answers(session: Session, enquiry: Enquiry, now: datetime) -> tuple[AnswerView, ...]:
    rows = session.execute(
        select(EnquiryAnswer, OutboxMessage.status, OutboxMessage.last_error, Partner.name)
        .outerjoin(OutboxMessage, OutboxMessage.key == EnquiryAnswer.outbox_key)
        .outerjoin(Partner, Partner.id == EnquiryAnswer.partner_id)
        .where(EnquiryAnswer.enquiry_id == enquiry.id)
    ).all()
    views = []
    for answer, status, last_error, name in rows:
        state = "answered" if answer.decision else STATES.get(status or "", "lapsed")
        late = (
            answer.answered_at > enquiry.due_at
            if answer.answered_at is not None
            else now > enquiry.due_at
        )
        views.append(
            AnswerView(
                answer.partner_id,
                name or answer.partner_id,
                state,
                answer.decision,
                answer.reason,
                answer.answered_by,
                answer.answered_at,
                _research(answer.research) if answer.decision else (),
                late,
                None if answer.decision else last_error,
            )
        )
    # Those still owed first (late before in time), then the answers, by agency name.
    views.sort(key=lambda a: (a.state == "answered", not a.late, a.partner))
    return tuple(views)


def _view(session: Session, enquiry: Enquiry, now: datetime, week: WorkingWeek) -> EnquiryView:
    return EnquiryView(
        enquiry.id,
        enquiry.contact_id,
        enquiry.opened_at,
        enquiry.opened_by,
        enquiry.rating,
        enquiry.due_at,
        time_left(now, enquiry.due_at, week),
        enquiry.status,
        _answers(session, enquiry, now),
        session.scalar(select(Contact.citizen_id).where(Contact.id == enquiry.contact_id)),
    )


def enquiry(
    session: Session, enquiry_id: int, now: datetime, week: WorkingWeek | None = None
) -> EnquiryView | None:
    found = session.get(Enquiry, enquiry_id)
    return None if found is None else _view(session, found, now, week or WorkingWeek())


def enquiry_of_contact(
    session: Session, contact_id: int, now: datetime, week: WorkingWeek | None = None
) -> EnquiryView | None:
    found = session.scalars(select(Enquiry).where(Enquiry.contact_id == contact_id)).first()
    return None if found is None else _view(session, found, now, week or WorkingWeek())
