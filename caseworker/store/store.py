"""The open store: one encrypted engine, sessions per unit of work, and safe opening.

Threading: a Store may be used from several threads; each unit of work opens its own
Session with `store.session()` on the thread that uses it and closes it there. ORM objects
never leave the thread that loaded them: read models return frozen dataclasses.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from caseworker.errors import StoreLocked, StoreUnreadable, StoreWriteFailed
from caseworker.paths import Paths
from caseworker.store.engine import (
    WRITER,
    check_not_plaintext,
    create_store_engine,
    verify_readable,
)
from caseworker.store.keys import (
    drop_pending_key,
    load_or_create_key,
    pending_key,
    promote_pending_key,
    require_secure_backend,
)
from caseworker.store.migrate import upgrade_to_head

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenInfo:
    """What happened while opening: shown once at start-up."""

    created: bool
    migrated: bool
    insecure_keyring: bool
    keyring_backend: str


class Store:
    """The encrypted store of one profile."""

    def __init__(self, engine: Engine, info: OpenInfo, paths: Paths | None = None) -> None:
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] = sessionmaker(expire_on_commit=False)
        self._writers: sessionmaker[Session] = sessionmaker(expire_on_commit=False)
        self._bind(engine)
        self.info = info
        self._paths = paths

    def _bind(self, engine: Engine | None) -> None:
        self._engine = engine
        self._sessions.configure(bind=engine)
        self._writers.configure(bind=engine.execution_options(**WRITER) if engine else None)

    @property
    def locked(self) -> bool:
        return self._engine is None

    def lock(self) -> None:
        """Close every connection and forget the engine, and with it the key: nothing can be
        read until `unlock`. Work that tries meanwhile gets StoreLocked."""
        engine = self._engine
        self._bind(None)
        if engine is not None:
            engine.dispose()

    def unlock(self) -> None:
        """Read the key from the OS keyring again and reopen the file. Raises KeyMissing,
        InsecureKeyring or StoreUnreadable with plain messages; the file is not changed."""
        if self._engine is not None:
            return
        if self._paths is None:
            raise StoreLocked("This store cannot be unlocked here.", hint="Start Caseworker again.")
        if not self._paths.store_file.exists():
            raise StoreUnreadable(
                "The store file is no longer where it was.",
                hint="Restore it from backup, then unlock again.",
            )
        require_secure_backend(allow_insecure=self.info.insecure_keyring)
        key = load_or_create_key(self._paths)
        engine = create_store_engine(self._paths.store_file, key)
        del key
        verify_readable(engine)
        self._bind(engine)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreLocked("The store is locked.", hint="Unlock it to continue.")
        return self._engine

    def session(self) -> AbstractContextManager[Session]:
        """A session for one unit of work: committed on success, rolled back on error.

        For reading, and for writes that do not read first. A unit of work that reads and
        then writes, while a sync or another window may write too, uses `writing()`."""
        return self._unit(self._sessions)

    def writing(self) -> AbstractContextManager[Session]:
        """A session that takes the write lock when it begins (waiting for it if need be), so
        what it read is still true when it writes."""
        return self._unit(self._writers)

    @contextmanager
    def _unit(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        if self._engine is None:
            raise StoreLocked("The store is locked.", hint="Unlock it to continue.")
        session = factory()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if "full" in str(exc.orig).lower():
                raise StoreWriteFailed(
                    "The disk is full, so the change was not saved. Nothing already held "
                    "was changed.",
                    hint="Free some disk space and try again.",
                ) from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.lock()
        self._paths = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _readable_engine(paths: Paths, key: bytes) -> Engine:
    """An engine that reads the store, finishing a key rotation a crash interrupted.

    During `store rekey` the new key waits in the keyring beside the old one until the
    re-encrypted file is in place. If the file no longer opens with the old key, it is the
    new file: the new key is tried, and made the key. If it still opens with the old key,
    the rotation never finished: the new key and any half-written copy are dropped."""
    engine = create_store_engine(paths.store_file, key)
    try:
        verify_readable(engine)
    except StoreUnreadable:
        new = pending_key(paths) if paths.store_identity_file.exists() else None
        if new is None:
            raise
        engine = create_store_engine(paths.store_file, new)
        verify_readable(engine)
        promote_pending_key(paths)
        log.info("Finished a key rotation that was interrupted")
        return engine
    if paths.store_file.exists() and pending_key(paths) is not None:
        drop_pending_key(paths)
        rekey_copy(paths).unlink(missing_ok=True)
        log.info("Dropped a key rotation that was interrupted before it finished")
    return engine


def rekey_copy(paths: Paths) -> Path:
    """Where `store rekey` writes the re-encrypted copy before it replaces the store."""
    return paths.store_file.with_name(paths.store_file.name + ".rekey")


def open_store(paths: Paths, *, allow_insecure_keyring: bool = False) -> Store:
    """Unlock and open the profile's store, creating it on first run and upgrading its schema.

    Raises InsecureKeyring, KeyMissing or StoreUnreadable with plain messages; in each case
    the store file is left exactly as it was.
    """
    backend = require_secure_backend(allow_insecure=allow_insecure_keyring)
    check_not_plaintext(paths.store_file)
    created = not paths.store_file.exists()
    key = load_or_create_key(paths)
    paths.ensure()
    engine = _readable_engine(paths, key)
    del key
    migrated = upgrade_to_head(engine)
    info = OpenInfo(
        created=created,
        migrated=migrated,
        insecure_keyring=not backend.secure,
        keyring_backend=backend.name,
    )
    log.info("Store opened (created=%s, migrated=%s)", created, migrated)
    return Store(engine, info, paths)
