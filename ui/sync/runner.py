"""Running a sync of every partner in the background, one at a time, with progress and stop.

The sync itself is the core's (caseworker.services.sync), in a process of its own so that it
never holds the window's interpreter (caseworker/sync/apart.py); this runs it as the
context's long job, so its plain progress values reach the GUI thread as signals. Stopping
is cooperative, between partner pages.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from caseworker.services.sync import CancelToken, SyncReport, sync_apart
from ui.context import Context


class SyncRunner(QObject):
    """Starts syncs and reports them. One sync at a time."""

    sig_progress_changed = Signal(object)  # PartnerProgress
    sig_sync_finished = Signal(object)  # SyncReport
    sig_sync_failed = Signal(object)  # BaseException

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self._cancel: CancelToken | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, *, scheduled: bool = False) -> bool:
        """Begin a sync; False if one is already running. A scheduled one skips paused
        partners."""
        if self._cancel is not None:
            return False
        store = self._ctx.store
        self._cancel = self._ctx.job(
            lambda report, cancel: sync_apart(store, report, cancel, scheduled=scheduled),
            self.sig_progress_changed.emit,
            self._on_done,
            self._on_failed,
        )
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
