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
