"""The PIN in the window: set from Settings, asked for on the lock page (wrong tries refused
and slowed down), chosen at start-up where the organisation requires one, and asked for when
the window opens a store that has one."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from caseworker.audit.log import recent
from caseworker.cli.options import build_parser
from caseworker.paths import Paths
from caseworker.store.pin import has_pin
from tests.ui.person import open_person, showcase_child
from ui.lock.pin_dialog import PinDialog
from ui.lock.pin_flow import wait_after
from ui.main_window import MainWindow
from ui.opening import open_store_asking_pin
from ui.ops.taskman import TaskManager

PIN = "482915"


class PinAnswers:
    """Answers each PIN dialog that comes up, in turn: a dict of field → text, then OK; None
    cancels. Records what each dialog said before it was answered."""

    def __init__(self, answers: list[dict[str, str] | None]) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []
        self._answered: set[int] = set()
        self._timer = QTimer(interval=50)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog) or id(dialog) in self._answered or not self.answers:
            return
        self._answered.add(id(dialog))
        self.seen.append(dialog.problem.text())
        answer = self.answers.pop(0)
        if answer is None:
            dialog.reject()
            return
        for name, text in answer.items():
            getattr(dialog, name).setText(text)
        assert dialog.ok.isEnabled(), dialog.problem.text()
        dialog.ok.click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def pin_answers() -> Iterator[list[PinAnswers]]:
    made: list[PinAnswers] = []
    yield made
    for answers in made:
        answers.stop()


def test_a_pin_set_in_the_window_is_asked_for_on_the_lock_page(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, paths: Paths, pin_answers
) -> None:
    store, _, _ = synced
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    assert window.pin_actions.action.text() == "Set a P&IN…"
    answers = PinAnswers([{"new": PIN, "again": PIN}])
    pin_answers.append(answers)
    window.pin_actions.change()
    assert answers.answers == [] and has_pin(paths) and store.needs_pin
    assert not store.locked and window.pin_actions.action.text() == "Change P&IN…"
    assert "PIN is set" in window.statusBar().currentMessage()

    locker = window.lock_actions
    locker.action.trigger()  # Ctrl+L: driven by keyboard in test_lock_ui
    qtbot.waitUntil(lambda: store.locked, timeout=5000)
    page = locker.page
    assert page.asking_pin and page.pin_row.isVisibleTo(page)
    assert "Enter your PIN" in page.message.text()
    for attempt in range(1, 4):
        qtbot.keyClicks(page.pin, f"00000{attempt}")
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        assert page.pin.text() == ""  # taken from the field at once
        qtbot.waitUntil(lambda a=attempt: locker._failures == a, timeout=10_000)
        assert "does not open this store" in page.message.text() and store.locked
    # After three wrong PINs the next try waits, and says so.
    assert not page.unlock.isEnabled() and "try again in 5 seconds" in page.message.text()
    qtbot.keyClicks(page.pin, PIN)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert store.locked  # held: nothing was tried
    qtbot.waitUntil(page.unlock.isEnabled, timeout=8000)
    assert page.pin.text() == PIN  # what was typed during the wait is still there
    with qtbot.waitSignal(window.bus.sig_citizen_shown, timeout=10_000):
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert not store.locked and window.page.view.citizen_id == citizen
    with store.session() as session:
        unlock, lock, pin_set = recent(session, kinds=("lock", "unlock", "settings"), limit=3)
    assert unlock.detail == {"wrong_pins": 3} and lock.kind == "lock"
    assert pin_set.detail == {"setting": "PIN set"}
    for path in paths.data_dir.parent.rglob("*"):
        if path.is_file():
            assert PIN.encode() not in path.read_bytes(), path.name


def test_a_new_pin_is_judged_as_it_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PinDialog(choose=True, min_length=6)
    qtbot.addWidget(dialog)
    assert dialog.current is None and not dialog.ok.isEnabled()
    assert "At least 6 characters" in dialog.rules.text()
    dialog.new.setText("123456")
    dialog.again.setText("123456")
    assert not dialog.ok.isEnabled() and "run or a repeat" in dialog.problem.text()
    dialog.new.setText("48291")
    assert not dialog.ok.isEnabled() and "at least 6" in dialog.problem.text()
    dialog.new.setText(PIN)
    assert not dialog.ok.isEnabled() and "not the same" in dialog.problem.text()
    dialog.again.setText(PIN)
    assert dialog.ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.new.echoMode() == dialog.new.EchoMode.Password
    dialog.show_pin.setChecked(True)
    assert dialog.new.echoMode() == dialog.new.EchoMode.Normal


def test_the_wait_grows_after_three_wrong_pins() -> None:
    waits = [wait_after(n) for n in range(10)]
    assert waits[:3] == [0, 0, 0]
    assert waits[3:7] == [5, 10, 20, 40] and max(waits) <= 300


def test_start_up_has_a_pin_chosen_where_the_organisation_requires_one(
    qtbot, tmp_path: Path, pin_answers
) -> None:  # type: ignore[no-untyped-def]
    Path(os.environ["CASEWORKER_POLICY"]).write_text(json.dumps({"require_pin": True}))
    args = build_parser().parse_args(["--home", str(tmp_path / "startup")])
    taskman = TaskManager()
    try:
        answers = PinAnswers([{"new": PIN, "again": PIN}])
        pin_answers.append(answers)
        store = open_store_asking_pin(args, taskman)
        assert store is not None and store.needs_pin
        store.close()

        again = PinAnswers([{"current": "999999"}, {"current": PIN}])
        pin_answers.append(again)
        store = open_store_asking_pin(args, taskman)
        assert store is not None and not store.locked
        assert again.seen[0] == "" and "does not open this store" in again.seen[1]
        store.close()

        gave_up = PinAnswers([None])
        pin_answers.append(gave_up)
        assert open_store_asking_pin(args, taskman) is None
    finally:
        taskman.shutdown()
