"""The open store: one encrypted engine, sessions per unit of work, and safe opening.

Threading: a Store may be used from several threads; each unit of work opens its own
Session with `store.session()` on the thread that uses it and closes it there. ORM objects
never leave the thread that loaded them: read models return frozen dataclasses.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from caseworker.errors import PinNotSet, StoreLocked, StoreUnreadable, StoreWriteFailed
from caseworker.paths import Paths
from caseworker.policy import load_policy
from caseworker.store.engine import (
    PAGE_CACHE_KIB,
    SYNC_PAGE_CACHE_KIB,
    WRITER,
    check_not_plaintext,
    checkpoint,
    create_store_engine,
    engine_key,
    set_page_cache,
    verify_readable,
)
from caseworker.store.keys import load_or_create_key, require_secure_backend
from caseworker.store.migrate import upgrade_to_head
from caseworker.store.pin import has_pin
from caseworker.store.rotation import readable_engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenInfo:
    """What happened while opening: shown once at start-up."""

    created: bool
    migrated: bool
    insecure_keyring: bool
    keyring_backend: str


@dataclass(frozen=True)
class Handover:
    """What another process of this user needs to open a store as it is open here: its file
    and its key, which stays in memory (handed over through a pipe, never written). Its
    repr leaves the key out, so no log or traceback can show it."""

    store_file: Path
    key: bytes = field(repr=False)
    info: OpenInfo
    paths: Paths | None


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
        if engine is not None:
            event.listen(engine, "checkout", self._page_cache_on_checkout)

    _page_cache_kib = PAGE_CACHE_KIB

    def _page_cache_on_checkout(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if record.info.get("page_cache_kib") != self._page_cache_kib:
            set_page_cache(dbapi_connection, self._page_cache_kib)
            record.info["page_cache_kib"] = self._page_cache_kib

    @contextmanager
    def syncing(self) -> Iterator[None]:
        """While a sync runs in this process: each connection taken keeps SYNC_PAGE_CACHE_KIB
        of pages instead of PAGE_CACHE_KIB, and goes back to that when next taken after.
        When it ends, what the sync left in the write-ahead log is copied into the file here,
        so that no later commit of the window's pays for it (CHECKPOINT_PAGES)."""
        before, self._page_cache_kib = self._page_cache_kib, SYNC_PAGE_CACHE_KIB
        try:
            yield
        finally:
            self._page_cache_kib = before
            if self._engine is not None:
                try:
                    checkpoint(self._engine)
                except OperationalError as exc:  # a later commit copies it: nothing is lost
                    log.warning("The store's log was not copied after a sync (%s)", exc.orig)

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

    @property
    def paths(self) -> Paths | None:
        """The profile's folders (None once closed)."""
        return self._paths

    @property
    def needs_pin(self) -> bool:
        """Whether unlocking asks for the PIN as well as the keyring."""
        return self._paths is not None and has_pin(self._paths)

    def unlock(self, pin: str | None = None) -> None:
        """Read the key from the OS keyring again and reopen the file. Raises KeyMissing,
        InsecureKeyring, PinRequired, WrongPin or StoreUnreadable with plain messages; the
        file is not changed."""
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
        engine = readable_engine(self._paths, key, pin)
        del key
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

    def handover(self) -> Handover:
        """This open store, for a process of its own to open too (caseworker/sync/apart.py).
        Raises StoreLocked when locked."""
        engine = self.engine
        return Handover(Path(engine.url.database or ""), engine_key(engine), self.info, self._paths)

    @classmethod
    def taken_over(cls, handover: Handover) -> Store:
        """The store another process handed over, opened here with the same key."""
        engine = create_store_engine(handover.store_file, handover.key)
        verify_readable(engine)
        return cls(engine, handover.info, handover.paths)

    def close(self) -> None:
        self.lock()
        self._paths = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(
    paths: Paths,
    *,
    allow_insecure_keyring: bool = False,
    pin: str | None = None,
    choosing_pin: bool = False,
) -> Store:
    """Unlock and open the profile's store, creating it on first run and upgrading its schema.

    Raises PolicyInvalid, InsecureKeyring, KeyMissing, PinRequired, WrongPin or
    StoreUnreadable with plain messages; in each case the store file is left exactly as it
    was. Where the organisation requires a PIN and the store has none yet, raises PinNotSet
    (after creating a new store) unless the caller is `choosing_pin` (`store pin set`).
    """
    policy = load_policy()
    backend = require_secure_backend(allow_insecure=allow_insecure_keyring)
    check_not_plaintext(paths.store_file)
    created = not paths.store_file.exists()
    key = load_or_create_key(paths)
    paths.ensure()
    engine = readable_engine(paths, key, pin)
    del key
    migrated = upgrade_to_head(engine)
    if policy.require_pin and not has_pin(paths) and not choosing_pin:
        engine.dispose()
        raise PinNotSet(
            "Your organisation requires a PIN for Caseworker, and this store has none yet.",
            hint="Choose one: the window asks when it starts, or run: python main.py store pin set",
        )
    info = OpenInfo(
        created=created,
        migrated=migrated,
        insecure_keyring=not backend.secure,
        keyring_backend=backend.name,
    )
    log.info("Store opened (created=%s, migrated=%s)", created, migrated)
    return Store(engine, info, paths)
