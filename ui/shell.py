"""Building the main window, and building it again in a new language without a restart.

The rebuilt window shares the store and the task manager, takes the old one's place on
screen and opens the same person; nothing typed is lost because every change is saved to
the store as it is made.
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
    new.show()  # first: closing the last window would end the app
    old.handing_over = True
    old.close()
    old.deleteLater()
    if view is not None:
        new.open_citizen(view.citizen_id)
    rebuilt.append(new)
    return new


rebuilt: list[MainWindow] = []
"""Windows built by a language switch, newest last (kept referenced while open)."""
