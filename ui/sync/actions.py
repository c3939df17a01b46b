"""File → Sync now (F5), the sync schedule, the sync panel and the records set aside.

A finished sync publishes what it changed on the bus (each screen showing it refreshes
itself) and then its report; news about people the user follows is said in the panel. The
schedule follows the preferences; a locked store is not synced.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from caseworker.preferences import Preferences
from caseworker.profile import Profile
from caseworker.services.reading import showcase
from caseworker.services.sync import (
    Quarantined,
    RetryOutcome,
    SyncReport,
    list_quarantine,
    partner_statuses,
    retry_set_aside,
)
from ui.context import Context
from ui.errors import describe, show_error
from ui.i18n import plural, tr
from ui.keymap import bind
from ui.sync.panel import SyncPanel
from ui.sync.quarantine_dialog import QuarantineDialog
from ui.sync.runner import SyncRunner

SYNC_EVERY_MINUTES = 15
"""How often the open app syncs by itself; partners that keep failing are skipped until due."""


class SyncActions(QObject):
    def __init__(self, ctx: Context, panel: SyncPanel, runner: SyncRunner) -> None:
        super().__init__(ctx)
        self.ctx, self.panel, self.runner = ctx, panel, runner
        self.followed_news: frozenset[int] = frozenset()
        self.set_aside_dialog: QuarantineDialog | None = None
        self._open_showcase_after_sync = False
        self.shown: int | None = None
        """The citizen on the person page, if any (a demo start opens one after the sync)."""
        self.action = bind(QAction(tr("&Sync now"), self), "sync_now")
        self.action.triggered.connect(lambda: self.start())
        ctx.menus.file.insertAction(ctx.menus.quit, self.action)
        panel.sig_sync_requested.connect(lambda: self.start())
        panel.sig_stop_requested.connect(runner.cancel)
        panel.sig_review_set_aside.connect(self.review_set_aside)
        runner.sig_progress_changed.connect(panel.on_progress)
        runner.sig_progress_changed.connect(ctx.bus.sig_sync_progress.emit)
        runner.sig_sync_finished.connect(self._finished)
        runner.sig_sync_failed.connect(self._failed)
        ctx.bus.sig_preferences_applied.connect(self._follow_preferences)
        ctx.bus.sig_citizen_shown.connect(self._shown)
        ctx.bus.sig_locked.connect(self._locked)
        ctx.bus.sig_unlocked.connect(lambda: panel.setEnabled(True))
        ctx.bus.sig_profile_changed.connect(self._profile_changed)
        self._profile: Profile | None = None
        self.schedule = QTimer(self, interval=SYNC_EVERY_MINUTES * 60_000)
        self.schedule.timeout.connect(lambda: self.start(scheduled=True))
        self.schedule.start()
        self.show_statuses()  # when each partner last synced, before any sync here

    def show_statuses(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: partner_statuses(store), self.panel.show_statuses)

    def _profile_changed(self, profile: Profile | None) -> None:
        """A changed profile may see more: fetch it now."""
        before, self._profile = self._profile, profile
        if before is not None and profile != before:
            self.start()

    def _locked(self) -> None:
        self.shown = None
        self.panel.setEnabled(False)

    def _shown(self, citizen_id: int | None) -> None:
        self.shown = citizen_id

    def start(self, *, open_showcase: bool = False, scheduled: bool = False) -> None:
        if self.ctx.locked:
            return  # a locked store is not synced; the next scheduled sync after unlock is
        self._open_showcase_after_sync = open_showcase
        if self.runner.start(scheduled=scheduled):
            self.panel.on_started()
            self.ctx.say(tr("Syncing with partners…"))

    def _finished(self, report: SyncReport) -> None:
        self.panel.on_finished(report)
        news = report.changes.citizens & self.ctx.following
        if news:
            self.panel.summary.setText(
                self.panel.summary.text()
                + " ★ "
                + plural(
                    len(news),
                    "New information about {count} person you follow.",
                    "New information about {count} people you follow.",
                )
            )
        self.followed_news = news
        self.show_statuses()
        self.ctx.say(self.panel.summary.text())
        nobody_shown = self.shown is None
        self.ctx.bus.publish(report.changes)
        if self._open_showcase_after_sync and nobody_shown:
            self.ctx.read(lambda: showcase(self.ctx.store), self._open_if_found)
        self.ctx.bus.sig_sync_finished.emit(report)

    def _open_if_found(self, citizen_id: int | None) -> None:
        if citizen_id is not None:
            self.ctx.open_citizen(citizen_id)

    def _failed(self, error: BaseException) -> None:
        self.panel.on_failed(describe(error)[1])
        self.ctx.bus.sig_sync_failed.emit(error)
        show_error(self.ctx.widget, error)

    def _follow_preferences(self, preferences: Preferences) -> None:
        """Sync every so many minutes while open; 0 syncs only when asked."""
        self.schedule.stop()
        if preferences.sync_minutes > 0:
            self.schedule.setInterval(preferences.sync_minutes * 60_000)
            self.schedule.start()

    def review_set_aside(self) -> None:
        self.ctx.read(lambda: list_quarantine(self.ctx.store), self._show_set_aside)

    def _show_set_aside(self, items: list[Quarantined]) -> None:
        if self.set_aside_dialog is None:
            self.set_aside_dialog = QuarantineDialog(items, self.ctx.widget)
            self.set_aside_dialog.sig_retry_requested.connect(self._retry_set_aside)
        else:
            self.set_aside_dialog.show_items(items)
        self.set_aside_dialog.show()

    def _retry_set_aside(self) -> None:
        store = self.ctx.store
        self.ctx.read(lambda: retry_set_aside(store), self._retried)

    def _retried(self, result: tuple[RetryOutcome, list[Quarantined]]) -> None:
        outcome, items = result
        if self.set_aside_dialog is not None:
            self.set_aside_dialog.show_items(items, outcome)
        self.panel.review.setVisible(bool(items))
        if outcome.accepted:
            self.ctx.bus.publish(outcome.changes)
