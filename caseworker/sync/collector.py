"""Keeping the garbage collector's full collections out of a sync's way.

CPython's cyclic collector stops every thread while it walks every object the process
holds. A sync makes millions of short-lived objects, and each full collection it provokes
walked the window's objects and the sync's alike: pauses of 100 ms at 100,000 records and
of most of a second at a million, during which the window could not repaint
(docs/performance.md). What a sync makes is freed by reference counting, not by the
collector: rows, dicts and tuples hold no cycles. So while a sync runs, only the young
generations are collected, which is quick. The cycles a sync does make (SQLAlchemy's,
mostly) are collected between its batches, when it holds least: left to the end, those of
a whole sync made one collection that stopped the window for 86 ms at a million records.
Full collections resume as usual when the last sync ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FULL_DEFERRED = 1 << 30
"""A third threshold no sync reaches: generation-1 collections before a full one."""

_lock = threading.Lock()
_running = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def full_collections_deferred() -> Iterator[None]:
    """Run the body with the collector's full collections deferred (nestable, thread-safe)."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], FULL_DEFERRED)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None


def collect_between_batches() -> None:
    """A full collection now, if the collector would have run one by now: between two
    batches a sync holds little, so the collection is short."""
    with _lock:
        due = _saved is not None and gc.get_count()[2] > _saved[2]
    if due:
        gc.collect()
