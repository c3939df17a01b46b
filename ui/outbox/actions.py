"""View → Outbox (Ctrl+Shift+O), and the Sync panel's count of items waiting to be sent."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from caseworker.views.outbox import OutboxEntry, list_outbox
from ui.context import Context
from ui.i18n import tr
from ui.keymap import bind
from ui.outbox.page import OutboxDialog
from ui.sync.panel import SyncPanel


class OutboxActions(QObject):
    def __init__(self, ctx: Context, panel: SyncPanel) -> None:
        super().__init__(ctx)
        self.ctx, self.panel = ctx, panel
        self.dialog: OutboxDialog | None = None
        action = bind(QAction(tr("&Outbox…"), self), "outbox")
        action.triggered.connect(self.show_outbox)
        ctx.menus.view.addAction(action)
        panel.sig_outbox_requested.connect(self.show_outbox)
        ctx.bus.sig_sync_finished.connect(lambda _report: self.refresh())
        ctx.bus.sig_changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Re-read the outbox: the panel's count, and the dialog if it is open."""
        store = self.ctx.store
        self.ctx.read(lambda: list_outbox(store), self._loaded)

    def _loaded(self, entries: list[OutboxEntry]) -> None:
        self.panel.show_outbox_waiting(sum(1 for e in entries if e.status == "queued"))
        if self.dialog is not None:
            self.dialog.show_entries(entries)

    def show_outbox(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: list_outbox(store), self._open)

    def _open(self, entries: list[OutboxEntry]) -> None:
        if self.dialog is None:
            self.dialog = OutboxDialog(entries, self.ctx.widget)
        else:
            self.dialog.show_entries(entries)
        self.panel.show_outbox_waiting(sum(1 for e in entries if e.status == "queued"))
        self.dialog.show()
        self.dialog.raise_()
