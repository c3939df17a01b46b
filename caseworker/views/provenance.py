"""Where a value came from, carried by every value shown to a user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from caseworker.agreements.access import Decision

T = TypeVar("T")


@dataclass(frozen=True)
class Source:
    """The partner record a value was read from."""

    partner_id: str
    partner_name: str
    agency: str
    record_id: str
    updated: datetime


@dataclass(frozen=True)
class Sourced(Generic[T]):
    """A value with its source. `access` is the slot the data-sharing agreement fills later."""

    value: T
    source: Source
    access: Decision | None = None
    """What this viewer may see of the value, and under which agreement and clause."""
