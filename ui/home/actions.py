"""Go → Home (Alt+Home), Go → Follow (Ctrl+D), and keeping the caseload current.

The caseload is loaded on the store worker at start, after every sync, whenever following
changes, and each time Home is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from caseworker.services.following import set_following
from caseworker.services.reading import caseload_rows
from ui.context import Context
from ui.home.page import ID_ROLE, HomePage
from ui.i18n import tr
from ui.keymap import bind
from ui.search.panel import SearchPanel
from ui.widgets.roles import CITIZEN_ID_ROLE

if TYPE_CHECKING:
    from ui.person.page import CitizenPage


class HomeActions(QObject):
    def __init__(
        self,
        ctx: Context,
        home: HomePage,
        search: SearchPanel,
        person: Callable[[], CitizenPage],
    ) -> None:
        """`person` gives the person page: the window builds it after its first paint."""
        super().__init__(ctx)
        self.ctx, self.home, self.search, self.person = ctx, home, search, person
        go_home = bind(QAction(tr("&Home: my caseload"), self), "go_home")
        go_home.triggered.connect(self.go_home)
        follow = bind(QAction(tr("F&ollow or stop following this person"), self), "follow")
        follow.triggered.connect(self.toggle_follow)
        ctx.menus.go.insertActions(ctx.menus.go.actions()[0], [go_home, follow])
        home.sig_citizen_chosen.connect(ctx.open_citizen)
        home.sig_unfollow_requested.connect(lambda cid: self.follow(cid, False))
        home.sig_find_requested.connect(search.box.setFocus)
        ctx.bus.sig_sync_finished.connect(lambda _report: self.reload())
        ctx.bus.sig_following_changed.connect(lambda _citizens: self.reload())
        ctx.bus.sig_unlocked.connect(self.reload)
        ctx.bus.sig_locked.connect(lambda: home.show_caseload([]))
        self.reload()

    def go_home(self) -> None:
        self.ctx.pages.show(self.home)
        self.reload()
        self.home.list.setFocus()

    def toggle_follow(self) -> None:
        """Follow or stop following whoever is in front of the user: the person highlighted
        in the search results or on Home when one of those lists has the focus, else the
        person whose page is open."""
        results, home, person = self.search.results, self.home, self.person()
        citizen: int | None = None
        if results.hasFocus() and results.currentIndex().isValid():
            citizen = int(results.currentIndex().data(CITIZEN_ID_ROLE))
        elif home.list.hasFocus() and (row := home.list.currentItem()) is not None:
            citizen = int(row.data(0, ID_ROLE))
        elif self.ctx.pages.showing(person) and person.view is not None:
            citizen = person.view.citizen_id
        if citizen is None:
            self.ctx.say(tr("Choose a person first."))
            return
        follow = citizen not in self.ctx.following
        self.follow(citizen, follow)
        self.ctx.say(tr("Added to your caseload.") if follow else tr("Taken off your caseload."))

    def follow(self, citizen_id: int, follow: bool) -> None:
        store = self.ctx.store
        self.ctx.write(lambda: set_following(store, citizen_id, follow))

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: caseload_rows(store), self.home.show_caseload)
