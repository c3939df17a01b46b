"""Sending the audit log to the user's own organisation, through the outbox.

The organisation keeps its own copy, so a log altered on a lost laptop can be compared with
what was sent. Entries go in batches (each an outbox message with its own idempotency key,
so a batch sent twice is stored once), in order, with their hashes: the organisation can
check the chain it receives with the same rule (caseworker.audit.chain.entry_hash). What
has been queued is remembered in settings, so each entry is sent once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.audit.chain import hashed_fields
from caseworker.store.models import AuditEntry
from caseworker.store.outbox import queue_in
from caseworker.store.settings import get_json, put_json
from caseworker.store.store import Store

QUEUED_KEY = "audit-queued-seq"
BATCH = 500


def chain_id(session: Session) -> str | None:
    """Which log this is, for the organisation that holds copies from many computers: the
    hash of its first entry (None while the log is empty). It needs nothing kept beside the
    log; a rewrite of the first entry makes a chain the organisation has never seen, which
    its own copy shows."""
    first = session.get(AuditEntry, 1)
    return first.hash if first is not None else None


def queue_audit(store: Store, organisation_partner: str, requested_by: str) -> int:
    """Queue every entry not yet queued for `organisation_partner`; returns how many."""
    queued = 0
    with store.writing() as session:
        after = int(get_json(session, QUEUED_KEY) or 0)
        entries = list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq)
            )
        )
        chain = chain_id(session)
        for start in range(0, len(entries), BATCH):
            batch = entries[start : start + BATCH]
            queue_in(
                session,
                partner_id=organisation_partner,
                kind="audit",
                requested_by=requested_by,
                body={
                    "at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "action": "caseworker-audit",
                    "subject": f"entries {batch[0].seq}-{batch[-1].seq}",
                    "chain": chain,
                    "entries": [
                        {**hashed_fields(e), "prev_hash": e.prev_hash, "hash": e.hash}
                        for e in batch
                    ],
                },
            )
            queued += len(batch)
        if entries:
            put_json(session, QUEUED_KEY, entries[-1].seq)
    return queued
