"""The chronology tab: filter by words, agency and significance; export what is shown."""

from __future__ import annotations

import stat

from tests.support.marked import read_marked_csv
from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow


def _titles(window: MainWindow) -> list[str]:
    model = window.page.chronology_model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_filter_the_chronology_and_export_exactly_what_is_shown(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, tmp_path, dialogs
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    page, bar = window.page, window.page.chronology_bar
    everything = _titles(window)
    assert len(everything) == len(page.view.chronology) > 3

    bar.significant.setChecked(True)
    significant = _titles(window)
    assert 0 < len(significant) < len(everything)
    assert all(i.significant for i in page.chronology_shown)
    tab = page.tabs.tabText(page.tabs.indexOf(page.chronology_pane)).replace("&", "")
    assert tab == f"Chronology ({len(significant)} of {len(everything)})"
    bar.significant.setChecked(False)

    from PySide6.QtCore import QDate

    dated = sorted(i.on for i in page.view.chronology if i.on)
    middle = dated[len(dated) // 2]
    bar.start.setDate(QDate(middle.year, middle.month, middle.day))
    assert page.chronology_shown and all(i.on and i.on >= middle for i in page.chronology_shown)
    assert len(page.chronology_shown) < len(everything)
    bar.end.setDate(QDate(middle.year, middle.month, middle.day))
    assert {i.on for i in page.chronology_shown} == {middle}
    bar.start.setDate(bar.start.minimumDate())  # back to 'any'
    bar.end.setDate(bar.end.minimumDate())
    assert len(_titles(window)) == len(everything)

    agency = bar.agency.findText("Children's Social Care")
    bar.agency.setCurrentIndex(agency)
    assert {i.source.partner_name for i in page.chronology_shown} == {"Children's Social Care"}
    bar.agency.setCurrentIndex(0)

    types = [bar.kind.itemData(i) for i in range(1, bar.kind.count())]
    assert len(types) >= 2 and bar.kind.itemText(1) == "Safety and safeguarding"
    bar.kind.setCurrentIndex(1)
    assert page.chronology_shown and {i.domain for i in page.chronology_shown} == {types[0]}
    assert len(page.chronology_shown) < len(everything)
    bar.kind.setCurrentIndex(0)

    word = page.view.chronology[0].title.split()[0]
    bar.search.setText(word)
    qtbot.waitUntil(lambda: len(_titles(window)) < len(everything) or len(everything) == 1)
    assert all(word.lower() in t.lower() for t in _titles(window))
    shown = list(page.chronology_shown)

    path = tmp_path / "chronology.csv"
    with qtbot.waitSignal(window.export_actions.sig_exported, timeout=20_000):
        window.export_actions.export_chronology(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    marking, rows = read_marked_csv(path)
    assert marking == "OFFICIAL-SENSITIVE"
    assert [r["event"] for r in rows] == [i.title for i in shown]
    assert any("leaving the encrypted store" in title for title, _ in dialogs)

    pdf = tmp_path / "chronology.pdf"
    with qtbot.waitSignal(window.export_actions.sig_exported, timeout=20_000):
        window.export_actions.export_chronology(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "saved" in window.statusBar().currentMessage()
