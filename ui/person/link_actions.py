"""The Records tab's linkage: the records that make up this person, unlinking one that is not
them, and linking another person in by hand. Every decision carries the user's name from
their profile and is a write: its Changes open the person again and refresh searches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from caseworker.services.linkage import link_citizens, linked_records, unlink_record
from caseworker.services.viewing import find
from caseworker.views.search import CitizenSummary
from ui.context import Context
from ui.i18n import tr
from ui.person.page import CitizenPage
from ui.person.pick_person_dialog import PickPersonDialog
from ui.widgets.reason_dialog import ReasonDialog


class LinkActions(QObject):
    def __init__(self, ctx: Context, page: CitizenPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        ctx.bus.sig_citizen_shown.connect(self.load_records)
        page.records.sig_unlink_requested.connect(self.unlink)
        page.records.sig_link_requested.connect(self.link_by_hand)

    # -- the Records tab -------------------------------------------------------------------

    def load_records(self, citizen_id: int) -> None:
        store = self.ctx.store

        self.ctx.read(
            lambda: linked_records(store, citizen_id),
            self.page.if_shown(citizen_id, self.page.show_records),
        )

    def unlink(self, person_id: int, reason: str | None = None) -> None:
        view = self.page.view
        if view is None:
            return
        if reason is None:
            dialog = ReasonDialog(
                tr("Unlink a record"),
                tr(
                    "The record leaves this person's view at once, with anything that was "
                    "linked in with it, and the two are kept apart from now on."
                ),
                tr("Unlink"),
                self.ctx.widget,
                prompt=tr("&Why is it not this person? (kept on record)"),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.text()
        store, user, citizen = self.ctx.store, self.ctx.user_name(), view.citizen_id
        self.ctx.write(
            lambda: unlink_record(store, citizen, person_id, decided_by=user, reason=reason)[0],
            lambda _changes: self.ctx.say(
                tr("Record unlinked: it now shows as a separate person.")
            ),
        )

    def link_by_hand(self) -> None:
        view = self.page.view
        if view is None:
            return
        store = self.ctx.store

        def search(text: str, show: Callable[[list[CitizenSummary]], None]) -> None:
            self.ctx.read(lambda: find(store, text), show)

        picker = PickPersonDialog(search, view.citizen_id, self.ctx.widget)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        self.link_with(picker.chosen)

    def link_with(self, other: CitizenSummary, *, confirm: bool = True) -> None:
        view = self.page.view
        if view is None:
            return
        name = view.identity.name.preferred
        if confirm:
            answer = QMessageBox.question(
                self.ctx.widget,
                tr("Link as one person?"),
                tr(
                    "Link {other} into {this}'s view as the same person? You can unlink "
                    "them again from the Records tab.",
                    other=other.name,
                    this=name.value if name else tr("this person"),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        store, user, citizen = self.ctx.store, self.ctx.user_name(), view.citizen_id
        self.ctx.write(
            lambda: link_citizens(
                store, citizen, other.citizen_id, decided_by=user, reason="linked by hand"
            )
        )
