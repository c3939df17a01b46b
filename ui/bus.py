"""The one way a screen learns that something changed (after Anki's operation_did_execute).

A write runs through `Context.write`: its `Changes` (the citizens and partners it touched,
and what kind of change it was) are published here once it is done, and every screen that
cares subscribes and refreshes itself. A finished sync publishes its changes the same way.
The other signals carry the few things that are not a write to the store: a person shown,
a sync's end, the profile, the preferences, who is followed, the lock, the language.
Nobody reaches into another screen to refresh it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from caseworker.changes import Changes


class ChangeBus(QObject):
    sig_changed = Signal(object)
    """A write (or a sync) finished: its Changes."""
    sig_citizen_shown = Signal(int)
    """The person page now shows this citizen."""
    sig_sync_finished = Signal(object)
    """A sync ended with this SyncReport (its changes were published first)."""
    sig_sync_failed = Signal(object)
    """A sync stopped with this error."""
    sig_sync_progress = Signal(object)
    """A partner's PartnerProgress during a sync (each page, and each change of state)."""
    sig_profile_changed = Signal(object)
    """The user's profile was read or changed: a Profile, or None when there is none yet."""
    sig_preferences_applied = Signal(object)
    """These Preferences are in force now (read at start, or saved)."""
    sig_following_changed = Signal(object)
    """The citizens the user follows: a frozenset of ids."""
    sig_locked = Signal()
    """The store closed: every screen forgets what it showed."""
    sig_unlocked = Signal()
    sig_language_changed = Signal(str)
    """The interface language changed: the window is built again in it."""

    def publish(self, changes: Changes) -> None:
        if changes.any:
            self.sig_changed.emit(changes)
