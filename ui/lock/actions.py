"""File → Lock (Ctrl+L) and locking after the idle time set in Preferences.

Locking stops a running sync first, records the lock in the audit log, then closes the
store on its worker thread (so no queued work is cut off half way) and covers the window
with the lock page: menus that reach records are disabled. Unlocking reads the key from
the keyring again (with the PIN typed on the lock page, when the store has one) and puts the
window back as it was; a refusal (a wrong PIN, the keyring is locked or the key is gone) is
said on the lock page and the store stays closed. After three wrong PINs in a row each try
waits longer (ui.lock.pin_flow.wait_after); how many there were is recorded with the unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from caseworker.errors import WrongPin
from caseworker.services.locking import lock_store, unlock_store
from ui.context import Context
from ui.errors import describe
from ui.i18n import tr
from ui.keymap import bind
from ui.lock.page import LockPage
from ui.lock.pin_flow import Countdown, wait_after
from ui.sync.runner import SyncRunner

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockActions(QObject):
    def __init__(self, ctx: Context, runner: SyncRunner) -> None:
        super().__init__(ctx)
        self.ctx, self.runner = ctx, runner
        self.page = LockPage()
        self._before: QWidget | None = None
        self._title: str | None = None
        self._lock_after_sync = False
        ctx.pages.add(self.page)
        self.countdown = Countdown(self.page.unlock, self.page.message)
        self._failures = 0
        """Wrong PINs in a row since the lock: after three, each try waits longer."""
        self.action = bind(QAction(tr("&Lock"), self), "lock")
        self.action.triggered.connect(self.lock)
        ctx.menus.file.insertAction(ctx.menus.quit, self.action)
        self.page.sig_unlock_requested.connect(self.unlock)
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        self.set_idle_minutes(10)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        ctx.bus.sig_sync_finished.connect(lambda _r: self._after_sync())
        ctx.bus.sig_sync_failed.connect(lambda _e: self._after_sync())
        ctx.bus.sig_preferences_applied.connect(
            lambda preferences: self.set_idle_minutes(preferences.lock_minutes)
        )

    @property
    def locked(self) -> bool:
        return self.ctx.locked

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
        if self.runner.running:
            self._lock_after_sync = True
            self.runner.cancel()
            self.ctx.say(tr("Locking when the sync has stopped…"))
            return
        store = self.ctx.store
        self._before = self.ctx.pages.current()
        self._title = self.ctx.pages.current_title
        self.ctx.locked = True
        self.ctx.bus.sig_locked.emit()  # every screen forgets what it showed
        self.ctx.pages.show(self.page, remember=False)
        self.ctx.menus.enable(False, keep=(self.action,))
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
        self.ctx.read(lambda: lock_store(store), lambda _none: None, lambda _error: store.lock())

    def unlock(self) -> None:
        if self.countdown.running:
            return
        store = self.ctx.store
        pin = self.page.take_pin()
        failures = self._failures
        self.ctx.read(
            lambda: unlock_store(store, pin, wrong_pins=failures),
            lambda _none: self._unlocked(),
            self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, WrongPin):
            self._failures += 1
        self.countdown.hold(describe(error)[1], wait_after(self._failures))
        if self.page.asking_pin:
            self.page.pin.setFocus()

    def _unlocked(self) -> None:
        self._failures = 0
        self.ctx.locked = False
        self.ctx.menus.enable(True)
        if self._before is not None:
            self.ctx.pages.show(self._before, self._title, remember=False)
        self.ctx.bus.sig_unlocked.emit()
        self.idle.start()

    def _after_sync(self) -> None:
        if self._lock_after_sync:
            self._lock_after_sync = False
            self.lock()
