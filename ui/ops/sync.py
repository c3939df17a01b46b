"""Running a sync of every partner in the background, with progress as Qt signals.

The sync itself is the core's SyncService; this adapter only moves its plain progress
values onto the GUI thread. Cancellation is cooperative, between partner pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from caseworker.store.store import Store
from caseworker.sync.cancel import CancelToken
from caseworker.sync.engine import PartnerProgress, SyncReport, SyncService
from caseworker.sync.quarantine import (
    Quarantined,
    RetryOutcome,
    list_quarantine,
    retry_quarantine,
)
from caseworker.sync.status import PartnerStatus, partner_statuses
from ui.ops.op import QueryOp
from ui.ops.taskman import TaskManager


class SyncRunner(QObject):
    """Starts syncs and reports them. One sync at a time."""

    sig_progress_changed = Signal(object)  # PartnerProgress
    sig_sync_finished = Signal(object)  # SyncReport
    sig_sync_failed = Signal(object)  # BaseException

    def __init__(self, store: Store, taskman: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._taskman = taskman
        self._cancel: CancelToken | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, *, scheduled: bool = False) -> bool:
        """Begin a sync; False if one is already running. A scheduled one skips paused
        partners."""
        if self._cancel is not None:
            return False
        cancel = self._cancel = CancelToken()
        store = self._store
        emit = self.sig_progress_changed.emit  # thread-safe: queued to the GUI thread

        def op() -> SyncReport:
            def report(progress: PartnerProgress) -> None:
                emit(progress)

            return SyncService(store).sync_all(progress=report, cancel=cancel, scheduled=scheduled)

        self._taskman.run_on_partners(op, self._on_done, self._on_failed)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _on_done(self, report: SyncReport) -> None:
        self._cancel = None
        self.sig_sync_finished.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        self._cancel = None
        self.sig_sync_failed.emit(error)


def load_statuses(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    success: Callable[[list[PartnerStatus]], None],
) -> None:
    """Each partner's last success and pause, for the sync panel (runs on the store worker)."""
    QueryOp(parent=parent, op=lambda: partner_statuses(store), success=success).run_on_store(
        taskman
    )


def load_quarantine(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    success: Callable[[list[Quarantined]], None],
) -> None:
    QueryOp(parent=parent, op=lambda: list_quarantine(store), success=success).run_on_store(taskman)


def retry_set_aside(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    success: Callable[[tuple[RetryOutcome, list[Quarantined]]], None],
) -> None:
    def op() -> tuple[RetryOutcome, list[Quarantined]]:
        return retry_quarantine(store), list_quarantine(store)

    QueryOp(parent=parent, op=op, success=success).run_on_store(taskman)
