"""Setting aside records that carry a text longer than the partner's limit.

A page is already bounded in size (the body limit); one value in it is not. A name, a title
or a narrative of megabytes is no record a worker can use, and stored it would slow every
search and screen that shows it. So any record holding a text longer than the partner's
`max_string_chars` (caseworker.partners.config.Limits) is moved to the page's rejected list
(`value_too_long`, naming the field, never its value) and goes to quarantine like any other
unreadable record; the rest of the page is stored.
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import Any

from caseworker.partners.records import Page, Rejected

_KINDS = (
    ("persons", "Person"),
    ("items", "Record"),
    ("consents", "Consent"),
    ("relationships", "Relationship"),
)


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _longest(value: Any, limit: int) -> bool:
    if isinstance(value, str):
        return len(value) > limit
    if isinstance(value, tuple):
        return any(_longest(v, limit) for v in value)
    return False


def too_long(record: Any, limit: int) -> str | None:
    """The first field of `record` holding a text longer than `limit`, or None."""
    cls: Any = type(record)
    for name in _names(cls):
        if _longest(getattr(record, name), limit):
            return name
    return None


def screen_lengths(page: Page, limit: int) -> int:
    """Move every record of `page` with a text over `limit` characters to its rejected list;
    returns how many were moved."""
    moved = 0
    for attr, label in _KINDS:
        records = getattr(page, attr)
        kept = []
        for record in records:
            name = too_long(record, limit)
            if name is None:
                kept.append(record)
                continue
            moved += 1
            page.rejected.append(
                Rejected(
                    f"{label}/{str(record.source_id)[:64]}",
                    "value_too_long",
                    f"{name} is longer than {limit:,} characters",
                    "",
                )
            )
        if moved:
            setattr(page, attr, kept)
    return moved
