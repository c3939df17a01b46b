"""Locking and unlocking the open store, each kept in the audit log: locking closes it and
forgets its key; unlocking reads the key from the keyring again (with the PIN, when the
store has one) and says how many wrong PINs came before."""

from __future__ import annotations

from caseworker.audit.log import record
from caseworker.store.store import Store


def lock_store(store: Store) -> None:
    record(store, "lock")
    store.lock()


def unlock_store(store: Store, pin: str | None, *, wrong_pins: int = 0) -> None:
    store.unlock(pin)
    if wrong_pins:
        record(store, "unlock", wrong_pins=wrong_pins)
    else:
        record(store, "unlock")
