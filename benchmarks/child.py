"""Work the harness measures in a process of its own, so that its peak memory is its own and
the sandbox serving it (in the harness's process) does not share its interpreter lock.

    python -m benchmarks.child sync HOME      a full first sync, then one with nothing new
    python -m benchmarks.child queries HOME   search and view latencies on a synced store
    python -m benchmarks.child audit HOME     a year of audit entries added (AUDIT_YEAR),
                                              then the whole log checked as the window does

Each prints one JSON object on its last line of output. The store's key is in the test file
keyring named by CASEWORKER_TEST_KEYRING, shared with the harness.
"""

from __future__ import annotations

import gc
import json
import random
import sys
import time
from contextlib import suppress
from typing import Any

import keyring
from sqlalchemy import func, select

from benchmarks.memory import peak_rss_mb
from caseworker.errors import CaseworkerError
from caseworker.paths import resolve_paths
from caseworker.services.viewing import find, open_citizen
from caseworker.store.models import SourceItem, SourcePerson
from caseworker.store.store import Store, open_store
from caseworker.sync.engine import SyncService
from tests.support.keyrings import TestFileKeyring

QUERIES_EACH = 50
HEAVY_VIEWS = 10
VIEW_ROUNDS = 5


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _open(home: str) -> Store:
    keyring.set_keyring(TestFileKeyring())
    return open_store(resolve_paths(home), allow_insecure_keyring=True)


def sync(home: str) -> dict[str, Any]:
    with _open(home) as store:
        started = time.perf_counter()
        report = SyncService(store).sync_all()
        first = time.perf_counter() - started
        if not report.ok:
            raise SystemExit(f"the first sync failed: {[r.error_code for r in report.results]}")
        started = time.perf_counter()
        again = SyncService(store).sync_all()
        noop = time.perf_counter() - started
    return {
        "sync_s": first,
        "fetched": sum(r.fetched for r in report.results),
        "noop_sync_s": noop,
        "noop_fetched": sum(r.fetched - r.unchanged for r in again.results),
        "sync_peak_rss_mb": peak_rss_mb(),
    }


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def _search_texts(store: Store, rng: random.Random) -> dict[str, list[str]]:
    with store.session() as session:
        total = session.scalar(select(func.max(SourcePerson.id))) or 0
        ids = rng.sample(range(1, total + 1), min(total, QUERIES_EACH * 4))
        rows = session.execute(
            select(
                SourcePerson.given_name,
                SourcePerson.family_name,
                SourcePerson.nhs_number,
                SourcePerson.postcode,
            ).where(SourcePerson.id.in_(ids))
        ).all()
    named = [r for r in rows if r.given_name and r.family_name]
    return {
        "name": [f"{r.given_name} {r.family_name}" for r in named[:QUERIES_EACH]],
        "typo": [f"{r.given_name} {_typo(r.family_name, rng)}" for r in named[:QUERIES_EACH]],
        "nhs": [r.nhs_number for r in rows if r.nhs_number][:QUERIES_EACH],
        "postcode": [r.postcode for r in rows if r.postcode][:QUERIES_EACH],
    }


def _heavy_citizens(store: Store) -> list[int]:
    """The citizens with the most records: the long histories the view must open fast."""
    with store.session() as session:
        counts = (
            select(SourcePerson.citizen_id, func.count(SourceItem.id).label("items"))
            .join(
                SourceItem,
                (SourceItem.partner_id == SourcePerson.partner_id)
                & (SourceItem.person_source_id == SourcePerson.source_id),
            )
            .where(SourcePerson.citizen_id.is_not(None))
            .group_by(SourcePerson.citizen_id)
            .order_by(func.count(SourceItem.id).desc())
            .limit(HEAVY_VIEWS)
        )
        return [row.citizen_id for row in session.execute(counts)]


def queries(home: str) -> dict[str, Any]:
    rng = random.Random(2026)
    with _open(home) as store:
        texts = _search_texts(store, rng)
        for text in texts["name"][:5]:  # warm the page cache, as a user's first minute would
            find(store, text)
        # What start-up made is set aside from the collector, as the window does once it has
        # started (ui/app.py): a full collection then walks only what was made since, not
        # every object the process holds (a 40 ms pause in one view of fifty, without it).
        gc.freeze()
        timings: dict[str, list[float]] = {}
        for kind, batch in texts.items():
            for text in batch:
                started = time.perf_counter()
                find(store, text)
                timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
        heavy = _heavy_citizens(store)
        for citizen_id in range(1, 4):  # the first views compile their queries: a warm-up
            with suppress(CaseworkerError):
                open_citizen(store, citizen_id)
        views: list[float] = []
        sizes: list[int] = []
        for citizen_id in heavy * VIEW_ROUNDS:
            started = time.perf_counter()
            view = open_citizen(store, citizen_id)
            views.append((time.perf_counter() - started) * 1000)
            sizes.append(len(view.chronology))
    searches = [t for batch in timings.values() for t in batch]
    return {
        "search_p95_ms": percentile(searches, 95),
        "search_p95_by_kind_ms": {k: percentile(v, 95) for k, v in timings.items()},
        "searches": len(searches),
        "view_p95_ms": percentile(views, 95),
        "view_records_median": sorted(sizes)[len(sizes) // 2] if sizes else 0,
        "views": len(views),
    }


AUDIT_YEAR = 50_000
"""Audit entries a year of one person's work leaves: every search, view, reveal and export
is one (about 200 a working day). The store a cold start opens holds them, as a user's does."""


def audit(home: str) -> dict[str, Any]:
    """Add a year of audit entries, then check the whole log as the open window does."""
    from caseworker.audit.log import record_all
    from caseworker.services.reading import audit_check

    with _open(home) as store:
        started = time.perf_counter()
        for _ in range(0, AUDIT_YEAR, 1000):
            record_all(store, [("view", n % 5000 + 1, {"records": 12}) for n in range(1000)])
        written = time.perf_counter() - started
        started = time.perf_counter()
        report = audit_check(store)
        checked = time.perf_counter() - started
    return {"audit_entries": report.entries, "audit_write_s": written, "audit_check_s": checked}


def main(argv: list[str]) -> int:
    command, home = argv[0], argv[1]
    result = {"sync": sync, "queries": queries, "audit": audit}[command](home)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
