"""Putting a message in the outbox: what a user wrote for a partner, or the audit log for the
user's organisation, kept until the partner acknowledges it (delivered by caseworker.sync).

Each message has a fresh idempotency key, so a delivery retried after a lost answer creates
nothing twice at the partner.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from caseworker.store.models import OutboxMessage


def new_message(
    kind: str,
    partner_id: str,
    record_source_id: str,
    field: str,
    reason: str,
    purpose: str,
    requested_by: str,
) -> OutboxMessage:
    """A new outbox message, with a fresh idempotency key."""
    return OutboxMessage(
        key=str(uuid.uuid4()),
        partner_id=partner_id,
        kind=kind,
        record_source_id=record_source_id,
        field=field,
        reason=reason,
        purpose=purpose,
        requested_by=requested_by,
        status="queued",
        queued_at=datetime.now(UTC),
    )


def queue_in(
    session: Session,
    *,
    partner_id: str,
    kind: str,
    body: dict[str, object],
    requested_by: str,
    record_source_id: str = "",
    purpose: str = "",
) -> str:
    """queue_message inside the caller's transaction (with whatever else it writes)."""
    if kind not in ("note", "task", "referral", "audit", "enquiry", "decision"):
        raise ValueError(f"not a message kind: {kind}")
    message = new_message(kind, partner_id, record_source_id, "", "", purpose, requested_by)
    message.body = json.dumps(body)
    session.add(message)
    return message.key
