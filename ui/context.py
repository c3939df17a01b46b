"""The window context: what every feature's controller is given instead of the window.

One object holds the store, the task manager, the change bus and the user's profile. It is
the one way to run work off the GUI thread: `read` and `write` on the store's worker,
`network` on the partners' pool, and `job` for long work that reports progress and can be
cancelled. Every write returns the `Changes` it made and they are published on the bus.
A controller holds its own screen and this, says things with `say`, asks for a person with
`open_citizen` and for a page with `pages.show`, and learns of everything else from the bus:
it never reaches into the window or into another controller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QStackedWidget, QWidget

from caseworker.changes import Changes
from caseworker.profile import Profile
from caseworker.services import Store
from caseworker.services.sync import CancelToken
from ui.bus import ChangeBus
from ui.errors import show_error
from ui.i18n import tr
from ui.ops.taskman import TaskManager

T = TypeVar("T")
P = TypeVar("P")


@dataclass
class Menus:
    """The window's menus, in the order they appear; features add their actions to them."""

    bar: QMenuBar
    file: QMenu
    go: QMenu
    view: QMenu
    settings: QMenu
    help: QMenu
    quit: QAction

    def enable(self, enabled: bool, *, keep: tuple[QAction, ...] = ()) -> None:
        """Enable or disable every menu but File, and every File action but `keep`."""
        for action in self.bar.actions():
            menu = action.menu()
            if menu is not None and menu is not self.file:
                action.setEnabled(enabled)
        for action in self.file.actions():
            if action not in (*keep, self.quit):
                action.setEnabled(enabled)


class Pages:
    """The pages that take the window's main area in turn (home, a person, emerging needs,
    the lock page), and the window title that names the one in front."""

    def __init__(self, stack: QStackedWidget, set_title: Callable[[str], None]) -> None:
        self._stack, self._set_title = stack, set_title
        self._before: list[tuple[QWidget, str | None]] = []
        """The pages shown before, newest last, with their titles: where Back goes."""
        self._title: str | None = None

    def add(self, page: QWidget) -> None:
        self._stack.addWidget(page)

    def replace(self, old: QWidget | None, new: QWidget) -> None:
        """Put `new` where `old` was (a page built again with fresh figures)."""
        self._stack.addWidget(new)
        if old is not None:
            if self._stack.currentWidget() is old:
                self._stack.setCurrentWidget(new)
            self._before = [(new if w is old else w, t) for w, t in self._before]
            self._stack.removeWidget(old)
            old.deleteLater()

    def show(self, page: QWidget, title: str | None = None, *, remember: bool = True) -> None:
        """Bring `page` to the front; the one it covers is remembered for Back unless
        `remember` is False (the lock page covers and uncovers without a trace)."""
        current = self._stack.currentWidget()
        if remember and current is not None and current is not page:
            self._before = [b for b in self._before if b[0] is not current][-9:]
            self._before.append((current, self._title))
        self._stack.setCurrentWidget(page)
        self.title(title)

    def back(self) -> None:
        """Go back to the page shown before this one (Home when there is none)."""
        current = self._stack.currentWidget()
        while self._before:
            page, title = self._before.pop()
            if page is not current and self._stack.indexOf(page) >= 0:
                self._stack.setCurrentWidget(page)
                self.title(title)
                return
        self._stack.setCurrentIndex(0)
        self.title(None)

    def title(self, title: str | None) -> None:
        self._title = title
        self._set_title(tr("{name} — Caseworker", name=title) if title else tr("Caseworker"))

    @property
    def current_title(self) -> str | None:
        return self._title

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def showing(self, page: QWidget) -> bool:
        return self._stack.currentWidget() is page


class Context(QObject):
    sig_status = Signal(str, int)
    """A message for the status line, and how many milliseconds it stays (0: until the next)."""
    sig_open_requested = Signal(int)
    """A screen asks for this citizen's page."""

    def __init__(
        self,
        store: Store,
        taskman: TaskManager,
        parent: QWidget,
        menus: Menus,
        pages: Pages,
    ) -> None:
        super().__init__(parent)
        self.store, self.taskman, self.menus, self.pages = store, taskman, menus, pages
        self.widget = parent
        """What dialogs and error boxes open over."""
        self.bus = ChangeBus(self)
        self.profile: Profile | None = None
        self.following: frozenset[int] = frozenset()
        self.locked = False
        self.before_open: Callable[[], None] = lambda: None
        """Called before a person is asked for: the window builds its person page then if it
        has not yet (ui.main_window)."""
        self.bus.sig_profile_changed.connect(self._set_profile)
        self.bus.sig_following_changed.connect(self._set_following)

    # -- work off the GUI thread -------------------------------------------------------------

    def read(
        self,
        op: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `op` on the store's worker; `success` gets its result on the GUI thread. `op`
        must not touch widgets: read what it needs from them first. Errors are shown over
        the window unless `failure` handles them."""
        self.taskman.run_on_store(op, success, failure or self._show_error)

    def write(
        self,
        op: Callable[[], Changes],
        done: Callable[[Changes], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a write on the store's worker, publish what it changed (every screen that
        shows it refreshes itself), then call `done` on the GUI thread."""

        def finished(changes: Changes) -> None:
            self.bus.publish(changes)
            if done is not None:
                done(changes)

        self.taskman.run_on_store(op, finished, failure or self._show_error)

    def network(
        self,
        op: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `op`, which talks to partners, on the partners' pool (never the store's
        worker, so the window keeps reading while a partner is slow)."""
        self.taskman.run_on_partners(op, success, failure or self._show_error)

    def job(
        self,
        op: Callable[[Callable[[P], None], CancelToken], T],
        progress: Callable[[P], None],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> CancelToken:
        """Run long partner work that reports progress and can be stopped: `op` gets a
        report function (its values reach `progress` on the GUI thread) and a cancel token,
        which is returned so the caller can cancel it."""
        cancel = CancelToken()
        relay = _Relay(self)
        relay.sig_progress.connect(progress)
        emit = relay.sig_progress.emit  # thread-safe: queued to the GUI thread

        def finished(result: T) -> None:
            relay.deleteLater()
            success(result)

        def failed(error: BaseException) -> None:
            relay.deleteLater()
            (failure or self._show_error)(error)

        self.taskman.run_on_partners(lambda: op(emit, cancel), finished, failed)
        return cancel

    # -- the window around the controllers ---------------------------------------------------

    def say(self, text: str, timeout_ms: int = 0) -> None:
        self.sig_status.emit(text, timeout_ms)

    def open_citizen(self, citizen_id: int) -> None:
        self.before_open()
        self.sig_open_requested.emit(citizen_id)

    def user_name(self, fallback: str | None = None) -> str:
        """The user's name from their profile, for what is kept on record."""
        name = self.profile.display_name if self.profile is not None else ""
        return name or fallback or tr("this computer's user")

    def _set_profile(self, profile: Profile | None) -> None:
        self.profile = profile

    def _set_following(self, citizens: frozenset[int]) -> None:
        self.following = citizens

    def _show_error(self, error: BaseException) -> None:
        show_error(self.widget, error)


class _Relay(QObject):
    sig_progress = Signal(object)
