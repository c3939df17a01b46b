"""The window tidies the process's memory only when nobody is using it: the full collection
over everything stops the window while it runs."""

from __future__ import annotations

import gc
import time
import weakref

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from caseworker.sync.collector import full_collections_deferred
from ui.ops.housekeeping import IDLE_S, Housekeeping
from ui.ops.taskman import TaskManager


class _Node:
    def __init__(self) -> None:
        self.me = self


def test_memory_is_tidied_after_a_sync_once_nobody_has_typed_for_a_while(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    taskman = TaskManager()
    housekeeping = Housekeeping(taskman)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    try:
        node = _Node()
        gone = weakref.ref(node)
        with full_collections_deferred():  # as a sync does
            del node
        gc.collect()
        assert gone() is not None  # held back for a quiet moment

        QTest.keyClick(field, Qt.Key.Key_A)  # someone is typing
        assert not housekeeping.check()
        assert gone() is not None

        assert housekeeping.check(now=time.monotonic() + IDLE_S + 1)  # a minute later
        assert gone() is None
    finally:
        taskman.shutdown()
