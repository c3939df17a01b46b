"""Settings → Partners (Ctrl+Shift+P): add, edit, test and remove partner connections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from caseworker.services.partners import (
    Listing,
    PartnerConfig,
    partner_list,
    remove_partner,
    save_partner,
)
from ui.context import Context
from ui.i18n import tr
from ui.keymap import bind
from ui.partners.form import PartnerForm
from ui.partners.page import PartnersDialog

if TYPE_CHECKING:
    from caseworker.services.partner_check import PartnerCheck


class PartnerActions(QObject):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.dialog: PartnersDialog | None = None
        action = bind(QAction(tr("Par&tners…"), self), "partners")
        action.triggered.connect(self.show)
        ctx.menus.settings.addAction(action)

    def show(self) -> None:
        if self.dialog is None:
            self.dialog = PartnersDialog(self.ctx.widget)
            self.dialog.sig_add.connect(lambda: self.edit(None))
            self.dialog.sig_edit.connect(self.edit)
            self.dialog.sig_test.connect(self.test)
            self.dialog.sig_remove.connect(self.remove)
        self.reload()
        self.dialog.show()

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: partner_list(store), self._listed)

    def _listed(self, listing: Listing) -> None:
        if self.dialog is not None:
            self.dialog.show_partners(listing)

    def edit(self, config: PartnerConfig | None) -> None:
        form = PartnerForm(config, self.dialog)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        self.save(form.config(), form.secret_text())

    def save(self, config: PartnerConfig, secret: str | None) -> None:
        """Add or change a partner (the secret, if any, goes to the OS keyring only)."""
        store = self.ctx.store
        self.ctx.write(lambda: save_partner(store, config, secret), lambda _: self.reload())

    def test(self, config: PartnerConfig) -> None:
        if self.dialog is not None:
            self.dialog.status.setText(tr("Checking {partner}…", partner=config.name))
        store = self.ctx.store

        def check() -> PartnerCheck:
            # The partner stack (HTTP, connectors, parsing) loads for the first check, not
            # at the window's start.
            from caseworker.services.partner_check import check_partner

            return check_partner(store, config)

        self.ctx.network(check, lambda result: self._tested(config, result))

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
        store = self.ctx.store
        self.ctx.write(
            lambda: remove_partner(store, config.partner_id, force=False), lambda _: self.reload()
        )
