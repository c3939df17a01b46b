"""View → Data-flow register: the flows to me with what is held, all flows on request, and
the CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from caseworker.insight.register import COLUMNS
from tests.support.marked import read_marked_csv
from ui.main_window import MainWindow


def test_the_register_shows_flows_and_exports_them(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.register_actions.page is not None, timeout=5000)
    page = window.register_actions.page
    assert page is not None
    table = page.table
    mine = table.topLevelItemCount()
    assert mine == len([r for r in page.rows if r.held is not None]) > 0
    held = [table.topLevelItem(i).text(3) for i in range(mine)]
    assert all(text.isdigit() for text in held)  # every flow to me says what is held
    assert "flows" in page.summary.text()
    page.mine.setChecked(False)  # every flow, to anyone
    assert table.topLevelItemCount() == len(page.rows) > mine

    out = tmp_path / "register.csv"
    window.register_actions.export(out)
    qtbot.waitUntil(lambda: "The register" in window.statusBar().currentMessage(), timeout=5000)
    marking, lines = read_marked_csv(out)
    assert marking == "OFFICIAL"
    assert tuple(lines[0]) == COLUMNS and len(lines) == len(page.rows)


def test_the_register_and_the_figures_are_pages_that_keep_the_shortcuts(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: the register was a dialog over the window, so the window's shortcuts did not
    reach past it (Ctrl+Shift+U did nothing while it was open). Both are pages now: the
    figures open from the register by their shortcut, and Escape goes back page by page."""
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    home = window.stack.currentWidget()
    qtbot.keyClick(window, Qt.Key.Key_R, ctrl_shift)
    qtbot.waitUntil(lambda: window.register_actions.page is not None, timeout=5000)
    register = window.register_actions.page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is register, timeout=5000)
    assert window.windowTitle().startswith("Data-flow register")
    assert register.table.hasFocus() or window.focusWidget() is register.table

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_U, ctrl_shift)
    qtbot.waitUntil(lambda: window.outcomes_actions.page is not None, timeout=10_000)
    figures = window.outcomes_actions.page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is figures, timeout=5000)
    assert window.windowTitle().startswith("Outcome figures")

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is register
    assert window.windowTitle().startswith("Data-flow register")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is home
