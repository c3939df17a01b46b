"""Settings → Preferences (Ctrl+Shift+,): applies the sync schedule, theme and text size at
once; a new language rebuilds the window in it (MainWindow.sig_language_changed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from caseworker.preferences import Preferences, load_preferences, save_preferences
from ui import language, theme
from ui.dialogs.preferences_dialog import PreferencesDialog
from ui.i18n import tr
from ui.ops.op import on_store

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PreferencesActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = Preferences()
        self.loaded = False
        """True once the stored preferences have been read and applied."""
        action = QAction(tr("P&references…"), self, shortcut=QKeySequence("Ctrl+Shift+,"))
        action.triggered.connect(self.edit)
        window.access_actions.settings_menu.addAction(action)
        store = window.store
        on_store(window, window.taskman, lambda: load_preferences(store), self._loaded)

    def _loaded(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.apply(preferences, announce=False)
        self.loaded = True

    def edit(self) -> None:
        dialog = PreferencesDialog(self.preferences, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(dialog.preferences())

    def save(self, chosen: Preferences) -> None:
        store = self.window.store
        on_store(
            self.window,
            self.window.taskman,
            lambda: save_preferences(store, chosen),
            lambda saved: self.apply(saved, announce=True),
        )

    def apply(self, preferences: Preferences, *, announce: bool) -> None:
        """Make the window follow `preferences`; a different language rebuilds it."""
        self.preferences = preferences
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, preferences.theme, preferences.text_scale)
        self.window.set_sync_schedule(preferences.sync_minutes)
        self.window.lock_actions.set_idle_minutes(preferences.lock_minutes)
        if preferences.language != language.current():
            if language.install(preferences.language):
                self.window.sig_language_changed.emit(preferences.language)
                return
            self.window.statusBar().showMessage(tr("That language could not be loaded."))
            return
        if announce:
            self.window.statusBar().showMessage(tr("Preferences saved."))
