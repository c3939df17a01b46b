"""File → Export chronology (Ctrl+E), File → Subject access report, and the chronology
tab's Export button.

The chronology entries written are the ones the chronology filter shows. The user is told
that the file leaves the encrypted store before it is written. The export is recorded in
the audit log on the store worker first; only then is the file written, owner-only, and
recorded as written or failed (ui/export_file.py). `sig_exported` carries the file once it
is in place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from caseworker.services.exporting import (
    Document,
    Release,
    release,
    subject_access,
    to_csv,
    to_html,
)
from caseworker.views.citizen import CitizenView
from caseworker.words import preferred_or
from ui.context import Context
from ui.export_file import choose_target, document_name, write_released
from ui.export_pdf import pdf_bytes
from ui.i18n import tr
from ui.keymap import bind
from ui.language import current as current_language
from ui.person.page import CitizenPage
from ui.words import LANGUAGE_NAMES, words_in


class ExportActions(QObject):
    sig_exported = Signal(Path)

    def __init__(self, ctx: Context, page: CitizenPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        chronology = bind(QAction(tr("&Export chronology…"), self), "export_chronology")
        chronology.triggered.connect(lambda: self.export_chronology())
        report = QAction(tr("Subject &access report…"), self)
        report.triggered.connect(lambda: self.export_subject_access())
        for action in (chronology, report):
            ctx.menus.file.insertAction(ctx.menus.quit, action)
        page.chronology_bar.sig_export_requested.connect(lambda: self.export_chronology())

    def _confirm(self, what: str) -> bool:
        answer = QMessageBox.warning(
            self.ctx.widget,
            tr("Personal data is leaving the encrypted store"),
            tr(
                "The file will hold {what} outside Caseworker's encrypted store. Keep it "
                "only as long as you need it and share it only under your data-sharing "
                "agreements. The export is recorded in the audit log.",
                what=what,
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Ok

    def export_chronology(self, path: Path | None = None) -> None:
        """Ask where (unless `path` is given), warn, audit, write (PDF, or CSV by suffix)."""
        view = self.page.view
        if view is None:
            self.ctx.say(tr("Open a person first."))
            return
        path = choose_target(
            self.ctx.widget,
            tr("Export chronology"),
            document_name(tr("Chronology"), _name(view), ".pdf"),
            tr("PDF document (*.pdf);;CSV spreadsheet (*.csv)"),
            path,
        )
        items = self.page.chronology_shown
        if path is None or not self._confirm(
            tr("{count} chronology entries about this person", count=len(items))
        ):
            return
        csv = path.suffix.lower() == ".csv"
        say = words_in(current_language())
        text = to_csv(items, say) if csv else to_html(view, items, say=say)
        document = Document("chronology", view.citizen_id, text, len(items))
        store = self.ctx.store
        self.ctx.read(
            lambda: release(store, document, "csv" if csv else "pdf"),
            lambda leaving: self._write(document, leaving, path, tr("Chronology saved to {file}.")),
        )

    def export_subject_access(self, path: Path | None = None, language: str | None = None) -> None:
        """Everything held about the open person, with sources and who used it: PDF or HTML,
        in the language asked for (the interface's, unless the user chooses the other)."""
        view = self.page.view
        if view is None:
            self.ctx.say(tr("Open a person first."))
            return
        if language is None:  # the person's own language where it is one Caseworker writes
            usual = preferred_or(view.identity.language, current_language())
            language = self._ask_language(usual) if path is None else usual
            if language is None:
                return
        say = words_in(language)
        path = choose_target(
            self.ctx.widget,
            tr("Subject access report"),
            document_name(say("Subject access report"), _name(view), ".pdf"),
            tr("PDF document (*.pdf);;Web page (*.html)"),
            path,
        )
        if path is None or not self._confirm(tr("everything held about this person")):
            return
        store, citizen_id = self.ctx.store, view.citizen_id
        fmt = "html" if path.suffix.lower() in (".html", ".htm") else "pdf"

        def produce() -> tuple[Document, Release]:
            document = subject_access(store, citizen_id, say)
            return document, release(store, document, fmt)

        self.ctx.read(
            produce,
            lambda made: self._write(*made, path, tr("Report saved to {file}.")),
        )

    def _ask_language(self, usual: str) -> str | None:
        """English or Welsh, `usual` (the person's, else the interface's) first; None if the
        user cancels."""
        box = QMessageBox(self.ctx.widget)
        box.setWindowTitle(tr("Language of the report"))
        box.setText(tr("Which language should the subject access report be in?"))
        buttons = {
            code: box.addButton(name, QMessageBox.ButtonRole.AcceptRole)
            for code, name in LANGUAGE_NAMES.items()
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[usual])
        box.exec()
        return next((code for code, b in buttons.items() if box.clickedButton() is b), None)

    def _write(self, document: Document, leaving: Release, path: Path, done: str) -> None:
        """Print a PDF here (Qt's writer wants the GUI thread), then write on the worker."""
        pdf = path.suffix.lower() == ".pdf"
        data = pdf_bytes(document.text) if pdf else document.text.encode("utf-8")

        def written() -> None:
            self.ctx.say(done.replace("{file}", path.name))
            self.sig_exported.emit(path)

        write_released(self.ctx, leaving, path, data, written)


def _name(view: CitizenView) -> str:
    name = view.identity.name.preferred
    return name.value if name is not None else tr("person {id}", id=view.citizen_id)
