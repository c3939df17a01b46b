"""Settings → Set a PIN… / Change PIN…: the store is closed, encrypted again with the new
PIN, and opened again; the window stays where it was. Removing a PIN (where the organisation
allows it) is `python main.py store pin remove`, with the window closed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ui.context import Context
from ui.i18n import tr
from ui.lock.pin_flow import choose_pin
from ui.sync.runner import SyncRunner


class PinActions(QObject):
    def __init__(self, ctx: Context, runner: SyncRunner) -> None:
        super().__init__(ctx)
        self.ctx, self.runner = ctx, runner
        self.action = QAction(self._label(), self)
        self.action.triggered.connect(self.change)
        ctx.menus.settings.addAction(self.action)

    def _label(self) -> str:
        return tr("Change P&IN…") if self.ctx.store.needs_pin else tr("Set a P&IN…")

    def change(self) -> None:
        store = self.ctx.store
        if store.paths is None:
            return
        if self.runner.running:
            QMessageBox.information(
                self.ctx.widget,
                tr("A sync is running"),
                tr("The PIN can be changed when the sync has finished."),
            )
            return
        chosen = choose_pin(
            self.ctx.widget,
            self.ctx.taskman,
            store.paths,
            allow_insecure_keyring=store.info.insecure_keyring,
            store=store,
        )
        if chosen is not None:
            self.action.setText(self._label())
            self.ctx.say(
                tr("Your PIN is set. Caseworker will ask for it when it opens or unlocks."), 10_000
            )
