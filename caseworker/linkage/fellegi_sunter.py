"""Probabilistic record linkage (Fellegi–Sunter), with blocking, EM estimation and vetoes.

Every pair's score is the sum of per-field weights log2(m/u) for the agreement level found;
missing fields add nothing. The match probability follows from a prior. Parameters can be
estimated from the records themselves by expectation maximisation (estimation.py). Two
hard rules keep twins and parents and children apart: a clear disagreement on given name,
or on date of birth, vetoes a link however strong the rest (a person can still link them
by hand).
Every decision comes with its field-by-field explanation.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from caseworker.linkage.compare import (
    PersonFields,
    compare,
)

VETOES = (("given", "different"), ("given", "unlike"), ("birth_date", "different"))

_DEFAULT_M = {
    "given": {"exact": 0.85, "similar": 0.08, "different": 0.05, "unlike": 0.02},
    "family": {"exact": 0.88, "similar": 0.08, "different": 0.04},
    "birth_date": {"exact": 0.9, "swapped": 0.03, "partial": 0.05, "different": 0.02},
    "sex": {"exact": 0.97, "different": 0.03},
    "postcode": {"exact": 0.8, "district": 0.1, "different": 0.1},
    "address": {"similar": 0.7, "partial": 0.15, "different": 0.15},
    "email": {"exact": 0.8, "different": 0.2},
}
_DEFAULT_U = {
    "given": {"exact": 0.02, "similar": 0.03, "different": 0.15, "unlike": 0.8},
    "family": {"exact": 0.05, "similar": 0.03, "different": 0.92},
    "birth_date": {"exact": 0.002, "swapped": 0.0005, "partial": 0.03, "different": 0.9675},
    "sex": {"exact": 0.5, "different": 0.5},
    "postcode": {"exact": 0.05, "district": 0.1, "different": 0.85},
    "address": {"similar": 0.02, "partial": 0.06, "different": 0.92},
    "email": {"exact": 0.001, "different": 0.999},
}


@dataclass(frozen=True)
class Params:
    m: dict[str, dict[str, float]] = field(default_factory=lambda: _DEFAULT_M)
    u: dict[str, dict[str, float]] = field(default_factory=lambda: _DEFAULT_U)
    prior: float = 0.05
    link_at: float = 0.95
    review_at: float = 0.5

    def __post_init__(self) -> None:
        # Worked out once: linkage asks for a weight millions of times in a large sync.
        weights = {
            name: {
                level: math.log2(max(self.m[name][level], 1e-6) / max(self.u[name][level], 1e-6))
                for level in self.m[name]
            }
            for name in self.m
        }
        object.__setattr__(self, "_weights", weights)

    def weight(self, name: str, level: str) -> float:
        weights: dict[str, dict[str, float]] = self.__dict__["_weights"]
        return weights[name][level]

    def weight_needed(self, probability: float) -> float:
        """The total weight at which a pair's match probability reaches `probability`."""
        return math.log2(probability / (1 - probability)) - math.log2(self.prior / (1 - self.prior))


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
    vetoes: tuple[str, ...] = ()
    """Every veto that applies (vetoed_by is the first)."""
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
    vetoes = tuple(dict.fromkeys(name for name, level in VETOES if levels.get(name) == level))
    return Score(total, odds / (1 + odds), parts, vetoes[0] if vetoes else None, vetoes=vetoes)


def score_names(
    a: PersonFields,
    b: PersonFields,
    params: Params,
    a_names: Sequence[tuple[str | None, str | None]] = (),
    b_names: Sequence[tuple[str | None, str | None]] = (),
) -> Score:
    """The best score over every name each record holds (a surname before and after
    marriage, a maiden name): names that change take part in matching. An other name's
    missing part is the record's own (a maiden name is often a surname alone)."""

    def named(
        p: PersonFields, names: Sequence[tuple[str | None, str | None]]
    ) -> list[PersonFields]:
        return [p] + [replace(p, given=g or p.given, family=f or p.family) for g, f in names]

    best = score(a, b, params)
    if not a_names and not b_names:
        return best
    for x in named(a, a_names):
        for y in named(b, b_names):
            if (x, y) != (a, b) and (tried := score(x, y, params)).probability > best.probability:
                best = tried
    return best


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
