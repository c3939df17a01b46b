"""MainWindow: builds the window's parts and hands each feature its screen and the context.

The window owns no logic. It lays out the search panel, the pages and the sync panel, makes
the menus and the window context (ui.context), and creates one controller per feature, each
with the context and the widgets it drives. Controllers learn of each other's work from the
context's bus only; the attributes kept here are for the start-up code and the tests.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.services import Store
from caseworker.version import version
from ui import keyboard
from ui.agreements.actions import AgreementActions
from ui.audit.actions import AuditActions
from ui.context import Context, Menus, Pages
from ui.emerging.actions import EmergingActions
from ui.emerging.page import EmergingPage
from ui.frontdoor.actions import FrontDoorActions
from ui.frontdoor.page import FrontDoorPage
from ui.home.actions import HomeActions
from ui.home.page import HomePage
from ui.i18n import tr
from ui.keymap import bind
from ui.lock.actions import LockActions
from ui.lock.pin_actions import PinActions
from ui.matches.actions import MatchActions
from ui.ops.housekeeping import Housekeeping
from ui.ops.taskman import TaskManager
from ui.outbox.actions import OutboxActions
from ui.outcomes.actions import OutcomesActions
from ui.partners.actions import PartnerActions
from ui.person.access_actions import AccessActions
from ui.person.actions import PersonActions
from ui.person.activity_actions import ActivityActions
from ui.person.export_actions import ExportActions
from ui.person.link_actions import LinkActions
from ui.person.page import CitizenPage
from ui.person.record_actions import RecordActions
from ui.person.team_actions import TeamActions
from ui.preferences.actions import PreferencesActions
from ui.preferences.profile_actions import ProfileActions
from ui.register.actions import RegisterActions
from ui.search.panel import SearchPanel
from ui.sync.actions import SyncActions
from ui.sync.panel import SyncPanel
from ui.sync.runner import SyncRunner


class MainWindow(QMainWindow):
    def __init__(
        self, store: Store, taskman: TaskManager, *, insecure_keyring: bool = False
    ) -> None:
        super().__init__()
        keyboard.install()
        self.store, self.taskman = store, taskman
        self.insecure_keyring = insecure_keyring
        self.handing_over = False
        """True while a rebuilt window takes over: closing must not stop shared work."""
        self.setWindowTitle(tr("Caseworker"))
        self.resize(1280, 800)

        self.stack = QStackedWidget()
        ctx = self.ctx = Context(
            store, taskman, self, self._build_menus(), Pages(self.stack, self.setWindowTitle)
        )
        self.bus = ctx.bus
        ctx.sig_status.connect(self.statusBar().showMessage)
        self.search = SearchPanel(ctx)
        self.page = CitizenPage()
        self.home = HomePage()
        self.emerging = EmergingPage()
        self.front_door = FrontDoorPage()
        for page in (self.home, self.page, self.emerging, self.front_door):
            ctx.pages.add(page)
        self.search.setMinimumWidth(260)  # never squeezed by a wide page beside it
        splitter = QSplitter()
        splitter.addWidget(self.search)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])
        self.sync_panel = SyncPanel()
        self.runner = SyncRunner(ctx)
        self.setCentralWidget(self._layout(splitter, insecure_keyring))

        self.sync_actions = SyncActions(ctx, self.sync_panel, self.runner)
        self.person_actions = PersonActions(ctx, self.page)
        self.agreement_actions = AgreementActions(ctx)
        self.profile_actions = ProfileActions(ctx)
        self.access_actions = AccessActions(ctx, self.page)
        self.record_actions = RecordActions(ctx, self.page)
        self.partner_actions = PartnerActions(ctx)
        self.outbox_actions = OutboxActions(ctx, self.sync_panel)
        self.match_actions = MatchActions(ctx)
        self.link_actions = LinkActions(ctx, self.page)
        self.team_actions = TeamActions(ctx, self.page)
        self.export_actions = ExportActions(ctx, self.page)
        self.home_actions = HomeActions(ctx, self.home, self.search, self.page)
        self.lock_actions = LockActions(ctx, self.runner)
        self.preferences_actions = PreferencesActions(ctx)
        self.pin_actions = PinActions(ctx, self.runner)
        self.activity_actions = ActivityActions(ctx, self.page)
        self.audit_actions = AuditActions(ctx)
        self.emerging_actions = EmergingActions(ctx, self.emerging)
        self.front_door_actions = FrontDoorActions(ctx, self.front_door)
        self.register_actions = RegisterActions(ctx)
        self.outcomes_actions = OutcomesActions(ctx)
        self.housekeeping = Housekeeping(taskman, self)
        self.statusBar().showMessage(tr("Ready"))

    def _layout(self, splitter: QSplitter, insecure_keyring: bool) -> QWidget:
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
        return central

    def _build_menus(self) -> Menus:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(tr("&File"))
        self.quit_action = bind(QAction(tr("&Quit"), self), "quit")
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu(tr("&Go"))
        find = bind(QAction(tr("&Find a person"), self), "find_person")
        find.triggered.connect(self.focus_search)
        self.go_menu.addAction(find)
        view, settings = QMenu(tr("&View"), bar), QMenu(tr("&Settings"), bar)
        bar.addMenu(view)
        bar.addMenu(settings)
        self.help_menu = bar.addMenu(tr("&Help"))
        about = QAction(tr("&About Caseworker"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)
        return Menus(
            bar, self.file_menu, self.go_menu, view, settings, self.help_menu, self.quit_action
        )

    # -- for the start-up code and the tests ----------------------------------------------

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_citizen(self, citizen_id: int) -> None:
        self.ctx.open_citizen(citizen_id)

    def start_sync(self, *, open_showcase: bool = False, scheduled: bool = False) -> None:
        self.sync_actions.start(open_showcase=open_showcase, scheduled=scheduled)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.handing_over:
            self.runner.cancel()
            self.taskman.shutdown(wait=True)
        super().closeEvent(event)
