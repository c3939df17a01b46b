"""Settings → Profile (Ctrl+,): who the user is (organisation, role, purposes), which decides
what every agreement lets them see.

The profile is read at start and announced on the bus. A changed profile removes at once
what it may no longer see (caseworker.sync.profile_change, through the services), is
announced, and the screens that depend on it (the person page, the sync) follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from caseworker.profile import Profile
from caseworker.services.profile import ProfileChange, apply_profile
from caseworker.services.reading import current_profile
from ui.context import Context
from ui.i18n import plural, tr
from ui.keymap import bind
from ui.preferences.profile_dialog import ProfileDialog


class ProfileActions(QObject):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        profile = bind(QAction(tr("&Profile…"), self), "profile")
        profile.triggered.connect(self.edit_profile)
        ctx.menus.settings.addAction(profile)
        store = ctx.store
        ctx.read(lambda: current_profile(store), ctx.bus.sig_profile_changed.emit)

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self.ctx.profile, self.ctx.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply(dialog.profile())

    def apply(self, profile: Profile) -> None:
        """Change the profile: what it may not see is removed before anything is shown."""
        store = self.ctx.store
        self.ctx.read(
            lambda: apply_profile(store, profile), lambda change: self._applied(profile, change)
        )

    def _applied(self, profile: Profile, change: ProfileChange) -> None:
        if change.changed:
            removed = sum(p.records_removed for p in change.purges)
            self.ctx.say(
                plural(
                    removed,
                    "Profile changed: {count} record removed that it may not see. Syncing…",
                    "Profile changed: {count} records removed that it may not see. Syncing…",
                )
            )
        self.ctx.bus.sig_profile_changed.emit(profile)
