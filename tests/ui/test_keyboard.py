"""The keyboard map (ui.keymap) is what the keyboard does: every shortcut it lists reaches its
action wherever the focus is, the tab keys turn tabs from inside any page, Shift+F10 opens
the context menu, the README's table is the map, and no two underlined letters (Alt + a
letter) or shortcuts collide on any screen, in English or in Welsh."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from tests.conftest import ROOT
from tests.ui.person import open_person, showcase_child
from tests.ui.screens import dialogs, window_screens
from ui.keyboard import first_key
from ui.keymap import ANYWHERE, BY_NAME, KEYMAP, PERSON, table
from ui.main_window import MainWindow


def _press(widget: QWidget, key: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    combined = QKeySequence(key)[0]  # type: ignore[index]
    qtbot.keyClick(widget, combined.key(), combined.keyboardModifiers())


class _Catch(QObject):
    """Takes an action's shortcut event instead of the action (so no dialog opens) and
    counts it: the key reached the action."""

    def __init__(self) -> None:
        super().__init__()
        self.caught = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.caught += 1
            return True
        return False


class _GreedyField(QLineEdit):
    """A text field that claims every key with Ctrl as its own editing key, as a Qt line
    edit does on a Linux desktop for Ctrl+E (end of line), Ctrl+K and Ctrl+D."""

    def event(self, event: QEvent) -> bool:
        claims = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride
        if claims and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return True
        return super().event(event)


def test_the_readme_table_is_the_keyboard_map() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    begin, end = "<!-- keymap: python -m ui.keymap -->\n", "\n<!-- /keymap -->"
    assert begin in readme and end in readme
    assert readme.split(begin)[1].split(end)[0] == table()


def test_no_two_entries_of_the_map_share_a_key() -> None:
    keys = Counter(first_key(key) for binding in KEYMAP for key in binding.keys)
    assert [QKeySequence(k).toString() for k, n in keys.items() if n > 1] == []


def test_every_window_wide_shortcut_reaches_its_action_wherever_the_focus_is(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    window.activateWindow()
    page = window.page
    page.tabs.setCurrentWidget(page.chronology_pane)
    places = {
        "the search box": window.search.box,
        "the chronology": page.chronology,
        "the chronology's search": page.chronology_bar.search,
        "the From date": page.chronology_bar.start,
        "a field that claims Ctrl keys": _GreedyField(window.search),
    }
    places["a field that claims Ctrl keys"].show()
    wrong = []
    for binding in KEYMAP:
        if not binding.action or binding.where not in (ANYWHERE, PERSON):
            continue
        actions = window.findChildren(QAction, binding.name)
        assert len(actions) == 1, binding.name
        (action,) = actions
        assert [k.toString() for k in action.shortcuts()] == [
            QKeySequence(k).toString() for k in binding.keys
        ], binding.name
        catch = _Catch()
        action.installEventFilter(catch)
        try:
            for place, widget in places.items():
                for key in binding.keys:
                    page.tabs.setCurrentWidget(page.chronology_pane)
                    widget.setFocus()
                    before = catch.caught
                    _press(widget, key, qtbot)
                    if catch.caught != before + 1:
                        wrong.append(f"{key} ({binding.name}) in {place}")
        finally:
            action.removeEventFilter(catch)
    assert wrong == []


def test_alt_and_a_number_opens_that_tab_from_the_search_box(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    window.activateWindow()
    for number in range(1, window.page.tabs.count() + 1):
        window.search.box.setFocus()
        qtbot.keyClick(
            window.search.box, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier
        )
        assert window.page.tabs.currentIndex() == number - 1
        tip = window.page.tabs.tabToolTip(number - 1)
        assert tip == f"Alt+{number}"


@pytest.mark.parametrize("name", ["next_tab", "previous_tab"])
def test_the_tab_keys_turn_the_tabs_from_inside_a_page(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, name: str
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    window.activateWindow()
    page = window.page
    step = 1 if name == "next_tab" else -1
    count = page.tabs.count()
    for key in BY_NAME[name].keys:
        for inside in (page.chronology, page.chronology_bar.start, page.chronology_bar.search):
            page.tabs.setCurrentWidget(page.chronology_pane)
            inside.setFocus()
            start = page.tabs.currentIndex()
            _press(inside, key, qtbot)
            assert page.tabs.currentIndex() == (start + step) % count, (key, inside)
    # and round the whole way from the tab bar
    page.tabs.setCurrentIndex(0)
    seen = set()
    for _ in range(count):
        _press(QApplication.focusWidget() or page.tabs, BY_NAME[name].keys[0], qtbot)
        seen.add(page.tabs.currentIndex())
    assert seen == set(range(count))


def test_shift_f10_opens_the_menu_of_a_record_as_the_menu_key_does(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    window.activateWindow()
    page = window.page
    page.tabs.setCurrentWidget(page.chronology_pane)
    view = page.chronology
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    shown: list[list[str]] = []

    def close_menu() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            shown.append([a.text() for a in popup.actions()])
            popup.close()

    for number, key in enumerate(BY_NAME["context_menu"].keys, start=1):
        QTimer.singleShot(200, close_menu)
        _press(view, key, qtbot)
        qtbot.waitUntil(lambda n=number: len(shown) == n, timeout=3000)  # type: ignore[misc]
    assert len(shown) == 2 and all(any("narrative" in t for t in m) for m in shown)


# -- collisions ---------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The letter after a single & (&& is a literal ampersand), lower case."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] == "&":
                index += 2
                continue
            return text[index + 1].lower()
        index += 1
    return None


def _on_screen(widget: QWidget) -> bool:
    """Shown, or hidden on its own while what holds it is shown (a button that appears
    when there is something to do), but not a page behind another page; enabled or not."""
    if widget.isVisible():
        return True
    holder = widget.parentWidget()
    return (
        holder is not None
        and holder.isVisible()
        and widget.isHidden()
        and not isinstance(holder, QStackedWidget)
    )


def _letters(root: QWidget) -> Iterator[tuple[str, str]]:
    """(letter, whose) for every underlined letter that works on this screen now."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root or not _on_screen(widget):
            continue
        texts: list[str] = []
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddied:
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
        for text in texts:
            if (letter := mnemonic(text)) is not None:
                yield letter, text
    if isinstance(root, MainWindow):
        for action in root.menuBar().actions():
            if (letter := mnemonic(action.text())) is not None:
                yield letter, f"menu {action.text()}"


