"""The PIN: with one set, the keyring alone no longer opens the store, a wrong PIN is told
apart from a damaged file, the PIN is never written anywhere, the organisation's policy is
enforced in the core, and a crash while the PIN changes leaves a store that opens."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from caseworker.audit.chain import verify
from caseworker.audit.log import recent
from caseworker.errors import (
    PinNotSet,
    PinRejected,
    PinRequired,
    PolicyInvalid,
    StoreLocked,
    StoreUnreadable,
    WrongPin,
)
from caseworker.paths import Paths
from caseworker.services.store_key import rekey
from caseworker.store import rekey as rekey_module
from caseworker.store import rotation as rotation_module
from caseworker.store.engine import create_store_engine, verify_readable
from caseworker.store.keys import load_or_create_key, pending_key
from caseworker.store.models import Setting
from caseworker.store.pin import check_new_pin, has_pin, pin_file
from caseworker.store.rotation import rekey_copy
from caseworker.store.store import open_store

PIN = "482915"


def _fill(paths: Paths) -> None:
    with open_store(paths) as store, store.session() as session:
        session.add(Setting(key="note", value="kept"))


def _note(paths: Paths, pin: str | None) -> str:
    with open_store(paths, pin=pin) as store, store.session() as session:
        row = session.get(Setting, "note")
        assert row is not None
        return row.value


def _policy(**values: object) -> None:
    Path(os.environ["CASEWORKER_POLICY"]).write_text(json.dumps(values))


def test_with_a_pin_the_keyring_alone_no_longer_opens_the_store(paths: Paths) -> None:
    _fill(paths)
    rekey(paths, new_pin=PIN)
    assert has_pin(paths)
    with pytest.raises(PinRequired):
        open_store(paths)
    with pytest.raises(WrongPin, match="does not open"):
        open_store(paths, pin="482916")
    # Not merely a check in the code: the keyring key itself no longer decrypts the file.
    engine = create_store_engine(paths.store_file, load_or_create_key(paths))
    with pytest.raises(StoreUnreadable):
        verify_readable(engine)
    assert _note(paths, PIN) == "kept"
    with open_store(paths, pin=PIN) as store, store.session() as session:
        assert verify(session).ok
        assert recent(session, limit=1)[0].detail == {"setting": "PIN set"}


def test_the_pin_is_written_nowhere(paths: Paths) -> None:
    _fill(paths)
    pin = "walnut-harbour-17"
    rekey(paths, new_pin=pin)
    for path in paths.data_dir.parent.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert pin.encode() not in data, path.name
            assert pin.encode("utf-16-le") not in data, path.name
    setting = json.loads(pin_file(paths).read_text())
    assert set(setting) == {"version", "salt", "memory_kib", "iterations", "lanes", "check"}
    assert oct(pin_file(paths).stat().st_mode & 0o777) == "0o600"


def test_the_pin_can_be_changed_and_removed(paths: Paths) -> None:
    _fill(paths)
    rekey(paths, new_pin=PIN)
    rekey(paths, pin=PIN, new_pin="730264")
    with pytest.raises(WrongPin):
        open_store(paths, pin=PIN)
    assert _note(paths, "730264") == "kept"
    rekey(paths, pin="730264")  # a plain key rotation keeps the PIN
    assert _note(paths, "730264") == "kept"
    rekey(paths, pin="730264", new_pin=None)
    assert not has_pin(paths)
    assert _note(paths, None) == "kept"
    with open_store(paths) as store, store.session() as session:
        changes = [e.detail["setting"] for e in recent(session, limit=4)]
    assert changes == ["PIN removed", "store key rotated", "PIN changed", "PIN set"]


def test_changing_the_pin_needs_the_current_one(paths: Paths) -> None:
    _fill(paths)
    rekey(paths, new_pin=PIN)
    with pytest.raises(PinRequired):
        rekey(paths, new_pin="730264")
    with pytest.raises(WrongPin):
        rekey(paths, pin="111112", new_pin=None)
    assert _note(paths, PIN) == "kept"


@pytest.mark.parametrize("weak", ["12345", "123456", "000000", "987654", "aaaaaaa", "x" * 65])
def test_guessable_pins_are_refused(weak: str) -> None:
    with pytest.raises(PinRejected):
        check_new_pin(weak, min_length=6)


def test_a_refused_pin_changes_nothing(paths: Paths) -> None:
    _fill(paths)
    with pytest.raises(PinRejected, match="run or a repeat"):
        rekey(paths, new_pin="654321")
    assert not has_pin(paths) and _note(paths, None) == "kept"


def test_locking_and_unlocking_with_a_pin(paths: Paths) -> None:
    _fill(paths)
    rekey(paths, new_pin=PIN)
    with open_store(paths, pin=PIN) as store:
        assert store.needs_pin
        store.lock()
        with pytest.raises(StoreLocked):
            store.session().__enter__()
        with pytest.raises(PinRequired):
            store.unlock()
        with pytest.raises(WrongPin):
            store.unlock("999999")
        assert store.locked
        store.unlock(PIN)
        with store.session() as session:
            assert session.get(Setting, "note") is not None


def test_an_organisation_that_requires_a_pin(paths: Paths) -> None:
    _fill(paths)
    _policy(require_pin=True, pin_min_length=8)
    with pytest.raises(PinNotSet, match="organisation requires a PIN"):
        open_store(paths)
    with pytest.raises(PinRejected, match="at least 8"):
        rekey(paths, new_pin=PIN)
    rekey(paths, new_pin="40917253")
    assert _note(paths, "40917253") == "kept"
    with pytest.raises(PinRejected, match="cannot be removed"):
        rekey(paths, pin="40917253", new_pin=None)
    assert has_pin(paths)


def test_a_new_store_under_that_policy_asks_for_a_pin_first(paths: Paths) -> None:
    _policy(require_pin=True)
    with pytest.raises(PinNotSet):
        open_store(paths)
    rekey(paths, new_pin=PIN)
    assert _note_or_none(paths) is None


def _note_or_none(paths: Paths) -> str | None:
    with open_store(paths, pin=PIN) as store, store.session() as session:
        row = session.get(Setting, "note")
        return None if row is None else row.value


@pytest.mark.parametrize(
    "text",
    [
        '{"require_pim": true}',
        '{"require_pin": "yes"}',
        "{not json",
        '{"pin_min_length": 2}',
        '{"audit_acknowledge_roles": "team_manager"}',
    ],
)
def test_a_policy_that_cannot_be_read_stops_the_store_opening(paths: Paths, text: str) -> None:
    _fill(paths)
    Path(os.environ["CASEWORKER_POLICY"]).write_text(text)
    with pytest.raises(PolicyInvalid, match="policy file"):
        open_store(paths)


def test_a_damaged_pin_setting_is_named(paths: Paths) -> None:
    _fill(paths)
    rekey(paths, new_pin=PIN)
    pin_file(paths).write_text("{damaged")
    with pytest.raises(StoreUnreadable, match="PIN settings"):
        open_store(paths, pin=PIN)


def test_a_crash_after_the_switch_to_a_pin_finishes_on_the_next_open(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(paths)

    def crash(_paths: Paths) -> None:
        raise SystemExit("killed after the file was replaced")

    monkeypatch.setattr(rekey_module, "finish_rotation", crash)
    with pytest.raises(SystemExit):
        rekey(paths, new_pin=PIN)
    monkeypatch.undo()
    assert has_pin(paths)  # the waiting setting already asks for the PIN
    with pytest.raises(PinRequired):
        open_store(paths)
    assert _note(paths, PIN) == "kept"
    assert pending_key(paths) is None
    assert not pin_file(paths, pending=True).exists() and pin_file(paths).exists()


def test_a_crash_before_the_switch_keeps_the_store_without_a_pin(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(paths)

    def crash(*_args: object) -> None:
        raise SystemExit("killed before the file was replaced")

    monkeypatch.setattr(rekey_module, "_fsync", crash)  # the copy is written, not swapped in
    with pytest.raises(SystemExit):
        rekey(paths, new_pin=PIN)
    monkeypatch.undo()
    assert _note(paths, None) == "kept"
    assert not has_pin(paths) and pending_key(paths) is None
    assert not rekey_copy(paths).exists()


@pytest.mark.parametrize("step", ["adopt_pending_key", "drop_pending_key"])
def test_a_crash_while_the_new_key_is_adopted_finishes_on_the_next_open(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    _fill(paths)
    rekey(paths, new_pin=PIN)
    real = getattr(rotation_module, step)

    def then_crash(p: Paths) -> None:
        real(p)
        raise SystemExit(f"killed after {step}")

    monkeypatch.setattr(rotation_module, step, then_crash)
    with pytest.raises(SystemExit):
        rekey(paths, pin=PIN, new_pin="730264")
    monkeypatch.undo()
    assert _note(paths, "730264") == "kept"
    with pytest.raises(WrongPin):
        open_store(paths, pin=PIN)
    assert pending_key(paths) is None and not pin_file(paths, pending=True).exists()
