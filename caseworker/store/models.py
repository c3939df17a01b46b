"""ORM models of the store. Every row a partner sent is kept with its partner and source id.

Source records stay as each partner sent them (after minimisation); citizens are the links
between them. Items (needs, risks, events, involvements) point at their person by the
partner's own person id, so they can arrive before or after the person they belong to.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Shared base: every table carries when its row was created and last changed locally."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class Partner(Base):
    """A partner agency's system that shares records with this user's organisation."""

    __tablename__ = "partners"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(32))
    protocol: Mapped[str] = mapped_column(String(16))
    base_url: Mapped[str] = mapped_column(String(500))
    cursor: Mapped[str | None] = mapped_column(Text, default=None)
    last_synced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Citizen(Base):
    """One real person, as far as linkage can tell: the records linked to this id."""

    __tablename__ = "citizens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)


class SourcePerson(Base):
    """A partner's record of a person, as shared."""

    __tablename__ = "source_persons"
    __table_args__ = (
        UniqueConstraint("partner_id", "source_id", name="uq_source_persons_partner_source"),
        Index("ix_source_persons_nhs_number", "nhs_number"),
        Index("ix_source_persons_link_key", "link_key"),
        Index("ix_source_persons_citizen_id", "citizen_id"),
        Index("ix_source_persons_search_family", "search_family"),
        Index("ix_source_persons_birth_date", "birth_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    source_id: Mapped[str] = mapped_column(String(128))
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id"))
    given_name: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(16))
    nhs_number: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(String(500))
    postcode: Mapped[str | None] = mapped_column(String(10))
    search_given: Mapped[str] = mapped_column(String(200), default="")
    search_family: Mapped[str] = mapped_column(String(200), default="")
    link_key: Mapped[str | None] = mapped_column(String(500))
    source_updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SourceItem(Base):
    """A need, risk, event or involvement a partner recorded about one of its persons."""

    __tablename__ = "source_items"
    __table_args__ = (
        UniqueConstraint("partner_id", "source_id", name="uq_source_items_partner_source"),
        Index("ix_source_items_person", "partner_id", "person_source_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    source_id: Mapped[str] = mapped_column(String(128))
    person_source_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    domain: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(16))
    occurred_on: Mapped[date | None] = mapped_column(Date)
    significant: Mapped[bool] = mapped_column(Boolean, default=False)
    source_updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class QuarantinedRecord(Base):
    """A partner payload that failed validation, kept (encrypted) with the reason."""

    __tablename__ = "quarantine"
    __table_args__ = (Index("ix_quarantine_partner", "partner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    resource_ref: Mapped[str] = mapped_column(String(200))
    reason_code: Mapped[str] = mapped_column(String(64))
    reason_detail: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
