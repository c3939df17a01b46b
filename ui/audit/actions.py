"""View → Audit log (Ctrl+Shift+L): the log checked and read on the store worker, then shown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from caseworker.services.reading import AuditRecord, ChainReport, audit_overview
from ui.audit.page import AuditPage
from ui.context import Context
from ui.i18n import tr
from ui.keymap import bind

SHOWN = 5000
"""The newest entries the page lists; `audit list --limit N` reads further back."""


class AuditActions(QObject):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.page: AuditPage | None = None
        action = bind(QAction(tr("Audit &log…"), self), "audit_log")
        action.triggered.connect(self.show_log)
        ctx.menus.view.addAction(action)

    def show_log(self) -> None:
        store = self.ctx.store

        self.ctx.read(lambda: audit_overview(store, SHOWN), self._show)

    def _show(self, result: tuple[ChainReport, list[AuditRecord], dict[int, str]]) -> None:
        if self.page is not None:
            self.page.close()
        report, entries, names = result
        self.page = AuditPage(report, entries, self.ctx.widget, names=names)
        self.page.show()
