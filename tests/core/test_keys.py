"""The store key: created once, kept only in the keyring, and insecure keyrings refused."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail

from caseworker.errors import InsecureKeyring, KeyMissing, StoreUnreadable
from caseworker.paths import Paths
from caseworker.store.keys import SERVICE, check_backend
from caseworker.store.store import open_store
from tests.support.keyrings import MemoryKeyring


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _stored_key() -> str:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    (value,) = [v for (service, _), v in backend.secrets.items() if service == SERVICE]
    return value


def test_first_run_creates_a_256_bit_key_kept_only_in_the_keyring(paths: Paths) -> None:
    with open_store(paths) as store:
        assert store.info.created
    key_hex = _stored_key()
    assert len(bytes.fromhex(key_hex)) == 32
    for file in paths.data_dir.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            assert key_hex.encode() not in content and bytes.fromhex(key_hex) not in content


def test_reopening_uses_the_same_key_and_keeps_data(paths: Paths) -> None:
    with open_store(paths) as store:
        key = _stored_key()
    with open_store(paths) as store:
        assert not store.info.created
        assert _stored_key() == key


def test_key_never_appears_in_logs(paths: Paths, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with open_store(paths):
        pass
    assert _stored_key() not in caplog.text


class _AltPlaintext(MemoryKeyring):
    """Stands in for keyrings.alt's PlaintextKeyring (same module, high priority)."""

    priority = 10  # type: ignore[assignment]


_AltPlaintext.__module__ = "keyrings.alt.file"


def _chain(*backends: object) -> chainer.ChainerBackend:
    """A ChainerBackend over exactly these backends (keyring builds its list from plugins)."""
    members = list(backends)

    class _Chain(chainer.ChainerBackend):
        backends = members  # type: ignore[assignment]

    return _Chain()


@pytest.mark.parametrize(
    "make_backend",
    [fail.Keyring, _AltPlaintext, lambda: _chain()],
    ids=["fail", "keyrings.alt", "chainer-with-nothing"],
)
def test_insecure_backends_are_refused_with_advice(make_backend, paths: Paths) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(make_backend())
    assert not check_backend().secure
    with pytest.raises(InsecureKeyring) as raised:
        open_store(paths)
    assert "gnome-keyring" in str(raised.value)
    assert not paths.store_file.exists()


def test_a_chain_holding_one_insecure_backend_is_refused() -> None:
    assert check_backend(_chain(MemoryKeyring())).secure
    assert not check_backend(_chain(MemoryKeyring(), _AltPlaintext())).secure


def test_insecure_backend_allowed_explicitly_warns(
    paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    keyring.set_keyring(_AltPlaintext())
    with open_store(paths, allow_insecure_keyring=True) as store:
        assert store.info.insecure_keyring
    assert "Insecure keyring" in caplog.text


def test_missing_key_for_an_existing_store_is_refused_and_file_untouched(paths: Paths) -> None:
    with open_store(paths):
        pass
    before = _files(paths.data_dir)
    keyring.set_keyring(MemoryKeyring())  # a keyring that never held this store's key
    with pytest.raises(KeyMissing) as raised:
        open_store(paths)
    assert "untouched" in str(raised.value)
    assert _files(paths.data_dir) == before


def test_wrong_key_gives_a_clear_error_and_leaves_the_file_untouched(paths: Paths) -> None:
    with open_store(paths):
        pass
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    for entry in backend.secrets:
        backend.secrets[entry] = "11" * 32
    before = _files(paths.data_dir)
    with pytest.raises(StoreUnreadable) as raised:
        open_store(paths)
    assert "key" in str(raised.value) and "damaged" in str(raised.value)
    assert _files(paths.data_dir) == before


def test_damaged_file_gives_a_clear_error_and_is_left_as_it_is(paths: Paths) -> None:
    with open_store(paths):
        pass
    data = bytearray(paths.store_file.read_bytes())
    data[100:164] = bytes(64)
    paths.store_file.write_bytes(bytes(data))
    before = _files(paths.data_dir)
    with pytest.raises(StoreUnreadable):
        open_store(paths)
    assert _files(paths.data_dir) == before


def test_an_unencrypted_database_is_not_taken_for_a_store(paths: Paths) -> None:
    paths.ensure()
    sqlite3.connect(paths.store_file).execute("create table t(x)").connection.commit()
    before = _digest(paths.store_file)
    with pytest.raises(StoreUnreadable) as raised:
        open_store(paths)
    assert "not encrypted" in str(raised.value)
    assert _digest(paths.store_file) == before


def test_a_keyring_entry_that_is_not_hex_is_explained_and_the_store_untouched(
    paths: Paths,
) -> None:
    with open_store(paths):
        pass
    before = _files(paths.data_dir)
    store_id = paths.store_identity_file.read_text(encoding="ascii").strip()
    keyring.set_password(SERVICE, f"store-key:{store_id}", "not hex at all")
    with pytest.raises(KeyMissing, match="not a valid key"):
        open_store(paths)
    assert _files(paths.data_dir) == before


def test_a_garbage_store_id_is_explained_and_the_store_untouched(paths: Paths) -> None:
    with open_store(paths):
        pass
    paths.store_identity_file.write_bytes(b"\xff\xfe garbage")
    before = _files(paths.data_dir)
    with pytest.raises(KeyMissing, match="store-id"):
        open_store(paths)
    assert _files(paths.data_dir) == before
