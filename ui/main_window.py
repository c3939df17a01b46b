"""MainWindow: coordinates the search panel, the citizen page and sync. Owns no logic."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.store.store import Store
from caseworker.sync.engine import SyncReport
from caseworker.sync.quarantine import Quarantined, RetryOutcome
from caseworker.version import version
from caseworker.views.citizen import CitizenView
from ui.access_actions import AccessActions
from ui.activity_actions import ActivityActions
from ui.audit_actions import AuditActions
from ui.bus import ChangeBus
from ui.dialogs.quarantine_dialog import QuarantineDialog
from ui.emerging_actions import EmergingActions
from ui.errors import describe, show_error
from ui.export_actions import ExportActions
from ui.home_actions import HomeActions
from ui.i18n import plural, tr
from ui.link_actions import LinkActions
from ui.lock_actions import LockActions
from ui.ops.citizens import change_following, find_showcase, load_citizen, load_followed
from ui.ops.op import on_store
from ui.ops.sync import SyncRunner, load_quarantine, load_statuses, retry_set_aside
from ui.ops.taskman import TaskManager
from ui.outbox_actions import OutboxActions
from ui.outcomes_actions import OutcomesActions
from ui.partner_actions import PartnerActions
from ui.pin_actions import PinActions
from ui.preferences_actions import PreferencesActions
from ui.record_actions import RecordActions
from ui.register_actions import RegisterActions
from ui.team_actions import TeamActions
from ui.views.citizen_page import CitizenPage
from ui.views.emerging_page import EmergingPage
from ui.views.home_page import HomePage
from ui.views.search_panel import SearchPanel
from ui.widgets.sync_panel import SyncPanel

T = TypeVar("T")

SYNC_EVERY_MINUTES = 15
"""How often the open app syncs by itself; partners that keep failing are skipped until due."""


class MainWindow(QMainWindow):
    sig_citizen_shown = Signal(int)
    sig_sync_finished = Signal(object)
    sig_following_changed = Signal()
    sig_language_changed = Signal(str)

    def __init__(
        self, store: Store, taskman: TaskManager, *, insecure_keyring: bool = False
    ) -> None:
        super().__init__()
        self.store, self.taskman = store, taskman
        self.bus = ChangeBus(self)
        self.insecure_keyring = insecure_keyring
        self.handing_over = False
        """True while a rebuilt window takes over: closing must not stop shared work."""
        self.setWindowTitle(tr("Caseworker"))
        self.resize(1280, 800)
        self._open_showcase_after_sync = False

        self.search = SearchPanel(store, taskman)
        self.page = CitizenPage()
        self.home = HomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.page)
        self.emerging = EmergingPage()
        self.stack.addWidget(self.emerging)
        self.search.setMinimumWidth(260)  # never squeezed by a wide page beside it
        splitter = QSplitter()
        splitter.addWidget(self.search)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])

        self.sync_panel = SyncPanel()
        self.runner = SyncRunner(store, taskman, self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        if insecure_keyring:
            banner = QLabel(
                tr(
                    "Development mode: the store key is held in an insecure keyring. "
                    "Do not use real data."
                )
            )
            banner.setObjectName("insecureBanner")
            banner.setAccessibleName(tr("Warning"))
            layout.addWidget(banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.sync_panel)
        self.setCentralWidget(central)
        self._build_menus()
        self.access_actions = AccessActions(self)
        self.record_actions = RecordActions(self)
        self.partner_actions = PartnerActions(self)
        self.outbox_actions = OutboxActions(self)
        self.link_actions = LinkActions(self)
        self.team_actions = TeamActions(self)
        self.export_actions = ExportActions(self)
        self.home_actions = HomeActions(self, self.go_menu)
        self.lock_actions = LockActions(self)
        self.preferences_actions = PreferencesActions(self)
        self.pin_actions = PinActions(self)
        self.activity_actions = ActivityActions(self)
        self.audit_actions = AuditActions(self)
        self.emerging_actions = EmergingActions(self)
        self.register_actions = RegisterActions(self)
        self.outcomes_actions = OutcomesActions(self)

        self.search.sig_citizen_chosen.connect(self.open_citizen)
        self.sync_panel.sig_sync_requested.connect(self.start_sync)
        self.sync_panel.sig_stop_requested.connect(self.runner.cancel)
        self.sync_panel.sig_review_set_aside.connect(self.review_set_aside)
        self.followed: frozenset[int] = frozenset()
        self.followed_news: frozenset[int] = frozenset()
        self.page.sig_follow_changed.connect(self.change_following)
        self.page.sig_citizen_requested.connect(self.open_citizen)
        self.refresh_followed()
        self.set_aside_dialog: QuarantineDialog | None = None
        self.runner.sig_progress_changed.connect(self.sync_panel.on_progress)
        self.runner.sig_sync_finished.connect(self.on_sync_finished)
        self.runner.sig_sync_failed.connect(self.on_sync_failed)
        self.statusBar().showMessage(tr("Ready"))
        self.schedule = QTimer(self, interval=SYNC_EVERY_MINUTES * 60_000)
        self.schedule.timeout.connect(lambda: self.start_sync(scheduled=True))
        self.schedule.start()

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(tr("&File"))
        self.sync_action = QAction(tr("&Sync now"), self, shortcut=QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.start_sync)
        quit_action = QAction(
            tr("&Quit"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit)
        )
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.sync_action, quit_action])
        self.quit_action = quit_action
        go_menu = self.go_menu = self.menuBar().addMenu(tr("&Go"))
        find = QAction(tr("&Find a person"), self)
        find.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])
        find.triggered.connect(self.focus_search)
        go_menu.addAction(find)
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        about = QAction(tr("&About Caseworker"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_citizen(self, citizen_id: int) -> None:
        load_citizen(
            parent=self,
            taskman=self.taskman,
            store=self.store,
            citizen_id=citizen_id,
            success=self.show_citizen,
        )

    def show_citizen(self, view: CitizenView) -> None:
        self.page.show_view(view)
        self.page.set_following(view.citizen_id in self.followed)
        self.search.select_citizen(view.citizen_id)
        self.stack.setCurrentWidget(self.page)
        name = view.identity.name.preferred
        self.setWindowTitle(
            tr("{name} — Caseworker", name=name.value) if name else tr("Caseworker")
        )
        self.sig_citizen_shown.emit(view.citizen_id)

    def start_sync(self, *, open_showcase: bool = False, scheduled: bool = False) -> None:
        if self.lock_actions.locked:
            return  # a locked store is not synced; the next scheduled sync after unlock is
        self._open_showcase_after_sync = open_showcase
        if self.runner.start(scheduled=scheduled):
            self.sync_panel.on_started()
            self.statusBar().showMessage(tr("Syncing with partners…"))

    def on_sync_finished(self, report: SyncReport) -> None:
        self.sync_panel.on_finished(report)
        news = report.changes.citizens & self.followed
        if news:
            self.sync_panel.summary.setText(
                self.sync_panel.summary.text()
                + " ★ "
                + plural(
                    len(news),
                    "New information about {count} person you follow.",
                    "New information about {count} people you follow.",
                )
            )
        self.followed_news = news
        load_statuses(
            parent=self,
            taskman=self.taskman,
            store=self.store,
            success=self.sync_panel.show_statuses,
        )
        self.statusBar().showMessage(self.sync_panel.summary.text())
        current = self.page.view
        if current is not None and current.citizen_id in report.changes.citizens:
            self.open_citizen(current.citizen_id)
        if report.changes.any and self.search.box.text().strip():
            self.search.search_now()
        if self._open_showcase_after_sync and current is None:
            find_showcase(
                parent=self, taskman=self.taskman, store=self.store, success=self._open_if_found
            )
        self.sig_sync_finished.emit(report)

    def _open_if_found(self, citizen_id: int | None) -> None:
        if citizen_id is not None:
            self.open_citizen(citizen_id)

    def refresh_followed(self) -> None:
        """Read who is followed again: at start, and after following changed elsewhere."""
        load_followed(
            parent=self, taskman=self.taskman, store=self.store, success=self._set_followed
        )

    def _set_followed(self, citizens: frozenset[int]) -> None:
        changed = citizens != self.followed
        self.followed = citizens
        view = self.page.view
        if view is not None:
            self.page.set_following(view.citizen_id in citizens)
        if changed:
            self.sig_following_changed.emit()

    def change_following(self, citizen_id: int, follow: bool) -> None:
        change_following(
            parent=self,
            taskman=self.taskman,
            store=self.store,
            citizen_id=citizen_id,
            follow=follow,
            success=self._set_followed,
        )

    def on_sync_failed(self, error: BaseException) -> None:
        self.sync_panel.on_failed(describe(error)[1])
        show_error(self, error)

    def review_set_aside(self) -> None:
        load_quarantine(
            parent=self, taskman=self.taskman, store=self.store, success=self._show_set_aside
        )

    def _show_set_aside(self, items: list[Quarantined]) -> None:
        if self.set_aside_dialog is None:
            self.set_aside_dialog = QuarantineDialog(items, self)
            self.set_aside_dialog.sig_retry_requested.connect(self._retry_set_aside)
        else:
            self.set_aside_dialog.show_items(items)
        self.set_aside_dialog.show()

    def _retry_set_aside(self) -> None:
        retry_set_aside(parent=self, taskman=self.taskman, store=self.store, success=self._retried)

    def _retried(self, result: tuple[RetryOutcome, list[Quarantined]]) -> None:
        outcome, items = result
        if self.set_aside_dialog is not None:
            self.set_aside_dialog.show_items(items, outcome)
        self.sync_panel.review.setVisible(bool(items))
        if outcome.accepted and self.search.box.text().strip():
            self.search.search_now()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Caseworker"),
            "<p><b>Caseworker {version}</b></p><p>{about}</p>".format(
                version=version(),
                about=tr(
                    "Caseworker joins up what partner agencies share about a person, and shows "
                    "where every item came from. All data in the sandbox is synthetic."
                ),
            ),
        )

    def load_for_shown(
        self, citizen_id: int, op: Callable[[], T], apply: Callable[[T], None]
    ) -> None:
        """Run `op` on the store worker, and `apply` its result only if `citizen_id` is still
        the person on the page (the user may have moved on while it ran)."""

        def shown(result: T) -> None:
            view = self.page.view
            if view is not None and view.citizen_id == citizen_id:
                apply(result)

        on_store(self, self.taskman, op, shown)

    def set_sync_schedule(self, minutes: int) -> None:
        """Sync every `minutes` while open; 0 syncs only when asked."""
        self.schedule.stop()
        if minutes > 0:
            self.schedule.setInterval(minutes * 60_000)
            self.schedule.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.handing_over:
            self.runner.cancel()
            self.taskman.shutdown(wait=True)
        super().closeEvent(event)
