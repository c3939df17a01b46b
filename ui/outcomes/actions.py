"""View → Outcome figures (Ctrl+Shift+U): load them off the GUI thread, show them, and
export them as CSV or PDF (each export audited; both marked OFFICIAL)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from caseworker.services.exporting import Release
from caseworker.services.outcomes import (
    OutcomeFigures,
    load_outcomes,
    outcomes_document,
    release_outcomes,
)
from ui.context import Context
from ui.export_file import choose_target, write_released
from ui.export_pdf import pdf_bytes
from ui.i18n import tr
from ui.keymap import bind
from ui.language import current as current_language
from ui.outcomes.page import OutcomesPage
from ui.words import words_in


class OutcomesActions(QObject):
    sig_exported = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.page: OutcomesPage | None = None
        self.scope = "held"
        action = bind(QAction(tr("Outcome &figures…"), self), "outcomes")
        action.triggered.connect(self.show_outcomes)
        ctx.menus.view.addAction(action)

    def show_outcomes(self, scope: str | None = None) -> None:
        """Load the figures (for `scope`, else the last chosen) and show them."""
        self.scope = scope or self.scope
        store, chosen = self.ctx.store, self.scope
        say = words_in(current_language())
        self.ctx.read(lambda: load_outcomes(store, chosen, say), self.open)

    def open(self, figures: OutcomeFigures) -> None:
        """Show the figures as the window's page (in place of older ones)."""
        page = OutcomesPage(figures, scope=self.scope)
        page.sig_export_requested.connect(lambda fmt: self.export(fmt))
        page.sig_scope_changed.connect(self.show_outcomes)
        page.sig_close_requested.connect(self.ctx.pages.back)
        self.ctx.pages.replace(self.page, page)
        self.page = page
        self.ctx.pages.show(page, tr("Outcome figures"))
        page.scope.setFocus()

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Ask where (or use `path`, for tests and scripts) and write the figures."""
        kinds = tr("CSV files (*.csv)") if fmt == "csv" else tr("PDF files (*.pdf)")
        where = choose_target(
            self.page or self.ctx.widget,
            tr("Export the outcome figures"),
            f"outcomes.{fmt}",
            kinds,
            path,
        )
        if where is None:
            return
        ctx, store, scope = self.ctx, self.ctx.store, self.scope
        say = words_in(current_language())

        def prepared() -> tuple[str, Release]:
            figures = load_outcomes(store, scope, say)
            text = outcomes_document(figures, fmt if fmt == "csv" else "html", say)
            return text, release_outcomes(store, fmt)

        def written() -> None:
            ctx.say(tr("The outcome figures are in {file}.", file=str(where)))
            self.sig_exported.emit(str(where))

        def write(made: tuple[str, Release]) -> None:
            text, leaving = made
            data = text.encode("utf-8") if fmt == "csv" else pdf_bytes(text)  # on the GUI thread
            write_released(ctx, leaving, where, data, written)

        ctx.read(prepared, write)
