"""File → Lock (Ctrl+L) and locking after the idle time set in Preferences.

Locking stops a running sync first, records the lock in the audit log, then closes the
store on its worker thread (so no queued work is cut off half way) and covers the window
with the lock page: menus that reach records are disabled. Unlocking reads the key from
the keyring again (with the PIN typed on the lock page, when the store has one) and puts the
window back as it was; a refusal (a wrong PIN, the keyring is locked or the key is gone) is
said on the lock page and the store stays closed. After three wrong PINs in a row each try
waits longer (ui.pin_flow.wait_after); how many there were is recorded with the unlock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from caseworker.audit.log import record
from caseworker.errors import WrongPin
from ui.errors import describe
from ui.i18n import tr
from ui.ops.op import QueryOp
from ui.pin_flow import Countdown, wait_after
from ui.views.lock_page import LockPage

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page = LockPage()
        self._before: QWidget | None = None
        self._citizen: int | None = None
        self._lock_after_sync = False
        window.stack.addWidget(self.page)
        self.countdown = Countdown(self.page.unlock, self.page.message)
        self._failures = 0
        """Wrong PINs in a row since the lock: after three, each try waits longer."""
        self.action = QAction(tr("&Lock"), self, shortcut=QKeySequence("Ctrl+L"))
        self.action.triggered.connect(self.lock)
        window.file_menu.insertAction(window.quit_action, self.action)
        self.page.sig_unlock_requested.connect(self.unlock)
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        self.set_idle_minutes(10)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.runner.sig_sync_finished.connect(lambda _r: self._after_sync())
        window.runner.sig_sync_failed.connect(lambda _e: self._after_sync())

    @property
    def locked(self) -> bool:
        return self.window.stack.currentWidget() is self.page

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.setInterval(minutes * 60_000)
        if not self.locked:
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            self.idle.start()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        if self.window.runner.running:
            self._lock_after_sync = True
            self.window.runner.cancel()
            self.window.statusBar().showMessage(tr("Locking when the sync has stopped…"))
            return
        store = self.window.store
        self._before = self.window.stack.currentWidget()
        shown = self.window.page.view
        self._citizen = shown.citizen_id if shown is not None else None
        self.window.stack.setCurrentWidget(self.page)
        self._forget_what_was_shown()
        self._set_menus(enabled=False)
        self._failures = 0
        needs_pin = store.needs_pin
        self.page.show_problem(
            tr(
                "The store is closed and its key is not in memory. Enter your PIN and unlock "
                "to carry on where you were; the key is read from your system keyring again."
            )
            if needs_pin
            else tr(
                "The store is closed and its key is not in memory. Unlock to carry on where "
                "you were; the key is read from your system keyring again."
            )
        )
        self.page.ask_pin(needs_pin)

        def close() -> None:
            record(store, "lock")
            store.lock()

        QueryOp(parent=self.window, op=close, success=lambda _none: None).failure(
            lambda _error: store.lock()
        ).run_on_store(self.window.taskman)

    def unlock(self) -> None:
        if self.countdown.running:
            return
        store = self.window.store
        pin = self.page.take_pin()
        failures = self._failures

        def reopen() -> None:
            store.unlock(pin)
            if failures:
                record(store, "unlock", wrong_pins=failures)
            else:
                record(store, "unlock")

        QueryOp(parent=self.window, op=reopen, success=lambda _none: self._unlocked()).failure(
            self._refused
        ).run_on_store(self.window.taskman)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, WrongPin):
            self._failures += 1
        self.countdown.hold(describe(error)[1], wait_after(self._failures))
        if self.page.asking_pin:
            self.page.pin.setFocus()

    def _unlocked(self) -> None:
        self._failures = 0
        self._set_menus(enabled=True)
        self.window.stack.setCurrentWidget(self._before or self.window.home)
        if self._before is self.window.page and self._citizen is not None:
            self.window.open_citizen(self._citizen)
        self.window.home_actions.reload()
        self.idle.start()

    def _forget_what_was_shown(self) -> None:
        """Nothing read from the store stays in the window while it is locked."""
        window = self.window
        window.page.clear()
        window.home.show_caseload([])
        window.search.box.blockSignals(True)
        window.search.box.clear()
        window.search.box.blockSignals(False)
        window.search.results_model.set_results([])
        window.setWindowTitle(tr("Caseworker"))

    def _after_sync(self) -> None:
        if self._lock_after_sync:
            self._lock_after_sync = False
            self.lock()

    def _set_menus(self, *, enabled: bool) -> None:
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if menu is not None and menu is not self.window.file_menu:
                action.setEnabled(enabled)
        for action in self.window.file_menu.actions():
            if action not in (self.action, self.window.quit_action):
                action.setEnabled(enabled)
        self.window.search.setEnabled(enabled)
        self.window.sync_panel.setEnabled(enabled)
