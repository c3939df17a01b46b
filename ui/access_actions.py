"""The access features' menu actions and their handlers, kept out of the main window.

Settings → Profile (Ctrl+,), View → Agreements (Ctrl+Shift+A), Help → what the labels mean,
and recording consent from a citizen's Access tab.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

from caseworker.agreements.access import KnownAgreement
from caseworker.changes import Changes
from caseworker.exports.audited import Release, attempt
from caseworker.insight.consent_words import ConsentExplanation, explain_consent, explanation_html
from caseworker.profile import Profile
from caseworker.services.agreements import Imported, import_agreement
from caseworker.services.reading import held_agreements
from caseworker.sync.partners import load_partners
from caseworker.sync.profile_change import ProfileChange
from caseworker.views.agreements import AgreementSummary
from ui import labels
from ui.agreement_authoring import AgreementAuthoring
from ui.dialogs.agreements_page import AgreementsPage
from ui.dialogs.consent_dialog import ConsentDialog
from ui.dialogs.profile_dialog import ProfileDialog
from ui.export_file import choose_target, write_released
from ui.export_pdf import pdf_bytes
from ui.i18n import plural, tr
from ui.ops.access import change_profile, load_agreements, load_current_profile, save_consent
from ui.ops.op import on_store
from ui.views.access_tab import LEGEND

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class AccessActions(QObject):
    sig_consent_printed = Signal(str)
    sig_agreement_imported = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.profile: Profile | None = None
        self.agreements_page: AgreementsPage | None = None
        self.authoring: AgreementAuthoring | None = None
        bar = window.menuBar()
        before_help = window.help_menu.menuAction()
        view_menu = self.view_menu = QMenu(tr("&View"), bar)
        bar.insertMenu(before_help, view_menu)
        agreements = QAction(tr("&Agreements…"), self, shortcut=QKeySequence("Ctrl+Shift+A"))
        agreements.triggered.connect(self.show_agreements)
        view_menu.addAction(agreements)
        settings = self.settings_menu = QMenu(tr("&Settings"), bar)
        bar.insertMenu(before_help, settings)
        profile = QAction(tr("&Profile…"), self, shortcut=QKeySequence("Ctrl+,"))
        profile.triggered.connect(self.edit_profile)
        settings.addAction(profile)
        legend = QAction(tr("What the &access labels mean"), self)
        legend.triggered.connect(self.show_legend)
        window.help_menu.insertAction(window.help_menu.actions()[0], legend)
        window.page.access.sig_record_consent.connect(self.record_consent)
        load_current_profile(
            parent=window, taskman=window.taskman, store=window.store, success=self._set_profile
        )

    def _set_profile(self, profile: Profile | None) -> None:
        self.profile = profile

    def show_legend(self) -> None:
        QMessageBox.information(
            self.window,
            tr("What the access labels mean"),
            "\n".join(f"{glyph}{tr(word)} — {tr(meaning)}" for glyph, word, meaning in LEGEND),
        )

    def show_agreements(self) -> None:
        load_agreements(
            parent=self.window,
            taskman=self.window.taskman,
            store=self.window.store,
            success=self._open_agreements,
        )

    def _open_agreements(self, summaries: list[AgreementSummary]) -> None:
        if self.agreements_page is not None:
            self.agreements_page.close()
        self.agreements_page = AgreementsPage(summaries, self.window)
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
        parent = self.agreements_page or self.window
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
        store, window = self.window.store, self.window

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
            on_store(
                parent,
                window.taskman,
                lambda: import_agreement(store, str(picked), raw),
                self._imported,
            )

        on_store(
            parent,
            window.taskman,
            lambda: [p.partner_id for p in load_partners(store)],
            chosen_partner,
        )

    def _imported(self, held: Imported) -> None:
        self.window.statusBar().showMessage(
            tr(
                "Imported {agreement} v{version}: {status}.",
                agreement=held.agreement_id,
                version=held.version,
                status=labels.agreement_status(held.status),
            )
        )
        self.sig_agreement_imported.emit(held.agreement_id)
        self.show_agreements()

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self.profile, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.profile()
        change_profile(
            parent=self.window,
            taskman=self.window.taskman,
            store=self.window.store,
            profile=chosen,
            success=lambda change: self._profile_applied(chosen, change),
        )

    def _profile_applied(self, profile: Profile, change: ProfileChange) -> None:
        self.profile = profile
        if not change.changed:
            return
        removed = sum(p.records_removed for p in change.purges)
        self.window.statusBar().showMessage(
            plural(
                removed,
                "Profile changed: {count} record removed that it may not see. Syncing…",
                "Profile changed: {count} records removed that it may not see. Syncing…",
            )
        )
        current = self.window.page.view
        if current is not None:
            self.window.open_citizen(current.citizen_id)
        self.window.start_sync()

    def record_consent(self) -> None:
        """Read the agreements in force (for the explanation), then ask for the decision."""
        view = self.window.page.view
        if view is None:
            return
        store = self.window.store

        on_store(
            self.window,
            self.window.taskman,
            lambda: held_agreements(store),
            lambda known: self._ask_consent(known),
        )

    def _ask_consent(self, known: list[KnownAgreement]) -> None:
        view = self.window.page.view
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

        dialog = ConsentDialog(name, providers, self.window, explain=explain)
        dialog.sig_print_requested.connect(
            lambda provider, purpose: self.print_consent(citizen, name, explain(provider, purpose))
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        who = (
            self.profile.display_name
            if self.profile and self.profile.display_name
            else tr("this user")
        )
        save_consent(
            parent=self.window,
            taskman=self.window.taskman,
            store=self.window.store,
            citizen_id=citizen,
            recorded_by=who,
            bus=self.window.bus,
            success=self._consent_saved,
            **dialog.values(),
        )

    def print_consent(
        self, citizen_id: int, name: str, words: ConsentExplanation, path: Path | None = None
    ) -> None:
        """Save the explanation as a marked PDF to print (audited: it names the person)."""
        where = choose_target(
            self.window,
            tr("Save the explanation to print"),
            "consent.pdf",
            tr("PDF files (*.pdf)"),
            path,
        )
        if where is None:
            return
        window, store = self.window, self.window.store
        leaving = Release("consent_words", "pdf", citizen_id)

        def written() -> None:
            window.statusBar().showMessage(tr("Saved to print: {file}", file=str(where)))
            self.sig_consent_printed.emit(str(where))

        def write(html: str) -> None:
            data = pdf_bytes(html)  # Qt's PDF writer: on the GUI thread
            write_released(window, window.taskman, store, leaving, where, data, written)

        def released() -> str:
            attempt(store, leaving)
            return explanation_html(words, name)

        on_store(window, window.taskman, released, write)

    def _consent_saved(self, changes: Changes) -> None:
        self.window.statusBar().showMessage(tr("Consent recorded."))
        for citizen_id in changes.citizens:  # what consent allows is shown, or hidden, now
            self.window.open_citizen(citizen_id)
