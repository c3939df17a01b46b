"""Settings → Set a PIN… / Change PIN…: the store is closed, encrypted again with the new
PIN, and opened again; the window stays where it was. Removing a PIN (where the organisation
allows it) is `python main.py store pin remove`, with the window closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ui.i18n import tr
from ui.pin_flow import choose_pin

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PinActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self._label(), self)
        self.action.triggered.connect(self.change)
        window.access_actions.settings_menu.addAction(self.action)

    def _label(self) -> str:
        return tr("Change &PIN…") if self.window.store.needs_pin else tr("Set a &PIN…")

    def change(self) -> None:
        window = self.window
        paths = window.store.paths
        if paths is None:
            return
        if window.runner.running:
            QMessageBox.information(
                window,
                tr("A sync is running"),
                tr("The PIN can be changed when the sync has finished."),
            )
            return
        chosen = choose_pin(
            window,
            window.taskman,
            paths,
            allow_insecure_keyring=window.store.info.insecure_keyring,
            store=window.store,
        )
        if chosen is not None:
            self.action.setText(self._label())
            window.statusBar().showMessage(
                tr("Your PIN is set. Caseworker will ask for it when it opens or unlocks."), 10_000
            )
