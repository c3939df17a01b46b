"""MainWindow: builds the window's parts and hands each feature its screen and the context.

The window owns no logic. It lays out the search panel, the pages and the sync panel, makes
the menus and the window context (ui.context), and creates one controller per feature, each
with the context and the widgets it drives. Controllers learn of each other's work from the
context's bus only; the attributes kept here are for the start-up code and the tests.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
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
from ui.context import Context, Menus, Pages
from ui.home.actions import HomeActions
from ui.home.page import HomePage
from ui.i18n import tr
from ui.keymap import bind
from ui.ops.taskman import TaskManager
from ui.search.panel import SearchPanel
from ui.sync.actions import SyncActions
from ui.sync.panel import SyncPanel
from ui.sync.runner import SyncRunner

if TYPE_CHECKING:
    from ui.agreements.actions import AgreementActions
    from ui.audit.actions import AuditActions
    from ui.emerging.actions import EmergingActions
    from ui.emerging.page import EmergingPage
    from ui.frontdoor.actions import FrontDoorActions
    from ui.frontdoor.page import FrontDoorPage
    from ui.lock.actions import LockActions
    from ui.lock.pin_actions import PinActions
    from ui.matches.actions import MatchActions
    from ui.ops.housekeeping import Housekeeping
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


class MainWindow(QMainWindow):
    """The window. It shows sooner by building what the first screen needs (the menus, the
    search panel, Home, the sync panel) and, once it has painted, the rest a step at a time,
    the window answering between steps: the person page, the other pages and the features
    that act on them (`LATER`, the attributes annotated here). Input that arrives before then
    finishes them at once (`_AfterFirstPaint`), and so does code that asks for one of them
    (`__getattr__`, `finish`): the start-up code, a person asked for, the tests."""

    page: CitizenPage
    emerging: EmergingPage
    front_door: FrontDoorPage
    person_actions: PersonActions
    agreement_actions: AgreementActions
    profile_actions: ProfileActions
    access_actions: AccessActions
    record_actions: RecordActions
    partner_actions: PartnerActions
    outbox_actions: OutboxActions
    match_actions: MatchActions
    link_actions: LinkActions
    team_actions: TeamActions
    export_actions: ExportActions
    lock_actions: LockActions
    preferences_actions: PreferencesActions
    pin_actions: PinActions
    activity_actions: ActivityActions
    audit_actions: AuditActions
    emerging_actions: EmergingActions
    front_door_actions: FrontDoorActions
    register_actions: RegisterActions
    outcomes_actions: OutcomesActions
    housekeeping: Housekeeping

    def __init__(
        self, store: Store, taskman: TaskManager, *, insecure_keyring: bool = False
    ) -> None:
        super().__init__()
        self._later = [
            self._load_person_page,
            self._build_person_tabs,
            self._build_person_page,
            self._stack_person_page,
            self._build_other_pages,
            self._build_person_features,
            self._build_team_features,
            self._build_other_features,
        ]
        """What is left to build behind the first screen, in order (each part may use the
        ones before it)."""
        self.build_steps_ms: list[float] = []
        """How long each part took, for the benchmark (the window holds the GUI thread)."""
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
        ctx.before_open = self.finish
        ctx.sig_status.connect(self.statusBar().showMessage)
        self.search = SearchPanel(ctx)
        self.home = HomePage()
        ctx.pages.add(self.home)
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
        self.home_actions = HomeActions(ctx, self.home, self.search, lambda: self.page)
        self.statusBar().showMessage(tr("Ready"))
        _AfterFirstPaint(self)

    @property
    def finished(self) -> bool:
        """True once everything behind the first screen is built."""
        return not self._later

    def finish(self) -> None:
        """Build now whatever of the rest is not built yet."""
        while self._later:
            self._build_next()

    def finish_soon(self) -> None:
        """Build the next part of the rest, and the part after it on a later turn of the
        event loop: each part takes tens of milliseconds, and keys, paints and a sync's
        progress are answered between them. A window closed meanwhile builds no more."""
        if not self.isVisible():
            return
        if self._later:
            self._build_next()
        if self._later:
            QTimer.singleShot(0, self, self.finish_soon)  # not once the window is gone

    def _build_next(self) -> None:
        started = time.perf_counter()
        self._later.pop(0)()
        self.build_steps_ms.append((time.perf_counter() - started) * 1000)

    def _load_person_page(self) -> None:
        import ui.person.page  # noqa: F401  # its modules, apart from building it

    def _build_person_tabs(self) -> None:
        from ui.person.page import PersonTabs

        self._person_tabs = PersonTabs.build()

    def _build_person_page(self) -> None:
        from ui.person.page import CitizenPage

        self.page = CitizenPage(tabs=self._person_tabs)

    def _stack_person_page(self) -> None:
        """Put the person page in the window (a step of its own: Qt styles every widget of a
        page as it joins a window on screen)."""
        self.ctx.pages.add(self.page)

    def _build_other_pages(self) -> None:
        from ui.emerging.page import EmergingPage
        from ui.frontdoor.page import FrontDoorPage

        self.emerging = EmergingPage()
        self.front_door = FrontDoorPage()
        self.ctx.pages.add(self.emerging)
        self.ctx.pages.add(self.front_door)

    # The features' controllers, in the order their menu entries appear.

    def _build_person_features(self) -> None:
        from ui.agreements.actions import AgreementActions
        from ui.outbox.actions import OutboxActions
        from ui.partners.actions import PartnerActions
        from ui.person.access_actions import AccessActions
        from ui.person.actions import PersonActions
        from ui.person.record_actions import RecordActions
        from ui.preferences.profile_actions import ProfileActions

        ctx = self.ctx
        self.person_actions = PersonActions(ctx, self.page)
        self.agreement_actions = AgreementActions(ctx)
        self.profile_actions = ProfileActions(ctx)
        self.access_actions = AccessActions(ctx, self.page)
        self.record_actions = RecordActions(ctx, self.page)
        self.partner_actions = PartnerActions(ctx)
        self.outbox_actions = OutboxActions(ctx, self.sync_panel)

    def _build_team_features(self) -> None:
        from ui.lock.actions import LockActions
        from ui.matches.actions import MatchActions
        from ui.person.export_actions import ExportActions
        from ui.person.link_actions import LinkActions
        from ui.person.team_actions import TeamActions
        from ui.preferences.actions import PreferencesActions

        ctx = self.ctx
        self.match_actions = MatchActions(ctx)
        self.link_actions = LinkActions(ctx, self.page)
        self.team_actions = TeamActions(ctx, self.page)
        self.export_actions = ExportActions(ctx, self.page)
        self.lock_actions = LockActions(ctx, self.runner)
        self.preferences_actions = PreferencesActions(ctx)

    def _build_other_features(self) -> None:
        from ui.audit.actions import AuditActions
        from ui.emerging.actions import EmergingActions
        from ui.frontdoor.actions import FrontDoorActions
        from ui.lock.pin_actions import PinActions
        from ui.ops.housekeeping import Housekeeping
        from ui.outcomes.actions import OutcomesActions
        from ui.person.activity_actions import ActivityActions
        from ui.register.actions import RegisterActions

        ctx = self.ctx
        self.pin_actions = PinActions(ctx, self.runner)
        self.activity_actions = ActivityActions(ctx, self.page)
        self.audit_actions = AuditActions(ctx)
        self.emerging_actions = EmergingActions(ctx, self.emerging)
        self.front_door_actions = FrontDoorActions(ctx, self.front_door)
        self.register_actions = RegisterActions(ctx)
        self.outcomes_actions = OutcomesActions(ctx)
        self.housekeeping = Housekeeping(self.taskman, self)

    def __getattr__(self, name: str) -> Any:
        """Only called for what is not built yet: build the rest if `name` is part of it."""
        if name in LATER and self.__dict__.get("_later"):
            self.finish()
            return getattr(self, name)
        raise AttributeError(name)

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


LATER = frozenset(MainWindow.__annotations__)
"""What the window builds after its first paint: the attributes annotated on the class."""


class _AfterFirstPaint(QObject):
    """Finishes the window just after its first paint, then forgets it. A key pressed or
    the mouse clicked before then finishes it at once, before the key or click is handled:
    the key may be a shortcut of a part not built yet (Qt looks its shortcuts up again as
    the press goes on), the click may be opening a menu."""

    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress})

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        assert app is not None
        self._app = app
        self._asked = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._window.finished:
            self._app.removeEventFilter(self)
        elif kind in self.INPUT:
            self._window.finish()
        elif kind == QEvent.Type.Paint and watched is self._window and not self._asked:
            self._asked = True
            QTimer.singleShot(0, self._window, self._window.finish_soon)
        return False
