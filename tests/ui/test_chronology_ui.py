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


def _dates(window: MainWindow) -> list[str]:
    """The chronology's dates in the order shown (the proxy's, as the user sees them)."""
    proxy = window.page.chronology_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _day(text: str) -> tuple[int, int, int]:
    d, m, y = (int(x) for x in text.split("/"))
    return (y, m, d)


def test_the_chronology_is_newest_first_and_the_order_chosen_is_remembered(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    """Issue 22: what happened recently is at the top without scrolling; a user who turns
    the chronology round keeps that order for every person, after a restart too."""
    from PySide6.QtCore import Qt

    from caseworker.preferences import load_preferences

    store, _, _ = synced
    qtbot.waitUntil(lambda: window.preferences_actions.loaded, timeout=5000)
    child = showcase_child(store)
    open_person(window, qtbot, child)
    shown = [_day(d) for d in _dates(window) if d != "—"]
    assert shown == sorted(shown, reverse=True) and len(shown) > 3

    window.page.chronology.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not load_preferences(store).chronology_newest_first, timeout=5000)
    open_person(window, qtbot, child)
    shown = [_day(d) for d in _dates(window) if d != "—"]
    assert shown == sorted(shown)  # oldest first now, as chosen


def test_the_overview_starts_with_the_last_90_days(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    page = window.page
    view = page.view
    newest = max((i for i in view.chronology if i.on), key=lambda i: i.on)
    page.overview.fill_recent(view, today=newest.on + timedelta(days=30))
    assert page.recent.topLevelItemCount() >= 1
    first = page.recent.topLevelItem(0)
    assert first.text(0) == newest.on.strftime("%d/%m/%Y")
    assert first.text(1) == newest.source.partner_name and newest.title in first.text(2)
    assert page.recent_caption.text().startswith("Last 90 days:")
    page.overview.fill_recent(view, today=newest.on + timedelta(days=400))  # nothing that recent
    assert page.recent.isHidden()
    assert newest.title in page.recent_caption.text()  # the newest is still named


def test_an_export_is_offered_a_name_that_says_what_whom_and_when(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ui.export_file import document_name

    day = date(2026, 12, 2)
    assert document_name("Chronology", "Ada Test", ".pdf", day) == (
        "Chronology - Ada Test - 2026-12-02.pdf"
    )
    assert (
        document_name("Chronology", 'A/B:C*"', ".pdf", day) == "Chronology - ABC - 2026-12-02.pdf"
    )
