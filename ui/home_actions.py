"""Go → Home (Alt+Home), Go → Follow (Ctrl+D), and keeping the caseload current.

The caseload is loaded on the store worker at start, after every sync, whenever following
changes, and each time Home is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from caseworker.services.reading import caseload_rows
from caseworker.store.store import Store
from caseworker.views.caseload import CaseloadRow
from ui.i18n import tr
from ui.models.roles import CITIZEN_ID_ROLE
from ui.ops.op import on_store
from ui.views.home_page import ID_ROLE

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _load(store: Store) -> list[CaseloadRow]:
    return caseload_rows(store)


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
        """Follow or stop following whoever is in front of the user: the person highlighted
        in the search results or on Home when one of those lists has the focus, else the
        person whose page is open."""
        window = self.window
        citizen: int | None = None
        if window.search.results.hasFocus() and window.search.results.currentIndex().isValid():
            citizen = int(window.search.results.currentIndex().data(CITIZEN_ID_ROLE))
        elif window.home.list.hasFocus() and (row := window.home.list.currentItem()) is not None:
            citizen = int(row.data(0, ID_ROLE))
        elif window.stack.currentWidget() is window.page and window.page.view is not None:
            citizen = window.page.view.citizen_id
        if citizen is None:
            window.statusBar().showMessage(tr("Choose a person first."))
            return
        follow = citizen not in window.followed
        window.change_following(citizen, follow)
        window.statusBar().showMessage(
            tr("Added to your caseload.") if follow else tr("Taken off your caseload.")
        )

    def reload(self) -> None:
        on_store(
            self.window,
            self.window.taskman,
            lambda: _load(self.window.store),
            self.window.home.show_caseload,
        )
