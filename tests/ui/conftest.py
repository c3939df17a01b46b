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


@pytest.fixture
def welsh_window(synced, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A main window built in Welsh, as after choosing Cymraeg in Preferences and a restart."""
    from dataclasses import replace

    from caseworker.preferences import load_preferences, save_preferences
    from ui import language

    store, _, _ = synced
    chosen = load_preferences(store)
    save_preferences(store, replace(chosen, language="cy"))  # as the window reads it at start
    assert language.install("cy")
    welsh = MainWindow(store, TaskManager())
    qtbot.addWidget(welsh)
    welsh.show()
    qtbot.waitUntil(lambda: welsh.preferences_actions.loaded)
    try:
        yield welsh
    finally:
        language.install("en")
        save_preferences(store, chosen)
        welsh.close()
