"""`store rekey`: re-encrypt the store with a new random key, safe against a crash at any step.

1. The new key is saved in the keyring beside the current one (as pending).
2. The whole store is exported, encrypted with the new key, into a copy beside it
   (`sqlcipher_export`), after the write-ahead log has been folded into the file.
3. The store is closed; the copy replaces the file in one rename.
4. The new key becomes the key; the old one is forgotten.

A crash before 3 leaves the old file and key working: the next open drops the pending key
and the copy. A crash after 3 leaves a file only the new key opens: the next open tries the
pending key and finishes step 4 (caseworker.store.store._readable_engine).
"""

from __future__ import annotations

import os
import secrets

from caseworker.audit.log import record
from caseworker.paths import Paths
from caseworker.store.keys import KEY_BYTES, promote_pending_key, save_pending_key
from caseworker.store.store import open_store, rekey_copy


def _fsync(path: os.PathLike[str] | str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rekey(paths: Paths, *, allow_insecure_keyring: bool = False) -> None:
    """Rotate the store key. Raises the store's usual errors; the store stays usable."""
    copy = rekey_copy(paths)
    with open_store(paths, allow_insecure_keyring=allow_insecure_keyring) as store:
        record(store, "settings", setting="store key rotated")
        new = secrets.token_bytes(KEY_BYTES)
        save_pending_key(paths, new)
        copy.unlink(missing_ok=True)
        # Outside any transaction (the driver is in autocommit): DETACH needs that.
        raw = store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            cursor.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new.hex()}'\"", (str(copy),))
            cursor.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            cursor.execute("DETACH DATABASE rekeyed")
            cursor.close()
        finally:
            raw.close()
        del new
    _fsync(copy)
    for leftover in ("-wal", "-shm"):  # the old file's: they must not meet the new one
        paths.store_file.with_name(paths.store_file.name + leftover).unlink(missing_ok=True)
    os.replace(copy, paths.store_file)
    _fsync(paths.store_file.parent)
    promote_pending_key(paths)
