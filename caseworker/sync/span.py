"""One write transaction held over several of a sync's batches while nobody is at the window.

Each batch of a partner's records is linked on its own (memory stays flat with scale), but
committing after every one wrote the pages of every index to the write-ahead log again,
most of them the same pages as the batch before. A `WriteSpan` keeps the transaction open
until SPAN_RECORDS have been stored or SPAN_SECONDS have passed, and gives the store back at
once when the window's work is running or has run lately (courtesy.someone_active): a key
pressed then waits for one batch at most, as it did before.

The partner's cursor moves in the same transaction as its records, so a sync stopped in a
span (a crash, a full disk) loses only the records since the last commit, which the next
sync fetches again.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager

from sqlalchemy.orm import Session

from caseworker.store import courtesy
from caseworker.store.store import Store

SPAN_RECORDS = 25_000
"""Records stored before the transaction is committed, nobody being at the window."""
SPAN_SECONDS = 5.0
"""... or seconds since it began, whichever comes first."""


class WriteSpan:
    """A write session kept open across batches: `done` commits it, `abandon` rolls it
    back."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._unit: AbstractContextManager[Session] | None = None
        self._session: Session | None = None
        self._began = 0.0
        self._records = 0

    def session(self) -> Session:
        """The open write session, begun (waiting for the write lock) if none is open."""
        if self._session is None:
            courtesy.give_way()  # a search or a view at the window first: it is audited
            self._unit = self._store.writing()
            self._session = self._unit.__enter__()
            self._began = time.monotonic()
            self._records = 0
        return self._session

    def stored(self, records: int) -> bool:
        """`records` more are in the open transaction: commit if enough are, or enough time
        has passed, or someone uses the window. Whether it was committed."""
        self._records += records
        if (
            self._records >= SPAN_RECORDS
            or time.monotonic() - self._began >= SPAN_SECONDS
            or courtesy.someone_active()
        ):
            self.done()
            return True
        return False

    def done(self) -> None:
        """Commit what the open transaction holds (nothing if none is open)."""
        unit, self._unit, self._session = self._unit, None, None
        if unit is not None:
            unit.__exit__(None, None, None)

    def abandon(self, error: BaseException) -> None:
        """Roll back what the open transaction holds: `error` stopped a batch. Raises the
        store's own word for it where it has one (a full disk: StoreWriteFailed)."""
        unit, self._unit, self._session = self._unit, None, None
        if unit is not None:
            unit.__exit__(type(error), error, error.__traceback__)
