"""The PIN in the window: asked for before the store opens, chosen first where the
organisation requires one, set or changed from Settings, and slowed down after wrong tries.

The wait after wrong PINs is a courtesy to the user and a nuisance to a guesser at the
keyboard; the real limit on guessing is the Argon2id cost in the core, which applies to any
copy of the store wherever it is tried.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QProgressDialog, QWidget

from caseworker.errors import PinRejected, WrongPin
from caseworker.paths import Paths
from caseworker.policy import load_policy
from caseworker.services import Store
from caseworker.services.store_key import confirm_pin, has_pin, rekey
from ui.errors import describe
from ui.i18n import tr
from ui.lock.pin_dialog import PinDialog
from ui.ops.taskman import TaskManager

T = TypeVar("T")
FREE_TRIES = 3
LONGEST_WAIT_S = 300


def wait_after(failures: int) -> int:
    """Seconds before the next try after `failures` wrong PINs in a row: none for the first
    three, then 5, 10, 20… up to five minutes."""
    if failures < FREE_TRIES:
        return 0
    return int(min(LONGEST_WAIT_S, 5 * 2 ** (failures - FREE_TRIES)))


class Countdown(QObject):
    """Holds a button disabled for some seconds, saying how long is left under a message."""

    def __init__(self, button: QAbstractButton, label: QLabel) -> None:
        super().__init__(button)
        self._button = button
        self._label = label
        self._message = ""
        self._left = 0
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._left > 0

    def hold(self, message: str, seconds: int) -> None:
        self._message = message
        self._left = seconds
        self._label.setText(message)
        if seconds <= 0:
            return
        self._button.setEnabled(False)
        self._show()
        self._timer.start()

    def _show(self) -> None:
        wait = tr("You can try again in {seconds} seconds.", seconds=self._left)
        self._label.setText(f"{self._message} {wait}".strip())

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show()
            return
        self._timer.stop()
        self._label.setText(self._message)
        self._button.setEnabled(True)


def run_busy(parent: QWidget | None, taskman: TaskManager, text: str, fn: Callable[[], T]) -> T:
    """Run `fn` on the store worker while a busy indicator shows, and return its result (or
    raise its error) here: for the few steps, like opening the store, that nothing can be
    done without."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def done(value: T) -> None:
        outcome["value"] = value
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(tr("Caseworker"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(400)
    taskman.run_on_store(fn, done, failed)
    if not outcome:
        loop.exec()
    progress.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _rekey_open_store(store: Store, old: str | None, new: str) -> None:
    """On the store worker: check the current PIN, close the store, re-encrypt it with the
    new PIN and open it again (with the old one if that failed: nothing is lost)."""
    paths = store.paths
    assert paths is not None
    confirm_pin(paths, old)
    store.lock()
    try:
        rekey(paths, allow_insecure_keyring=store.info.insecure_keyring, pin=old, new_pin=new)
    except BaseException:
        try:
            store.unlock(old)
        except WrongPin:  # it failed after the switch: the new PIN opens the new file
            store.unlock(new)
        raise
    store.unlock(new)


def choose_pin(
    parent: QWidget | None,
    taskman: TaskManager,
    paths: Paths,
    *,
    allow_insecure_keyring: bool,
    current: str | None = None,
    explanation: str = "",
    store: Store | None = None,
) -> str | None:
    """Have a new PIN chosen and re-encrypt the store with it: the open `store` (closed and
    opened again around it), or the profile's store file when none is open. Returns the new
    PIN, or None if the user cancelled."""
    policy = load_policy()
    dialog = PinDialog(
        parent,
        choose=True,
        current=current is None and has_pin(paths),
        min_length=policy.pin_min_length,
        explanation=explanation,
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        new = dialog.new_pin()
        old = current if current is not None else dialog.pin()
        work: Callable[[], None] = (
            partial(_rekey_open_store, store, old, new)
            if store is not None
            else partial(
                rekey, paths, allow_insecure_keyring=allow_insecure_keyring, pin=old, new_pin=new
            )
        )
        try:
            run_busy(
                parent, taskman, tr("Setting your PIN: the store is being encrypted again…"), work
            )
        except (PinRejected, WrongPin) as exc:
            dialog.show_problem(describe(exc)[1])
            continue
        return new
    return None


def required_explanation() -> str:
    return tr(
        "Your organisation requires a PIN for Caseworker, as well as your system keyring. "
        "Choose one now: Caseworker will ask for it whenever it opens or unlocks."
    )
