"""Scoring many candidate pairs at once, for the pairs worth scoring one by one.

Blocking leaves tens of thousands of candidate pairs per sync batch, nearly all of them
strangers who share a birth date or a sound of a name. Compared one by one in Python
(`fellegi_sunter.score`) a pair costs tens of microseconds. Here every field of every
pair is compared in one pass over arrays (rapidfuzz's `cpdist` for the name and address
similarities, numpy for the rest), into the total weight `score` would give it: the same
levels by the same rules (compare.py), added in the same order. Only the pairs whose
weight reaches a threshold are then scored one by one, for their explanation and vetoes;
so linkage's answers are those of scoring every pair (tests/core/test_bulk_scoring.py
checks the weights against `score` on the sandbox and on FEBRL).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cpdist

from caseworker.agreements.fields import postcode_district
from caseworker.linkage.compare import COMPARATORS, PersonFields, canonical_given
from caseworker.linkage.fellegi_sunter import Params
from caseworker.linkage.normalise import name_key, postcode_key

MARGIN = 1e-9
"""Pairs this close below a threshold are kept and scored one by one, so that no rounding
in the sums could turn a pair away that `score` would keep."""

Indexes = NDArray[np.intp]


def _text(values: list[str]) -> NDArray[Any]:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


@dataclass(frozen=True)
class Prepared:
    """Each record's fields in the forms the comparators compare, as columns."""

    given: NDArray[Any]
    """The first given name, nicknames made full (compare_given)."""
    given_key: NDArray[Any]
    """The whole given name as a name key (names written the other way round)."""
    family: NDArray[Any]
    year: NDArray[np.int64]
    month: NDArray[np.int64]
    day: NDArray[np.int64]
    born: NDArray[np.bool_]
    sex: NDArray[Any]
    postcode: NDArray[Any]
    district: NDArray[Any]
    """The outward code, or '' where the postcode has none."""
    numeric: NDArray[Any]
    """A postcode of four or more digits (elsewhere than the UK) without its last digit and
    with its length, else ''."""
    address: NDArray[Any]
    has_address: NDArray[np.bool_]
    """An address was given (even one that is all punctuation: compare_address)."""
    email: NDArray[Any]


def _columns(r: PersonFields) -> tuple[Any, ...]:
    """One record's values for Prepared, in its field order. Not cached across batches: at a
    million records a cache of them held a million more objects for every full collection
    of the garbage collector to walk (pauses of 600 ms between a sync's batches)."""
    letter = (r.sex or "").lower()[:1]
    code = postcode_key(r.postcode)
    b = r.birth_date
    return (
        canonical_given(r.given),
        name_key(r.given),
        name_key(r.family),
        letter if letter and letter in "mf" else "",
        code,
        (postcode_district(r.postcode) or "") if code else "",
        f"{code[:-1]}/{len(code)}" if code.isdigit() and len(code) >= 4 else "",
        " ".join(r.address.lower().replace(",", " ").split()) if r.address else "",
        b.year if b else 0,
        b.month if b else 0,
        b.day if b else 0,
        b is not None,
        bool(r.address),
        r.email.strip().lower() if r.email and "@" in r.email else "",
    )


def prepare(records: Sequence[PersonFields]) -> Prepared:
    """The columns for `records`, worked out once for every pair they take part in."""
    rows = [_columns(r) for r in records]
    columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 14
    given, given_key, family, sex, postcode, district, numeric, address = (
        _text(list(c)) for c in columns[:8]
    )
    year, month, day = (np.array(c, dtype=np.int64) for c in columns[8:11])
    born, has_address = (np.array(c, dtype=np.bool_) for c in columns[11:13])
    return Prepared(
        given,
        given_key,
        family,
        year,
        month,
        day,
        born,
        sex,
        postcode,
        district,
        numeric,
        address,
        has_address,
        _text(list(columns[13])),
    )


def _similarity(scorer: Any, a: NDArray[Any], b: NDArray[Any]) -> NDArray[np.float64]:
    if len(a) == 0:
        return np.zeros(0)
    result: NDArray[np.float64] = cpdist(
        list(a), list(b), scorer=scorer, dtype=np.float64, workers=1
    )
    return result


def _present(a: NDArray[Any], b: NDArray[Any]) -> NDArray[np.bool_]:
    return (a != "") & (b != "")


def _coded(name: str, levels: dict[str, NDArray[np.bool_]]) -> NDArray[np.int8]:
    """Each pair's level of field `name` as its place in COMPARATORS' order (strongest
    first): the first that holds counts; -1 where none holds (a value missing)."""
    order = COMPARATORS[name][1]
    return np.select([levels[level] for level in order], list(range(len(order))), -1).astype(
        np.int8
    )


def weight_table(params: Params, name: str) -> NDArray[np.float64]:
    """Field `name`'s weight at each level, in COMPARATORS' order, then 0.0: indexed by a
    level's code, a missing value (-1) adds nothing."""
    return np.array([params.weight(name, level) for level in COMPARATORS[name][1]] + [0.0])


def weights(p: Prepared, left: Indexes, right: Indexes, params: Params) -> NDArray[np.float64]:
    """The total weight `fellegi_sunter.score` gives each pair (left[i], right[i])."""
    total = np.zeros(len(left))
    for name, codes in levels(p, left, right).items():  # in COMPARATORS' order, as score adds
        total += weight_table(params, name)[codes]
    return total


