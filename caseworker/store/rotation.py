"""Changing the store's key safely: what waits while a rotation runs, and how the next open
finishes or drops a rotation that a crash interrupted.

A rotation (`store rekey`, `store pin set`) keeps the new keyring key as *pending* in the
keyring and the PIN setting that goes with it in `store-pin.next`, writes a re-encrypted copy
beside the store, and swaps it in with one rename. Then the new key and setting are adopted
and the pending key dropped, in that order, so that at every step one of the two
(key, setting) pairs opens the file that is there.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine

from caseworker.errors import StoreUnreadable, WrongPin
from caseworker.paths import Paths
from caseworker.store.engine import create_store_engine, verify_readable
from caseworker.store.keys import (
    adopt_pending_key,
    drop_pending_key,
    load_or_create_key,
    pending_key,
    save_pending_key,
)
from caseworker.store.pin import PinSetting, pin_file, read_setting, store_key, write_setting

log = logging.getLogger(__name__)


def rekey_copy(paths: Paths) -> Path:
    """Where a rotation writes the re-encrypted copy before it replaces the store."""
    return paths.store_file.with_name(paths.store_file.name + ".rekey")


def begin_rotation(paths: Paths, keyring_key: bytes, setting: PinSetting | None) -> None:
    save_pending_key(paths, keyring_key)
    write_setting(paths, setting, pending=True)


def finish_rotation(paths: Paths) -> None:
    """The re-encrypted file is in place: adopt its key and setting, then forget the old."""
    adopt_pending_key(paths)
    waiting = pin_file(paths, pending=True)
    if waiting.exists():
        waiting.replace(pin_file(paths))
    drop_pending_key(paths)


def abandon_rotation(paths: Paths) -> None:
    """The old file is still in place: drop what was waiting for the new one."""
    pin_file(paths, pending=True).unlink(missing_ok=True)
    rekey_copy(paths).unlink(missing_ok=True)
    drop_pending_key(paths)


def _open_with(
    paths: Paths, keyring_key: bytes, setting: PinSetting | None, pin: str | None
) -> Engine:
    engine = create_store_engine(paths.store_file, store_key(keyring_key, pin, setting))
    verify_readable(engine)
    return engine


def readable_engine(paths: Paths, key: bytes, pin: str | None) -> Engine:
    """An engine that reads the store, finishing or dropping a rotation a crash interrupted.

    Raises PinRequired when a PIN is set and none is given, WrongPin when the PIN opens
    neither the current nor the waiting key, StoreUnreadable when neither key reads the file.
    """
    try:
        engine = _open_with(paths, key, read_setting(paths), pin)
    except (StoreUnreadable, WrongPin) as first:
        new = pending_key(paths) if paths.store_identity_file.exists() else None
        if new is None:
            raise
        try:
            engine = _open_with(paths, new, read_setting(paths, pending=True), pin)
        except (StoreUnreadable, WrongPin) as second:
            raise (second if isinstance(second, WrongPin) else first) from None
        finish_rotation(paths)
        log.info("Finished a key rotation that was interrupted")
        return engine
    if paths.store_file.exists() and pending_key(paths) is not None:
        abandon_rotation(paths)
        log.info("Dropped a key rotation that was interrupted before it finished")
    return engine


def confirm_pin(paths: Paths, pin: str | None) -> None:
    """Raise PinRequired or WrongPin unless `pin` is the store's PIN (or it has none), without
    opening the store: checked before a PIN change closes it."""
    store_key(load_or_create_key(paths), pin, read_setting(paths))
