"""Reading a narrative in full: lists show its start, Enter opens the whole of it, and the
reveal is in the audit log before the text is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseworker.audit.log import recent
from caseworker.views.citizen import Item
from tests.ui.person import open_person, showcase_child
from ui.access_words import PREVIEW_CHARS, preview
from ui.main_window import MainWindow
from ui.person.narrative_dialog import NarrativeDialog
from ui.widgets.roles import ITEM_ROLE


def test_a_long_narrative_shows_only_its_start_in_lists() -> None:
    text = (
        "Mother disclosed that her partner returned to the address last week; "
        "the children were present and the school has been told.\nSecond paragraph."
    )
    shown = preview(text)
    assert shown.endswith("…") and len(shown) <= PREVIEW_CHARS + 1
    assert text.startswith(shown[:-1]) and "school" not in shown
    assert preview("Inhalers prescribed; reviewed annually.") == (
        "Inhalers prescribed; reviewed annually."
    )


def test_enter_on_a_chronology_row_reads_it_in_full_and_records_the_reveal(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    page = window.page
    page.tabs.setCurrentWidget(page.chronology_pane)
    proxy = page.chronology_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ITEM_ROLE).detail)
    item: Item = proxy.index(row, 0).data(ITEM_ROLE)
    page.chronology.setFocus()
    page.chronology.setCurrentIndex(proxy.index(row, 0))
    qtbot.keyClick(page.chronology, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hasattr(window.record_actions, "narrative"), timeout=5000)
    dialog = window.record_actions.narrative
    assert isinstance(dialog, NarrativeDialog) and dialog.isVisible()
    assert dialog.text.toPlainText() == item.detail and dialog.text.isReadOnly()
    with store.session() as session:
        (entry,) = recent(session, kinds=("reveal",), limit=5)
    assert entry.citizen_id == citizen
    assert entry.detail == {
        "field": "record.detail",
        "partner": item.source.partner_id,
        "record": item.source.record_id,
    }
    dialog.close()
    # The person's Activity tab says so.
    page.tabs.setCurrentWidget(page.activity)
    qtbot.waitUntil(lambda: "Revealed" in _activity_text(window), timeout=5000)


def _activity_text(window: MainWindow) -> str:
    tree = window.page.activity.list
    return " ".join(
        tree.topLevelItem(i).text(c)
        for i in range(tree.topLevelItemCount())
        for c in range(tree.columnCount())
    )
