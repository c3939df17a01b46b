"""The only module that creates threads.

Two executors: a single worker for the encrypted store, so reads and writes from the UI are
serialised, and a small pool for partner work (sync), which opens its own store sessions.
Results come back to the GUI thread through a queued signal; callbacks always run there.
A store job that follows the person's own key or click (within ANSWERING_S) is theirs: a
sync gives way to it until its answer has been shown (caseworker/store/courtesy.py). The
window's own refreshes are not: a sync does not slow down for them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from caseworker.services.sync import window_work_ended, window_work_started

T = TypeVar("T")

ANSWERING_S = 2.0
"""How long after a key press or a click the store work started is taken as its answer."""
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class TaskManager(QObject):
    """Runs callables off the GUI thread and delivers their outcome on it."""

    _sig_finished = Signal(object, object, object, bool)  # callback, errback, future, own

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._partners = ThreadPoolExecutor(max_workers=2, thread_name_prefix="partners")
        self._sig_finished.connect(self._on_finished)
        self._closed = False
        self._last_input = -ANSWERING_S
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def last_input(self) -> float:
        """When (time.monotonic) the person last pressed a key or clicked."""
        return self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def run_on_store(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> Future[T]:
        answering = time.monotonic() - self._last_input < ANSWERING_S
        return self._submit(self._store, fn, on_done, on_error, window_work=answering)

    def run_on_partners(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> Future[T]:
        return self._submit(self._partners, fn, on_done, on_error)

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        *,
        window_work: bool = False,
    ) -> Future[T]:
        if self._closed:  # the window is closing: nothing new starts, nothing is reported
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        if window_work:
            window_work_started()  # ended once its answer is shown, or dropped
        future = pool.submit(fn)
        future.add_done_callback(lambda f: self._deliver(on_done, on_error, f, window_work))
        return future

    def _deliver(self, on_done: Any, on_error: Any, future: Future[Any], own: bool) -> None:
        if not self._closed:
            self._sig_finished.emit(on_done, on_error, future, own)  # queued to the GUI thread
        elif own:
            window_work_ended()

    def _on_finished(self, on_done: Any, on_error: Any, future: Future[Any], own: bool) -> None:
        try:
            if future.cancelled() or self._closed:
                return  # a result that arrives after shutdown has no window left to show it in
            error = future.exception()
            if error is not None:
                on_error(error)
            else:
                on_done(future.result())
        finally:
            if own:
                window_work_ended()

    def shutdown(self, *, wait: bool = True) -> None:
        """Drop queued jobs and (by default) wait for running ones to finish."""
        self._closed = True
        self._store.shutdown(wait=wait, cancel_futures=True)
        self._partners.shutdown(wait=wait, cancel_futures=True)
