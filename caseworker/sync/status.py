"""Each partner's sync health: last success, failures in a row, and when it is tried next.

A partner that fails is paused for 1, 2, 4 … up to 60 minutes after each failure in a row;
scheduled syncs skip it until then while the other partners carry on. "Sync now" tries it
anyway. A success clears the pause.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from caseworker.store.models import Partner
from caseworker.store.store import Store

MAX_PAUSE_MINUTES = 60


def pause_for(failures: int) -> timedelta:
    return timedelta(minutes=min(MAX_PAUSE_MINUTES, 2 ** max(0, failures - 1)))


@dataclass(frozen=True)
class PartnerStatus:
    partner_id: str
    name: str
    last_success_at: datetime | None
    failures: int
    paused_until: datetime | None
    last_failure_at: datetime | None = None
    last_error_code: str | None = None
    last_error: str | None = None

    def paused(self, now: datetime | None = None) -> bool:
        return self.paused_until is not None and self.paused_until > (now or datetime.now(UTC))


def partner_statuses(store: Store) -> list[PartnerStatus]:
    with store.session() as session:
        return [
            PartnerStatus(
                p.id,
                p.name,
                p.last_success_at,
                p.failures,
                p.paused_until,
                p.last_failure_at,
                p.last_error_code,
                p.last_error,
            )
            for p in session.scalars(select(Partner).order_by(Partner.id))
        ]


def record_outcome(
    store: Store,
    partner_id: str,
    *,
    ok: bool,
    now: datetime | None = None,
    error_code: str | None = None,
    error: str | None = None,
    pause: bool = True,
) -> None:
    """A sync of the partner succeeded, or failed with `error_code` and `error` (words). A
    failure the partner caused counts towards its pause (`pause`); one of ours (no agreement
    in force, the store) is only kept, for the person pages to say."""
    now = now or datetime.now(UTC)
    with store.writing() as session:
        if ok:
            session.execute(
                update(Partner)
                .where(Partner.id == partner_id)
                .values(failures=0, paused_until=None, last_success_at=now)
            )
            return
        partner = session.get(Partner, partner_id)
        if partner is not None:
            if pause:
                partner.failures += 1
                partner.paused_until = now + pause_for(partner.failures)
            partner.last_failure_at = now
            partner.last_error_code = error_code
            partner.last_error = (error or "")[:300] or None
