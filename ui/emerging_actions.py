"""Go → Emerging needs (Ctrl+Shift+E): load the list off the GUI thread, and follow, refer
or dismiss a household from it.

The list is loaded (and its viewing audited) when the page is shown, and again after a sync
or a consent decision only while the page is in front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from caseworker.errors import RulesInvalid
from caseworker.insight.emerging import EmergingHousehold
from caseworker.services.emerging import dismiss, emerging_needs, follow_household
from caseworker.services.requests import MIN_REASON
from caseworker.services.team import Recipient, add_entry, recipients
from ui.dialogs.entry_dialog import EntryDialog
from ui.dialogs.reason_dialog import ReasonDialog
from ui.errors import describe, show_error
from ui.i18n import tr
from ui.ops.op import QueryOp, on_store, write

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class EmergingActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        action = QAction(tr("&Emerging needs"), self, shortcut=QKeySequence("Ctrl+Shift+E"))
        action.setToolTip(
            tr("Households with concerns at several agencies that nobody has joined up")
        )
        action.triggered.connect(self.show_page)
        window.go_menu.addAction(action)
        self.action = action
        page = window.emerging
        page.sig_citizen_chosen.connect(window.open_citizen)
        page.sig_follow_requested.connect(self.follow)
        page.sig_dismiss_requested.connect(self.dismiss)
        page.sig_refer_requested.connect(self.refer)
        window.sig_sync_finished.connect(lambda _report: self._reload_if_shown())

    def show_page(self) -> None:
        self.window.stack.setCurrentWidget(self.window.emerging)
        self.window.setWindowTitle(tr("Emerging needs — Caseworker"))
        self.reload()
        self.window.emerging.list.setFocus()

    def _reload_if_shown(self) -> None:
        if self.window.stack.currentWidget() is self.window.emerging:
            self.reload()

    def reload(self) -> None:
        store, page = self.window.store, self.window.emerging

        def failed(error: BaseException) -> None:
            if isinstance(error, RulesInvalid):
                page.show_problem(describe(error)[1])
            else:
                show_error(self.window, error)

        QueryOp(
            parent=self.window, op=lambda: emerging_needs(store), success=page.show_households
        ).failure(failed).run_on_store(self.window.taskman)

    def _household(self, key: str) -> EmergingHousehold | None:
        return next((h for h in self.window.emerging.households if h.key == key), None)

    def follow(self, key: str) -> None:
        household = self._household(key)
        if household is None:
            return
        store = self.window.store

        def done(_result: None) -> None:
            self.window.refresh_followed()
            self.window.statusBar().showMessage(
                tr("Everyone in the household is on your caseload now.")
            )

        on_store(self.window, self.window.taskman, lambda: follow_household(store, household), done)

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
                self.window,
                prompt=tr(
                    "&Reason (at least {count} characters, kept on record):", count=MIN_REASON
                ),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.text()
        store = self.window.store
        profile = self.window.access_actions.profile
        who = (profile.display_name if profile else "") or tr("this computer's user")
        words = reason

        def done(_result: None) -> None:
            self.window.statusBar().showMessage(
                tr("Dismissed: it comes back if its evidence changes.")
            )
            self.reload()

        on_store(
            self.window, self.window.taskman, lambda: dismiss(store, household, words, by=who), done
        )

    def refer(self, citizen_id: int, values: tuple[str, str] | None = None) -> None:
        """Refer one person of the household to a partner: the referral goes through the
        outbox like one written on their page. `values` (text, partner) skips the dialog."""
        store = self.window.store

        def chosen(found: list[Recipient]) -> None:
            if values is None:
                dialog = EntryDialog("referral", found, self.window)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                text, partners, _owner, _due = dialog.values()
            else:
                text, partners = values[0], [values[1]]
            profile = self.window.access_actions.profile
            author = (profile.display_name if profile else "") or tr("this computer's user")

            def sent(_changes: object) -> None:
                self.window.statusBar().showMessage(
                    tr("Saved: it goes to the agencies you chose at the next sync.")
                )

            write(
                self.window,
                self.window.taskman,
                self.window.bus,
                lambda: add_entry(
                    store, citizen_id, kind="referral", text=text, partners=partners, author=author
                ),
                sent,
            )

        on_store(self.window, self.window.taskman, lambda: recipients(store, citizen_id), chosen)
