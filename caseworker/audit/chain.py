"""The hash chain over the audit log: how an entry is hashed, and checking the whole log.

Each entry's hash is SHA-256 over the canonical JSON of its fields and the previous entry's
hash. Changing an entry changes its hash; removing or reordering entries breaks the link to
the one before; removing the newest entries leaves the head (kept in settings in the same
transaction as every append) pointing past the end. Verification names the first entry
that does not hold, by number only: an audit report never repeats personal data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.audit.anchor import anchor_problem
from caseworker.store.models import AuditEntry
from caseworker.store.settings import get_json, put_json
from caseworker.words import Phrase

GENESIS = "0" * 64
HEAD_KEY = "audit-head"


def entry_hash(fields: dict[str, Any], prev_hash: str) -> str:
    payload = json.dumps(
        [fields, prev_hash], sort_keys=True, separators=(",", ":"), ensure_ascii=True
    )
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


_HASHED = (
    AuditEntry.seq,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.org,
    AuditEntry.role,
    AuditEntry.kind,
    AuditEntry.citizen_id,
    AuditEntry.detail,
)
_NAMES = tuple(c.key for c in _HASHED)
"""The fields an entry's hash covers (with the previous entry's hash)."""


def hashed_fields(entry: AuditEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in _NAMES}


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


def read_head(session: Session) -> Head:
    data = get_json(session, HEAD_KEY)
    return Head(int(data["seq"]), str(data["hash"])) if data else Head(0, GENESIS)


def write_head(session: Session, head: Head) -> None:
    put_json(session, HEAD_KEY, {"seq": head.seq, "hash": head.hash})


SEAL_KEY = "audit-seal"


@dataclass(frozen=True)
class Seal:
    """A break in the log that the organisation has looked at and acknowledged.

    Entries up to `seq` are kept as they are but no longer checked; the chain is checked
    again from the entry after it. Every report names the seal, so it is never hidden."""

    seq: int
    hash: str
    broken_at: int
    problem: str
    reason: str
    at: str


def read_seal(session: Session) -> Seal | None:
    data = get_json(session, SEAL_KEY)
    return Seal(**data) if data else None


@dataclass(frozen=True)
class ChainReport:
    """The outcome of checking the log: intact, or the first entry that does not hold."""

    entries: int
    problem: Phrase | None = None
    """What is wrong, in words (English by str(); the window says it in its language)."""
    broken_at: int | None = None
    seal: Seal | None = None
    head: Head | None = None
    """The newest entry checked, when the log is intact."""

    @property
    def ok(self) -> bool:
        return self.problem is None


CHECKED_KEY = "audit-checked"
"""The newest entry a walk of the whole log found sound: its number and hash."""


def verify(session: Session, *, since_checked: bool = False) -> ChainReport:
    """Walk the whole log in order and check every link, then the recorded head, then that
    the log still holds what the organisation acknowledged (caseworker.audit.anchor). After
    a seal, checking starts from the entry after it.

    `since_checked`: start from the newest entry the last whole walk found sound
    (`mark_checked`), when it is still there with the same hash: the start-up check, which
    then costs the entries written since, not the years of the log (the window walks the
    whole log once it is open)."""
    seal = read_seal(session)
    start = Head(seal.seq, seal.hash) if seal else Head(0, GENESIS)
    if since_checked and (checked := _still_there(session, get_json(session, CHECKED_KEY))):
        start = max(start, checked, key=lambda h: h.seq)
    report = _walk(session, start)
    if report.ok and (found := anchor_problem(session, seal.seq if seal else 0)):
        problem, seq = found
        return ChainReport(report.entries, problem, seq, seal)
    return ChainReport(report.entries, report.problem, report.broken_at, seal, report.head)


def mark_checked(session: Session, head: Head) -> None:
    """Remember that a walk of the whole log found every entry up to `head` sound."""
    put_json(session, CHECKED_KEY, {"seq": head.seq, "hash": head.hash})


def _still_there(session: Session, data: dict[str, Any] | None) -> Head | None:
    if not data:
        return None
    checked = Head(int(data["seq"]), str(data["hash"]))
    held = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == checked.seq))
    return checked if held == checked.hash else None


def _walk(session: Session, start: Head) -> ChainReport:
    """Check every entry after `start` (an entry taken as sound, or the genesis)."""
    expected_prev = start.hash
    expected_seq = start.seq + 1
    count = start.seq
    query = (
        select(*_HASHED, AuditEntry.prev_hash, AuditEntry.hash)
        .where(AuditEntry.seq >= expected_seq)
        .order_by(AuditEntry.seq)
    )
    for row in session.execute(query).yield_per(2000):
        seq, prev_hash, digest = row[0], row[-2], row[-1]
        if seq != expected_seq:
            return ChainReport(
                count,
                Phrase(
                    "entry {missing} is missing: the log jumps to entry {found}",
                    missing=expected_seq,
                    found=seq,
                ),
                expected_seq,
            )
        if prev_hash != expected_prev:
            return ChainReport(
                count,
                Phrase("entry {seq} does not follow the entry before it", seq=seq),
                seq,
            )
        if entry_hash(dict(zip(_NAMES, row[:-2], strict=True)), prev_hash) != digest:
            return ChainReport(
                count,
                Phrase("entry {seq} was changed after it was written", seq=seq),
                seq,
            )
        expected_prev = digest
        expected_seq += 1
        count += 1
    head = read_head(session)
    if head.seq != count or head.hash != expected_prev:
        if head.seq > count:
            return ChainReport(
                count,
                Phrase("the newest entries after entry {seq} were removed", seq=count),
                count + 1,
            )
        return ChainReport(count, Phrase("the log does not end where it was last written"), count)
    return ChainReport(count, head=Head(count, expected_prev))
