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
