"""Issue 22: an empty list says what would appear there, on screen and to a screen reader,
and the words go when the first row arrives."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow
from ui.widgets.lists import set_empty_text


def _ink(tree: QTreeWidget) -> int:
    """How many pixels of the list's viewport differ from its background."""
    image: QImage = tree.viewport().grab().toImage()
    background = image.pixelColor(1, image.height() - 2)
    return sum(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_an_empty_list_says_what_would_appear_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    tree = QTreeWidget()
    tree.setHeaderLabels(["When", "What"])
    qtbot.addWidget(tree)
    tree.resize(500, 200)
    tree.show()
    blank = _ink(tree)
    set_empty_text(tree, "Notes the team writes appear here.")
    assert tree.accessibleDescription() == "Notes the team writes appear here."
    assert _ink(tree) > blank + 50  # the words are painted
    tree.addTopLevelItem(QTreeWidgetItem(["", ""]))
    assert _ink(tree) <= blank + 5  # a row: the empty state is gone


def test_a_person_without_notes_is_told_what_the_notes_tab_holds(
    window: MainWindow, synced, qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    notes = window.page.notes
    assert notes.list.topLevelItemCount() == 0
    assert "Notes, tasks and referrals the team writes" in notes.list.accessibleDescription()
    assert "No events to show" in window.page.chronology.accessibleDescription()
