"""The front door's tables: contacts about children, the multi-agency enquiries opened from
them with each partner's answer, and the decision on each contact (docs/front-door.md)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.store.base import Base, UtcDateTime


class Contact(Base):
    """A contact about a child at the front door (the MASH): who raised it, when, about what,
    the concern in their words, the child as the referrer named them, and, once a worker
    has chosen among the possible matches (never guessed), the citizen it is about.

    `received_at` starts the clock its RAG `rating` sets (caseworker.working_time). Entered
    by a worker (`source` 'entered') or, later, from a partner's feed (`source` the partner,
    `source_id` its id for the contact).
    """

    __tablename__ = "contacts"
    __table_args__ = (
        UniqueConstraint("source", "source_id", name="uq_contacts_source"),
        Index("ix_contacts_status", "status", "received_at"),
        Index("ix_contacts_citizen", "citizen_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(64), default="entered")
    source_id: Mapped[str | None] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    raised_by: Mapped[str] = mapped_column(String(200))
    """Who raised it, as they gave themselves: a name and role ('PC 4471 Evans')."""
    referrer_agency: Mapped[str] = mapped_column(String(200))
    """Their agency in words ('South Wales Police', 'a neighbour')."""
    referrer_partner: Mapped[str | None] = mapped_column(String(64))
    """The partner agency they raised it from, where they did: the decision is sent there.
    Not a foreign key: the front door's record outlives a partner removed from this computer."""
    about: Mapped[str] = mapped_column(String(40))
    """What it is about: a code of caseworker.views.contacts.CONCERNS."""
    concern: Mapped[str] = mapped_column(Text)
    child_given: Mapped[str | None] = mapped_column(String(200))
    child_family: Mapped[str | None] = mapped_column(String(200))
    child_birth_date: Mapped[date | None] = mapped_column(Date)
    child_postcode: Mapped[str | None] = mapped_column(String(10))
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id"))
    matched_by: Mapped[str | None] = mapped_column(String(200))
    """Who chose the citizen, or said that none of the possible matches was the child."""
    no_match: Mapped[bool] = mapped_column(Boolean, default=False)
    """A worker looked and found the child is not known to any partner here."""
    rating: Mapped[str | None] = mapped_column(String(8))
    """red | amber | green (caseworker.working_time.RATINGS); None until rated."""
    status: Mapped[str] = mapped_column(String(16), default="open")
    """open | decided | closed"""
    entered_by: Mapped[str] = mapped_column(String(200))


class Enquiry(Base):
    """A multi-agency enquiry from a contact: the partners asked to research what they hold
    about the child and household, and by when (`due_at`, set by the RAG rating when it was
    opened and kept, so what the partners were told does not move)."""

    __tablename__ = "enquiries"
    __table_args__ = (
        UniqueConstraint("contact_id", name="uq_enquiries_contact"),
        Index("ix_enquiries_status", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    opened_by: Mapped[str] = mapped_column(String(200))
    rating: Mapped[str] = mapped_column(String(8))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16), default="open")
    """open | decided"""


class EnquiryAnswer(Base):
    """One partner's part in an enquiry: the request sent (its outbox message) and, once the
    partner answers, its decision to share or withhold, the reason, who answered and when,
    and the research it shared (JSON: [{"on", "summary", "person_id"}])."""

    __tablename__ = "enquiry_answers"
    __table_args__ = (
        UniqueConstraint("enquiry_id", "partner_id", name="uq_enquiry_answers_partner"),
        Index("ix_enquiry_answers_outbox", "outbox_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    enquiry_id: Mapped[int] = mapped_column(ForeignKey("enquiries.id"))
    partner_id: Mapped[str] = mapped_column(String(64))
    """Not a foreign key: the record of what a partner shared, or withheld and why, outlives
    the partner's removal from this computer."""
    outbox_key: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str | None] = mapped_column(String(16))
    """share | withhold | nothing_known; None until the partner answers."""
    reason: Mapped[str | None] = mapped_column(Text)
    """The partner's reason for its decision (always given for a withholding)."""
    research: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    answered_by: Mapped[str | None] = mapped_column(String(200))
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Decision(Base):
    """The front door's decision on a contact, with its rationale, by whom (and their role),
    when, and in which nation's words; sent through the outbox to the partners that
    contributed and to the referrer's agency (`outbox_keys`)."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("contact_id", name="uq_decisions_contact"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    outcome: Mapped[str] = mapped_column(String(32))
    """A code of caseworker.views.decisions.OUTCOMES."""
    rationale: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime())
    nation: Mapped[str] = mapped_column(String(3))
    partners: Mapped[str] = mapped_column(String(500), default="")
    outbox_keys: Mapped[str] = mapped_column(Text, default="")
