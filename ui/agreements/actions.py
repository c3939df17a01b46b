"""View → Agreements (Ctrl+Shift+A): the agreements held, importing a signed one for a
partner, and the authoring steps for a data protection officer (ui.agreements.authoring)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from caseworker.services.agreements import Imported, import_agreement, partner_ids
from caseworker.services.reading import agreement_list
from caseworker.views.agreements import AgreementSummary
from ui import labels
from ui.agreements.authoring import AgreementAuthoring
from ui.agreements.page import AgreementsPage
from ui.context import Context
from ui.i18n import tr
from ui.keymap import bind


class AgreementActions(QObject):
    sig_agreement_imported = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.agreements_page: AgreementsPage | None = None
        self.authoring: AgreementAuthoring | None = None
        agreements = bind(QAction(tr("&Agreements…"), self), "agreements")
        agreements.triggered.connect(self.show_agreements)
        ctx.menus.view.addAction(agreements)

    def show_agreements(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: agreement_list(store), self.open_agreements)

    def open_agreements(self, summaries: list[AgreementSummary]) -> None:
        if self.agreements_page is not None:
            self.agreements_page.close()
        self.agreements_page = AgreementsPage(summaries, self.ctx.widget)
        self.agreements_page.sig_import_requested.connect(lambda: self.import_agreement())
        authoring = AgreementAuthoring(self.agreements_page)
        steps: dict[str, Callable[[], object]] = {
            "draft": authoring.new_draft,
            "key": authoring.new_key,
            "sign": authoring.sign,
        }
        self.agreements_page.sig_authoring.connect(lambda step: steps[step]())
        self.authoring = authoring
        self.agreements_page.show()

    def import_agreement(self, path: Path | None = None, partner_id: str | None = None) -> None:
        """Ask for the signed file and the partner it is from, then check and hold it
        (caseworker.services.agreements): a mismatch is refused in words, nothing held."""
        parent: QWidget = self.agreements_page or self.ctx.widget
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                parent, tr("Import a signed agreement"), "", tr("Agreements (*.json)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            QMessageBox.warning(
                parent,
                tr("The agreement was not imported"),
                tr("{file} cannot be read.", file=str(path)),
            )
            return
        store = self.ctx.store

        def chosen_partner(partners: list[str]) -> None:
            picked = partner_id
            if picked is None:
                if not partners:
                    QMessageBox.information(
                        parent,
                        tr("The agreement was not imported"),
                        tr("Add the partner first (Settings → Partners)."),
                    )
                    return
                picked, ok = QInputDialog.getItem(
                    parent, tr("Which partner is it from?"), tr("Partner:"), partners, 0, False
                )
                if not ok:
                    return
            self.ctx.read(lambda: import_agreement(store, str(picked), raw), self._imported)

        self.ctx.read(lambda: partner_ids(store), chosen_partner)

    def _imported(self, held: Imported) -> None:
        self.ctx.say(
            tr(
                "Imported {agreement} v{version}: {status}.",
                agreement=held.agreement_id,
                version=held.version,
                status=labels.agreement_status(held.status),
            )
        )
        self.sig_agreement_imported.emit(held.agreement_id)
        self.show_agreements()
