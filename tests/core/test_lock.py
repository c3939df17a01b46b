"""Locking the store: nothing can be read until the key is read from the keyring again;
a lost key or a moved file gives a plain refusal and the data is left as it was."""

from __future__ import annotations

import hashlib

import keyring
import pytest

from caseworker.errors import KeyMissing, StoreLocked, StoreUnreadable
from caseworker.paths import Paths
from caseworker.store.keys import SERVICE
from caseworker.store.models import Setting
from caseworker.store.store import open_store
from tests.support.keyrings import MemoryKeyring


def _put(paths: Paths) -> None:
    with open_store(paths) as store, store.session() as session:
        session.add(Setting(key="note", value="kept"))


def test_a_locked_store_reads_nothing_until_unlocked(paths: Paths) -> None:
    _put(paths)
    with open_store(paths) as store:
        store.lock()
        assert store.locked
        with pytest.raises(StoreLocked):
            store.session().__enter__()
        with pytest.raises(StoreLocked):
            _ = store.engine
        store.lock()  # locking twice is harmless
        store.unlock()
        assert not store.locked
        with store.session() as session:
            assert session.get(Setting, "note").value == "kept"


def test_unlocking_without_the_key_refuses_and_leaves_the_file_alone(paths: Paths) -> None:
    _put(paths)
    with open_store(paths) as store:
        store.lock()
        before = hashlib.sha256(paths.store_file.read_bytes()).hexdigest()
        backend = keyring.get_keyring()
        assert isinstance(backend, MemoryKeyring)
        saved = dict(backend.secrets)
        backend.secrets = {k: v for k, v in saved.items() if k[0] != SERVICE}
        with pytest.raises(KeyMissing, match="not in this keyring"):
            store.unlock()
        assert store.locked
        assert hashlib.sha256(paths.store_file.read_bytes()).hexdigest() == before
        backend.secrets = saved
        store.unlock()
        with store.session() as session:
            assert session.get(Setting, "note").value == "kept"


def test_unlocking_after_the_file_was_moved_does_not_make_a_new_store(paths: Paths) -> None:
    _put(paths)
    with open_store(paths) as store:
        store.lock()
        moved = paths.store_file.with_suffix(".moved")
        paths.store_file.rename(moved)
        with pytest.raises(StoreUnreadable, match="no longer where it was"):
            store.unlock()
        assert not paths.store_file.exists()  # no empty store was created in its place
        moved.rename(paths.store_file)
        store.unlock()
        assert not store.locked
