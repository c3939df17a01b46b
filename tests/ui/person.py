"""Test helpers for the person page: find the sandbox's showcase child, and open a person
the way the window does (through the context), waiting until the page shows them."""

from __future__ import annotations

from caseworker.services import Store
from caseworker.services.reading import showcase
from ui.main_window import MainWindow


def open_person(window: MainWindow, qtbot, citizen_id: int) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=5000):
        window.open_citizen(citizen_id)


def showcase_child(store: Store) -> int:
    citizen = showcase(store)
    assert citizen is not None
    return citizen
