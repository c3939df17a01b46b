"""Giving way to the person at the window: background work yields the store to them.

A sync stores what it fetched in transactions of a few thousand records, each holding the
store's write lock for up to a second at a million records. Searching and opening a person
write an audit entry before anything is shown, so a key pressed during a sync waited behind
the sync's transaction; and every row a read fetches gives up Python's interpreter lock, which
the sync's Python then held for up to 5 ms before the read could take it back.

So the window's store work done in answer to the person (ui/ops/taskman.py: work begun
within 2 s of their key or click) says it is running (`interactive`, `started`/`ended`), and a
sync, before each transaction, waits while such work runs (`give_way`, at most GIVE_WAY_S, so
a long export never stops a sync). While someone has used the window within ACTIVE_FOR_S
(`someone_active`) a sync stores each page in parts of about 80 ms each (sync/engine.py), so
no transaction keeps them waiting long; the sync is slower meanwhile, and back to its full
pace ACTIVE_FOR_S after they stop. While a sync runs, threads switch more often too
(caseworker/sync/collector.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

GIVE_WAY_S = 2.0
"""The longest a sync waits for the window's work before each transaction."""
ACTIVE_FOR_S = 30.0
"""How long after the person's last store work a sync still stores in small parts: long
enough to read a page (with 3 s, a key pressed after reading waited behind a whole batch:
682 ms where the longest was otherwise 198 ms)."""

_state = threading.Condition()
_running = 0
_last_ended = -ACTIVE_FOR_S


def started() -> None:
    """The window's store work has begun (a read, a write, an audited view)."""
    global _running
    with _state:
        _running += 1


def ended() -> None:
    """The work `started` announced is over, its answer shown."""
    global _running, _last_ended
    with _state:
        _running = max(0, _running - 1)
        _last_ended = time.monotonic()
        _state.notify_all()


@contextmanager
def interactive() -> Iterator[None]:
    """Run the body as the window's work: background work gives way to it."""
    started()
    try:
        yield
    finally:
        ended()


def someone_active() -> bool:
    """Whether the window's work is running, or ended within ACTIVE_FOR_S."""
    with _state:
        return _running > 0 or time.monotonic() - _last_ended < ACTIVE_FOR_S


def give_way(limit: float = GIVE_WAY_S) -> float:
    """Wait while the window's work runs, at most `limit` seconds; returns the wait."""
    began = time.monotonic()
    with _state:
        _state.wait_for(lambda: _running == 0, timeout=limit)
    return time.monotonic() - began
