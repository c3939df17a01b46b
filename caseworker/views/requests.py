"""What the person's page needs to know of requests: which fields are shown now because
someone broke the glass, and the latest request to release each field of a record."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.linkage.citizens import members_of
from caseworker.store.models import BreakGlass, OutboxMessage


def active_overrides(
    session: Session, citizen_id: int, now: datetime | None = None
) -> frozenset[tuple[str, str]]:
    """(partner, field) of each glass broken on this citizen's records and not yet expired."""
    return overrides_of(session, [citizen_id], now)[citizen_id]


def overrides_of(
    session: Session,
    citizen_ids: Iterable[int],
    now: datetime | None = None,
    merged: dict[int, frozenset[int]] | None = None,
) -> dict[int, frozenset[tuple[str, str]]]:
    """`active_overrides` of each citizen, in one read (`merged`: their `members_of`, when
    the caller has them)."""
    now = now or datetime.now(UTC)
    merged = merged if merged is not None else members_of(session, citizen_ids)
    by_citizen = {m: c for c, ms in merged.items() for m in ms}
    found: dict[int, set[tuple[str, str]]] = {c: set() for c in merged}
    rows = session.execute(
        select(
            BreakGlass.citizen_id, BreakGlass.partner_id, BreakGlass.field, BreakGlass.expires_at
        ).where(BreakGlass.citizen_id.in_(sorted(by_citizen)))
    )
    for citizen, partner, field, until in rows:
        if until > now:
            found[by_citizen[citizen]].add((partner, field))
    return {c: frozenset(f) for c, f in found.items()}


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
