"""Starting the window on a store it cannot open: a plain message, exit code 2, file untouched."""

from __future__ import annotations

import hashlib

import keyring

from caseworker.cli.options import build_parser
from caseworker.paths import Paths
from caseworker.store.store import open_store
from tests.support.keyrings import MemoryKeyring
from ui.app import run_gui


def test_wrong_key_at_start_shows_a_message_and_changes_nothing(
    paths: Paths, dialogs, qapp
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


def test_no_keyring_at_start_says_what_to_install(dialogs, qapp) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    code = run_gui(build_parser().parse_args([]))
    assert code == 2
    ((title, body),) = dialogs
    assert "keyring" in title and "gnome-keyring" in body


def test_an_altered_audit_log_stops_the_window_opening_the_store(
    paths: Paths, dialogs, qapp
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
