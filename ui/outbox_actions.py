"""View → Outbox (Ctrl+Shift+O), and the Sync panel's count of items waiting to be sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from caseworker.views.outbox import OutboxEntry, list_outbox
from ui.dialogs.outbox_dialog import OutboxDialog
from ui.i18n import tr
from ui.ops.op import QueryOp

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class OutboxActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: OutboxDialog | None = None
        action = QAction(tr("&Outbox…"), self, shortcut=QKeySequence("Ctrl+Shift+O"))
        action.triggered.connect(self.show_outbox)
        window.access_actions.view_menu.addAction(action)
        window.sync_panel.sig_outbox_requested.connect(self.show_outbox)
        window.sig_sync_finished.connect(lambda _report: self.refresh())
        window.bus.sig_changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Re-read the outbox: the panel's count, and the dialog if it is open."""
        QueryOp(
            parent=self.window, op=lambda: list_outbox(self.window.store), success=self._loaded
        ).run_on_store(self.window.taskman)

    def _loaded(self, entries: list[OutboxEntry]) -> None:
        self.window.sync_panel.show_outbox_waiting(sum(1 for e in entries if e.status == "queued"))
        if self.dialog is not None:
            self.dialog.show_entries(entries)

    def show_outbox(self) -> None:
        QueryOp(
            parent=self.window, op=lambda: list_outbox(self.window.store), success=self._open
        ).run_on_store(self.window.taskman)

    def _open(self, entries: list[OutboxEntry]) -> None:
        if self.dialog is None:
            self.dialog = OutboxDialog(entries, self.window)
        else:
            self.dialog.show_entries(entries)
        self.window.sync_panel.show_outbox_waiting(sum(1 for e in entries if e.status == "queued"))
        self.dialog.show()
        self.dialog.raise_()
