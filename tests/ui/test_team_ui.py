"""The Notes and tasks tab: write a note for chosen agencies, add a task, mark it done."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from caseworker.store.models import OutboxMessage
from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow
from ui.person.entry_dialog import EntryDialog


def _rows(window: MainWindow) -> list[list[str]]:
    tree = window.page.notes.list
    return [
        [tree.topLevelItem(r).text(c) for c in range(6)] for r in range(tree.topLevelItemCount())
    ]


def test_a_note_written_in_the_dialog_goes_to_the_chosen_agencies(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    qtbot.waitUntil(lambda: bool(window.team_actions.recipients))
    notes = window.page.notes
    assert notes.intro.text() == "No notes, tasks or referrals yet."

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EntryDialog)
        assert not dialog.ok.isEnabled()  # nothing written yet
        dialog.text.setPlainText("Strategy meeting moved to Thursday 10:00.")
        dialog.shares["police"].setChecked(True)
        dialog.ok.click()

    QTimer.singleShot(200, fill)
    notes.note.click()
    qtbot.waitUntil(lambda: len(_rows(window)) == 1)
    (row,) = _rows(window)
    assert row[1] == "Note" and row[3] == "Constabulary Public Protection Unit"
    assert row[5] == "Goes at the next sync"
    assert "(1)" in window.page.tabs.tabText(window.page.tabs.indexOf(notes))
    with store.session() as s:
        (message,) = s.query(OutboxMessage).filter(OutboxMessage.kind != "audit").all()
        assert (message.partner_id, message.kind) == ("police", "note")
    qtbot.waitUntil(lambda: "1 waiting" in window.sync_panel.outbox.text().replace("&", ""))
    with qtbot.waitSignal(window.bus.sig_sync_finished, timeout=20000):
        window.start_sync()
    qtbot.waitUntil(lambda: _rows(window)[0][5] == "Delivered", timeout=5000)


def test_a_task_with_an_owner_and_due_date_can_be_marked_done(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    overdue = date.today() - timedelta(days=2)
    window.team_actions.write("task", ("Book an interpreter", ["housing"], "J. Patel", overdue))
    qtbot.waitUntil(lambda: len(_rows(window)) == 1)
    (row,) = _rows(window)
    assert row[1] == "Task" and "J. Patel" in row[4] and overdue.strftime("%d/%m/%Y") in row[4]
    assert row[5] == "Overdue"  # in words, not colour alone
    assert "1 overdue" in window.page.notes.intro.text()
    notes = window.page.notes
    notes.list.setCurrentItem(notes.list.topLevelItem(0))
    assert notes.done.isEnabled()
    notes.done.click()
    qtbot.waitUntil(lambda: _rows(window)[0][5] == "Done")
    assert not notes.done.isEnabled()


def test_a_referral_names_the_person_says_how_urgent_and_on_what_basis(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot
) -> None:
    """Issue 22: the referral form fits practice: it names the person, does not offer the
    user's own agency, and asks for the urgency and the lawful basis."""
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    qtbot.waitUntil(lambda: bool(window.team_actions.recipients))
    name = window.page.view.identity.name.preferred.value
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EntryDialog)
        seen["title"] = dialog.windowTitle()
        seen["agencies"] = [dialog.agency.itemData(i) for i in range(dialog.agency.count())]
        dialog.text.setPlainText("Bruising seen at nursery today.")
        dialog.agency.setCurrentIndex(dialog.agency.findData("police"))
        dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
        dialog.basis.setCurrentIndex(dialog.basis.findData("safeguarding"))
        dialog.ok.click()

    QTimer.singleShot(200, fill)
    window.page.notes.referral.click()
    qtbot.waitUntil(lambda: len(_rows(window)) == 1)
    assert seen["title"] == f"Refer {name} to an agency"
    assert "childrens-social-care" not in seen["agencies"]  # the user's own agency
    assert "police" in seen["agencies"]
    (row,) = _rows(window)
    assert row[1] == "Referral (urgent)" and row[0].startswith("Demo social worker, ")
    with store.session() as s:
        (message,) = s.query(OutboxMessage).filter(OutboxMessage.kind == "referral").all()
    assert '"urgency": "urgent"' in message.body and "significant harm" in message.body
