"""Background work gives way to the window's: it waits while the window's work runs, never
longer than its limit."""

from __future__ import annotations

import threading
import time

from caseworker.store import courtesy


def _waiting(limit: float) -> tuple[threading.Thread, list[float]]:
    waited: list[float] = []
    thread = threading.Thread(target=lambda: waited.append(courtesy.give_way(limit)))
    thread.start()
    return thread, waited


def test_background_work_waits_until_the_windows_work_ends() -> None:
    courtesy.started()
    thread, waited = _waiting(limit=30)
    time.sleep(0.3)
    assert thread.is_alive()  # still giving way
    courtesy.ended()
    thread.join(timeout=5)
    assert not thread.is_alive() and 0.25 < waited[0] < 5
    assert courtesy.someone_active()  # just ended: a sync keeps its transactions short


def test_background_work_never_waits_beyond_its_limit() -> None:
    with courtesy.interactive():
        thread, waited = _waiting(limit=0.2)
        thread.join(timeout=5)
        assert not thread.is_alive() and waited[0] < 2


def test_nothing_to_wait_for_means_no_wait() -> None:
    thread, waited = _waiting(limit=30)
    thread.join(timeout=5)
    assert waited[0] < 0.1
