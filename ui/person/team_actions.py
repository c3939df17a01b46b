"""The Notes and tasks tab's actions: write a note, add a task, refer, mark a task done.

Each is a write on the store worker; its Changes refresh the tab and the Outbox count.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from caseworker.changes import Changes
from caseworker.services.team import (
    Recipient,
    TeamEntryView,
    add_entry,
    entries,
    recipients,
    set_done,
)
from ui.context import Context
from ui.i18n import tr
from ui.person.entry_dialog import EntryDialog, team_names
from ui.person.page import CitizenPage


class TeamActions(QObject):
    def __init__(self, ctx: Context, page: CitizenPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        self.recipients: list[Recipient] = []
        tab = page.notes
        tab.sig_add_requested.connect(self.write)
        tab.sig_done_requested.connect(self.mark_done)
        ctx.bus.sig_citizen_shown.connect(self.load)
        ctx.bus.sig_sync_finished.connect(lambda _report: self.reload())
        ctx.bus.sig_changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """A note, a task or a referral written (here or elsewhere) about the person shown."""
        view = self.page.view
        if view is not None and view.citizen_id in changes.citizens:
            self.load(view.citizen_id)

    def reload(self) -> None:
        """Delivery states change with a sync: show the current person's entries again."""
        view = self.page.view
        if view is not None:
            self.load(view.citizen_id)

    def load(self, citizen_id: int) -> None:
        store = self.ctx.store

        def shown(result: tuple[list[TeamEntryView], list[Recipient]]) -> None:
            self.recipients = result[1]
            self.page.show_entries(result[0])

        self.ctx.read(
            lambda: (entries(store, citizen_id), recipients(store, citizen_id)),
            self.page.if_shown(citizen_id, shown),
        )

    def write(
        self,
        kind: str,
        values: tuple[str, list[str], str | None, object] | None = None,
        referral: tuple[str, str] = ("routine", "public_task"),
    ) -> None:
        """Ask for the entry (or take `values`, and a referral's urgency and basis, for tests
        and scripts) and save it. A referral is not offered the user's own agency."""
        view = self.page.view
        if view is None:
            return
        if values is None:
            dialog = EntryDialog(
                kind,
                self._offered(kind),
                self.ctx.widget,
                person=view.identity.name.preferred.value if view.identity.name.preferred else "",
                team=team_names(view),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            referral = dialog.referral_values()
        text, partners, owner, due = values
        urgency, basis = referral if kind == "referral" else (None, None)
        store, citizen = self.ctx.store, view.citizen_id
        author = self.ctx.user_name()

        def done(_changes: Changes) -> None:
            self.ctx.say(
                tr("Saved: it goes to the agencies you chose at the next sync.")
                if partners
                else tr("Saved for your team.")
            )

        self.ctx.write(
            lambda: add_entry(
                store,
                citizen,
                kind=kind,
                text=text,
                partners=partners,
                author=author,
                owner=owner,
                due_on=due,  # type: ignore[arg-type]
                urgency=urgency,
                basis=basis,
            ),
            done,
        )

    def _offered(self, kind: str) -> list[Recipient]:
        own = self.ctx.profile.org if self.ctx.profile is not None else None
        if kind != "referral":
            return self.recipients
        return [r for r in self.recipients if r.partner_id != own]

    def mark_done(self, entry_id: int) -> None:
        view = self.page.view
        if view is None:
            return
        store = self.ctx.store
        self.ctx.write(lambda: set_done(store, entry_id))
