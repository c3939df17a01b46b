"""The columns a source person's search and linkage read, derived from what was stored.

Derived from the row as minimisation left it, never from what it dropped: when a purge
clears or masks a name, the search keys, the exact-match key and the blocking initials go
with it, so a withheld name can neither be searched for nor linked on.
"""

from __future__ import annotations

from typing import Any

from caseworker.linkage.compare import canonical_given
from caseworker.linkage.normalise import link_key, name_key

DERIVED_PERSON_COLUMNS = (
    "search_given",
    "search_family",
    "link_key",
    "family_initial",
    "given_initial",
    "search_other",
)


def initials(given: str | None, family: str | None) -> tuple[str, str]:
    """(family, given) initials as linkage blocks on them: 'Bill Smith' -> ('s', 'w')."""
    return name_key(family)[:1], canonical_given(given)[:1]


def derive_person_columns(row: dict[str, Any]) -> dict[str, Any]:
    """Fill DERIVED_PERSON_COLUMNS in `row`, a minimised person (its `link_exact` flag,
    set by the minimiser when every part of the exact key was kept in full, is consumed)."""
    exact = row.pop("link_exact", False)
    given, family = row.get("given_name"), row.get("family_name")
    row["search_given"] = name_key(given)
    row["search_family"] = name_key(family)
    row["link_key"] = (
        link_key(given, family, row.get("birth_date"), row.get("postcode")) if exact else None
    )
    row["family_initial"], row["given_initial"] = initials(given, family)
    others = (row.get("other_names") or "").replace(";", " ").split()
    row["search_other"] = " ".join(k for k in map(name_key, others) if k) or None
    return row
