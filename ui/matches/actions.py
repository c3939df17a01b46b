"""View → Review possible matches (Ctrl+Shift+M): pairs the linker was unsure of, each decided
by a person (with their name from the profile, and undo). The menu item counts the pairs
waiting; a sync that leaves some says so."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from caseworker.changes import Changes
from caseworker.services.linkage import Candidate, decide, review_queue, undo_decision
from ui.context import Context
from ui.i18n import plural, tr
from ui.keymap import bind
from ui.matches.review_dialog import ReviewDialog


class MatchActions(QObject):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.dialog: ReviewDialog | None = None
        self.waiting = 0
        self.review_action = bind(QAction(tr("Review possible &matches…"), self), "review_matches")
        self.review_action.triggered.connect(self.show_review)
        ctx.menus.view.addAction(self.review_action)
        self._announce: bool | None = None
        """A refresh is due (True: say how many wait), once the signals of one moment are in."""
        ctx.bus.sig_sync_finished.connect(lambda _report: self._refresh_soon(announce=True))
        ctx.bus.sig_changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.people:
            self._refresh_soon(announce=False)

    def _refresh_soon(self, *, announce: bool) -> None:
        """One read for a sync's changes and its end (the queue is 0.1 s of reading at a
        million records): both signals come together, so the read waits for the second."""
        if self._announce is None:
            QTimer.singleShot(0, self._refresh_due)
        self._announce = bool(self._announce) or announce

    def _refresh_due(self) -> None:
        announce, self._announce = bool(self._announce), None
        self.refresh(announce=announce)

    def refresh(self, *, announce: bool = False) -> None:
        def shown(candidates: list[Candidate]) -> None:
            self._queue_loaded(candidates, announce)

        store = self.ctx.store
        self.ctx.read(lambda: review_queue(store), shown)

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
            self.ctx.say(
                plural(
                    self.waiting,
                    "{count} possible match waits for review (Ctrl+Shift+M).",
                    "{count} possible matches wait for review (Ctrl+Shift+M).",
                )
            )

    def show_review(self) -> None:
        if self.dialog is None:
            self.dialog = ReviewDialog(self.ctx.widget)
            self.dialog.sig_decided.connect(self._decide)
            self.dialog.sig_undo_requested.connect(self._undo)
        self.dialog.show()
        self.dialog.raise_()
        self.refresh()

    def _decide(self, pair_id: int, accept: bool) -> None:
        store, user = self.ctx.store, self.ctx.user_name()
        self.ctx.write(lambda: decide(store, pair_id, accept=accept, decided_by=user))

    def _undo(self, pair_id: int) -> None:
        store, user = self.ctx.store, self.ctx.user_name()
        self.ctx.write(lambda: undo_decision(store, pair_id, decided_by=user))
