"""Accessibility: every focusable control on every page and dialog has an accessible name
(its own, its text, or its label's), every button without text has a tooltip, and a page
can be worked from the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from tests.ui.person import open_person, showcase_child
from tests.ui.screens import dialogs
from ui.main_window import MainWindow


def _unnamed(root: QWidget) -> list[str]:
    """Focusable, visible controls a screen reader could not name, and text-less buttons
    without a tooltip."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the inner editor of a combo or date box: named by its owner
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        what = f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"
        if not name.strip():
            problems.append(f"no accessible name: {what}")
        if isinstance(widget, QAbstractButton) and not widget.text() and not widget.toolTip():
            problems.append(f"icon-only button without a tooltip: {what}")
    return problems


def test_every_page_and_dialog_names_its_controls(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    problems = _unnamed(window)  # Home
    open_person(window, qtbot, showcase_child(store))
    tabs = window.page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += _unnamed(window)

    found = dialogs(window)
    lock_page = window.lock_actions.page
    lock_page.ask_pin(True)  # the lock page of a store with a PIN
    problems += _unnamed(lock_page)
    for dialog in found:
        dialog.show()
        QApplication.processEvents()
        problems += _unnamed(dialog)
        dialog.close()
    assert problems == [], "\n".join(problems)


def test_find_and_open_a_person_and_move_through_the_tabs_by_keyboard(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    qtbot.keyClicks(window.search.box, "holt")
    qtbot.waitUntil(lambda: window.search.results_model.rowCount() > 0)
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # Enter opens the top result
    page = window.page
    assert window.stack.currentWidget() is page
    page.tabs.setFocus()
    seen = [page.tabs.currentIndex()]
    for _ in range(page.tabs.count() - 1):
        qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        seen.append(page.tabs.currentIndex())
    assert sorted(seen) == list(range(page.tabs.count()))  # every tab reached by Ctrl+Tab
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.home
