"""Go → Emerging needs (Ctrl+Shift+E): load the list off the GUI thread, and follow, refer
or dismiss a household from it.

The list is loaded (and its viewing audited) when the page is shown, and again after a sync
or a consent decision only while the page is in front.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from caseworker.changes import Changes
from caseworker.errors import RulesInvalid
from caseworker.services.emerging import (
    EmergingHousehold,
    dismiss,
    emerging_needs,
    follow_household,
)
from caseworker.services.requests import MIN_REASON
from caseworker.services.team import Recipient, add_entry, recipients
from ui.context import Context
from ui.emerging.page import EmergingPage
from ui.errors import describe, show_error
from ui.i18n import tr
from ui.keymap import bind
from ui.person.entry_dialog import EntryDialog
from ui.widgets.reason_dialog import ReasonDialog


class EmergingActions(QObject):
    def __init__(self, ctx: Context, page: EmergingPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        action = bind(QAction(tr("&Emerging needs"), self), "emerging_needs")
        action.setToolTip(
            tr("Households with concerns at several agencies that nobody has joined up")
        )
        action.triggered.connect(self.show_page)
        ctx.menus.go.addAction(action)
        self.action = action
        page.sig_citizen_chosen.connect(ctx.open_citizen)
        page.sig_follow_requested.connect(self.follow)
        page.sig_dismiss_requested.connect(self.dismiss)
        page.sig_refer_requested.connect(self.refer)
        ctx.bus.sig_sync_finished.connect(lambda _report: self._reload_if_shown())
        ctx.bus.sig_changed.connect(self._changed)

    def show_page(self) -> None:
        self.ctx.pages.show(self.page, tr("Emerging needs"))
        self.reload()
        self.page.list.setFocus()

    def _changed(self, changes: Changes) -> None:
        if changes.view:  # a consent decision, a link: who is in a household may differ
            self._reload_if_shown()

    def _reload_if_shown(self) -> None:
        if self.ctx.pages.showing(self.page):
            self.reload()

    def reload(self) -> None:
        store, page = self.ctx.store, self.page

        def failed(error: BaseException) -> None:
            if isinstance(error, RulesInvalid):
                page.show_problem(describe(error)[1])
            else:
                show_error(self.ctx.widget, error)

        self.ctx.read(lambda: emerging_needs(store), page.show_households, failed)

    def _household(self, key: str) -> EmergingHousehold | None:
        return next((h for h in self.page.households if h.key == key), None)

    def follow(self, key: str) -> None:
        household = self._household(key)
        if household is None:
            return
        store = self.ctx.store

        self.ctx.write(
            lambda: follow_household(store, household),
            lambda _changes: self.ctx.say(tr("Everyone in the household is on your caseload now.")),
        )

    def dismiss(self, key: str, reason: str | None = None) -> None:
        """Ask for the reason (or take `reason`, for tests and scripts) and dismiss."""
        household = self._household(key)
        if household is None:
            return
        if reason is None:
            dialog = ReasonDialog(
                tr("Dismiss from emerging needs"),
                tr(
                    "The household leaves the list until a partner shares new evidence about "
                    "it. Your reason is kept in the audit log and in each person's record of "
                    "who used their information."
                ),
                tr("&Dismiss"),
                self.ctx.widget,
                prompt=tr(
                    "&Reason (at least {count} characters, kept on record):", count=MIN_REASON
                ),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.text()
        store = self.ctx.store
        who = self.ctx.user_name()
        words = reason

        self.ctx.write(
            lambda: dismiss(store, household, words, by=who),
            lambda _changes: self._dismissed(),
        )

    def _dismissed(self) -> None:
        self.ctx.say(tr("Dismissed: it comes back if its evidence changes."))
        self.reload()

    def refer(
        self,
        citizen_id: int,
        values: tuple[str, str] | None = None,
        referral: tuple[str, str] = ("routine", "public_task"),
    ) -> None:
        """Refer one person of the household to a partner: the referral goes through the
        outbox like one written on their page. `values` (text, partner) skips the dialog."""
        store = self.ctx.store

        own = self.ctx.profile.org if self.ctx.profile is not None else None
        member = next(
            (m for h in self.page.households for m in h.members if m.citizen_id == citizen_id),
            None,
        )

        def chosen(found: list[Recipient]) -> None:
            urgency, basis = referral
            if values is None:
                offered = [r for r in found if r.partner_id != own]
                name = member.name if member is not None and member.name else ""
                dialog = EntryDialog("referral", offered, self.ctx.widget, person=name)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                text, partners, _owner, _due = dialog.values()
                urgency, basis = dialog.referral_values()
            else:
                text, partners = values[0], [values[1]]
            author = self.ctx.user_name()

            def sent(_changes: object) -> None:
                self.ctx.say(tr("Saved: it goes to the agencies you chose at the next sync."))

            self.ctx.write(
                lambda: add_entry(
                    store,
                    citizen_id,
                    kind="referral",
                    text=text,
                    partners=partners,
                    author=author,
                    urgency=urgency,
                    basis=basis,
                ),
                sent,
            )

        self.ctx.read(lambda: recipients(store, citizen_id), chosen)
