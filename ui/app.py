"""Starting the GUI: open the store (with clear errors), wire the window, run the demo.

The demo's screenshot is ui.screenshot, loaded only when one is asked for."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from caseworker.audit.log import record
from caseworker.errors import CaseworkerError
from caseworker.logs import configure as configure_logging
from caseworker.paths import resolve_paths
from caseworker.preferences import Preferences, load_preferences, save_preferences
from caseworker.services.reading import audit_check, current_profile
from caseworker.store.store import Store
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from caseworker.version import version

# isort: split
# The core (and SQLAlchemy with it) is imported before Qt: once PySide6 is imported it reads
# the source of every module imported after it, looking for its own name, which cost a tenth
# of a second of every start (docs/performance.md, "Cold start").
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ui import language, theme
from ui.errors import describe
from ui.i18n import said, tr
from ui.opening import open_store_asking_pin
from ui.ops.taskman import TaskManager
from ui.preferences.profile_dialog import ProfileDialog
from ui.resources import app_icon_path
from ui.shell import open_window

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Caseworker")
    app.setOrganizationName("Caseworker")
    app.setApplicationVersion(version())
    app.setDesktopFileName("org.caseworker.Caseworker")  # packaging/linux/*.desktop
    app.setWindowIcon(QIcon(str(app_icon_path())))
    theme.apply(app)  # the chosen theme follows once the store's preferences are read
    return app


def _demo_preferences(args: argparse.Namespace, held: Preferences) -> Preferences:
    """The demo's --language, --theme and --text-size, over what the store holds."""
    chosen = {
        "language": getattr(args, "language", None),
        "theme": getattr(args, "theme", None),
        "text_scale": getattr(args, "text_size", None),
    }
    return replace(held, **{key: value for key, value in chosen.items() if value is not None})


def apply_preferences(app: QApplication, preferences: Preferences) -> None:
    """Theme, text size and language before the first window is built."""
    theme.apply(app, preferences.theme, preferences.text_scale)
    language.install(preferences.language)


UNATTENDED_PLATFORMS = frozenset({"offscreen", "minimal"})
"""Qt platforms with no screen: nobody could click a message box there."""


def headless(args: argparse.Namespace) -> bool:
    """A run nobody is watching (a start-up check, a screenshot, any run on a platform with
    no screen): a problem is printed and the run ends with a non-zero code, never a dialog
    that waits for a click no one will make."""
    return bool(
        getattr(args, "quit_after_paint", False)
        or (args.command == "demo" and getattr(args, "screenshot", None))
        or QGuiApplication.platformName() in UNATTENDED_PLATFORMS
    )


def alert(args: argparse.Namespace, title: str, body: str) -> None:
    """Tell the user about a problem that stops start-up: in a box when someone is there
    to read it, and always on standard error for scripts and logs."""
    if not headless(args):
        QMessageBox.critical(None, title, body)
    sys.stderr.write(f"{body}\n")


def audit_log_intact(store: Store, args: argparse.Namespace) -> bool:
    """Check the audit log's chain before anything else is done; refuse to go on if it was
    altered, so that the evidence stays as it is. Only what was written since a whole check
    last found the log sound is checked here: the window checks the whole log once it is
    open (`check_whole_log`), which at 25 µs an entry would hold every start for seconds."""
    report = audit_check(store, since_checked=True)
    if report.ok:
        return True
    _say_altered(args, report.problem)
    return False


WHOLE_CHECK_AFTER_MS = 3000
"""How long after the window opens its whole audit check starts, off the store's worker.
Started at once on that worker, the walk of a year of entries (0.6-1.2 s) shared the
interpreter with the window's first paint and held the home page's reads behind it: the
first paint came 1.7-1.9 s after start on a store whose start was 1.2 s without them."""


def check_whole_log(
    window: QWidget, store: Store, taskman: TaskManager, args: argparse.Namespace
) -> None:
    """Walk the whole audit log once the window is open and has shown its first screen. If it was
    altered, say so as at start-up and end the run (exit code 2): the window closes (a sync
    running is stopped) and the store is not used further."""

    def checked(report: Any) -> None:
        if not report.ok:
            window.hide()
            _say_altered(args, report.problem)
            window.close()
            QApplication.exit(2)

    def failed(exc: BaseException) -> None:
        log.warning("The whole audit log could not be checked: %s", type(exc).__name__)

    QTimer.singleShot(
        WHOLE_CHECK_AFTER_MS,
        window,
        lambda: taskman.run_on_partners(lambda: audit_check(store), checked, failed),
    )


