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

A full collection still walked everything the process held, sync or not (SQLAlchemy's mapped
classes, the window's): 65-90 ms each, every few seconds of a sync, on this machine. So what
is held when a sync starts is set aside (`gc.freeze`) and the collections during the sync
walk only what it made since the one before: 10-20 ms. When the last sync ends, what it
made and left is collected and set aside too. Something set aside that became garbage (in
a cycle) since waits for `collect_everything`, which the window runs when nobody has used
it for a while.

The same holds the interpreter's thread switch interval at SWITCH_S while a sync runs: every
row the window's reads fetch gives up the interpreter lock, and with Python's 5 ms the sync
thread kept it that long each time (caseworker/store/courtesy.py has the rest of how a sync
gives way to the person at the window).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FULL_DEFERRED = 1 << 30
"""A third threshold no sync reaches: generation-1 collections before a full one."""

SWITCH_S = 0.0005
"""The thread switch interval while a sync runs (Python's own is 5 ms)."""

_lock = threading.Lock()
_running = 0
_saved: tuple[int, int, int] | None = None
_saved_switch = 0.005
_due_everything = False
"""A sync ended since `collect_everything` last ran."""


@contextmanager
def full_collections_deferred() -> Iterator[None]:
    """Run the body with the collector's full collections deferred and threads switching
    every SWITCH_S (nestable, thread-safe)."""
    global _running, _saved, _saved_switch, _due_everything
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], FULL_DEFERRED)
            _saved_switch = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_S, _saved_switch))
            gc.freeze()  # what was held before the sync is not walked again during it
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                sys.setswitchinterval(_saved_switch)
                _saved = None
                gc.collect()  # what the sync left: walked once, the rest set aside with it
                gc.freeze()
                _due_everything = True


def collect_between_batches() -> None:
    """A full collection now, if the collector would have run one by now: between two
    batches a sync holds little, so the collection is short. What is left after it (the
    caches and state a sync keeps) is set aside too, so that the next walks only what the
    batches since have made: at 1m those left-overs had grown the collections back to
    50-63 ms by the end of the sync."""
    with _lock:
        due = _saved is not None and gc.get_count()[2] > _saved[2]
    if due:
        gc.collect()
        gc.freeze()


def collect_everything() -> bool:
    """One full collection over everything, what was set aside included, then all that is
    left set aside again: for a moment when nobody is using the window (it stops it for as
    long as a full collection takes). Does nothing while a sync runs or when no sync has
    ended since the last time; says whether it collected."""
    global _due_everything
    with _lock:
        if _running or not _due_everything:
            return False
        _due_everything = False
        gc.unfreeze()
        gc.collect()
        gc.freeze()
    return True
