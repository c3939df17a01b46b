"""A sync in a process of its own, so that it never holds the window's interpreter.

In one process a sync and the window share Python's interpreter lock and its collector: at a
million records the window stopped for 60-90 ms at a time while a sync ran beside it, and a
key pressed could wait behind the sync's Python (docs/performance.md). Here the window's
worker starts a process (spawned: nothing of the window's memory is copied), hands it the
open store (the file and the key, through a pipe: never written anywhere) and relays what it
says: each partner's progress, then the report, or the error in the same words as in one
process. The window's state for giving way (caseworker/store/courtesy.py) is shared with it
as two numbers in shared memory.

The report's citizens (every citizen the sync touched: a first sync of a million records
touches some 200,000) cross the pipe as packed numbers and are gathered again in small
steps: unpickling them as a set held the interpreter lock for 15-20 ms in one piece, and the
window's thread waited that long at the very moment the sync ended.

Stopping: the window's cancel is sent down the pipe and the sync stops between pages, as in
one process. If the window goes away the pipe closes and the sync stops the same way. A
store locked meanwhile ends the process at once, so the key is held nowhere else: every
transaction is atomic, so what a stop or a kill interrupts is rolled back and fetched again
next time (tests/integration/test_sync_apart.py kills one with SIGKILL mid-sync).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import multiprocessing
import os
import pickle
import signal
import threading
from array import array
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from caseworker.errors import CaseworkerError, StoreLocked, SyncStopped
from caseworker.store import courtesy
from caseworker.store.store import Handover, Store
from caseworker.sync.cancel import CancelToken
from caseworker.sync.report import PartnerProgress, SyncReport

log = logging.getLogger(__name__)

POLL_S = 0.1
"""How often the window's side looks at the cancel token and the store's lock."""
STOP_WAIT_S = 5.0
"""How long a process that has said its last word is given to end before it is ended."""
NICENESS = 10
"""How much lower the sync's process runs in the system's priority than the window's: the
sync has every moment the window does not want, and the window has the processor as soon
as the person presses a key (on two cores a sync, a partner and the window all want one)."""
GATHER_STEP = 10_000
"""How many of the report's citizens are gathered into its set at a time (about 0.3 ms):
between steps the window's thread can take the interpreter."""


def sync_apart(
    store: Store,
    progress: Callable[[PartnerProgress], None],
    cancel: CancelToken,
    *,
    scheduled: bool = False,
) -> SyncReport:
    """Sync every partner in a process of its own and return its report, or raise its error.

    Runs on the caller's thread (the window's partner worker), which waits on the pipe and
    calls `progress` with each partner's progress as it comes. Raises StoreLocked if the
    store is locked meanwhile, SyncStopped if the process ends without a word."""
    context = multiprocessing.get_context("spawn")
    shared = courtesy.Shared(context)
    ours, theirs = context.Pipe()
    process = context.Process(
        target=_run,
        args=(theirs, store.handover(), shared, scheduled),
        name="caseworker-sync",
        daemon=True,
    )
    courtesy.mirror(shared)
    try:
        process.start()
        theirs.close()
        return _relay(ours, process, store, progress, cancel)
    finally:
        courtesy.mirror(None)
        ours.close()
        if process.pid is not None:  # it started
            process.join(STOP_WAIT_S)
            if process.is_alive():
                process.kill()
                process.join()


def _relay(
    pipe: Connection,
    process: Any,
    store: Store,
    progress: Callable[[PartnerProgress], None],
    cancel: CancelToken,
) -> SyncReport:
    asked_to_stop = False
    while True:
        if store.locked:
            process.kill()
            raise StoreLocked(
                "The store was locked during the sync, so the sync stopped. What it had "
                "stored is kept.",
                hint="Unlock Caseworker and sync again for the rest.",
            )
        if cancel.cancelled and not asked_to_stop:
            asked_to_stop = True
            _send(pipe, "cancel")
        try:
            if not pipe.poll(POLL_S):
                if not process.is_alive() and not pipe.poll(0):
                    raise _stopped(process.exitcode)
                continue
            kind, value = pipe.recv()
        except (EOFError, OSError):
            process.join(STOP_WAIT_S)
            raise _stopped(process.exitcode) from None
        if kind == "progress":
            progress(value)
        elif kind == "done":
            report, citizens = value
            return _with_citizens(report, citizens)
        else:
            raise value


