"""How current each partner's picture is, for a person's page: safety before completeness.

A partner that has not synced yet, whose last sync failed, or that has not synced for
longer than the organisation allows (policy `stale_after_hours`) may hold more, or newer,
about this person than is shown; the page says so above everything else. This reveals
nothing about the person beyond which partners already hold them, so it is read again
after every sync without an audited view.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from caseworker.policy import load_policy
from caseworker.store.store import Store
from caseworker.sync.status import PartnerStatus, partner_statuses

CURRENT, NOT_SYNCED, FAILING, OLD = "current", "not_synced", "failing", "old"


@dataclass(frozen=True)
class PartnerCurrency:
    partner_id: str
    name: str
    state: str
    """current | not_synced (never synced) | failing (the last sync failed) | old"""
    holds_person: bool
    """The partner shares records about this person (so what is shown may be out of date),
    rather than possibly holding some not here yet."""
    last_success_at: datetime | None
    last_error_code: str | None = None
    last_error: str | None = None

    @property
    def exception(self) -> bool:
        return self.state != CURRENT


def currency_of(
    statuses: Iterable[PartnerStatus],
    holding: frozenset[str],
    *,
    stale_after: timedelta,
    now: datetime | None = None,
) -> tuple[PartnerCurrency, ...]:
    """Each partner's currency for a person held by the partners in `holding`: exceptions
    first (failing, not synced, old), then the rest, each by name."""
    now = now or datetime.now(UTC)
    out = []
    for s in statuses:
        failed_last = s.last_failure_at is not None and (
            s.last_success_at is None or s.last_failure_at > s.last_success_at
        )
        if failed_last or s.failures:
            state = FAILING
        elif s.last_success_at is None:
            state = NOT_SYNCED
        elif now - s.last_success_at > stale_after:
            state = OLD
        else:
            state = CURRENT
        out.append(
            PartnerCurrency(
                s.partner_id,
                s.name,
                state,
                s.partner_id in holding,
                s.last_success_at,
                s.last_error_code if state == FAILING else None,
                s.last_error if state == FAILING else None,
            )
        )
    order = {FAILING: 0, NOT_SYNCED: 1, OLD: 2, CURRENT: 3}
    return tuple(sorted(out, key=lambda c: (order[c.state], not c.holds_person, c.name)))


def partner_currency(
    store: Store, holding: frozenset[str], *, now: datetime | None = None
) -> tuple[PartnerCurrency, ...]:
    """Every partner's currency for a person held by `holding` (not audited: see above)."""
    stale_after = timedelta(hours=load_policy().stale_after_hours)
    return currency_of(partner_statuses(store), holding, stale_after=stale_after, now=now)
