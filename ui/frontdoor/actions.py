"""Go → Front door (Ctrl+Shift+D): load the open contacts off the GUI thread; record a
contact, say who the child is, open an enquiry, decide, each through its dialog and the
core's services.

The page is read again (and its viewing audited) when it is shown, and after every sync or
front-door change while it is in front; between reads its clocks run down every half
minute. After each sync, wherever the user is, the status bar says how many contacts are
overdue or due within the hour: a clock about to run out is never left to be noticed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from caseworker.changes import Changes
from caseworker.policy import load_policy
from caseworker.services.contacts import (
    ContactDraft,
    choose_match,
    partner_names,
    possible_matches,
    record_contact,
)
from caseworker.services.decisions import decide
from caseworker.services.enquiries import changes_of, open_enquiry, partners_to_ask
from caseworker.services.front_door import clocks_running_out, front_door, retime
from caseworker.views.search import CitizenSummary
from ui.context import Context
from ui.frontdoor.dialogs import (
    NOT_KNOWN,
    ContactDialog,
    DecisionDialog,
    EnquiryDialog,
    MatchDialog,
)
from ui.frontdoor.page import FrontDoorPage
from ui.i18n import plural, tr
from ui.keymap import bind

FRONT_DOOR = Changes(view=False, front_door=True)
TICK_MS = 30_000
"""How often the page's clocks are run down on screen."""


class FrontDoorActions(QObject):
    def __init__(self, ctx: Context, page: FrontDoorPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        action = bind(QAction(tr("Front &door"), self), "front_door")
        action.setToolTip(tr("Contacts about children, their clocks, enquiries and decisions"))
        action.triggered.connect(self.show_page)
        ctx.menus.go.addAction(action)
        self.action = action
        page.sig_citizen_chosen.connect(ctx.open_citizen)
        page.sig_record_requested.connect(self.record)
        page.sig_match_requested.connect(self.match)
        page.sig_enquiry_requested.connect(self.enquire)
        page.sig_decide_requested.connect(self.decide)
        ctx.bus.sig_sync_finished.connect(lambda _report: self._after_sync())
        ctx.bus.sig_changed.connect(self._changed)
        self.clock = QTimer(self)
        self.clock.setInterval(TICK_MS)
        self.clock.timeout.connect(self.tick)
        self.clock.start()

    def tick(self, now: datetime | None = None) -> None:
        """Run the page's clocks down between reads (nothing is read or audited)."""
        if self.ctx.pages.showing(self.page) and self.page.door.rows:
            self.page.retimed(retime(self.page.door, now or datetime.now(UTC)))

    def show_page(self) -> None:
        self.ctx.pages.show(self.page, tr("Front door"))
        self.reload()
        self.page.list.setFocus()

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: front_door(store), self.page.show_door)

    def _changed(self, changes: Changes) -> None:
        if changes.front_door and self.ctx.pages.showing(self.page):
            self.reload()

    def _after_sync(self) -> None:
        if self.ctx.pages.showing(self.page):
            self.reload()
        store = self.ctx.store
        self.ctx.read(lambda: clocks_running_out(store), self._say_clocks, lambda _e: None)

    def _say_clocks(self, counts: tuple[int, int]) -> None:
        overdue, soon = counts
        if overdue or soon:
            self.ctx.say(
                "⚠ "
                + plural(
                    overdue + soon,
                    "{count} contact at the front door is overdue or due within the hour "
                    "(Ctrl+Shift+D).",
                    "{count} contacts at the front door are overdue or due within the hour "
                    "(Ctrl+Shift+D).",
                )
            )

    # -- the four steps ------------------------------------------------------------------

    def record(self, draft: ContactDraft | None = None) -> None:
        """Ask for the contact (or take `draft`, for tests and scripts), keep it, then ask
        who the child is."""
        store, who = self.ctx.store, self.ctx.user_name()

        def ask(partners: dict[str, str]) -> None:
            chosen = draft
            if chosen is None:
                dialog = ContactDialog(partners, self.ctx.widget)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                chosen = dialog.draft()
            kept: list[int] = []

            def write() -> Changes:
                kept.append(record_contact(store, chosen, entered_by=who))
                return FRONT_DOOR

            def recorded(_changes: Changes) -> None:
                self.ctx.say(tr("Contact recorded: its clock is running."))
                if draft is None and kept:
                    self.match(kept[0])

            self.ctx.write(write, recorded)

        self.ctx.read(lambda: partner_names(store), ask)

    def match(self, contact_id: int, choice: int | None = None) -> None:
        """Offer the possible matches; `choice` (a citizen, or NOT_KNOWN) skips the dialog."""
        store, who = self.ctx.store, self.ctx.user_name()
        row = next((r for r in self.page.door.rows if r.contact.id == contact_id), None)
        child = row.contact.child_name if row is not None else ""

        def offered(matches: list[CitizenSummary]) -> None:
            chosen = choice
            if chosen is None:
                dialog = MatchDialog(child, matches, self.ctx.widget)
                if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                    return
                chosen = dialog.chosen
            citizen = None if chosen == NOT_KNOWN else chosen
            self.ctx.write(
                lambda: choose_match(store, contact_id, citizen, by=who),
                lambda _changes: self.ctx.say(tr("Saved: the child is recorded.")),
            )

        self.ctx.read(lambda: possible_matches(store, contact_id), offered)

    def enquire(self, contact_id: int, values: tuple[str, list[str]] | None = None) -> None:
        """Choose the rating and partners (or take `values`) and open the enquiry."""
        store, who = self.ctx.store, self.ctx.user_name()
        own = self.ctx.profile.org if self.ctx.profile is not None else None
        row = next((r for r in self.page.door.rows if r.contact.id == contact_id), None)
        rating_now = row.contact.rating if row is not None else None

        def chosen(found: tuple[dict[str, str], list[str]]) -> None:
            names, default = found
            if values is None:
                dialog = EnquiryDialog(names, default, rating_now, self.ctx.widget)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                rating, partners = dialog.chosen_rating(), dialog.partners()
            else:
                rating, partners = values

            def write() -> Changes:
                opened = open_enquiry(store, contact_id, rating=rating, partners=partners, by=who)
                return changes_of(store, opened)

            self.ctx.write(
                write,
                lambda _changes: self.ctx.say(
                    tr("Enquiry opened: the partners are asked at the next sync.")
                ),
            )

        self.ctx.read(
            lambda: (partner_names(store), partners_to_ask(store, contact_id, own)), chosen
        )

    def decide(self, contact_id: int, values: tuple[str, str] | None = None) -> None:
        """Ask for the decision and rationale (or take `values`) and record it."""
        store, who = self.ctx.store, self.ctx.user_name()
        row = next((r for r in self.page.door.rows if r.contact.id == contact_id), None)
        waiting = [a.partner for a in row.enquiry.waiting_for] if row and row.enquiry else []
        if values is None:
            dialog = DecisionDialog(load_policy().mash_nation, waiting, self.ctx.widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            outcome, rationale = dialog.chosen_outcome(), dialog.text()
        else:
            outcome, rationale = values
        self.ctx.write(
            lambda: decide(store, contact_id, outcome=outcome, rationale=rationale, by=who),
            lambda _changes: self.ctx.say(
                tr("Decision recorded: it goes to the agencies at the next sync.")
            ),
        )
