"""Ops for finding and opening citizens. Each runs on the store worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caseworker.services.following import followed, set_following
from caseworker.services.reading import showcase
from caseworker.services.viewing import find, open_citizen
from caseworker.store.store import Store
from caseworker.views.citizen import CitizenView
from caseworker.views.search import CitizenSummary
from ui.ops.op import QueryOp
from ui.ops.taskman import TaskManager


def find_citizens(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    text: str,
    success: Callable[[list[CitizenSummary]], None],
) -> None:
    def op() -> list[CitizenSummary]:
        return find(store, text)

    QueryOp(parent=parent, op=op, success=success).run_on_store(taskman)


def load_citizen(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    citizen_id: int,
    success: Callable[[CitizenView], None],
) -> None:
    def op() -> CitizenView:
        return open_citizen(store, citizen_id)

    QueryOp(parent=parent, op=op, success=success).run_on_store(taskman)


def find_showcase(
    *, parent: QWidget, taskman: TaskManager, store: Store, success: Callable[[int | None], None]
) -> None:
    QueryOp(parent=parent, op=lambda: showcase(store), success=success).run_on_store(taskman)


def load_followed(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    success: Callable[[frozenset[int]], None],
) -> None:
    QueryOp(parent=parent, op=lambda: followed(store), success=success).run_on_store(taskman)


def change_following(
    *,
    parent: QWidget,
    taskman: TaskManager,
    store: Store,
    citizen_id: int,
    follow: bool,
    success: Callable[[frozenset[int]], None],
) -> None:
    QueryOp(
        parent=parent, op=lambda: set_following(store, citizen_id, follow), success=success
    ).run_on_store(taskman)
