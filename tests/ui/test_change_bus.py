"""Screens learn of a write from the change bus (issue 21): a note written for the police
publishes the citizen it touched, and the outbox count refreshes itself without the note's
controller reaching into the outbox controller."""

from __future__ import annotations

from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow


def test_a_write_is_published_and_the_outbox_count_follows(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    published: list[object] = []
    window.bus.sig_changed.connect(published.append)
    with qtbot.waitSignal(window.bus.sig_changed, timeout=10_000):
        window.team_actions.write("note", ("Seen at school today.", ["police"], None, None))
    (changes,) = published
    assert citizen in changes.citizens  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "1 waiting" in window.sync_panel.outbox.text(), timeout=10_000)
