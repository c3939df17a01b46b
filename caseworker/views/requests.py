"""What the person's page needs to know of requests: which fields are shown now because
someone broke the glass, and the latest request to release each field of a record."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.linkage.citizens import members
from caseworker.store.models import BreakGlass, OutboxMessage


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
