"""Settings → Preferences (Ctrl+Shift+,): applies the sync schedule, theme and text size at
once; a new language rebuilds the window in it (the bus's sig_language_changed)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from caseworker.preferences import Preferences, load_preferences, save_preferences
from ui import language, theme
from ui.context import Context
from ui.i18n import tr
from ui.keymap import bind
from ui.preferences.dialog import PreferencesDialog


class PreferencesActions(QObject):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.preferences = Preferences()
        self.loaded = False
        """True once the stored preferences have been read and applied."""
        action = bind(QAction(tr("P&references…"), self), "preferences")
        action.triggered.connect(self.edit)
        ctx.menus.settings.addAction(action)
        ctx.bus.sig_preferences_applied.connect(self._follow)
        store = ctx.store
        ctx.read(lambda: load_preferences(store), self._loaded)

    def _follow(self, preferences: Preferences) -> None:
        """Preferences saved elsewhere (the chronology's order) are the ones to edit next."""
        self.preferences = preferences

    def _loaded(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.apply(preferences, announce=False)
        self.loaded = True

    def edit(self) -> None:
        dialog = PreferencesDialog(self.preferences, self.ctx.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(dialog.preferences())

    def save(self, chosen: Preferences) -> None:
        store = self.ctx.store
        self.ctx.read(
            lambda: save_preferences(store, chosen), lambda saved: self.apply(saved, announce=True)
        )

    def apply(self, preferences: Preferences, *, announce: bool) -> None:
        """Make the window follow `preferences`; a different language rebuilds it."""
        self.preferences = preferences
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, preferences.theme, preferences.text_scale)
        self.ctx.bus.sig_preferences_applied.emit(preferences)  # the sync schedule, the lock
        if preferences.language != language.current():
            if language.install(preferences.language):
                self.ctx.bus.sig_language_changed.emit(preferences.language)
                return
            self.ctx.say(tr("That language could not be loaded."))
            return
        if announce:
            self.ctx.say(tr("Preferences saved."))
