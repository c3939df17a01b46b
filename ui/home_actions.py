"""Go → Home (Alt+Home), Go → Follow (Ctrl+D), and keeping the caseload current.

The caseload is loaded on the store worker at start, after every sync, whenever following
changes, and each time Home is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from caseworker.store.store import Store
from caseworker.views.caseload import CaseloadRow, caseload
from ui.i18n import tr
from ui.ops.op import on_store

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _load(store: Store) -> list[CaseloadRow]:
    with store.session() as session:
        return caseload(session)


class HomeActions(QObject):
    def __init__(self, window: MainWindow, go_menu: object) -> None:
        super().__init__(window)
        self.window = window
        home = QAction(tr("&Home: my caseload"), self, shortcut=QKeySequence("Alt+Home"))
        home.triggered.connect(self.go_home)
        follow = QAction(tr("F&ollow or stop following this person"), self)
        follow.setShortcut(QKeySequence("Ctrl+D"))
        follow.triggered.connect(self.toggle_follow)
        window.go_menu.insertActions(window.go_menu.actions()[0], [home, follow])
        page = window.home
        page.sig_citizen_chosen.connect(window.open_citizen)
        page.sig_unfollow_requested.connect(lambda cid: window.change_following(cid, False))
        page.sig_find_requested.connect(window.focus_search)
        window.sig_sync_finished.connect(lambda _report: self.reload())
        window.sig_following_changed.connect(self.reload)
        self.reload()

    def go_home(self) -> None:
        self.window.stack.setCurrentWidget(self.window.home)
        self.window.setWindowTitle(tr("Caseworker"))
        self.reload()
        self.window.home.list.setFocus()

    def toggle_follow(self) -> None:
        view = self.window.page.view
        if view is None or self.window.stack.currentWidget() is not self.window.page:
            self.window.statusBar().showMessage(tr("Open a person first."))
            return
        self.window.page.follow.toggle()

    def reload(self) -> None:
        on_store(
            self.window,
            self.window.taskman,
            lambda: _load(self.window.store),
            self.window.home.show_caseload,
        )
