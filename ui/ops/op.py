"""QueryOp: a read or network call off the GUI thread, with success and failure handlers.

The callable passed as `op` runs on a worker thread and must never touch widgets: read any
UI state before building the op and pass plain values in. Without a failure handler, errors
are shown in a dialog over `parent`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from caseworker.changes import Changes
from ui.bus import ChangeBus
from ui.errors import show_error
from ui.ops.taskman import TaskManager

T = TypeVar("T")


class QueryOp(Generic[T]):
    def __init__(
        self, *, parent: QWidget | None, op: Callable[[], T], success: Callable[[T], None]
    ) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] = lambda e: show_error(self._parent, e)

    def failure(self, handler: Callable[[BaseException], None]) -> QueryOp[T]:
        self._failure = handler
        return self

    def run_on_store(self, taskman: TaskManager) -> None:
        taskman.run_on_store(self._op, self._success, self._failure)

    def run_on_partners(self, taskman: TaskManager) -> None:
        taskman.run_on_partners(self._op, self._success, self._failure)


def on_store(
    parent: QWidget, taskman: TaskManager, op: Callable[[], T], success: Callable[[T], None]
) -> None:
    """Run `op` on the store worker; `success` gets its result on the GUI thread, and an
    error is shown over `parent`."""
    QueryOp(parent=parent, op=op, success=success).run_on_store(taskman)


def write(
    parent: QWidget,
    taskman: TaskManager,
    bus: ChangeBus,
    op: Callable[[], Changes],
    done: Callable[[Changes], None] = lambda _changes: None,
) -> None:
    """Run a write on the store worker, publish what it changed on the bus (every screen
    that shows it refreshes itself), then call `done` on the GUI thread; an error is shown
    over `parent`."""

    def finished(changes: Changes) -> None:
        bus.publish(changes)
        done(changes)

    on_store(parent, taskman, op, finished)
