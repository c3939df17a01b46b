"""Clustering records by their scores with the guard's vetoes: what the evaluation (the
linkage CLI, the benchmark) measures. It needs both the matcher and the guard, which reads the
matcher's scores, so it lives above both."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import Params, candidate_pairs, score
from caseworker.linkage.guard import Guard


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

    guard = Guard(records)
    for i, j in pairs if pairs is not None else candidate_pairs(records):
        if guard.check(i, j, score(records[i], records[j], params)).decision(params) == "link":
            parent[find(i)] = find(j)
    return [find(i) for i in range(len(records))]
