"""File → Export chronology (Ctrl+E) and the chronology tab's Export button.

The entries written are the ones the chronology filter shows. The user is told that the
file leaves the encrypted store before it is written; it is written owner-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from caseworker.exports.chronology import to_csv, to_html
from caseworker.fileio import write_atomic
from ui.errors import show_error
from ui.export_pdf import html_to_pdf
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ExportActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        action = QAction(tr("&Export chronology…"), self, shortcut=QKeySequence("Ctrl+E"))
        action.triggered.connect(self.export_chronology)
        window.file_menu.insertAction(window.quit_action, action)
        window.page.chronology_bar.sig_export_requested.connect(self.export_chronology)

    def export_chronology(self, path: Path | None = None) -> Path | None:
        """Ask where (unless `path` is given), warn, write. Returns the file written."""
        view = self.window.page.view
        if view is None:
            self.window.statusBar().showMessage(tr("Open a person first."))
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                tr("Export chronology"),
                "chronology.pdf",
                tr("PDF document (*.pdf);;CSV spreadsheet (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        answer = QMessageBox.warning(
            self.window,
            tr("Personal data is leaving the encrypted store"),
            tr(
                "The file will hold {count} entries about this person outside Caseworker's "
                "encrypted store. Keep it only as long as you need it and share it only "
                "under your data-sharing agreements.",
                count=len(self.window.page.chronology_shown),
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return None
        items = self.window.page.chronology_shown
        try:
            if path.suffix.lower() == ".csv":
                write_atomic(path, to_csv(items).encode("utf-8"))
            else:
                html_to_pdf(to_html(view, items), path)
        except OSError as error:
            show_error(self.window, error)
            return None
        self.window.statusBar().showMessage(tr("Chronology saved to {file}.", file=path.name))
        return path
