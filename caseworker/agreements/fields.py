"""The fields agreements talk about, where each is stored, and how each may be masked."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

PERSON_FIELDS = {
    "person.name": ("given_name", "family_name", "other_names", "other_name_uses"),
    "person.birth_date": ("birth_date",),
    "person.sex": ("sex",),
    "person.nhs_number": ("nhs_number", "nhs_number_unverified", "nhs_number_status"),
    "person.address": ("address",),
    "person.postcode": ("postcode",),
    "person.identifiers": ("identifiers",),
    "person.language": ("preferred_language",),
}
RECORD_FIELDS = {
    "record.title": ("title",),
    "record.date": ("occurred_on",),
    "record.severity": ("severity",),
    "record.status": ("status",),
    "record.detail": ("detail",),
}
RELATIONSHIP_FIELD = "person.relationships"
"""Who a partner says is related to its person: kept whole (in its own table) or not at all."""
FIELDS = {**PERSON_FIELDS, **RECORD_FIELDS, RELATIONSHIP_FIELD: ("relationships",)}
"""Field id -> the store columns that hold it."""

MASKINGS: dict[str, frozenset[str]] = {
    "year_of_birth": frozenset({"person.birth_date"}),
    "postcode_district": frozenset({"person.postcode", "person.address"}),
    "category_only": frozenset({"record.title", "record.detail"}),
    "initials": frozenset({"person.name"}),
}
"""Masking -> the fields it can apply to."""

_OUTWARD = re.compile(r"^\s*([A-Za-z]{1,2}\d[A-Za-z\d]?)")


def postcode_district(postcode: str | None) -> str | None:
    """'W2 2TE' -> 'W2'; the outward code names a district of some thousands of homes."""
    if not postcode:
        return None
    match = _OUTWARD.match(postcode.upper())
    return match.group(1) if match else None


def _initial(name: str | None) -> str | None:
    return f"{name.strip()[0].upper()}." if name and name.strip() else None


def mask_values(
    masking: str, field: str, values: dict[str, Any], category_label: str
) -> dict[str, Any]:
    """The stored columns of `field` under `masking`, from the full `values`."""
    if masking == "initials":
        return {
            "given_name": _initial(values.get("given_name")),
            "family_name": _initial(values.get("family_name")),
            "other_names": None,  # initials of every other name would say little, and mislead
            "other_name_uses": None,
        }
    if masking == "year_of_birth":
        born = values.get("birth_date")
        # Kept as a date for the column's type: 1 January of the year, flagged as masked.
        return {"birth_date": date(born.year, 1, 1) if born else None}
    if masking == "postcode_district":
        district = postcode_district(values.get("postcode"))
        return {"postcode": district} if field == "person.postcode" else {"address": district}
    if masking == "category_only":
        return {"title": category_label} if field == "record.title" else {"detail": None}
    raise ValueError(masking)
