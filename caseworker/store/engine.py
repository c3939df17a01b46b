"""Opening the SQLCipher file: raw 256-bit key, pragmas, and a key check before anything else.

The key goes to SQLCipher as a raw key (`x'<hex>'`), which skips the passphrase KDF (0.16 ms
against ~210 ms per connection). The first statement on every connection reads the schema,
so a wrong key or a damaged file fails before any pragma could write to the file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from caseworker.errors import StoreUnreadable

_PLAINTEXT_HEADER = b"SQLite format 3\x00"

CHECKPOINT_PAGES = 20_000
"""Pages the write-ahead log may hold before a commit copies them into the file (SQLite's
wal_autocheckpoint; its default is 1,000). A sync's batch of 2,500 records dirties pages of
every index, and at a million records many of them again in the next batch: copied after
every batch, the same pages were written into the file over and over (docs/performance.md:
with sync/span.py, the harness's first sync of a million records 346 -> 336 s, the sync in
the window 372 -> 333 s). The same for every connection, so that the
window's occasional commit during a sync is not the one that copies what the sync wrote;
the sync copies the rest when it ends (Store.syncing)."""

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA temp_store=MEMORY",  # no plaintext temp files on disk
    "PRAGMA secure_delete=ON",  # deleted records are overwritten, not left in free pages
    "PRAGMA busy_timeout=10000",
    f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}",
)


PAGE_CACHE_KIB = 32_000
"""Decrypted pages each connection keeps (SQLite's cache_size), for the window's reading."""
SYNC_PAGE_CACHE_KIB = 96_000
"""... while a sync writes: linkage reads each batch's blocks from across a file of a
gigabyte at a million records, and every page read again from the file is decrypted again
(128 MB took 8.5 % off a first sync of a million records; this keeps the sync's process
well under its 400 MB). Held by the sync's own process (caseworker/sync/apart.py), or the
command line's, never the window's."""


def checkpoint(engine: Engine) -> None:
    """Copy what the write-ahead log holds into the file, as far as readers allow (PASSIVE:
    nobody waits). Outside any transaction: the driver is in autocommit."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        cursor.close()
    finally:
        raw.close()


def set_page_cache(dbapi_connection: Any, kib: int) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA cache_size=-{int(kib)}").fetchall()
    finally:
        cursor.close()


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # SQLCipher writes decryption failures to stderr; the caller reports them instead.
        cursor.execute("PRAGMA cipher_log_level = NONE").fetchall()
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _PRAGMAS:
            cursor.execute(pragma).fetchall()
    finally:
        cursor.close()
    # The driver would otherwise run DDL outside any transaction, so a crash in the middle of
    # a migration could leave half a schema; SQLAlchemy's "begin" hook below opens each one.
    dbapi_connection.isolation_level = None


WRITER = {"caseworker_begin": "IMMEDIATE"}
"""Execution options of a connection whose transactions will write (Store.writing)."""


def _on_begin(connection: Any) -> None:
    # A deferred transaction that reads and then writes fails at once ("database is locked",
    # with no wait) if another connection committed in between: SQLite cannot move its
    # snapshot forward. Writers therefore take the write lock when they begin, and wait for
    # it under busy_timeout; readers stay deferred and never block anyone in WAL mode.
    mode = connection.get_execution_options().get("caseworker_begin", "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


def check_not_plaintext(path: Path) -> None:
    """Refuse a file that is an unencrypted SQLite database (not a Caseworker store)."""
    if path.exists():
        with path.open("rb") as handle:
            if handle.read(len(_PLAINTEXT_HEADER)) == _PLAINTEXT_HEADER:
                raise StoreUnreadable(
                    "The store file is not encrypted, so it is not a Caseworker store.",
                    hint="Move {path_name} aside; Caseworker has not changed it.",
                    path_name=path.name,
                )


def create_store_engine(path: Path, key: bytes) -> Engine:
    """An engine on the encrypted file at `path`. Connections are checked when first used."""
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False},
        hide_parameters=True,  # SQL parameters hold personal data: never in exception text
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def engine_key(engine: Engine) -> bytes:
    """The key `engine` opens its file with (create_store_engine's, read back from memory):
    to hand an open store to another process of the same user (Store.handover)."""
    password = engine.url.password or ""
    if not (password.startswith("x'") and password.endswith("'")):
        raise ValueError("not an engine on an encrypted store")
    return bytes.fromhex(password[2:-1])


def _owner_only(path: Path) -> None:
    """The store and SQLite's side files readable by their owner alone (the folder is 0700
    too; this holds where a copy or a backup tool loosened it)."""
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if name.is_file():
            os.chmod(name, 0o600)


def verify_readable(engine: Engine) -> None:
    """Open one connection; turn SQLCipher's refusal into a clear StoreUnreadable."""
    try:
        with engine.connect():
            pass
        _owner_only(Path(engine.url.database or ""))
    except DBAPIError as exc:
        engine.dispose()
        raise StoreUnreadable(
            "The store cannot be read with the key held in the keyring: either the key is not "
            "the one this store was created with, or the file is damaged.",
            hint="Nothing was changed. Restore the file or the keyring from backup.",
        ) from None if "not a database" in str(exc.orig) else exc
