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

The window runs its syncs in a process of their own (caseworker/sync/apart.py). The window's
state is then also written to a `Shared` pair of numbers in memory both processes map
(`mirror`), and the sync's process reads it from there (`follow`) instead of its own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.context import BaseContext
from typing import Any

GIVE_WAY_S = 2.0
"""The longest a sync waits for the window's work before each transaction."""
ACTIVE_FOR_S = 30.0
"""How long after the person's last store work a sync still stores in small parts: long
enough to read a page (with 3 s, a key pressed after reading waited behind a whole batch:
682 ms where the longest was otherwise 198 ms)."""

POLL_S = 0.002
"""How often a sync in its own process looks at the window's state while it gives way."""


class Shared:
    """The window's state in memory shared with a sync's process: how much of its work runs,
    and when (time.monotonic, the same clock in every process) the last of it ended. Two
    numbers, nothing about a person."""

    def __init__(self, context: BaseContext) -> None:
        self.running: Any = context.RawValue("i", 0)
        self.last_ended: Any = context.RawValue("d", -ACTIVE_FOR_S)


_state = threading.Condition()
_running = 0
_last_ended = -ACTIVE_FOR_S
_mirror: Shared | None = None
"""In the window: where its state is copied for a sync running apart."""
_source: Shared | None = None
"""In a sync's own process: the window's state, read instead of this process's."""


def mirror(shared: Shared | None) -> None:
    """In the window: copy its state to `shared` from now on (None: stop copying)."""
    global _mirror
    with _state:
        _mirror = shared
        if shared is not None:
            _copy(shared)


def follow(shared: Shared) -> None:
    """In a sync's own process: give way to the window whose state `shared` holds."""
    global _source
    _source = shared


def _copy(shared: Shared) -> None:
    shared.running.value = _running
    shared.last_ended.value = _last_ended


def started() -> None:
    """The window's store work has begun (a read, a write, an audited view)."""
    global _running
    with _state:
        _running += 1
        if _mirror is not None:
            _copy(_mirror)


def ended() -> None:
    """The work `started` announced is over, its answer shown."""
    global _running, _last_ended
    with _state:
        _running = max(0, _running - 1)
        _last_ended = time.monotonic()
        if _mirror is not None:
            _copy(_mirror)
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
    source = _source
    if source is not None:
        running, last = source.running.value, source.last_ended.value
        return running > 0 or time.monotonic() - last < ACTIVE_FOR_S
    with _state:
        return _running > 0 or time.monotonic() - _last_ended < ACTIVE_FOR_S


def give_way(limit: float = GIVE_WAY_S) -> float:
    """Wait while the window's work runs, at most `limit` seconds; returns the wait."""
    began = time.monotonic()
    source = _source
    if source is not None:
        while source.running.value > 0 and time.monotonic() - began < limit:
            time.sleep(POLL_S)
        return time.monotonic() - began
    with _state:
        _state.wait_for(lambda: _running == 0, timeout=limit)
    return time.monotonic() - began
