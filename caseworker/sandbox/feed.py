"""A partner's change log: every write gets a strictly later timestamp and sequence number.

Both protocols read from it. The Case Sharing server pages by sequence number; the FHIR
server pages each resource type by `lastUpdated`, which is unique because the clock never
gives the same instant twice. Updates append a new entry; readers skip superseded ones.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

EPOCH = datetime(2026, 9, 1, tzinfo=UTC)
"""Initial data is stamped from here, a second apart, so a restart reproduces it."""


class LogicalClock:
    """Deterministic for the initial load; afterwards real time, but never repeating."""

    def __init__(self) -> None:
        self._last = EPOCH
        self.realtime = False
        self._skew = timedelta(0)

    def tick(self) -> datetime:
        if not self.realtime:
            self._last += timedelta(seconds=1)
            return self._last
        self._last = max(self._last + timedelta(milliseconds=1), datetime.now(UTC) + self._skew)
        return self._last

    def jump_back(self, seconds: float) -> None:
        """The server's clock is set back (an NTP correction): later writes are stamped
        earlier than some already served. Clients must overlap their cursors to see them."""
        self._skew -= timedelta(seconds=seconds)
        self._last -= timedelta(seconds=seconds)


@dataclass(frozen=True)
class FeedEntry:
    seq: int
    updated: datetime
    rtype: str
    rid: str
    body: dict[str, Any] | None  # None is a tombstone
    raw: str | None = None  # set when a malformed payload was injected on purpose


class Feed:
    """The records one partner serves, with their history of changes. Thread-safe."""

    def __init__(self, clock: LogicalClock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._current: dict[tuple[str, str], FeedEntry] = {}
        self._log: list[FeedEntry] = []
        self._by_type: dict[str, list[FeedEntry]] = {}
        self._out_of_order: set[str] = set()

    def _append(
        self, rtype: str, rid: str, body: dict[str, Any] | None, raw: str | None
    ) -> FeedEntry:
        with self._lock:
            entry = FeedEntry(len(self._log) + 1, self._clock.tick(), rtype, rid, body, raw)
            self._current[(rtype, rid)] = entry
            self._log.append(entry)
            typed = self._by_type.setdefault(rtype, [])
            if typed and entry.updated < typed[-1].updated:
                self._out_of_order.add(rtype)
            typed.append(entry)
            return entry

    def put(self, rtype: str, rid: str, body: dict[str, Any]) -> FeedEntry:
        return self._append(rtype, rid, body, None)

    def delete(self, rtype: str, rid: str) -> FeedEntry:
        return self._append(rtype, rid, None, None)

    def put_raw(self, rtype: str, rid: str, raw: str) -> FeedEntry:
        """Serve `raw` text verbatim in place of a record: for malformed-payload tests."""
        return self._append(rtype, rid, None, raw)

    def get(self, rtype: str, rid: str) -> FeedEntry | None:
        with self._lock:
            return self._current.get((rtype, rid))

    def live(self, rtype: str) -> list[FeedEntry]:
        with self._lock:
            return [e for (t, _), e in self._current.items() if t == rtype and e.body is not None]

    def _is_current(self, entry: FeedEntry) -> bool:
        return self._current[(entry.rtype, entry.rid)] is entry

    def since_seq(self, seq: int, limit: int) -> tuple[list[FeedEntry], int, bool]:
        """Current entries after `seq`, at most `limit`; the last seq read; whether more remain."""
        with self._lock:
            out: list[FeedEntry] = []
            last = seq
            for entry in self._log[seq:]:
                if len(out) == limit:
                    return out, last, True
                last = entry.seq
                if self._is_current(entry):
                    out.append(entry)
            return out, last, False

    def since_time(
        self, rtype: str, after: datetime | None, limit: int
    ) -> tuple[list[FeedEntry], bool]:
        """Current live entries of one type updated after `after`, oldest first."""
        with self._lock:
            log = self._by_type.get(rtype, [])
            if rtype in self._out_of_order:
                # After a clock jump the log is no longer in time order: sort what qualifies.
                log = sorted(
                    (e for e in log if after is None or e.updated > after), key=lambda e: e.updated
                )
                start = 0
            else:
                start = (
                    0 if after is None else bisect.bisect_right(log, after, key=lambda e: e.updated)
                )
            out: list[FeedEntry] = []
            for entry in log[start:]:
                if not self._is_current(entry) or (entry.body is None and entry.raw is None):
                    continue
                if len(out) == limit:
                    return out, True
                out.append(entry)
            return out, False

    def deleted_since(
        self, rtype: str, since: datetime, limit: int
    ) -> tuple[list[FeedEntry], bool]:
        """Deletions of one type at or after `since` that are still current, oldest first
        (what a FHIR type-level `_history?_since=` shows of them)."""
        with self._lock:
            log = sorted(
                (e for e in self._by_type.get(rtype, []) if e.updated >= since),
                key=lambda e: e.updated,
            )
            out = [e for e in log if e.body is None and e.raw is None and self._is_current(e)]
            return out[:limit], len(out) > limit
