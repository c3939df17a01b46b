"""Normal forms of names and postcodes, shared by linkage and search."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

PATIENT_LINK = "patient_link"
"""The identifier system under which a person record names another of the same partner's
records as the same person (FHIR Patient.link); linkage joins the two."""


@lru_cache(maxsize=200_000)
def name_key(value: str | None) -> str:
    """Lower case, accents and punctuation removed: 'O'Brien-Smyth' -> 'obriensmyth'."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed.lower() if ch.isalnum() and ch.isascii())


@lru_cache(maxsize=200_000)
def postcode_key(value: str | None) -> str:
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())


def link_key(
    given: str | None, family: str | None, birth: date | None, postcode: str | None
) -> str | None:
    """The exact-match key: all four parts or nothing."""
    parts = (
        name_key(given),
        name_key(family),
        birth.isoformat() if birth else "",
        postcode_key(postcode),
    )
    return "|".join(parts) if all(parts) else None


POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
"""A full UK postcode without spaces, upper case."""


def format_postcode(value: str | None) -> str | None:
    """'mk82pq' -> 'MK8 2PQ'; anything that is not a full UK postcode stays as given."""
    if not value or not value.strip():
        return None
    compact = "".join(value.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if POSTCODE.match(compact) else value.strip().upper()
