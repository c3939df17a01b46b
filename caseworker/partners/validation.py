"""Shared checks every connector applies to a decoded record before it becomes a record."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TypeVar

import msgspec

from caseworker import nhs_number
from caseworker.errors import PartnerProtocolError
from caseworker.partners.records import Rejected
from caseworker.words import Phrase

T = TypeVar("T")


class InvalidRecord(ValueError):
    """A record that decoded but makes no sense. The message names fields, never values."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


IDENTIFIER_SYSTEMS = frozenset({"upn", "police_person_id"})
"""Identifier systems Caseworker keeps and links on: the unique pupil number that schools
and children's services share, and a police force's person id."""


_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:-[A-Za-z0-9]{1,8})*")


def checked_language(tag: str | None) -> str | None:
    """The language of a BCP 47 tag, in lower case ('cy-GB' -> 'cy'), as a person's preferred
    language is kept. A tag that is not BCP 47 counts as no preference recorded: the
    person's record is kept (a preference is no reason to set a person aside)."""
    match = _LANGUAGE_TAG.fullmatch(tag.strip()) if tag else None
    return match.group(1).lower() if match else None


def checked_identifiers(values: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Known identifier systems only, values trimmed and upper-cased; others are ignored."""
    kept = []
    for system, value in sorted(values.items()):
        text = "".join(str(value).split()).upper()
        if system in IDENTIFIER_SYSTEMS and text and len(text) <= 64 and ":" not in text:
            kept.append((system, text))
    return tuple(kept)


def checked_nhs_number(value: str | None) -> tuple[str | None, str | None]:
    """(valid NHS number, or None; the value as sent when it fails the check, or None).

    An invalid number is kept as an unverified identifier, never used to link records."""
    if value is None or value.strip() == "":
        return None, None
    normalised = nhs_number.normalise(value)
    return (normalised, None) if normalised else (None, value.strip()[:32])


def checked_birth_date(value: date | None, today: date | None = None) -> date | None:
    if value is not None and value > (today or date.today()):
        raise InvalidRecord("birth_date_in_future", "birth_date is in the future")
    return value


def decode_page(decode: Callable[[bytes], T], body: bytes, what: Phrase) -> T:
    """Decode a whole page; one that is not the protocol at all stops this partner's sync."""
    try:
        return decode(body)
    except msgspec.DecodeError as exc:
        raise PartnerProtocolError("{what}.", hint="Details: {exc}", what=what, exc=exc) from None


def rejected(
    raw: msgspec.Raw, type_field: str, fallback_type: str, code: str, detail: str
) -> Rejected:
    """A quarantine entry for `raw`, referenced as '<type>/<id>' as far as it can be read."""
    try:
        head = msgspec.json.decode(raw, type=dict)
    except msgspec.DecodeError:
        head = {}
    kind = head.get(type_field) if isinstance(head.get(type_field), str) else fallback_type
    rid = head.get("id") if isinstance(head.get("id"), str) else "(no id)"
    return Rejected(f"{kind}/{rid}", code, detail, bytes(raw).decode("utf-8", "replace"))
