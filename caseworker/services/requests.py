"""Requests to release an 'on request' field, and breaking the glass where a rule allows it.

Both need a reason (recorded, and sent to the provider). A request goes to the provider
through the outbox at the next sync; the provider grants or refuses it, and a granted value
arrives with a later sync. Breaking the glass shows consent-bound fields for a limited time,
at once, and alerts the provider through the outbox.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from caseworker.audit.log import record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError
from caseworker.store.models import BreakGlass, OutboxMessage
from caseworker.store.outbox import new_message as _queued
from caseworker.store.outbox import queue_in
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
            "Please give a reason of at least {MIN_REASON} characters.",
            hint="The provider reads it to decide, and it is kept on the record.",
            MIN_REASON=MIN_REASON,
        )
    return text


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
