"""The window's sync in a process of its own: it stores what a sync in one process stores,
stops when asked, says its errors in the same words, and a kill or a lock loses nothing."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

import pytest

from caseworker.errors import ProfileMissing, StoreLocked, SyncStopped
from caseworker.paths import Paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store import courtesy
from caseworker.store.store import Store, open_store
from caseworker.sync.apart import sync_apart
from caseworker.sync.cancel import CancelToken
from caseworker.sync.engine import PartnerProgress, SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.support.fingerprint import fingerprint


def _ready(store: Store, sandbox: SandboxNetwork) -> None:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)


def _syncing_process() -> multiprocessing.process.BaseProcess:
    (process,) = [p for p in multiprocessing.active_children() if p.name == "caseworker-sync"]
    return process


def test_a_sync_apart_stores_what_a_sync_here_stores(
    store: Store, sandbox: SandboxNetwork, paths: Paths
) -> None:
    _ready(store, sandbox)
    seen: list[PartnerProgress] = []
    apart_pids: set[int | None] = set()

    niceness: list[int] = []

    def progress(p: PartnerProgress) -> None:
        seen.append(p)
        pid = _syncing_process().pid
        apart_pids.add(pid)
        if p.state == "running" and not niceness and pid is not None:
            niceness.append(os.getpriority(os.PRIO_PROCESS, pid))

    report = sync_apart(store, progress, CancelToken())
    assert report.ok, [r.error_message for r in report.results if not r.ok]
    assert apart_pids and os.getpid() not in apart_pids  # it ran in another process
    # ... below the window's priority, so a key pressed has the processor first
    assert niceness and niceness[0] > os.getpriority(os.PRIO_PROCESS, 0)
    assert {p.state for p in seen} >= {"waiting", "running", "done"}
    assert sum(r.created for r in report.results) > 100
    assert report.changes.citizens  # what changed reaches the window, to refresh by
    apart = fingerprint(store)

    other = Paths(paths.data_dir.with_name("here"), paths.log_dir.with_name("here-logs"))
    with open_store(other) as here:
        _ready(here, sandbox)
        report_here = SyncService(here).sync_all()
        assert report_here.ok
        assert fingerprint(here) == apart
    # ... and the window hears of exactly the citizens it touched, to refresh by
    assert report.changes == report_here.changes


def test_stopping_a_sync_apart_stops_it_between_pages(
    store: Store, sandbox: SandboxNetwork
) -> None:
    _ready(store, sandbox)
    cancel = CancelToken()

    def progress(p: PartnerProgress) -> None:
        if p.state == "running" and p.fetched:
            cancel.cancel()

    report = sync_apart(store, progress, cancel)
    assert report.cancelled
    assert not multiprocessing.active_children()  # the process has ended
    # What it stored before stopping is kept, and the next sync finishes the rest.
    assert sync_apart(store, lambda _p: None, CancelToken()).ok


def test_an_error_in_the_sync_apart_is_told_in_its_own_words(store: Store) -> None:
    with pytest.raises(ProfileMissing) as raised:
        # Partners but no profile: the sync refuses, in the process of its own.
        from caseworker.sandbox.network import SandboxNetwork as Network

        with Network(people=20) as sandbox:
            configure_partners(store, sandbox.partner_configs())
            sync_apart(store, lambda _p: None, CancelToken())
    assert "Choose your organisation" in raised.value.message
    assert raised.value.code == "profile_missing"


def test_a_sync_apart_killed_mid_sync_loses_nothing_and_the_next_one_finishes(
    store: Store, sandbox: SandboxNetwork, paths: Paths
) -> None:
    _ready(store, sandbox)
    killed: list[int] = []

    def progress(p: PartnerProgress) -> None:
        if p.state == "running" and p.fetched and not killed:
            process = _syncing_process()
            assert process.pid is not None
            os.kill(process.pid, signal.SIGKILL)
            killed.append(process.pid)

    with pytest.raises(SyncStopped) as stopped:
        sync_apart(store, progress, CancelToken())
    assert killed
    assert "Everything it had stored is kept" in stopped.value.message
    assert sync_apart(store, lambda _p: None, CancelToken()).ok
    with open_store(
        Paths(paths.data_dir.with_name("clean"), paths.log_dir.with_name("clean-logs"))
    ) as clean:
        _ready(clean, sandbox)
        assert SyncService(clean).sync_all().ok
        assert fingerprint(clean) == fingerprint(store)


def test_locking_the_store_ends_the_sync_apart_at_once(
    store: Store, sandbox: SandboxNetwork
) -> None:
    _ready(store, sandbox)
    pids: list[int | None] = []

    def progress(p: PartnerProgress) -> None:
        if p.state == "running" and p.fetched and not pids:
            pids.append(_syncing_process().pid)
            store.lock()

    with pytest.raises(StoreLocked):
        sync_apart(store, progress, CancelToken())
    assert pids
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()  # nothing holds the key any more
    store.unlock()
    assert sync_apart(store, lambda _p: None, CancelToken()).ok


def _active_there(shared: courtesy.Shared, answers: multiprocessing.queues.Queue[object]) -> None:
    courtesy.follow(shared)
    answers.put(courtesy.someone_active())
    answers.put(courtesy.give_way(limit=0.3))


def test_the_window_s_work_is_seen_from_the_sync_s_process() -> None:
    """A sync apart gives way to the person at the window as a sync in the window did."""
    context = multiprocessing.get_context("spawn")
    shared = courtesy.Shared(context)
    courtesy.mirror(shared)
    try:
        courtesy.started()  # the person's search is running in the window
        answers = context.Queue()
        there = context.Process(target=_active_there, args=(shared, answers))
        there.start()
        assert answers.get(timeout=30) is True
        assert answers.get(timeout=30) >= 0.29  # it waited, up to its limit
        there.join()
    finally:
        courtesy.ended()
        courtesy.mirror(None)
