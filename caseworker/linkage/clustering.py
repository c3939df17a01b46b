"""Clustering records by their scores with the guard's vetoes: what the evaluation (the
linkage CLI, the benchmark) measures. It needs both the matcher and the guard, which reads the
matcher's scores, so it lives above both."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from caseworker.linkage.blocking import Name, candidate_pairs
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import Params, score_names
from caseworker.linkage.guard import Guard


def cluster(
    records: Sequence[PersonFields],
    params: Params,
    pairs: Iterable[tuple[int, int]] | None = None,
    other_names: Sequence[Sequence[Name]] | None = None,
    sources: Sequence[str | None] | None = None,
) -> list[int]:
    """A cluster label per record: records automatically linked share a label. A record's
    `other_names` (maiden, previous) are blocked on and compared too; `sources` (the partner
    of each record) let the guard keep apart two people one partner holds, as in a sync."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    guard = Guard(records, sources)
    names = other_names or [()] * len(records)
    held: dict[int, set[str]] = {
        i: {source} for i, source in enumerate(sources or ()) if source is not None
    }  # the partners whose records a cluster holds: one record each, as in a sync
    from caseworker.linkage.bulk import worth_scoring  # numpy on first use, as in linker.py

    links = []
    candidates = sorted(pairs if pairs is not None else candidate_pairs(records, other_names))
    named = [bool(n) for n in names]
    for i, j in worth_scoring(records, candidates, params, params.link_at, named):
        result = guard.check(i, j, score_names(records[i], records[j], params, names[i], names[j]))
        if result.decision(params) == "link":
            links.append((-result.probability, i, j))
    for _, i, j in sorted(links):  # the surest first: a partner's one record goes to its best
        ri, rj = find(i), find(j)
        if ri != rj and not held.get(ri, set()) & held.get(rj, set()):
            parent[ri] = rj
            held[rj] = held.get(rj, set()) | held.pop(ri, set())
    return [find(i) for i in range(len(records))]
