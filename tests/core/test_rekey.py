"""Key rotation: the store is re-encrypted with a new key, nothing is lost, the old key is
gone, and a crash at either side of the switch leaves a store that opens."""

from __future__ import annotations

import keyring
import pytest
from sqlalchemy.exc import DatabaseError

from caseworker.audit.chain import verify
from caseworker.audit.log import recent, record
from caseworker.paths import Paths
from caseworker.services.store_key import rekey
from caseworker.store import rekey as rekey_module
from caseworker.store.keys import SERVICE, pending_key, save_pending_key
from caseworker.store.models import Setting
from caseworker.store.rotation import rekey_copy
from caseworker.store.store import open_store
from tests.support.keyrings import MemoryKeyring


def _keys() -> dict[str, str]:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return {account: v for (service, account), v in backend.secrets.items() if service == SERVICE}


def _fill(paths: Paths) -> None:
    with open_store(paths) as store:
        with store.session() as session:
            session.add(Setting(key="note", value="kept"))
        record(store, "search", query="x", results=0)


def test_rekey_changes_the_key_and_keeps_everything(paths: Paths) -> None:
    _fill(paths)
    (old,) = _keys().values()
    rekey(paths)
    (new,) = _keys().values()  # one key only: the old one is gone
    assert new != old
    assert not rekey_copy(paths).exists()
    with open_store(paths) as store:
        with store.session() as session:
            assert session.get(Setting, "note").value == "kept"
            assert verify(session).ok
            assert recent(session, limit=1)[0].detail == {"setting": "store key rotated"}
        with pytest.raises(DatabaseError, match="append-only"), store.engine.begin() as c:
            c.exec_driver_sql("DELETE FROM audit_log")  # the triggers came across too


def test_a_crash_before_the_switch_keeps_the_old_key(paths: Paths) -> None:
    _fill(paths)
    (old,) = _keys().values()
    save_pending_key(paths, bytes(32))
    rekey_copy(paths).write_bytes(b"half-written")
    with open_store(paths) as store, store.session() as session:
        assert session.get(Setting, "note").value == "kept"
    assert list(_keys().values()) == [old] and pending_key(paths) is None
    assert not rekey_copy(paths).exists()


def test_a_crash_after_the_switch_finishes_it_on_the_next_open(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(paths)

    def crash(_paths: Paths) -> None:
        raise SystemExit("killed after the file was replaced")

    monkeypatch.setattr(rekey_module, "finish_rotation", crash)
    with pytest.raises(SystemExit):
        rekey(paths)
    assert pending_key(paths) is not None  # the new key still waits beside the old
    with open_store(paths) as store, store.session() as session:
        assert session.get(Setting, "note").value == "kept"
    assert pending_key(paths) is None and len(_keys()) == 1
