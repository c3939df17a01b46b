"""Estimating linkage parameters from the records themselves (expectation maximisation).

The candidate pairs are compared in bulk (caseworker.linkage.bulk: the levels `compare`
finds, as arrays of codes) and EM runs over those arrays, adding in the order a loop over
the pairs would: the same parameters as comparing pair by pair, at a tenth of the time
(FEBRL4: 2.7 s to 1.2 s for the whole match, docs/performance.md).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from caseworker.linkage.bulk import Prepared, levels, prepare
from caseworker.linkage.compare import COMPARATORS, PersonFields
from caseworker.linkage.fellegi_sunter import Params


def estimate(
    records: Sequence[PersonFields],
    pairs: Iterable[tuple[int, int]],
    start: Params | None = None,
    iterations: int = 25,
    seed: int = 1,
) -> Params:
    """Parameters from the records themselves, the way Splink trains them.

    u, how often two different people agree, comes from random pairs (nearly all of them
    different people). m, how often one person's records agree, comes from expectation
    maximisation twice: over pairs that share a birth date (which says how names, sex,
    postcode and address behave) and over pairs whose names agree (which says how birth
    dates behave), each leaving out the fields its pairs were chosen by, so that EM cannot
    mistake 'shares a postcode' for 'is the same person'. The prior is the chance that two
    random records are one person, from the number of matches found.
    """
    params = start or Params()
    n = len(records)
    chosen = list(pairs)
    if n < 2 or not chosen:
        return params
    prepared = prepare(records)
    codes = levels(
        prepared,
        np.fromiter((a for a, _ in chosen), dtype=np.intp, count=len(chosen)),
        np.fromiter((b for _, b in chosen), dtype=np.intp, count=len(chosen)),
    )
    u = _random_u(prepared, n, seed)
    by_date = codes["birth_date"] == 0  # exact
    by_name = (codes["given"] <= 1) & (codes["given"] >= 0)  # exact or similar
    by_name &= (codes["family"] <= 1) & (codes["family"] >= 0)
    names = ("given", "family", "sex", "postcode", "address", "email")
    m = {k: dict(v) for k, v in params.m.items()}
    prior_date = params.prior
    dated = int(by_date.sum())
    if dated:
        m_date, prior_date = _em(_subset(codes, by_date), names, m, u, params.prior, iterations)
        m.update({k: m_date[k] for k in ("given", "family")})
    if by_name.any():
        shared = ("sex", "postcode", "address", "email")
        m_name, _ = _em(
            _subset(codes, by_name), ("birth_date", *shared), m, u, params.prior, iterations
        )
        m["birth_date"] = m_name["birth_date"]
        for k in shared:
            if dated:
                m[k] = {lv: (m_date[k][lv] + m_name[k][lv]) / 2 for lv in m[k]}
            else:
                m[k] = m_name[k]
    matches = prior_date * dated / max(m["birth_date"]["exact"], 1e-3)
    prior = min(0.5, max(1e-9, matches / (n * (n - 1) / 2)))
    return Params(m, u, prior, params.link_at, params.review_at)


Codes = dict[str, Any]
"""Field -> an array of each pair's level code (caseworker.linkage.bulk.levels)."""


def _subset(codes: Codes, keep: Any) -> Codes:
    return {name: column[keep] for name, column in codes.items()}


def _em(
    codes: Codes,
    fields: tuple[str, ...],
    m: dict[str, dict[str, float]],
    u: dict[str, dict[str, float]],
    prior: float,
    iterations: int,
) -> tuple[dict[str, dict[str, float]], float]:
    """EM for m and the prior over the pairs coded in `codes`, using only `fields`; u stays
    fixed. A missing value (code -1) adds nothing: each table's last entry is log 1."""
    m = {k: dict(v) for k, v in m.items()}
    log_u = sum(
        (np.array([math.log(u[k][lv]) for lv in COMPARATORS[k][1]] + [0.0])[codes[k]])
        for k in fields
    )
    for _ in range(iterations):
        log_m = sum(
            (np.array([math.log(m[k][lv]) for lv in COMPARATORS[k][1]] + [0.0])[codes[k]])
            for k in fields
        )
        top = math.log(prior) + log_m
        bottom = math.log(1 - prior) + log_u
        g = 1 / (1 + np.exp(np.minimum(700, bottom - top)))
        prior = min(0.999, max(1e-4, math.fsum(g) / len(g)))
        m.update({k: v for k, v in _maximise(codes, g).items() if k in fields})
    return m, prior


def _random_u(
    prepared: Prepared, n: int, seed: int, samples: int = 50_000
) -> dict[str, dict[str, float]]:
    """Level frequencies among random pairs of records: nearly all different people."""
    rng = random.Random(seed)
    drawn = [(rng.randrange(n), rng.randrange(n)) for _ in range(samples)]
    left = np.array([i for i, j in drawn if i != j], dtype=np.intp)
    right = np.array([j for i, j in drawn if i != j], dtype=np.intp)
    codes = levels(prepared, left, right)
    return _maximise(codes, np.ones(len(left)))


def _maximise(codes: Codes, g: Any) -> dict[str, dict[str, float]]:
    """Each field's level frequencies among the pairs, each pair counting `g` (its chance of
    being one person), with half a pair at every level so none becomes impossible."""
    out: dict[str, dict[str, float]] = {}
    for name, (_, names) in COMPARATORS.items():
        column = codes[name]
        held = column >= 0
        counts = np.bincount(column[held], weights=g[held], minlength=len(names)) + 0.5
        total = math.fsum(counts)
        out[name] = {level: float(c) / total for level, c in zip(names, counts, strict=True)}
    return out
