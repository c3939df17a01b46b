"""Opening a person: loads the joined-up view off the GUI thread (audited as a view), shows
it, and keeps it current.

The page is opened again when a write or a sync changed this person's view, and after the
profile changed what this user may see; it is emptied when the store locks and the same
person is opened again on unlock. Following is a write like any other: the Follow button
saves it, and the bus tells every screen who is followed now.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from caseworker.changes import Changes
from caseworker.preferences import Preferences, save_preferences
from caseworker.profile import Profile
from caseworker.services.currency import PartnerCurrency, partner_currency
from caseworker.services.following import followed, set_following
from caseworker.services.sync import PartnerProgress
from caseworker.services.viewing import open_citizen
from caseworker.views.citizen import CitizenView
from ui.context import Context
from ui.keymap import bind
from ui.person.page import CitizenPage


class PersonActions(QObject):
    def __init__(self, ctx: Context, page: CitizenPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        self._profile: Profile | None = None
        self._reopen: int | None = None
        """Whom to open again on unlock: the person shown when the store locked."""
        ctx.sig_open_requested.connect(self.open)
        page.sig_citizen_requested.connect(ctx.open_citizen)
        page.sig_follow_changed.connect(self.follow)
        ctx.bus.sig_changed.connect(self._changed)
        ctx.bus.sig_following_changed.connect(self._following)
        ctx.bus.sig_profile_changed.connect(self._profile_changed)
        ctx.bus.sig_locked.connect(self._locked)
        ctx.bus.sig_unlocked.connect(self._unlocked)
        ctx.bus.sig_sync_progress.connect(self._progress)
        ctx.bus.sig_preferences_applied.connect(self._preferences)
        page.sig_chronology_order.connect(self._turned_round)
        self._preferences_held: Preferences | None = None
        ctx.bus.sig_sync_finished.connect(lambda _report: self._sync_ended())
        ctx.bus.sig_sync_failed.connect(lambda _error: self._sync_ended())
        self._syncing: frozenset[str] = frozenset()
        """Partners the running sync has not finished with."""
        self.refresh_following()
        for number in range(1, page.tabs.count() + 1):
            tab = bind(QAction(self), f"tab_{number}")
            tab.triggered.connect(lambda _checked=False, n=number: self.show_tab(n - 1))
            ctx.widget.addAction(tab)

    def show_tab(self, index: int) -> None:
        """Alt+1 … Alt+7: that tab of the person shown, with the focus on the tab bar."""
        if not self.ctx.pages.showing(self.page):
            return
        self.page.tabs.setCurrentIndex(index)
        self.page.tabs.tabBar().setFocus()

    def open(self, citizen_id: int) -> None:
        store = self.ctx.store

        def both() -> tuple[CitizenView, tuple[PartnerCurrency, ...]]:
            view = open_citizen(store, citizen_id)
            return view, partner_currency(store, _holding(view))

        self.ctx.read(both, lambda result: self.show(*result))

    def show(self, view: CitizenView, currency: tuple[PartnerCurrency, ...] = ()) -> None:
        self.page.show_view(view)
        self.page.show_currency(currency, self._syncing)
        self.page.set_following(view.citizen_id in self.ctx.following)
        name = view.identity.name.preferred
        self.ctx.pages.show(self.page, name.value if name else None)
        self.ctx.bus.sig_citizen_shown.emit(view.citizen_id)

    def follow(self, citizen_id: int, follow: bool) -> None:
        store = self.ctx.store
        self.ctx.write(lambda: set_following(store, citizen_id, follow))

    def refresh_following(self) -> None:
        """Read who is followed (at start, and after any write that changed it)."""
        store = self.ctx.store
        self.ctx.read(lambda: followed(store), self._read_following)

    def _read_following(self, citizens: frozenset[int]) -> None:
        if citizens != self.ctx.following:
            self.ctx.bus.sig_following_changed.emit(citizens)

    def _changed(self, changes: Changes) -> None:
        if changes.following:
            self.refresh_following()
        view = self.page.view
        if changes.view and view is not None and view.citizen_id in changes.citizens:
            self.open(view.citizen_id)

    def _preferences(self, preferences: Preferences) -> None:
        self._preferences_held = preferences
        self.page.set_newest_first(preferences.chronology_newest_first)

    def _turned_round(self, newest_first: bool) -> None:
        """Remember the chronology's order the user chose, for every person from now on."""
        held = self._preferences_held
        if held is None or held.chronology_newest_first == newest_first:
            return
        store, chosen = self.ctx.store, replace(held, chronology_newest_first=newest_first)
        self.ctx.read(
            lambda: save_preferences(store, chosen), self.ctx.bus.sig_preferences_applied.emit
        )

    def _progress(self, progress: PartnerProgress) -> None:
        """A partner started or finished: the page's word on currency follows at once."""
        syncing = (
            self._syncing | {progress.partner_id}
            if progress.state in ("waiting", "running")
            else self._syncing - {progress.partner_id}
        )
        if syncing != self._syncing:
            self._syncing = syncing
            self.refresh_currency()

    def _sync_ended(self) -> None:
        self._syncing = frozenset()
        self.refresh_currency()

    def refresh_currency(self) -> None:
        """Read each partner's currency again for the person shown (not an audited view:
        it says nothing of them beyond which partners hold them)."""
        view = self.page.view
        if view is None:
            return
        store, holding, syncing = self.ctx.store, _holding(view), self._syncing
        self.ctx.read(
            lambda: partner_currency(store, holding),
            self.page.if_shown(
                view.citizen_id, lambda currency: self.page.show_currency(currency, syncing)
            ),
        )

    def _following(self, citizens: frozenset[int]) -> None:
        if self.page.view is not None:
            self.page.set_following(self.page.view.citizen_id in citizens)

    def _profile_changed(self, profile: Profile | None) -> None:
        before, self._profile = self._profile, profile
        view = self.page.view
        if before is not None and profile != before and view is not None:
            self.open(view.citizen_id)  # what the new profile may see

    def _locked(self) -> None:
        view = self.page.view
        showing = self.ctx.pages.showing(self.page)
        self._reopen = view.citizen_id if showing and view is not None else None
        self.page.clear()

    def _unlocked(self) -> None:
        if self._reopen is not None:
            self.open(self._reopen)
            self._reopen = None


def _holding(view: CitizenView) -> frozenset[str]:
    """The partners that share records about the person."""
    return frozenset(r.partner_id for r in view.records)
