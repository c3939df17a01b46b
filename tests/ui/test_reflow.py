"""Text at 200 % on a 1280×720 screen (WCAG 2.2: 1.4.4 resize text, 1.4.10 reflow): every
screen and dialog fits the screen without scrolling the window sideways, no control lies
outside its window, and no label or button is cut short. Panels that must scroll do so
top to bottom, inside the window. The size applies at once, both ways."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)

from caseworker.preferences import Preferences, load_preferences, save_preferences
from tests.ui.person import open_person, showcase_child
from tests.ui.screens import dialogs, window_screens
from ui import theme
from ui.main_window import MainWindow

SCREEN = QRect(0, 0, 1280, 720)


@pytest.fixture
def large_text(qapp, synced) -> Iterator[float]:  # type: ignore[no-untyped-def]
    """Text at 200 %, chosen in Preferences (so a window opened now keeps it): the ordinary
    size is given."""
    store, _, _ = synced
    ordinary = qapp.font().pointSizeF()
    save_preferences(store, replace(load_preferences(store), text_scale=200))
    theme.apply(qapp, "light", 200)
    yield ordinary
    save_preferences(store, replace(load_preferences(store), text_scale=100))
    theme.apply(qapp, "light", 100)


def _scroller(widget: QWidget, root: QWidget) -> QAbstractScrollArea | None:
    """The scroll area `widget` sits in, below `root`, if any."""
    here = widget.parentWidget()
    while here is not None and here is not root:
        if isinstance(here.parentWidget(), QAbstractScrollArea) and here.objectName() == (
            "qt_scrollarea_viewport"
        ):
            area = here.parentWidget()
            assert isinstance(area, QAbstractScrollArea)
            return area
        here = here.parentWidget()
    return None


def _cut_short(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            return widget.height() < widget.heightForWidth(widget.width())
        return widget.width() < widget.sizeHint().width()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.width() < widget.sizeHint().width()
    return False


def reflow_problems(root: QWidget, screen: str) -> list[str]:
    for _ in range(3):  # a wrapped label's new height travels up one layout at a time
        QApplication.processEvents()
    problems = []
    if root.width() > SCREEN.width() or root.height() > SCREEN.height():
        problems.append(f"{screen}: the window is {root.width()}×{root.height()}")
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root or widget.size().isEmpty():
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        text = getattr(widget, "text", lambda: "")()
        if text:
            name += f" {text[:40]!r}"
        area = _scroller(widget, root)
        place = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
        if area is None:
            if not root.rect().contains(place):
                problems.append(f"{screen}: {name} lies outside the window at {place.getRect()}")
        elif isinstance(area, QScrollArea):
            inside = QRect(area.viewport().mapTo(root, QPoint(0, 0)), area.viewport().size())
            if place.right() > inside.right() + 1:
                problems.append(f"{screen}: {name} needs scrolling sideways")
        if _cut_short(widget):
            problems.append(f"{screen}: {name} is cut short")
    return problems


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_screen_fits_a_small_screen_at_200_per_cent(  # type: ignore[no-untyped-def]
    request, synced, qtbot, large_text, language: str
) -> None:
    """In Welsh too, where words run longer."""
    store, _, _ = synced
    window = request.getfixturevalue("window" if language == "en" else "welsh_window")
    qtbot.waitUntil(lambda: window.preferences_actions.loaded)
    assert QApplication.font().pointSizeF() == 2 * large_text  # still 200 % once it is up
    window.resize(SCREEN.size())
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000):
        window.start_sync()  # so the sync panel shows every partner's progress
    panel = window.sync_panel
    partners = list(panel._rows)
    assert len(partners) == 5
    qtbot.waitUntil(lambda: all(":" in panel.state_text(p) for p in partners))  # "… at 14:05"
    problems = []
    for screen in window_screens(window, store, qtbot):
        problems += reflow_problems(window, screen)
    for dialog in dialogs(window):
        dialog.show()
        dialog.resize(dialog.sizeHint().boundedTo(SCREEN.size()))
        problems += reflow_problems(dialog, type(dialog).__name__)
        dialog.close()
    assert problems == [], "\n".join(problems)


def test_a_new_text_size_applies_at_once_and_back_again(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    text, title = window.search.status, window.page.name
    ordinary, heading = text.font().pointSizeF(), title.font().pointSizeF()
    try:
        window.preferences_actions.save(Preferences(text_scale=200))
        qtbot.waitUntil(lambda: text.font().pointSizeF() == 2 * ordinary)
        assert title.font().pointSizeF() == 2 * heading  # titles follow too
        assert window.page.tabs.tabBar().font().pointSizeF() == 2 * ordinary
    finally:
        window.preferences_actions.save(Preferences(text_scale=100))
    qtbot.waitUntil(lambda: text.font().pointSizeF() == ordinary)
    assert title.font().pointSizeF() == heading
