"""Shared checks every connector applies to a decoded record before it becomes a record."""

from __future__ import annotations

from datetime import date

from caseworker import nhs_number


class InvalidRecord(ValueError):
    """A record that decoded but makes no sense. The message names fields, never values."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def checked_nhs_number(value: str | None, today: date | None = None) -> str | None:
    if value is None or value == "":
        return None
    normalised = nhs_number.normalise(value)
    if normalised is None:
        raise InvalidRecord("invalid_nhs_number", "nhs_number fails the NHS number check")
    return normalised


def checked_birth_date(value: date | None, today: date | None = None) -> date | None:
    if value is not None and value > (today or date.today()):
        raise InvalidRecord("birth_date_in_future", "birth_date is in the future")
    return value
