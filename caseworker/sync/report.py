"""What a sync says: each partner's progress as it goes, each partner's result, and the
report of the whole sync with what it changed (for the window's screens to refresh by).

Apart from the sync's engine so that the window, which shows these, does not load the
partner stack (HTTP, the connectors, parsing) to start: its sync runs in a process of its
own (caseworker/sync/apart.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from caseworker.changes import Changes
from caseworker.sync.purge import PurgeOutcome


@dataclass(frozen=True)
class PartnerProgress:
    partner_id: str
    name: str
    state: str  # waiting | running | done | failed | cancelled
    fetched: int = 0
    estimated_total: int | None = None
    error_code: str | None = None
    error_message: str | None = None


@dataclass(frozen=True)
class PartnerResult:
    partner_id: str
    name: str
    fetched: int
    created: int
    updated: int
    deleted: int
    quarantined: int
    citizens_created: int
    seconds: float
    error_code: str | None = None
    error_message: str | None = None
    withheld: int = 0
    """Records of which the profile may keep nothing: never written."""
    unchanged: int = 0
    """Records received again at a version already held (cursor overlap, replayed pages)."""
    agreements_changed: int = 0
    agreements_unreadable: int = 0
    purge: PurgeOutcome | None = None
    retries: int = 0
    """Requests repeated after a timeout, an error status or an unreadable page."""
    messages_sent: int = 0
    """Requests and alerts typed here that the partner acknowledged in this sync."""
    requests_decided: int = 0

    @property
    def ok(self) -> bool:
        return self.error_code is None


@dataclass(frozen=True)
class SyncReport:
    results: tuple[PartnerResult, ...]
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results) and not self.cancelled

    @property
    def purges(self) -> tuple[PurgeOutcome, ...]:
        return tuple(r.purge for r in self.results if r.purge is not None and r.purge.any)
