"""Comparing two person records field by field, into agreement levels for Fellegi–Sunter.

Each comparator returns a level name (the strongest agreement that holds) or None when
either value is missing (a missing value tells nothing either way). Names allow known
nicknames and small typos; dates allow a day/month swap and a single wrong component.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from caseworker.agreements.fields import postcode_district
from caseworker.linkage.normalise import name_key, postcode_key

NICKNAMES = {
    "bill": "william",
    "will": "william",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "tom": "thomas",
    "jess": "jessica",
    "dan": "daniel",
    "rob": "robert",
    "bob": "robert",
    "maggie": "margaret",
    "mike": "michael",
    "chris": "christopher",
    "kate": "katherine",
    "cathy": "catherine",
    "jen": "jennifer",
    "sam": "samuel",
    "alex": "alexander",
    "becky": "rebecca",
    "ben": "benjamin",
    "joe": "joseph",
    "matt": "matthew",
    "nick": "nicholas",
    "jon": "jonathan",
    "vicky": "victoria",
    "charlie": "charlotte",
    "jim": "james",
    "rich": "richard",
    "steve": "stephen",
    "tony": "anthony",
    "ed": "edward",
    "abi": "abigail",
    "josh": "joshua",
    "andy": "andrew",
    "pat": "patricia",
    "sue": "susan",
    "debbie": "deborah",
    "kim": "kimberley",
}


@dataclass(frozen=True)
class PersonFields:
    """What linkage compares; any field may be missing."""

    given: str | None = None
    family: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    postcode: str | None = None
    address: str | None = None
    email: str | None = None


def canonical_given(value: str | None) -> str:
    """First given name, normalised, nicknames to their full form: 'Bill' -> 'william'."""
    if not value:
        return ""
    return _canonical_given(value)


@lru_cache(maxsize=200_000)
def _canonical_given(value: str) -> str:
    key = name_key(value.split()[0]) if value.split() else ""
    return NICKNAMES.get(key, key)


def compare_given(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return None
    x, y = _canonical_given(a), _canonical_given(b)
    if not x or not y:
        return None
    if x == y:
        return "exact"
    similarity = JaroWinkler.similarity(x, y)
    if similarity >= 0.9:
        return "similar"
    return "different" if similarity >= 0.75 else "unlike"


def compare_family(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return None
    x, y = name_key(a), name_key(b)
    if not x or not y:
        return None
    if x == y:
        return "exact"
    return "similar" if JaroWinkler.similarity(x, y) >= 0.9 else "different"


def compare_birth(a: date | None, b: date | None) -> str | None:
    if a is None or b is None:
        return None
    if a == b:
        return "exact"
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return "swapped"
    same = (a.year == b.year) + (a.month == b.month) + (a.day == b.day)
    return "partial" if same == 2 else "different"


def compare_sex(a: str | None, b: str | None) -> str | None:
    if not a or not b or a.lower()[:1] not in "mf" or b.lower()[:1] not in "mf":
        return None
    return "exact" if a.lower()[:1] == b.lower()[:1] else "different"


def compare_postcode(a: str | None, b: str | None) -> str | None:
    x, y = postcode_key(a), postcode_key(b)
    if not x or not y:
        return None
    if x == y:
        return "exact"
    one, other = postcode_district(a), postcode_district(b)
    if one is None and x.isdigit() and y.isdigit() and len(x) == len(y) >= 4:
        one, other = x[:-1], y[:-1]  # numeric postcodes elsewhere: all but the last digit
    return "district" if one is not None and one == other else "different"


def compare_address(a: str | None, b: str | None) -> str | None:
    """similar (a typo apart), partial (most words shared: another flat, a dropped line),
    or different."""
    if not a or not b:
        return None
    x, y = (
        " ".join(a.lower().replace(",", " ").split()),
        " ".join(b.lower().replace(",", " ").split()),
    )
    if JaroWinkler.similarity(x, y) >= 0.9:
        return "similar"
    return "partial" if fuzz.token_set_ratio(x, y) >= 70 else "different"


def compare_email(a: str | None, b: str | None) -> str | None:
    if not a or not b or "@" not in a or "@" not in b:
        return None
    return "exact" if a.strip().lower() == b.strip().lower() else "different"


Comparator = Callable[[Any, Any], str | None]

COMPARATORS: dict[str, tuple[Comparator, tuple[str, ...]]] = {
    "given": (compare_given, ("exact", "similar", "different", "unlike")),
    "family": (compare_family, ("exact", "similar", "different")),
    "birth_date": (compare_birth, ("exact", "swapped", "partial", "different")),
    "sex": (compare_sex, ("exact", "different")),
    "postcode": (compare_postcode, ("exact", "district", "different")),
    "address": (compare_address, ("similar", "partial", "different")),
    "email": (compare_email, ("exact", "different")),
}
"""Field -> (comparator, its levels from strongest agreement to disagreement)."""


def _transposed(a: PersonFields, b: PersonFields) -> bool:
    """Given name and surname recorded the other way round by one of the two."""
    return compare_family(a.given, b.family) in ("exact", "similar") and compare_family(
        a.family, b.given
    ) in ("exact", "similar")


IDENTIFYING = ("given", "family", "birth_date")
"""The fields that say who a person is (names written the other way round are looked for
among them); the others (sex, postcode, address, email) rarely decide a pair on their own."""


def compare_identifying(a: PersonFields, b: PersonFields) -> dict[str, str | None]:
    """The levels of names and birth date alone (names written the other way round count
    as similar)."""
    levels = {
        name: COMPARATORS[name][0](getattr(a, name), getattr(b, name)) for name in IDENTIFYING
    }
    if levels["given"] in ("different", "unlike") and _transposed(a, b):
        levels["given"] = levels["family"] = "similar"
    return levels


def compare(a: PersonFields, b: PersonFields) -> dict[str, str | None]:
    levels = compare_identifying(a, b)
    for name, (fn, _) in COMPARATORS.items():
        if name not in levels:
            levels[name] = fn(getattr(a, name), getattr(b, name))
    return {name: levels[name] for name in COMPARATORS}
