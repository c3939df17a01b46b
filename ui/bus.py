"""The one way a screen learns that the store changed (after Anki's operation_did_execute).

A write runs through `ui.ops.op.write`: its `Changes` (the citizens and partners it touched)
are published here once it is done, and every screen that cares subscribes and refreshes
itself. The writer never reaches into other screens to refresh them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from caseworker.changes import Changes


class ChangeBus(QObject):
    sig_changed = Signal(object)
    """A write finished: its Changes."""

    def publish(self, changes: Changes) -> None:
        if changes.any:
            self.sig_changed.emit(changes)