def _send(pipe: Connection, message: str) -> None:
    with contextlib.suppress(OSError):  # the process has gone: the loop reports how
        pipe.send(message)


def _stopped(exitcode: int | None) -> SyncStopped:
    log.warning("The sync's process ended without a report (exit code %s)", exitcode)
    return SyncStopped(
        "The sync stopped before it finished. Everything it had stored is kept, and nothing "
        "was stored twice.",
        hint="Sync again to fetch the rest. If it keeps stopping, tell your IT support.",
    )


# -- the sync's own process --------------------------------------------------------------------


def _run(pipe: Connection, handover: Handover, shared: courtesy.Shared, scheduled: bool) -> None:
    """The process's whole life: open the store, sync, say how it went, end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the window's
    if hasattr(os, "nice"):  # POSIX; Windows keeps the default priority
        os.nice(NICENESS)
    from caseworker.logs import configure

    if handover.paths is not None:
        configure(handover.paths)
    courtesy.follow(shared)
    cancel = CancelToken()
    threading.Thread(target=_listen, args=(pipe, cancel), daemon=True).start()
    try:
        # The engine (and HTTP, the connectors, parsing) is loaded here, in the sync's own
        # process: the window's side of this module stays light, as the window imports it
        # when a sync starts (loading the engine there held the window for 85 ms).
        from caseworker.sync.engine import SyncService

        store = Store.taken_over(handover)
        del handover
        with store:
            report = SyncService(store).sync_all(
                progress=lambda p: pipe.send(("progress", p)), cancel=cancel, scheduled=scheduled
            )
    except BaseException as error:  # every error goes to the window, in its own words
        pipe.send(("failed", _portable(error)))
    else:
        pipe.send(("done", _without_citizens(report)))
    finally:
        pipe.close()


def _without_citizens(report: SyncReport) -> tuple[SyncReport, bytes]:
    """The report, and its citizens apart as packed numbers (a copy of memory to unpickle)."""
    changes = report.changes
    packed = array("q", changes.citizens).tobytes()
    return dataclasses.replace(
        report, changes=dataclasses.replace(changes, citizens=frozenset())
    ), packed


def _with_citizens(report: SyncReport, packed: bytes) -> SyncReport:
    """The report whole again, its citizens gathered GATHER_STEP at a time."""
    ids = array("q")
    ids.frombytes(packed)
    gathered: set[int] = set()
    for start in range(0, len(ids), GATHER_STEP):
        gathered.update(ids[start : start + GATHER_STEP])
    citizens = frozenset(gathered)
    return dataclasses.replace(
        report, changes=dataclasses.replace(report.changes, citizens=citizens)
    )


def _listen(pipe: Connection, cancel: CancelToken) -> None:
    """Stop the sync when the window asks, or when it has gone (the pipe closed)."""
    try:
        while pipe.recv() != "cancel":
            pass
    except (EOFError, OSError):
        pass
    cancel.cancel()


def _portable(error: BaseException) -> BaseException:
    """The error as the window can receive it: the core's own errors as they are, anything
    else (a defect) logged here and told as SyncStopped, without its message, which could
    hold a value from a record."""
    if isinstance(error, CaseworkerError):
        try:
            return pickle.loads(pickle.dumps(error))
        except Exception:
            pass
    else:
        log.error("The sync failed: %s", type(error).__name__, exc_info=error)
    return SyncStopped(
        "The sync stopped because of a fault in Caseworker. Everything it had stored is kept.",
        hint="Sync again. If it keeps stopping, tell your IT support.",
    )
