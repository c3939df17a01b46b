"""`store rekey` and `store pin set|remove`: re-encrypt the store with a new key, safe against a
crash at any step.

1. A new random key is saved in the keyring beside the current one (as pending), and the PIN
   setting that goes with it beside `store-pin` (caseworker.store.rotation).
2. The whole store is exported, encrypted with the new store key (the new keyring key, with
   the PIN if there is one), into a copy beside it (`sqlcipher_export`), after the
   write-ahead log has been folded into the file.
3. The store is closed; the copy replaces the file in one rename.
4. The new key and setting become the store's; the old ones are forgotten.

A crash before 3 leaves the old file and key working: the next open drops what was pending
and the copy. A crash after 3 leaves a file only the new key opens: the next open tries the
pending key and finishes step 4 (caseworker.store.rotation.readable_engine).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from typing import Final

from caseworker.errors import PinRejected
from caseworker.paths import Paths
from caseworker.policy import load_policy
from caseworker.store.keys import KEY_BYTES
from caseworker.store.pin import check_new_pin, new_setting, read_setting
from caseworker.store.rotation import begin_rotation, finish_rotation, rekey_copy
from caseworker.store.store import Store, open_store


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()
"""`new_pin=KEEP`: the store keeps its PIN (or keeps having none)."""


def _fsync(path: os.PathLike[str] | str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _what_changes(
    had_pin: bool, pin: str | None, new_pin: str | _Keep | None
) -> tuple[str | None, str]:
    if isinstance(new_pin, _Keep):
        return (pin if had_pin else None), "store key rotated"
    if new_pin is None:
        return None, "PIN removed"
    return new_pin, "PIN changed" if had_pin else "PIN set"


def rekey(
    paths: Paths,
    *,
    allow_insecure_keyring: bool = False,
    pin: str | None = None,
    new_pin: str | _Keep | None = KEEP,
    before_rotation: Callable[[Store, str], None] | None = None,
) -> None:
    """Rotate the store key, and set, change or remove the PIN (`new_pin`) on the way.

    `pin` is the store's current PIN, if it has one. `before_rotation(store, change)` runs
    in the old store just before the copy is made, so what it writes (the audit entry of
    the change: caseworker.services.store_key) is in the rotated file. Raises the store's
    usual errors, and PinRejected for a new PIN that breaks the rules or the organisation's
    policy; the store stays usable either way."""
    policy = load_policy()
    if not isinstance(new_pin, _Keep):
        if new_pin is None and policy.require_pin:
            raise PinRejected(
                "Your organisation requires a PIN for Caseworker, so it cannot be removed.",
                hint="Change it instead: python main.py store pin set",
            )
        if new_pin is not None:
            check_new_pin(new_pin, min_length=policy.pin_min_length)
    copy = rekey_copy(paths)
    with open_store(
        paths, allow_insecure_keyring=allow_insecure_keyring, pin=pin, choosing_pin=True
    ) as store:
        chosen, change = _what_changes(read_setting(paths) is not None, pin, new_pin)
        if before_rotation is not None:
            before_rotation(store, change)
        keyring_key = secrets.token_bytes(KEY_BYTES)
        setting, key = (None, keyring_key) if chosen is None else new_setting(keyring_key, chosen)
        begin_rotation(paths, keyring_key, setting)
        del keyring_key
        copy.unlink(missing_ok=True)
        # Outside any transaction (the driver is in autocommit): DETACH needs that.
        raw = store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            cursor.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{key.hex()}'\"", (str(copy),))
            cursor.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            cursor.execute("DETACH DATABASE rekeyed")
            cursor.close()
        finally:
            raw.close()
        del key
    _fsync(copy)
    for leftover in ("-wal", "-shm"):  # the old file's: they must not meet the new one
        paths.store_file.with_name(paths.store_file.name + leftover).unlink(missing_ok=True)
    os.replace(copy, paths.store_file)
    _fsync(paths.store_file.parent)
    finish_rotation(paths)
