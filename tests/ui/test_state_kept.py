"""A change of language (which builds the window again) or of theme keeps the user's place:
the page, the person, the tab, the search and its results, and the sync status."""

from __future__ import annotations

from dataclasses import replace

import shiboken6

from caseworker.preferences import Preferences, load_preferences
from tests.ui.person import open_person, showcase_child
from ui import language, shell
from ui.main_window import MainWindow
from ui.ops.taskman import TaskManager
from ui.shell import open_window


def _place(window: MainWindow) -> tuple[object, ...]:
    page = window.stack.currentWidget()
    kind = {window.home: "home", window.page: "person", window.emerging: "emerging"}[page]
    view = window.page.view
    return (
        kind,
        view.citizen_id if view is not None else None,
        window.page.tabs.currentIndex(),
        window.search.box.text(),
        window.search.results_model.rowCount(),
    )


def _switch(window: MainWindow, qtbot, **chosen: object) -> MainWindow:  # type: ignore[no-untyped-def]
    """Save new preferences as the Preferences dialog does; the window that shows them."""
    before = len(shell.rebuilt)
    window.preferences_actions.save(replace(window.preferences_actions.preferences, **chosen))
    if "language" not in chosen:
        qtbot.waitUntil(
            lambda: (
                load_preferences(window.store)
                == replace(window.preferences_actions.preferences, **chosen)
            )
        )
        return window
    qtbot.waitUntil(lambda: len(shell.rebuilt) > before, timeout=10_000)
    return shell.rebuilt[-1]


def test_a_language_or_theme_change_keeps_the_page_person_tab_search_and_sync_status(  # type: ignore[no-untyped-def]
    synced, qtbot, dialogs
) -> None:
    store, _, _ = synced
    window = open_window(MainWindow, store, TaskManager(), insecure_keyring=False)
    window.show()
    opened = [window]
    try:
        with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=60_000):
            window.start_sync()
        open_person(window, qtbot, showcase_child(store))
        window.page.tabs.setCurrentWidget(window.page.access)
        window.search.box.setText("holt")
        window.search.search_now()
        qtbot.waitUntil(lambda: window.search.results_model.rowCount() > 0)
        place = _place(window)
        assert place[0] == "person" and place[2] == window.page.tabs.indexOf(window.page.access)

        welsh = _switch(window, qtbot, language="cy")
        opened.append(welsh)
        qtbot.waitUntil(lambda: _place(welsh) == place, timeout=10_000)
        qtbot.waitUntil(lambda: "Cysonwyd ddiwethaf" in welsh.sync_panel.summary.text())

        dark = _switch(welsh, qtbot, theme="dark")
        assert dark is welsh and _place(dark) == place

        welsh.emerging_actions.show_page()
        english = _switch(welsh, qtbot, language="en")
        opened.append(english)
        qtbot.waitUntil(lambda: _place(english)[0] == "emerging", timeout=10_000)
        assert _place(english)[1:] == place[1:]  # the person is still open behind it
        qtbot.waitUntil(lambda: "Last synced at" in english.sync_panel.summary.text())
        assert "Not synced yet" not in english.sync_panel.summary.text()
    finally:
        language.install("en")
        window.preferences_actions.save(Preferences())
        for each in opened:
            if shiboken6.isValid(each):
                each.close()
