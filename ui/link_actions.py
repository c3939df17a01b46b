"""Linkage in the window: View → Review possible matches (Ctrl+Shift+M), and the Records tab's
unlink and link by hand. Every decision carries the user's name from their profile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from caseworker.changes import Changes
from caseworker.services.linkage import (
    Candidate,
    decide,
    link_citizens,
    linked_records,
    review_queue,
    undo_decision,
    unlink_record,
)
from caseworker.views.search import CitizenSummary
from ui.dialogs.pick_person_dialog import PickPersonDialog
from ui.dialogs.reason_dialog import ReasonDialog
from ui.dialogs.review_dialog import ReviewDialog
from ui.i18n import plural, tr
from ui.ops.citizens import find_citizens
from ui.ops.op import on_store

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class LinkActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReviewDialog | None = None
        self.waiting = 0
        self.review_action = QAction(
            tr("Review possible &matches…"), self, shortcut=QKeySequence("Ctrl+Shift+M")
        )
        self.review_action.triggered.connect(self.show_review)
        window.access_actions.view_menu.addAction(self.review_action)
        window.sig_citizen_shown.connect(self.load_records)
        window.sig_sync_finished.connect(lambda _report: self.refresh(announce=True))
        records = window.page.records
        records.sig_unlink_requested.connect(self.unlink)
        records.sig_link_requested.connect(self.link_by_hand)
        self.refresh()

    @property
    def user(self) -> str:
        profile = self.window.access_actions.profile
        return (profile.display_name if profile else "") or tr("this computer's user")

    # -- the review queue ------------------------------------------------------------------

    def refresh(self, *, announce: bool = False) -> None:
        def shown(candidates: list[Candidate]) -> None:
            self._queue_loaded(candidates, announce)

        on_store(self.window, self.window.taskman, lambda: review_queue(self.window.store), shown)

    def _queue_loaded(self, candidates: list[Candidate], announce: bool) -> None:
        self.waiting = len(candidates)
        self.review_action.setText(
            tr("Review possible &matches ({count})…", count=self.waiting)
            if self.waiting
            else tr("Review possible &matches…")
        )
        if self.dialog is not None:
            self.dialog.show_candidates(candidates)
        if announce and self.waiting:
            self.window.statusBar().showMessage(
                plural(
                    self.waiting,
                    "{count} possible match waits for review (Ctrl+Shift+M).",
                    "{count} possible matches wait for review (Ctrl+Shift+M).",
                )
            )

    def show_review(self) -> None:
        if self.dialog is None:
            self.dialog = ReviewDialog(self.window)
            self.dialog.sig_decided.connect(self._decide)
            self.dialog.sig_undo_requested.connect(self._undo)
        self.dialog.show()
        self.dialog.raise_()
        self.refresh()

    def _decide(self, pair_id: int, accept: bool) -> None:
        store, user = self.window.store, self.user
        on_store(
            self.window,
            self.window.taskman,
            lambda: decide(store, pair_id, accept=accept, decided_by=user),
            self._changed,
        )

    def _undo(self, pair_id: int) -> None:
        store, user = self.window.store, self.user
        on_store(
            self.window,
            self.window.taskman,
            lambda: undo_decision(store, pair_id, decided_by=user),
            self._changed,
        )

    def _changed(self, changes: Changes) -> None:
        self.refresh()
        view = self.window.page.view
        if view is not None and view.citizen_id in changes.citizens:
            self.window.open_citizen(view.citizen_id)
        if self.window.search.box.text().strip():
            self.window.search.search_now()

    # -- the Records tab -------------------------------------------------------------------

    def load_records(self, citizen_id: int) -> None:
        store = self.window.store

        self.window.load_for_shown(
            citizen_id, lambda: linked_records(store, citizen_id), self.window.page.show_records
        )

    def unlink(self, person_id: int, reason: str | None = None) -> None:
        view = self.window.page.view
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
                self.window,
                prompt=tr("&Why is it not this person? (kept on record)"),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.text()
        store, user, citizen = self.window.store, self.user, view.citizen_id

        def done(result: tuple[Changes, int]) -> None:
            self.window.statusBar().showMessage(
                tr("Record unlinked: it now shows as a separate person.")
            )
            self._changed(result[0])

        on_store(
            self.window,
            self.window.taskman,
            lambda: unlink_record(store, citizen, person_id, decided_by=user, reason=reason),
            done,
        )

    def link_by_hand(self) -> None:
        view = self.window.page.view
        if view is None:
            return
        store, taskman = self.window.store, self.window.taskman

        def find(text: str, show: Callable[[list[CitizenSummary]], None]) -> None:
            find_citizens(parent=self.window, taskman=taskman, store=store, text=text, success=show)

        picker = PickPersonDialog(find, view.citizen_id, self.window)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        self.link_with(picker.chosen)

    def link_with(self, other: CitizenSummary, *, confirm: bool = True) -> None:
        view = self.window.page.view
        if view is None:
            return
        name = view.identity.name.preferred
        if confirm:
            answer = QMessageBox.question(
                self.window,
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
        store, user, citizen = self.window.store, self.user, view.citizen_id
        on_store(
            self.window,
            self.window.taskman,
            lambda: link_citizens(
                store, citizen, other.citizen_id, decided_by=user, reason="linked by hand"
            ),
            self._changed,
        )
