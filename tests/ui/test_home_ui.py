"""Home: the caseload with its empty state, following from the page and by Ctrl+D, opening
by keyboard, filtering, and stopping following from Home."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow


def _names(window: MainWindow) -> list[str]:
    tree = window.home.list
    return [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]


def test_follow_a_person_and_find_them_on_home(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    home = window.home
    assert window.stack.currentWidget() is home  # the app opens on Home
    qtbot.waitUntil(lambda: "Your caseload is empty" in home.empty.text())
    assert home.empty.isVisible() and home.find_button.isVisible() and not home.list.isVisible()

    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    name = window.page.view.identity.name.preferred.value
    with qtbot.waitSignal(window.bus.sig_following_changed, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.page.follow.isChecked()

    window.home_actions.go_home()
    qtbot.waitUntil(lambda: _names(window) == [f"★ {name}"])
    row = home.list.topLevelItem(0)
    assert row.text(2) == "Nothing new" and row.text(6) == "Following"
    assert "1 person on your caseload" in home.summary.text()
    assert not home.empty.isVisible()

    home.filter.setText("nobody-of-that-name")
    assert _names(window) == [] and "No one on your caseload matches" in home.empty.text()
    home.filter.clear()

    # Keyboard only: Enter on the selected row opens the person.
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        qtbot.keyClick(home.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page

    window.home_actions.go_home()
    qtbot.waitUntil(lambda: len(_names(window)) == 1)
    with qtbot.waitSignal(window.bus.sig_following_changed, timeout=5000):
        home.unfollow.click()
    qtbot.waitUntil(lambda: _names(window) == [])
    assert "Your caseload is empty" in home.empty.text()


def test_ctrl_d_in_the_search_results_follows_the_highlighted_person(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    window.search.box.setText("holt")
    qtbot.waitUntil(lambda: window.search.results_model.rowCount() > 1)
    results = window.search.results
    window.activateWindow()
    results.setFocus()
    results.setCurrentIndex(window.search.results_model.index(1, 0))
    chosen = window.search.results_model.summary(1)
    assert results.hasFocus()
    with qtbot.waitSignal(window.bus.sig_following_changed, timeout=5000):
        qtbot.keyClick(results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.following == frozenset({chosen.citizen_id})
    assert window.stack.currentWidget() is window.home  # nobody was opened to do it
    qtbot.waitUntil(lambda: _names(window) == [f"★ {chosen.name}"])
    assert "Added to your caseload" in window.statusBar().currentMessage()
