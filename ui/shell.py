"""Building the main window, and building it again in a new language without a restart.

The rebuilt window shares the store and the task manager, takes the old one's place on
screen and shows what the old one showed: the same page (Home, a person, emerging needs),
the same person on the same tab, the same search with its results, and the sync panel says
when each partner last synced. Nothing typed is lost because every change is saved to the
store as it is made.
"""

from __future__ import annotations

from caseworker.services import Store
from ui.main_window import MainWindow
from ui.ops.taskman import TaskManager


def open_window(
    window_type: type[MainWindow], store: Store, taskman: TaskManager, *, insecure_keyring: bool
) -> MainWindow:
    window = window_type(store, taskman, insecure_keyring=insecure_keyring)
    window.bus.sig_language_changed.connect(lambda _code: rebuild(window))
    return window


def rebuild(old: MainWindow) -> MainWindow:
    new = open_window(type(old), old.store, old.taskman, insecure_keyring=old.insecure_keyring)
    new.setGeometry(old.geometry())
    view = old.page.view
    tab = old.page.tabs.currentIndex()
    on_emerging = old.stack.currentWidget() is old.emerging
    on_person = old.stack.currentWidget() is old.page
    search = old.search.box.text()
    new.show()  # first: closing the last window would end the app
    old.handing_over = True
    old.close()
    old.deleteLater()
    if search:
        new.search.box.setText(search)
        new.search.search_now()
    if view is not None:

        def back_on_the_same_tab(shown: int | None) -> None:
            new.bus.sig_citizen_shown.disconnect(back_on_the_same_tab)
            new.page.tabs.setCurrentIndex(tab)
            if not on_person:  # the person stays open behind the page that was in front
                _show_page(new, on_emerging)

        new.bus.sig_citizen_shown.connect(back_on_the_same_tab)
        new.open_citizen(view.citizen_id)
    else:
        _show_page(new, on_emerging)
    rebuilt.append(new)
    return new


def _show_page(window: MainWindow, emerging: bool) -> None:
    if emerging:
        window.emerging_actions.show_page()
    else:
        window.home_actions.go_home()


rebuilt: list[MainWindow] = []
"""Windows built by a language switch, newest last (kept referenced while open)."""
