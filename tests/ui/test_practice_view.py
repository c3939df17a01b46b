"""The practitioner's questions on the first screen of a child (issue 22), by keyboard alone:
is this child known to other agencies, what are the current risks (the household's too), who
is the lead professional and the team, and may any of it be old or incomplete. Each answer
is visible without scrolling or a tab change.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from caseworker.services.reading import showcase
from caseworker.services.viewing import open_citizen
from ui.main_window import MainWindow


def _on_first_screen(window: MainWindow, widget: QWidget) -> bool:
    """Shown, and wholly inside the window as it opens (no scrolling, no other tab)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.y() >= 0 and top_left.y() + widget.height() <= window.height()


def test_a_child_s_risks_and_household_are_on_the_first_screen(
    window: MainWindow, synced, qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    child = showcase(store)
    assert child is not None
    view = open_citizen(store, child)
    name = view.identity.name.preferred.value  # type: ignore[union-attr]
    father = next(r.member for r in view.household_risks if r.item.source.partner_id == "police")

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.search.sig_results_shown, timeout=5000):
        qtbot.keyClicks(window.search.box, name)
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    page = window.page

    # Known to whom: the agencies, on the header.
    assert page.known_to_caption.text() == "Known to 5 agencies:"
    assert _on_first_screen(window, page.known_to_caption)
    # The current risks: the child's own, and the household's with who and which agency.
    flags = page.flags.text()
    assert flags.startswith("⚠ Risks:")
    assert f"⚠ In the household: {father.name} (Father)" in flags
    assert _on_first_screen(window, page.flags)
    # The lead professional and the size of the team.
    assert page.team_line.text().startswith("Lead professional: ")
    assert "(Children's Social Care)" in page.team_line.text()
    assert "5 professionals from 5 agencies" in page.team_line.text()
    assert _on_first_screen(window, page.team_line)
    # What happened recently: the last 90 days, newest first, above the needs.
    # (The test network's events may all be older: then the caption names the newest.)
    recent = page.recent
    assert _on_first_screen(window, page.recent_caption)
    newest = max(i.on for i in view.chronology if i.on is not None)
    if recent.topLevelItemCount():
        dates = [recent.topLevelItem(i).text(0) for i in range(recent.topLevelItemCount())]
        as_days = [tuple(reversed(d.split("/"))) for d in dates]
        assert as_days == sorted(as_days, reverse=True)
        assert dates[0] == newest.strftime("%d/%m/%Y") and _on_first_screen(window, recent)
    else:
        assert f"The newest event: {newest:%d/%m/%Y}" in page.recent_caption.text()
    # On the Overview, in front: the household group beside the child's own safety.
    assert page.tabs.currentWidget() is page.overview
    groups = [page.needs.topLevelItem(i).text(0) for i in range(page.needs.topLevelItemCount())]
    assert groups[0].startswith("Safety and safeguarding")
    assert groups[1].startswith("In the household")
    first = page.needs.topLevelItem(1).child(0)
    assert father.name in first.text(0) and first.text(3) == "Constabulary Public Protection Unit"
    assert "Agreement:" in first.toolTip(4)  # why it may be seen, as for the child's own
    # Old or incomplete: every partner synced just now, so the page says when, quietly.
    assert not page.currency_banner.isVisible()
    assert page.updated.text().startswith("Last updated:")
    assert _on_first_screen(window, page.updated)
