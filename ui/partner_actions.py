"""Settings → Partners (Ctrl+Shift+P): add, edit, test and remove partner connections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from caseworker.partners.config import PartnerConfig
from caseworker.services.partner_check import PartnerCheck
from ui.dialogs.partner_form import PartnerForm
from ui.dialogs.partners_dialog import PartnersDialog
from ui.i18n import tr
from ui.ops.partners import Listing, check, load_partner_list, remove, save

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PartnerActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PartnersDialog | None = None
        action = QAction(tr("&Partners…"), self, shortcut=QKeySequence("Ctrl+Shift+P"))
        action.triggered.connect(self.show)
        window.access_actions.settings_menu.addAction(action)

    def show(self) -> None:
        if self.dialog is None:
            self.dialog = PartnersDialog(self.window)
            self.dialog.sig_add.connect(lambda: self.edit(None))
            self.dialog.sig_edit.connect(self.edit)
            self.dialog.sig_test.connect(self.test)
            self.dialog.sig_remove.connect(self.remove)
        self.reload()
        self.dialog.show()

    def reload(self) -> None:
        load_partner_list(
            parent=self.window,
            taskman=self.window.taskman,
            store=self.window.store,
            success=self._listed,
        )

    def _listed(self, listing: Listing) -> None:
        if self.dialog is not None:
            self.dialog.show_partners(listing)

    def edit(self, config: PartnerConfig | None) -> None:
        form = PartnerForm(config, self.dialog)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        save(
            parent=self.window,
            taskman=self.window.taskman,
            store=self.window.store,
            config=form.config(),
            secret=form.secret_text(),
            success=lambda _: self.reload(),
        )

    def test(self, config: PartnerConfig) -> None:
        if self.dialog is not None:
            self.dialog.status.setText(tr("Checking {partner}…", partner=config.name))
        check(
            parent=self.window,
            taskman=self.window.taskman,
            store=self.window.store,
            config=config,
            success=lambda result: self._tested(config, result),
        )

    def _tested(self, config: PartnerConfig, result: PartnerCheck) -> None:
        if self.dialog is None:
            return
        if not result.reached:
            text = "✗ " + tr(
                "{partner}: {error}", partner=config.name, error=" ".join(result.problems)
            )
            self.dialog.status.setText(text)
            return
        lines = [
            ("✓ " if result.ok else "✗ ")
            + tr(
                "{partner} answered in {seconds:.2f} s. Agreements in force: {agreements}.",
                partner=config.name,
                seconds=result.seconds,
                agreements=", ".join(result.in_force) or tr("none"),
            )
        ]
        lines += [
            tr(
                "{kind}: {read} read, {kept} would be kept, {withheld} withheld, "
                "{quarantined} quarantined.",
                kind=p.kind,
                read=p.read,
                kept=p.kept,
                withheld=p.withheld,
                quarantined=sum(p.quarantined.values()),
            )
            for p in result.previews
        ]
        lines += [tr("Problem: {problem}", problem=tr(p)) for p in result.problems]
        self.dialog.status.setText("\n".join(lines))

    def remove(self, config: PartnerConfig) -> None:
        answer = QMessageBox.question(
            self.dialog,
            tr("Remove partner"),
            tr(
                "Remove {partner}, and everything it has shared from this computer?",
                partner=config.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        remove(
            parent=self.window,
            taskman=self.window.taskman,
            store=self.window.store,
            partner_id=config.partner_id,
            force=False,
            success=lambda _: self.reload(),
        )
