"""Locking: Ctrl+L or idle time closes the store and covers the window; unlocking reads the
key again and puts the person back; both are audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget

from caseworker.audit.log import recent
from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow


def test_lock_and_unlock_by_keyboard(window: MainWindow, synced, qtbot, dialogs) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    name = window.page.view.identity.name.preferred.value
    locker = window.lock_actions
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is locker.page
    qtbot.waitUntil(lambda: store.locked, timeout=5000)
    assert not window.search.isEnabled() and not window.go_menu.menuAction().isEnabled()
    # Nothing read from the store stays in the window while it is locked.
    texts = [w.text() for w in window.findChildren(QLabel)]
    for tree in window.findChildren(QTreeWidget):
        for item in tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            texts += [item.text(c) for c in range(item.columnCount())]
    assert window.page.view is None and not any(name in t for t in texts)
    assert (
        window.search.results_model.rowCount() == 0 and window.page.chronology_model.rowCount() == 0
    )
    window.start_sync()  # a scheduled sync while locked does nothing
    assert not window.runner.running
    window.open_citizen(citizen)  # work that meets the locked store fails quietly
    qtbot.wait(200)
    assert dialogs == [] and window.stack.currentWidget() is locker.page

    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        qtbot.keyClick(locker.page.unlock, Qt.Key.Key_Space)
    assert not store.locked and window.stack.currentWidget() is window.page
    assert window.page.view.citizen_id == citizen and window.search.isEnabled()
    with store.session() as session:
        kinds = [e.kind for e in recent(session, kinds=("lock", "unlock"))]
    assert kinds == ["unlock", "lock"]


def test_idle_time_locks_the_store(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    qtbot.waitUntil(lambda: window.preferences_actions.loaded)
    assert window.lock_actions.idle.interval() == 10 * 60_000  # the default: ten minutes
    window.lock_actions.idle.setInterval(100)
    window.lock_actions.idle.start()
    qtbot.waitUntil(lambda: store.locked, timeout=5000)
    assert window.stack.currentWidget() is window.lock_actions.page


def test_a_lock_during_a_sync_waits_for_the_sync_to_stop(window: MainWindow, synced, qtbot) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=30_000):
        window.start_sync()
        window.lock_actions.lock()
        assert not store.locked and "Locking when the sync has stopped" in (
            window.statusBar().currentMessage()
        )
    qtbot.waitUntil(lambda: store.locked, timeout=5000)
