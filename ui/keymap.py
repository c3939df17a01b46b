"""The keyboard map: every shortcut the app answers to, kept as data in one place.

The menus take their shortcuts from here (`bind`), the README's table is printed from here
(`python -m ui.keymap`, checked by a test), and tests/ui/test_keyboard.py presses each key and
checks it does what the map says. Shortcuts here are the same in every language; the
underlined letters (Alt + a letter) belong to each translation and are checked for
collisions on every screen by the same test.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

from ui.i18n import N_


@dataclass(frozen=True)
class Binding:
    """One thing the keyboard does. `name` is the QAction's object name where an action
    carries it (`action` True), else the name the keyboard module (ui.keyboard) knows it by."""

    name: str
    keys: tuple[str, ...]
    does: str
    where: str
    action: bool = True


ANYWHERE = N_("Anywhere")
PERSON = N_("On a person's page")
REVIEW = N_("Reviewing possible matches")
WINDOW = N_("In a window opened from the menus")

PERSON_TABS = (
    N_("Overview"),
    N_("Chronology"),
    N_("People"),
    N_("Notes and tasks"),
    N_("Access"),
    N_("Records"),
    N_("Activity"),
)
"""The person page's tabs in order; Alt+1 … Alt+7 open them."""

KEYMAP: tuple[Binding, ...] = (
    Binding("find_person", ("Ctrl+K", "Ctrl+F"), N_("Find a person"), ANYWHERE),
    Binding("go_home", ("Alt+Home",), N_("Home: the people you follow"), ANYWHERE),
    Binding("follow", ("Ctrl+D",), N_("Follow or stop following the person shown"), ANYWHERE),
    Binding("sync_now", ("F5",), N_("Sync now"), ANYWHERE),
    Binding("export_chronology", ("Ctrl+E",), N_("Export the chronology shown"), ANYWHERE),
    Binding("emerging_needs", ("Ctrl+Shift+E",), N_("Emerging needs"), ANYWHERE),
    Binding(
        "front_door", ("Ctrl+Shift+D",), N_("The front door: contacts and enquiries"), ANYWHERE
    ),
    Binding("agreements", ("Ctrl+Shift+A",), N_("Agreements"), ANYWHERE),
    Binding("register", ("Ctrl+Shift+R",), N_("The data-flow register"), ANYWHERE),
    Binding("outcomes", ("Ctrl+Shift+U",), N_("Outcome figures"), ANYWHERE),
    Binding("audit_log", ("Ctrl+Shift+L",), N_("Audit log"), ANYWHERE),
    Binding("review_matches", ("Ctrl+Shift+M",), N_("Review possible matches"), ANYWHERE),
    Binding("partners", ("Ctrl+Shift+P",), N_("Partners"), ANYWHERE),
    Binding("outbox", ("Ctrl+Shift+O",), N_("Outbox"), ANYWHERE),
    Binding("profile", ("Ctrl+,",), N_("Your profile"), ANYWHERE),
    Binding("preferences", ("Ctrl+Shift+,",), N_("Preferences"), ANYWHERE),
    Binding("lock", ("Ctrl+L",), N_("Lock"), ANYWHERE),
    Binding("quit", ("Ctrl+Q",), N_("Quit"), ANYWHERE),
    Binding(
        "next_tab",
        ("Ctrl+Tab", "Ctrl+PgDown"),
        N_("Next tab"),
        ANYWHERE,
        action=False,
    ),
    Binding(
        "previous_tab",
        ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
        N_("Previous tab"),
        ANYWHERE,
        action=False,
    ),
    Binding(
        "context_menu",
        ("Shift+F10", "Menu"),
        N_("Open the menu of what has the focus (on a record: ask for it, break the glass)"),
        ANYWHERE,
        action=False,
    ),
    *(
        Binding(f"tab_{n}", (f"Alt+{n}",), tab, PERSON)
        for n, tab in enumerate(PERSON_TABS, start=1)
    ),
    Binding("undo_decision", ("Ctrl+Z",), N_("Take back your last decision"), REVIEW),
    Binding("close_window", ("Esc",), N_("Close the window"), WINDOW, action=False),
)

BY_NAME = {binding.name: binding for binding in KEYMAP}


def sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(key) for key in BY_NAME[name].keys]


def bind(action: QAction, name: str) -> QAction:
    """Give `action` the map's shortcuts for `name`, and that name, so the test can find it."""
    action.setObjectName(name)
    action.setShortcuts(sequences(name))
    return action


def table() -> str:
    """The map as a Markdown table (the README's, in English)."""
    lines = ["| Keys | What it does | Where |", "| --- | --- | --- |"]
    for binding in KEYMAP:
        keys = " or ".join(f"**{key}**" for key in binding.keys)
        lines.append(f"| {keys} | {binding.does} | {binding.where} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(table() + "\n")
