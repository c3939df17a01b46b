"""Requests to release an 'on request' field, and breaking the glass where a rule allows it.

Both need a reason (recorded, and sent to the provider). A request goes to the provider
through the outbox at the next sync; the provider grants or refuses it, and a granted value
arrives with a later sync. Breaking the glass shows consent-bound fields for a limited time,
at once, and alerts the provider through the outbox.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.audit.log import record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError
from caseworker.linkage.citizens import members
from caseworker.store.models import BreakGlass, OutboxMessage
from caseworker.store.store import Store

MIN_REASON = 15
BREAK_GLASS_MINUTES = 30
OPEN = ("queued", "delivered")


class ReasonTooShort(CaseworkerError):
    code = "reason_too_short"


def _check_reason(reason: str) -> str:
    text = reason.strip()
    if len(text) < MIN_REASON:
        raise ReasonTooShort(
            f"Please give a reason of at least {MIN_REASON} characters.",
            hint="The provider reads it to decide, and it is kept on the record.",
        )
    return text


def _queued(
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


def queue_message(
    store: Store,
    *,
    partner_id: str,
    kind: str,
    body: dict[str, object],
    requested_by: str,
    record_source_id: str = "",
    purpose: str = "",
) -> str:
    """Save something the user wrote for a partner (a note, task, referral or audit entry)
    in the outbox; sync delivers it, retrying until the partner acknowledges. Returns its key."""
    with store.session() as session:
        return queue_in(
            session,
            partner_id=partner_id,
            kind=kind,
            body=body,
            requested_by=requested_by,
            record_source_id=record_source_id,
            purpose=purpose,
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
    if kind not in ("note", "task", "referral", "audit"):
        raise ValueError(f"not a message kind: {kind}")
    message = _queued(kind, partner_id, record_source_id, "", "", purpose, requested_by)
    message.body = json.dumps(body)
    session.add(message)
    return message.key


def request_release(
    store: Store,
    *,
    partner_id: str,
    record_source_id: str,
    field: str,
    reason: str,
    purpose: str,
    requested_by: str,
    citizen_id: int | None = None,
) -> Changes:
    """Queue a request to release `field` of one record. A second request while one is open
    changes nothing."""
    text = _check_reason(reason)
    with store.writing() as session:
        open_request = session.scalar(
            select(OutboxMessage.id).where(
                OutboxMessage.partner_id == partner_id,
                OutboxMessage.kind == "access_request",
                OutboxMessage.record_source_id == record_source_id,
                OutboxMessage.field == field,
                OutboxMessage.status.in_(OPEN),
            )
        )
        if open_request is None:
            session.add(
                _queued(
                    "access_request",
                    partner_id,
                    record_source_id,
                    field,
                    text,
                    purpose,
                    requested_by,
                )
            )
        record_in(
            session,
            "access_request",
            citizen_id=citizen_id,
            partner=partner_id,
            record=record_source_id,
            field=field,
            purpose=purpose,
            reason=text,
            repeated=open_request is not None,
        )
    return Changes(
        citizens=frozenset({citizen_id} if citizen_id else set()), partners=frozenset({partner_id})
    )


def break_glass(
    store: Store,
    *,
    citizen_id: int,
    partner_id: str,
    record_source_id: str,
    fields: Iterable[str],
    reason: str,
    purpose: str,
    requested_by: str,
    now: datetime | None = None,
) -> Changes:
    """Show consent-bound fields of `partner_id` for this citizen for BREAK_GLASS_MINUTES."""
    text = _check_reason(reason)
    now = now or datetime.now(UTC)
    fields_list = list(fields)
    with store.writing() as session:
        for field in fields_list:
            session.add(
                BreakGlass(
                    citizen_id=citizen_id,
                    partner_id=partner_id,
                    field=field,
                    reason=text,
                    requested_by=requested_by,
                    expires_at=now + timedelta(minutes=BREAK_GLASS_MINUTES),
                )
            )
            session.add(
                _queued(
                    "break_glass_alert",
                    partner_id,
                    record_source_id,
                    field,
                    text,
                    purpose,
                    requested_by,
                )
            )
        record_in(
            session,
            "break_glass",
            citizen_id=citizen_id,
            partner=partner_id,
            record=record_source_id,
            fields=sorted(fields_list),
            purpose=purpose,
            reason=text,
            minutes=BREAK_GLASS_MINUTES,
        )
    return Changes(citizens=frozenset({citizen_id}), partners=frozenset({partner_id}))


def active_overrides(
    session: Session, citizen_id: int, now: datetime | None = None
) -> frozenset[tuple[str, str]]:
    now = now or datetime.now(UTC)
    rows = session.execute(
        select(BreakGlass.partner_id, BreakGlass.field, BreakGlass.expires_at).where(
            BreakGlass.citizen_id.in_(members(session, citizen_id))
        )
    )
    return frozenset((p, f) for p, f, until in rows if until > now)


def request_states(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str, str], str]:
    """(partner, record, field) -> the latest request's status, for the given records."""
    wanted = set(keys)
    if not wanted:
        return {}
    rows = session.execute(
        select(
            OutboxMessage.partner_id,
            OutboxMessage.record_source_id,
            OutboxMessage.field,
            OutboxMessage.status,
        )
        .where(OutboxMessage.kind == "access_request")
        .order_by(OutboxMessage.id)
    )
    return {(p, r, f): s for p, r, f, s in rows if (p, r) in wanted}
