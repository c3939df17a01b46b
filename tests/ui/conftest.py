"""UI fixtures: offscreen Qt, no modal dialogs, and a main window over a real synced store."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from caseworker.store.store import Store
from ui.main_window import MainWindow
from ui.ops.taskman import TaskManager


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Modal message boxes are recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    for name in ("critical", "warning", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(store: Store) -> MainWindow:
        window = MainWindow(store, TaskManager())
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(synced, make_window) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    yield make_window(store)
