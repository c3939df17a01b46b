"""Probabilistic record linkage (Fellegi–Sunter), with blocking, EM estimation and vetoes.

Every pair's score is the sum of per-field weights log2(m/u) for the agreement level found;
missing fields add nothing. The match probability follows from a prior. Parameters can be
estimated from the records themselves by expectation maximisation. Two hard rules keep
twins and parents and children apart: a clear disagreement on given name, or on date of
birth, vetoes a link however strong the rest (a person can still link them by hand).
Every decision comes with its field-by-field explanation.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from caseworker.linkage.compare import COMPARATORS, PersonFields, compare
from caseworker.linkage.normalise import name_key, postcode_key

VETOES = (("given", "different"), ("given", "unlike"), ("birth_date", "different"))
MAX_BLOCK = 300
"""Blocks larger than this are skipped: a key shared by that many records does not block."""

_DEFAULT_M = {
    "given": {"exact": 0.85, "similar": 0.08, "different": 0.05, "unlike": 0.02},
    "family": {"exact": 0.88, "similar": 0.08, "different": 0.04},
    "birth_date": {"exact": 0.9, "swapped": 0.03, "partial": 0.05, "different": 0.02},
    "sex": {"exact": 0.97, "different": 0.03},
    "postcode": {"exact": 0.8, "district": 0.1, "different": 0.1},
    "address": {"similar": 0.75, "different": 0.25},
}
_DEFAULT_U = {
    "given": {"exact": 0.02, "similar": 0.03, "different": 0.15, "unlike": 0.8},
    "family": {"exact": 0.05, "similar": 0.03, "different": 0.92},
    "birth_date": {"exact": 0.002, "swapped": 0.0005, "partial": 0.03, "different": 0.9675},
    "sex": {"exact": 0.5, "different": 0.5},
    "postcode": {"exact": 0.05, "district": 0.1, "different": 0.85},
    "address": {"similar": 0.03, "different": 0.97},
}


@dataclass(frozen=True)
class Params:
    m: dict[str, dict[str, float]] = field(default_factory=lambda: _DEFAULT_M)
    u: dict[str, dict[str, float]] = field(default_factory=lambda: _DEFAULT_U)
    prior: float = 0.05
    link_at: float = 0.99
    review_at: float = 0.5

    def weight(self, name: str, level: str) -> float:
        return math.log2(max(self.m[name][level], 1e-6) / max(self.u[name][level], 1e-6))


@dataclass(frozen=True)
class Contribution:
    field: str
    level: str | None  # None: missing on one side
    weight: float


@dataclass(frozen=True)
class Score:
    weight: float
    probability: float
    contributions: tuple[Contribution, ...]
    vetoed_by: str | None = None
    veto_lifted: str | None = None
    """A veto the records around the pair showed to be a likely typo (linkage.guard)."""

    def decision(self, params: Params) -> str:
        """link | review | no_link. A vetoed pair is no link however strong the rest: two
        people who share a surname, an address and a birthday but not a first name are
        twins, and a namesake with another birth date is a parent or a child."""
        if self.vetoed_by is not None:
            return "no_link"
        if self.probability >= params.link_at:
            return "link"
        return "review" if self.probability >= params.review_at else "no_link"


def score(a: PersonFields, b: PersonFields, params: Params) -> Score:
    levels = compare(a, b)
    parts = tuple(
        Contribution(name, level, params.weight(name, level) if level else 0.0)
        for name, level in levels.items()
    )
    total = sum(p.weight for p in parts)
    odds = params.prior / (1 - params.prior) * 2**total
    veto = next((name for name, level in VETOES if levels.get(name) == level), None)
    return Score(total, odds / (1 + odds), parts, veto)


def blocking_keys(p: PersonFields) -> list[str]:
    family, given, code = name_key(p.family), name_key(p.given), postcode_key(p.postcode)
    keys = []
    if family and p.birth_date:
        keys.append(f"fy:{family[:3]}:{p.birth_date.year}")
    if code:
        keys.append(f"pc:{code}")
    if p.birth_date:
        keys.append(f"dob:{p.birth_date.isoformat()}")
    if given and family:
        keys.append(f"nm:{given[:2]}:{family[:4]}")
    return keys


def candidate_pairs(records: Sequence[PersonFields]) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        for key in blocking_keys(record):
            blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(members, 2))
    return pairs


def estimate(
    records: Sequence[PersonFields],
    pairs: Iterable[tuple[int, int]],
    start: Params | None = None,
    iterations: int = 25,
) -> Params:
    """Expectation maximisation of m, u and the prior over the candidate pairs."""
    params = start or Params()
    vectors = [compare(records[i], records[j]) for i, j in pairs]
    if not vectors:
        return params
    m, u, prior = params.m, params.u, params.prior
    for _ in range(iterations):
        g = []
        for v in vectors:
            lm = sum(math.log(m[k][lv]) for k, lv in v.items() if lv)
            lu = sum(math.log(u[k][lv]) for k, lv in v.items() if lv)
            top = math.log(prior) + lm
            bottom = math.log(1 - prior) + lu
            g.append(1 / (1 + math.exp(min(700, bottom - top))))
        prior = min(0.5, max(1e-4, sum(g) / len(g)))
        m, u = _maximise(vectors, g, True), _maximise(vectors, g, False)
    return Params(m, u, prior, params.link_at, params.review_at)


def _maximise(
    vectors: list[dict[str, str | None]], g: list[float], matches: bool
) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name, (_, levels) in COMPARATORS.items():
        counts = {level: 0.5 for level in levels}  # a small prior keeps every level possible
        for v, weight in zip(vectors, g, strict=True):
            if v[name]:
                counts[v[name]] += weight if matches else 1 - weight  # type: ignore[index]
        total = sum(counts.values())
        out[name] = {level: c / total for level, c in counts.items()}
    return out


def cluster(
    records: Sequence[PersonFields], params: Params, pairs: Iterable[tuple[int, int]] | None = None
) -> list[int]:
    """A cluster label per record: records automatically linked share a label."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    from caseworker.linkage.guard import Guard  # the guard reads Scores: imported late

    guard = Guard(records)
    for i, j in pairs if pairs is not None else candidate_pairs(records):
        if guard.check(i, j, score(records[i], records[j], params)).decision(params) == "link":
            parent[find(i)] = find(j)
    return [find(i) for i in range(len(records))]


@dataclass(frozen=True)
class Quality:
    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int


def pairwise_quality(labels: Sequence[object], truth: Sequence[object]) -> Quality:
    """Precision, recall and F1 over pairs of records put together, against the truth."""

    def pair_count(groups: dict[Any, int]) -> int:
        return sum(n * (n - 1) // 2 for n in groups.values())

    predicted: dict[object, int] = defaultdict(int)
    actual: dict[object, int] = defaultdict(int)
    both: dict[tuple[object, object], int] = defaultdict(int)
    for label, true in zip(labels, truth, strict=True):
        predicted[label] += 1
        actual[true] += 1
        both[(label, true)] += 1
    tp, pp, ap = pair_count(both), pair_count(predicted), pair_count(actual)
    precision = tp / pp if pp else 1.0
    recall = tp / ap if ap else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Quality(precision, recall, f1, ap, pp)
