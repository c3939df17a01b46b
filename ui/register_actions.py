"""View → Data-flow register (Ctrl+Shift+R): load the register off the GUI thread, show it,
and export it as CSV (audited)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from caseworker.insight.register import RegisterRow
from caseworker.services.register import export_register, load_register
from ui.dialogs.register_page import RegisterPage
from ui.export_file import choose_target
from ui.i18n import tr
from ui.ops.op import on_store

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class RegisterActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: RegisterPage | None = None
        action = QAction(tr("Data-flow &register…"), self, shortcut=QKeySequence("Ctrl+Shift+R"))
        action.triggered.connect(self.show_register)
        window.access_actions.view_menu.addAction(action)

    def show_register(self) -> None:
        store = self.window.store
        on_store(self.window, self.window.taskman, lambda: load_register(store), self._open)

    def _open(self, rows: list[RegisterRow]) -> None:
        if self.page is not None:
            self.page.close()
        self.page = RegisterPage(rows, self.window)
        self.page.sig_export_requested.connect(lambda: self.export())
        self.page.show()

    def export(self, path: Path | None = None) -> None:
        """Ask where (or use `path`, for tests and scripts) and write the register as CSV."""
        where = choose_target(
            self.page or self.window,
            tr("Export the data-flow register"),
            "data-flow-register.csv",
            tr("CSV files (*.csv)"),
            path,
        )
        if where is None:
            return
        store = self.window.store

        def done(count: int) -> None:
            self.window.statusBar().showMessage(
                tr("The register ({count} flows) is in {file}.", count=count, file=str(where))
            )

        on_store(
            self.window,
            self.window.taskman,
            lambda: export_register(store, where, force=True),
            done,
        )
