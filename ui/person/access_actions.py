"""The Access tab's actions: Help → what the access labels mean, recording a citizen's consent
decision, and printing consent explained in plain words for the citizen to keep.

Recording consent is a write: its Changes reopen the person's page, so what consent allows
is shown, or hidden, at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from caseworker.services.consent import (
    ConsentExplanation,
    KnownAgreement,
    explain_consent,
    explanation_html,
    record_consent,
)
from caseworker.services.exporting import Release, attempt
from caseworker.services.reading import held_agreements
from ui.context import Context
from ui.export_file import choose_target, write_released
from ui.export_pdf import pdf_bytes
from ui.i18n import tr
from ui.language import current as current_language
from ui.person.access_tab import LEGEND
from ui.person.consent_dialog import ConsentDialog
from ui.person.page import CitizenPage
from ui.words import words_in


class AccessActions(QObject):
    sig_consent_printed = Signal(str)

    def __init__(self, ctx: Context, page: CitizenPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        legend = QAction(tr("What the access &labels mean"), self)
        legend.triggered.connect(self.show_legend)
        ctx.menus.help.insertAction(ctx.menus.help.actions()[0], legend)
        page.access.sig_record_consent.connect(self.record_consent)

    def show_legend(self) -> None:
        QMessageBox.information(
            self.ctx.widget,
            tr("What the access labels mean"),
            "\n".join(f"{glyph}{tr(word)} — {tr(meaning)}" for glyph, word, meaning in LEGEND),
        )

    def record_consent(self) -> None:
        """Read the agreements in force (for the explanation), then ask for the decision."""
        if self.page.view is None:
            return
        store = self.ctx.store
        self.ctx.read(lambda: held_agreements(store), self._ask_consent)

    def _ask_consent(self, known: list[KnownAgreement]) -> None:
        view = self.page.view
        if view is None:
            return
        name = (
            view.identity.name.preferred.value
            if view.identity.name.preferred
            else tr("this person")
        )
        providers = sorted({r.partner_id for r in view.records} - {view.viewer.org})
        citizen = view.citizen_id

        def explain(provider: str, purpose: str) -> ConsentExplanation:
            return explain_consent(known, provider, purpose)

        dialog = ConsentDialog(
            name,
            providers,
            self.ctx.widget,
            explain=explain,
            prefers=view.identity.language,
        )
        dialog.sig_print_requested.connect(
            lambda provider, purpose, code: self.print_consent(
                citizen, name, explain(provider, purpose), language=code
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_consent(citizen, dialog.values())

    def save_consent(self, citizen_id: int, values: dict[str, str]) -> None:
        """Record the decision (`values`: provider, purpose, state and method)."""
        store, who = self.ctx.store, self.ctx.user_name(tr("this user"))
        self.ctx.write(
            lambda: record_consent(
                store,
                citizen_id=citizen_id,
                provider=values["provider"],
                purpose=values["purpose"],
                state=values["state"],
                method=values["method"],
                recorded_by=who,
            ),
            lambda _changes: self.ctx.say(tr("Consent recorded.")),
        )

    def print_consent(
        self,
        citizen_id: int,
        name: str,
        words: ConsentExplanation,
        path: Path | None = None,
        *,
        language: str | None = None,
    ) -> None:
        """Save the explanation as a marked PDF to print (audited: it names the person), in
        `language` (the interface's unless another is asked for)."""
        say = words_in(language or current_language())
        where = choose_target(
            self.ctx.widget,
            tr("Save the explanation to print"),
            "consent.pdf",
            tr("PDF files (*.pdf)"),
            path,
        )
        if where is None:
            return
        ctx, store = self.ctx, self.ctx.store
        leaving = Release("consent_words", "pdf", citizen_id)

        def written() -> None:
            ctx.say(tr("Saved to print: {file}", file=str(where)))
            self.sig_consent_printed.emit(str(where))

        def write(html: str) -> None:
            data = pdf_bytes(html)  # Qt's PDF writer: on the GUI thread
            write_released(ctx, leaving, where, data, written)

        def released() -> str:
            attempt(store, leaving)
            return explanation_html(words, name, say)

        ctx.read(released, write)
