"""View → Audit log (Ctrl+Shift+L): the log checked and read on the store worker, then shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from caseworker.audit.chain import ChainReport
from caseworker.audit.log import AuditRecord
from caseworker.services.reading import audit_overview
from ui.dialogs.audit_page import AuditPage
from ui.i18n import tr
from ui.ops.op import on_store

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SHOWN = 5000
"""The newest entries the page lists; `audit list --limit N` reads further back."""


class AuditActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: AuditPage | None = None
        action = QAction(tr("Audit &log…"), self, shortcut=QKeySequence("Ctrl+Shift+L"))
        action.triggered.connect(self.show_log)
        window.access_actions.view_menu.addAction(action)

    def show_log(self) -> None:
        store = self.window.store

        on_store(self.window, self.window.taskman, lambda: audit_overview(store, SHOWN), self._show)

    def _show(self, result: tuple[ChainReport, list[AuditRecord]]) -> None:
        if self.page is not None:
            self.page.close()
        self.page = AuditPage(*result, parent=self.window)
        self.page.show()