def _letter_clashes(root: QWidget, screen: str) -> list[str]:
    seen: dict[str, list[str]] = {}
    for letter, whose in _letters(root):
        seen.setdefault(letter, []).append(whose)
    return [f"{screen}: Alt+{k.upper()} {v}" for k, v in seen.items() if len(v) > 1]


def _menu_clashes(window: MainWindow) -> list[str]:
    clashes = []
    for menu in window.menuBar().findChildren(QMenu):
        letters = Counter(
            mnemonic(a.text()) for a in menu.actions() if a.isVisible() and mnemonic(a.text())
        )
        clashes += [f"menu {menu.title()}: Alt+{k}" for k, n in letters.items() if n > 1]
    return clashes


def _shortcut_clashes(root: QWidget, screen: str) -> list[str]:
    """Two actions or shortcuts of one window answering the same key."""
    keys: Counter[int] = Counter()
    for action in root.findChildren(QAction):
        for key in action.shortcuts():
            keys[first_key(key)] += 1
    for shortcut in root.findChildren(QShortcut):
        if shortcut.isEnabled():
            keys[first_key(shortcut.key())] += 1
    return [f"{screen}: {QKeySequence(k).toString()}" for k, n in keys.items() if n > 1]


def _all_clashes(window: MainWindow, store, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    clashes = _menu_clashes(window) + _shortcut_clashes(window, "window")
    for screen in window_screens(window, store, qtbot):
        clashes += _letter_clashes(window, screen)
    for dialog in dialogs(window):
        dialog.show()
        QApplication.processEvents()
        name = type(dialog).__name__
        clashes += _letter_clashes(dialog, name) + _shortcut_clashes(dialog, name)
        dialog.close()
    return clashes


def test_no_underlined_letter_or_shortcut_collides_on_any_screen_in_english(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    clashes = _all_clashes(window, store, qtbot)
    assert clashes == [], "\n".join(clashes)


def test_no_underlined_letter_or_shortcut_collides_on_any_screen_in_welsh(  # type: ignore[no-untyped-def]
    welsh_window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    clashes = _all_clashes(welsh_window, store, qtbot)
    assert clashes == [], "\n".join(clashes)


# -- focus ----------------------------------------------------------------------------------


def _focusable(root: QWidget) -> list[QWidget]:
    """What Tab should reach on this screen: shown, enabled, taking focus by Tab, and not the
    inner part of another control (a date box's or combo's editor, which its owner stands for)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.isVisible() and widget.isEnabled()) or widget.window() is not root:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QAbstractScrollArea):
            continue
        if isinstance(widget, QTabBar) or widget is root:
            continue  # reached with Ctrl+Tab and the map's keys; a window holds its controls
        found.append(widget)
    return found


def _tab_round(root: QWidget, qtbot, limit: int = 400) -> tuple[bool, set[QWidget]]:  # type: ignore[no-untyped-def]
    """Press Tab from the first control until the focus comes back to it: (came back,
    what was reached)."""
    controls = _focusable(root)
    if not controls:
        return True, set()
    start = controls[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: set[QWidget] = set()
    for _ in range(limit):
        here = QApplication.focusWidget()
        assert here is not None
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            return False, reached
        reached.add(now)
        if now is start:
            return True, reached
    return False, reached


def _focus_problems(root: QWidget, screen: str, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    came_back, reached = _tab_round(root, qtbot)
    if not came_back:
        stuck = QApplication.focusWidget()
        where = f"{type(stuck).__name__} {stuck.accessibleName()!r}" if stuck else "nowhere"
        return [f"{screen}: Tab never came back (stuck at {where})"]
    missed = [w for w in _focusable(root) if w not in reached]
    return [
        f"{screen}: Tab never reaches {type(w).__name__} {w.accessibleName()!r}" for w in missed
    ]


def test_tab_goes_round_every_screen_and_comes_back(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    window.activateWindow()
    problems = []
    for screen in window_screens(window, store, qtbot):
        problems += _focus_problems(window, screen, qtbot)
    for dialog in dialogs(window):
        dialog.show()
        dialog.activateWindow()
        QApplication.processEvents()
        problems += _focus_problems(dialog, type(dialog).__name__, qtbot)
        dialog.close()
    assert problems == [], "\n".join(problems)