def levels(p: Prepared, left: Indexes, right: Indexes) -> dict[str, NDArray[np.int8]]:
    """Each field's level for each pair (left[i], right[i]), as `compare` finds it, coded by
    its place in COMPARATORS' order (-1: a value missing)."""
    g1, g2 = p.given[left], p.given[right]
    f1, f2 = p.family[left], p.family[right]
    has_given, has_family = _present(g1, g2), _present(f1, f2)
    given_same, family_same = g1 == g2, f1 == f2
    given_sim = _similarity(JaroWinkler.similarity, g1, g2)
    family_sim = _similarity(JaroWinkler.similarity, f1, f2)
    given_level = {
        "exact": has_given & given_same,
        "similar": has_given & (given_sim >= 0.9),
        "different": has_given & (given_sim >= 0.75),
        "unlike": has_given,
    }
    family_level = {
        "exact": has_family & family_same,
        "similar": has_family & (family_sim >= 0.9),
        "different": has_family,
    }
    # Names written the other way round by one of the two count as similar (compare.py).
    apart = has_given & ~given_same & (given_sim < 0.9)
    transposed = apart & _crossed(p, left, right)
    given_level = {k: np.where(transposed, k == "similar", v) for k, v in given_level.items()}
    family_level = {k: np.where(transposed, k == "similar", v) for k, v in family_level.items()}

    y1, y2 = p.year[left], p.year[right]
    m1, m2 = p.month[left], p.month[right]
    d1, d2 = p.day[left], p.day[right]
    has_born = p.born[left] & p.born[right]
    exact = (y1 == y2) & (m1 == m2) & (d1 == d2)
    same = (y1 == y2).astype(np.int8) + (m1 == m2) + (d1 == d2)
    birth_level = {
        "exact": has_born & exact,
        "swapped": has_born & (y1 == y2) & (m1 == d2) & (d1 == m2),
        "partial": has_born & (same == 2),
        "different": has_born,
    }

    s1, s2 = p.sex[left], p.sex[right]
    has_sex = _present(s1, s2)
    sex_level = {"exact": has_sex & (s1 == s2), "different": has_sex}

    c1, c2 = p.postcode[left], p.postcode[right]
    has_code = _present(c1, c2)
    n1, n2 = p.numeric[left], p.numeric[right]
    o1, o2 = p.district[left], p.district[right]
    numeric = (o1 == "") & (n1 != "") & (n1 == n2)
    postcode_level = {
        "exact": has_code & (c1 == c2),
        "district": has_code & (numeric | ((o1 != "") & (o1 == o2))),
        "different": has_code,
    }

    a1, a2 = p.address[left], p.address[right]
    has_address = p.has_address[left] & p.has_address[right]
    similar = _similarity(JaroWinkler.similarity, a1, a2) >= 0.9
    unsure = np.flatnonzero(has_address & ~similar)
    partial = np.zeros(len(a1), dtype=np.bool_)
    partial[unsure] = _similarity(fuzz.token_set_ratio, a1[unsure], a2[unsure]) >= 70
    address_level = {
        "similar": has_address & similar,
        "partial": has_address & partial,
        "different": has_address,
    }

    e1, e2 = p.email[left], p.email[right]
    has_email = _present(e1, e2)
    email_level = {"exact": has_email & (e1 == e2), "different": has_email}

    return {
        "given": _coded("given", given_level),
        "family": _coded("family", family_level),
        "birth_date": _coded("birth_date", birth_level),
        "sex": _coded("sex", sex_level),
        "postcode": _coded("postcode", postcode_level),
        "address": _coded("address", address_level),
        "email": _coded("email", email_level),
    }


def _crossed(p: Prepared, left: Indexes, right: Indexes) -> NDArray[np.bool_]:
    """Given name of one like the surname of the other, both ways (compare._transposed)."""

    def alike(a: NDArray[Any], b: NDArray[Any]) -> NDArray[np.bool_]:
        return _present(a, b) & ((a == b) | (_similarity(JaroWinkler.similarity, a, b) >= 0.9))

    return alike(p.given_key[left], p.family[right]) & alike(p.family[left], p.given_key[right])


def reaching(
    p: Prepared, left: Indexes, right: Indexes, params: Params, probability: float
) -> NDArray[np.bool_]:
    """Which pairs' match probability reaches `probability` (with MARGIN to spare)."""
    return weights(p, left, right, params) >= params.weight_needed(probability) - MARGIN


def worth_scoring(
    records: Sequence[PersonFields],
    pairs: Sequence[tuple[int, int]],
    params: Params,
    probability: float,
    named: Sequence[bool] | None = None,
) -> list[tuple[int, int]]:
    """The pairs of indexes into `records` that may reach `probability`, in their order:
    those whose weight does, and every pair with a record in `named` (one holding other
    names, scored over each of them by `score_names`)."""
    if not pairs:
        return []
    left = np.fromiter((a for a, _ in pairs), dtype=np.intp, count=len(pairs))
    right = np.fromiter((b for _, b in pairs), dtype=np.intp, count=len(pairs))
    used = np.unique(np.concatenate((left, right)))
    # Only the records the pairs name are prepared, renumbered in `used` order.
    p = prepare([records[i] for i in used])
    keep = reaching(
        p, np.searchsorted(used, left), np.searchsorted(used, right), params, probability
    )
    if named is not None:
        flags = np.asarray(named, dtype=np.bool_)
        keep |= flags[left] | flags[right]
    return [pairs[int(i)] for i in np.flatnonzero(keep)]
