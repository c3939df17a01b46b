"""Writing to and reading the audit log.

`record` appends one entry in its own short transaction, for an action that only reads
(a search, a view, an export): it is written before what was read is shown or released.
`record_in` appends inside the transaction of an action that writes, so the two commit
together. Appends are serialised in the process (a lock) and across processes (the
sequence number is the primary key: a clash is retried on the new head). The detail holds
ids, field names, counts and the words of a search or a reason, never a partner's value:
the log is for accountability, not a second copy of the records.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caseworker.audit.chain import Head, entry_hash, read_head, write_head
from caseworker.profile import load_profile
from caseworker.store.models import AuditEntry
from caseworker.store.store import Store

KINDS = (
    "sign_in",
    "unlock",
    "lock",
    "search",
    "view",
    "seen_in_household",
    "reveal",
    "access_request",
    "break_glass",
    "export",
    "link_decision",
    "purge",
    "settings",
    "note",
    "task",
    "referral",
    "follow",
    "consent",
    "emerging_need",
    "contact",
    "enquiry",
    "decision",
)

_append_lock = threading.Lock()


@dataclass(frozen=True)
class AuditRecord:
    """One entry as read back: for the Activity tab, the audit page and reports."""

    seq: int
    at: datetime
    actor: str
    org: str
    role: str
    kind: str
    citizen_id: int | None
    detail: dict[str, Any]


Entry = tuple[str, int | None, dict[str, Any]]
"""(kind, citizen id or None, detail): one entry to append."""


def _append(session: Session, entries: Iterable[Entry]) -> None:
    """Append `entries` in order, each chained to the one before."""
    profile = load_profile(session)
    head = read_head(session)
    actor = (profile.display_name or profile.role) if profile else "unknown user"
    for kind, citizen_id, detail in entries:
        fields = {
            "seq": head.seq + 1,
            "at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "org": profile.org if profile else "",
            "role": profile.role if profile else "",
            "kind": kind,
            "citizen_id": citizen_id,
            "detail": json.dumps(detail, sort_keys=True, separators=(",", ":")),
        }
        digest = entry_hash(fields, head.hash)
        session.add(AuditEntry(**fields, prev_hash=head.hash, hash=digest))
        head = Head(head.seq + 1, digest)
    write_head(session, head)


def record_in(session: Session, kind: str, *, citizen_id: int | None = None, **detail: Any) -> None:
    """Append one entry inside the caller's transaction, for an action that writes: the
    action and its entry are committed together or not at all. The caller's pending writes
    are flushed first, which takes the store's write lock, so no other writer can append
    between reading the head and adding the entry."""
    if kind not in KINDS:
        raise ValueError(f"unknown audit kind {kind!r}")
    session.flush()
    _append(session, [(kind, citizen_id, detail)])


def record(store: Store, kind: str, *, citizen_id: int | None = None, **detail: Any) -> None:
    """Append one entry. Raises if the entry could not be written: the caller must not go
    on to show or release what it was about to."""
    record_all(store, [(kind, citizen_id, detail)])


def record_all(store: Store, entries: list[Entry]) -> None:
    """Append several entries in one short transaction (a view and the household members
    seen through it): all are written or none, and the caller shows nothing if it raises."""
    for kind, _, _ in entries:
        if kind not in KINDS:
            raise ValueError(f"unknown audit kind {kind!r}")
    with _append_lock:
        for attempt in range(3):
            try:
                with store.writing() as session:
                    _append(session, entries)
                return
            except IntegrityError:
                if attempt == 2:
                    raise


def _to_record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(
        entry.seq,
        datetime.fromisoformat(entry.at),
        entry.actor,
        entry.org,
        entry.role,
        entry.kind,
        entry.citizen_id,
        json.loads(entry.detail),
    )


def for_citizens(
    session: Session, citizen_ids: Iterable[int], *, limit: int = 500
) -> list[AuditRecord]:
    """What was done to these citizens' records, newest first (caseworker.views.activity
    asks for one citizen and those since merged into it)."""
    ids = sorted(set(citizen_ids))
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.citizen_id.in_(ids))
        .order_by(AuditEntry.seq.desc())
        .limit(limit)
    )
    return [_to_record(e) for e in rows]


def recent(
    session: Session, *, kinds: tuple[str, ...] = (), limit: int = 1000
) -> list[AuditRecord]:
    """The newest entries, optionally of some kinds only."""
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if kinds:
        query = query.where(AuditEntry.kind.in_(kinds))
    return [_to_record(e) for e in session.scalars(query)]
