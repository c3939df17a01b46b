"""Keys that work wherever the focus is, whatever widget holds it (the keyboard map's
non-menu entries): Ctrl+Tab / Ctrl+PgDown and back change tabs, Shift+F10 opens the context
menu as the Menu key does, Tab always moves on (out of a table, a date box or a text box,
which would otherwise keep it: arrows move inside them), and the map's window-wide
shortcuts win over a text field's own use of the same key (Ctrl+E is "end of line" in a Qt
line edit on Linux, Ctrl+K "delete to end", Ctrl+D "delete"; here they export, find and
follow, as the map says).

One application-wide event filter, installed once (`install`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ui.keymap import ANYWHERE, BY_NAME, KEYMAP


def first_key(sequence: QKeySequence | str) -> int:
    """The first (for the map's keys, the only) key of a sequence, with its modifiers."""
    keys = QKeySequence(sequence)
    return int(keys[0].toCombined())  # type: ignore[index]  # the stubs lack __getitem__


def _keys(*names: str) -> frozenset[int]:
    return frozenset(first_key(key) for name in names for key in BY_NAME[name].keys)


NEXT_TAB = _keys("next_tab")
PREVIOUS_TAB = _keys("previous_tab")
CONTEXT_MENU = _keys("context_menu")
"""Shift+F10, and the Menu key (taken here so that a press reaching a widget directly, as
from an accessibility tool or a test, opens the menu as the platform's press does)."""
TAB = Qt.Key.Key_Tab.value
BACKTAB = first_key("Shift+Tab")
WINDOW_WIDE = frozenset(
    first_key(key)
    for binding in KEYMAP
    if binding.action and binding.where == ANYWHERE
    for key in binding.keys
)


def combined(event: QKeyEvent) -> int:
    """The key with its modifiers, as QKeySequence holds them (Shift+Tab arrives as Backtab)."""
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_Backtab:
        key = Qt.Key.Key_Tab
    return first_key(QKeySequence(key | modifiers.value))


KEEPS_TAB = (QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
"""Controls that use Tab themselves (cell to cell, section to section, a tab character) and
so can hold the focus: here Tab leaves them."""


def move_focus(widget: QWidget, forward: bool) -> None:
    """Give the focus to the next (or previous) control in the window's tab order that can
    take it, outside `widget`."""
    candidate: QWidget | None = widget
    while candidate is not None:
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
        if candidate is widget or candidate is None:
            return
        if (
            candidate.window() is widget.window()
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not widget.isAncestorOf(candidate)
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            candidate.setFocus(reason)
            return


def tab_widget_for(widget: QWidget | None) -> QTabWidget | None:
    """The tabs that Ctrl+Tab should turn: the nearest around the focus, else the first
    visible set of tabs in the focused window."""
    here = widget
    while here is not None:
        if isinstance(here, QTabWidget) and here.isVisible():
            return here
        here = here.parentWidget()
    window = widget.window() if widget is not None else QApplication.activeWindow()
    if window is None:
        return None
    return next((tabs for tabs in window.findChildren(QTabWidget) if tabs.isVisible()), None)


def turn(tabs: QTabWidget, step: int) -> None:
    """Move to the next (or previous) enabled tab, wrapping round, and put the focus on the
    tab bar so a screen reader names the tab."""
    count = tabs.count()
    index = tabs.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            break
    tabs.setCurrentIndex(index)
    tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)


def open_context_menu(widget: QWidget) -> None:
    """What the Menu key does: a keyboard context-menu event at the current item (a list or
    table) or the middle of the widget."""
    point = widget.rect().center()
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        point = widget.visualRect(widget.currentIndex()).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, point, widget.mapToGlobal(QPoint(point))
    )
    QApplication.sendEvent(widget, event)


class KeyboardFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        key = combined(event)
        if kind == QEvent.Type.ShortcutOverride:
            # Not claimed by the focused widget: the window's shortcut (the map's) answers.
            return key in WINDOW_WIDE or key in NEXT_TAB or key in PREVIOUS_TAB
        if watched is not QApplication.focusWidget():
            return False  # the same press, passed on to a parent: handled once already
        if key in NEXT_TAB or key in PREVIOUS_TAB:
            tabs = tab_widget_for(watched)
            if tabs is None or tabs.count() == 0:
                return False
            turn(tabs, 1 if key in NEXT_TAB else -1)
            return True
        if key in CONTEXT_MENU:
            open_context_menu(watched)
            return True
        if key in (TAB, BACKTAB) and isinstance(watched, KEEPS_TAB):
            move_focus(watched, key == TAB)
            return True
        return False


_filter: KeyboardFilter | None = None


def install() -> None:
    """Install the filter on the application once."""
    global _filter
    app = QApplication.instance()
    if _filter is None and isinstance(app, QApplication):
        _filter = KeyboardFilter(app)
        app.installEventFilter(_filter)
