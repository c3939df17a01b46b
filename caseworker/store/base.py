"""The store's declarative base and its instant type: what every table is built on."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """An instant, stored as UTC and read back as an aware UTC datetime.

    SQLite keeps no time zone: it stores the wall-clock digits it is given and returns them
    without a zone. Every instant is therefore converted to UTC on the way in (an aware one
    from a partner may carry any offset; a naive one is taken to be UTC already) and given
    its zone back on the way out, here once instead of wherever a value is read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value
        if value.tzinfo is not UTC:  # most instants are made here, already in UTC
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Shared base: every table carries when its row was created and last changed locally."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)
