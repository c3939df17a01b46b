"""Tidying the process's memory when nobody is using the window.

A sync leaves what the process held set aside from the collector (caseworker/sync/collector.py),
so that its collections stay short; a cycle among what was set aside is only freed by one
full collection over everything, which stops the window for as long as it takes (tens of
milliseconds). The window runs it once nobody has pressed a key or clicked for IDLE_S.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from caseworker.services.sync import tidy_memory
from ui.ops.taskman import TaskManager

IDLE_S = 60.0
"""How long without a key or a click before the window tidies."""
CHECK_MS = 15_000


class Housekeeping(QObject):
    def __init__(self, taskman: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.taskman = taskman
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self, now: float | None = None) -> bool:
        """Tidy if nobody has used the window for IDLE_S; says whether it did."""
        now = time.monotonic() if now is None else now
        if now - self.taskman.last_input < IDLE_S:
            return False
        return tidy_memory()