def _say_altered(args: argparse.Namespace, problem: object) -> None:
    body = tr(
        "Caseworker found that its audit log was altered: {problem}. It will not open this "
        "store, so that the log stays as evidence. Tell your information governance team. "
        "Once they have taken a copy of the store, they can seal the log with: "
        'python main.py audit acknowledge --reason "…"',
        problem=said(problem or ""),
    )
    alert(args, tr("The audit log has been altered"), body)


def has_profile(store: Store) -> bool:
    return current_profile(store) is not None


def ensure_profile_chosen(store: Store) -> bool:
    """On first run, ask for organisation, role and purposes; False if the user declines."""
    if has_profile(store):
        return True
    dialog = ProfileDialog(None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        sys.stderr.write("Caseworker needs your organisation, role and purposes to start.\n")
        return False
    apply_profile(store, dialog.profile())
    return True


class _FirstPaint(QObject):
    """Prints "painted" when the window it watches first paints, then quits the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    """--quit-after-paint: a start-up check for installers and the benchmark's cold start."""
    window.installEventFilter(_FirstPaint(window))


def run_gui(args: argparse.Namespace) -> int:
    configure_logging(resolve_paths(args.home))
    app = application()
    taskman = TaskManager()
    try:
        return _run_gui(args, app, taskman)
    finally:
        taskman.shutdown(wait=True)


def _run_gui(args: argparse.Namespace, app: QApplication, taskman: TaskManager) -> int:
    from ui.main_window import MainWindow

    try:
        opened = open_store_asking_pin(args, taskman, unattended=headless(args))
    except CaseworkerError as exc:
        alert(args, *describe(exc))
        return 2
    if opened is None:
        sys.stderr.write("Caseworker was not opened: no PIN was given.\n")
        return 0
    store = opened
    if not audit_log_intact(store, args):
        store.close()
        return 2
    try:
        record(store, "sign_in", via="window")
    except CaseworkerError as exc:
        store.close()
        alert(args, *describe(exc))
        return 2
    wants_demo = args.demo or args.command == "demo"
    demo = None
    if wants_demo:  # the sandbox (and the fake people it makes) is loaded only for a demo
        from caseworker.cli.commands import ensure_demo_profile
        from caseworker.sandbox.embedded import DemoPartners

        demo = DemoPartners(args.seed, args.people, args.sandbox_port_base)
    try:
        if demo is not None:
            configure_partners(store, demo.configs)
            ensure_demo_profile(store)
        if demo is None and headless(args) and not has_profile(store):
            sys.stderr.write("Caseworker has no profile yet: open the window once to choose one.\n")
            return 2
        if demo is None and not ensure_profile_chosen(store):
            return 0
        if args.command == "demo":
            save_preferences(store, _demo_preferences(args, load_preferences(store)))
        apply_preferences(app, load_preferences(store))
        if args.command == "demo" and args.screenshot:
            from ui.screenshot import partner_down, save_screenshot, window_size

            down = partner_down(demo, args.partner_down) if args.partner_down else None
            return save_screenshot(
                store, MainWindow, Path(args.screenshot), args.tab, down, window_size(args.size)
            )
        window = open_window(
            MainWindow, store, taskman, insecure_keyring=store.info.insecure_keyring
        )
        window.show()
        check_whole_log(window, store, taskman, args)
        if args.quit_after_paint:
            quit_after_first_paint(window)
        elif demo is not None:
            window.start_sync(open_showcase=True)
        window.focus_search()
        # What start-up made (Qt's wrappers, the modules, the mapped classes) lives as long as
        # the window: the collector's full collections, which stop the window while they run,
        # need not walk it again (docs/performance.md).
        gc.freeze()
        return app.exec()
    finally:
        if demo is not None:
            demo.__exit__(None, None, None)
        store.close()
