"""View → Data-flow register (Ctrl+Shift+R): load the register off the GUI thread, show it,
and export it as CSV (audited)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from caseworker.services.register import RegisterRow, export_register, load_register
from ui.context import Context
from ui.export_file import choose_target
from ui.i18n import tr
from ui.keymap import bind
from ui.language import current as current_language
from ui.register.page import RegisterPage
from ui.words import words_in


class RegisterActions(QObject):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.page: RegisterPage | None = None
        action = bind(QAction(tr("Data-flow &register…"), self), "register")
        action.triggered.connect(self.show_register)
        ctx.menus.view.addAction(action)

    def show_register(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: load_register(store), self.open)

    def open(self, rows: list[RegisterRow]) -> None:
        """Show the register as the window's page (in place of an older one)."""
        page = RegisterPage(rows)
        page.sig_export_requested.connect(lambda: self.export())
        page.sig_close_requested.connect(self.ctx.pages.back)
        self.ctx.pages.replace(self.page, page)
        self.page = page
        self.ctx.pages.show(page, tr("Data-flow register"))
        page.table.setFocus()

    def export(self, path: Path | None = None) -> None:
        """Ask where (or use `path`, for tests and scripts) and write the register as CSV."""
        where = choose_target(
            self.page or self.ctx.widget,
            tr("Export the data-flow register"),
            "data-flow-register.csv",
            tr("CSV files (*.csv)"),
            path,
        )
        if where is None:
            return
        store, say = self.ctx.store, words_in(current_language())

        def done(count: int) -> None:
            self.ctx.say(
                tr("The register ({count} flows) is in {file}.", count=count, file=str(where))
            )

        self.ctx.read(
            lambda: export_register(store, where, force=True, say=say),
            done,
        )
