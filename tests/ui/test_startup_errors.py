"""Starting the window on a store it cannot open: a plain message, exit code 2, file untouched.
With someone at the screen the message is a box; with nobody (the offscreen platform, a
screenshot) it is printed, and the run still ends instead of waiting for a click."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from caseworker.cli.options import build_parser
from caseworker.paths import Paths
from caseworker.store.store import open_store
from tests.support.keyrings import MemoryKeyring
from ui import app as ui_app
from ui.app import run_gui

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def attended(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the window ran on a real screen with a person in front of it."""
    monkeypatch.setattr(ui_app, "UNATTENDED_PLATFORMS", frozenset())


def test_wrong_key_at_start_shows_a_message_and_changes_nothing(
    paths: Paths, dialogs, qapp, attended
) -> None:  # type: ignore[no-untyped-def]
    with open_store(paths):
        pass
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    for entry in backend.secrets:
        backend.secrets[entry] = "22" * 32
    before = hashlib.sha256(paths.store_file.read_bytes()).hexdigest()
    code = run_gui(build_parser().parse_args([]))
    assert code == 2
    ((title, body),) = dialogs
    assert title == "Caseworker's store cannot be opened"
    assert "Nothing was changed" in body
    assert hashlib.sha256(paths.store_file.read_bytes()).hexdigest() == before


def test_no_keyring_at_start_says_what_to_install(dialogs, qapp, attended) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    code = run_gui(build_parser().parse_args([]))
    assert code == 2
    ((title, body),) = dialogs
    assert "keyring" in title and "gnome-keyring" in body


def test_an_altered_audit_log_stops_the_window_opening_the_store(
    paths: Paths, dialogs, qapp, attended
) -> None:  # type: ignore[no-untyped-def]
    from caseworker.audit.log import record

    with open_store(paths) as store:
        for _ in range(3):
            record(store, "search", query="x", results=0)
        with store.engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            connection.exec_driver_sql("UPDATE audit_log SET kind = 'view' WHERE seq = 2")
    before = hashlib.sha256(paths.store_file.read_bytes()).hexdigest()
    code = run_gui(build_parser().parse_args([]))
    assert code == 2
    ((title, body),) = dialogs
    assert title == "The audit log has been altered"
    assert "entry 2 was changed" in body and "audit acknowledge" in body
    assert hashlib.sha256(paths.store_file.read_bytes()).hexdigest() == before  # no sign-in


def test_an_entry_altered_before_the_last_whole_check_closes_the_open_window(
    paths: Paths, dialogs, qapp, attended
) -> None:  # type: ignore[no-untyped-def]
    """Start-up checks only what was written since the last whole check; the window then
    walks the whole log, finds the older entry changed, says so and closes (exit code 2)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    from caseworker.audit.log import record
    from caseworker.profile import DEMO_PROFILE, save_profile
    from caseworker.services.reading import audit_check

    with open_store(paths) as store:
        with store.writing() as session:
            save_profile(session, DEMO_PROFILE)
        for _ in range(5):
            record(store, "search", query="x", results=0)
        assert audit_check(store).ok  # remembered as sound
        with store.engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            connection.exec_driver_sql("UPDATE audit_log SET kind = 'view' WHERE seq = 2")
    limit = QTimer()  # the test's own limit, never reached; stopped so no later test meets it
    limit.setSingleShot(True)
    limit.timeout.connect(lambda: qapp.exit(99))
    limit.start(20_000)
    before = set(qapp.topLevelWidgets())
    try:
        code = run_gui(build_parser().parse_args([]))
    finally:
        limit.stop()
        for left in set(qapp.topLevelWidgets()) - before:  # its timers and filters go too
            left.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # Closing the last window asked the application to quit: the next test's wait would.
        QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)
    assert code == 2
    ((title, body),) = dialogs
    assert title == "The audit log has been altered"
    assert "entry 2 was changed" in body


def test_on_a_platform_with_no_screen_the_problem_is_printed_not_shown(
    dialogs, qapp, capsys
) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    code = run_gui(build_parser().parse_args([]))
    assert code == 2
    assert dialogs == []  # nobody there to click it
    assert "gnome-keyring" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["demo", "--screenshot", "shot.png"], []])
def test_a_headless_run_without_a_secret_service_ends_with_an_error(
    tmp_path: Path, command: list[str]
) -> None:
    """No keyring daemon at all (no D-Bus session): the screenshot command and the window
    on the offscreen platform both print why and exit non-zero, never wait on a dialog."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "CASEWORKER_"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "CASEWORKER_HOME": str(tmp_path), "HOME": str(tmp_path)}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *command],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "keyring" in done.stderr
    assert not (tmp_path / "shot.png").exists()
