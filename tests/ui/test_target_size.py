"""Every button, field, combo, date box and check box on every screen and dialog is at least
24 pixels each way at the ordinary text size, so it can be hit (WCAG 2.2: 2.5.8 target
size minimum)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from tests.ui.screens import dialogs, window_screens
from ui.main_window import MainWindow
from ui.style import MIN_TARGET

TARGETS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def _small(root: QWidget, screen: str) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root:
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the inner editor: its owner is the target
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not isinstance(widget, TARGETS):
            continue
        if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
            what = getattr(widget, "text", lambda: "")() or widget.accessibleName()
            found.append(
                f"{screen}: {type(widget).__name__} {what!r} {widget.width()}×{widget.height()}"
            )
    return found


def test_every_control_is_big_enough_to_hit(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    qtbot.waitUntil(lambda: window.preferences_actions.loaded)  # the app's style is in use
    small = []
    for screen in window_screens(window, store, qtbot):
        small += _small(window, screen)
    for dialog in dialogs(window):
        dialog.show()
        QApplication.processEvents()
        small += _small(dialog, type(dialog).__name__)
        dialog.close()
    assert small == [], "\n".join(small)
