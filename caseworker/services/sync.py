"""Syncing, as the window uses it: run a sync with progress and cancel, read each partner's
status, and look at or retry the records set aside (quarantined).

The sync's engine (and with it HTTP, the connectors and parsing) is loaded when a sync
starts, not when the window does: the window's own sync runs in a process of its own."""

from __future__ import annotations

from collections.abc import Callable

from caseworker.store.courtesy import ended as window_work_ended
from caseworker.store.courtesy import started as window_work_started
from caseworker.store.store import Store
from caseworker.sync.cancel import CancelToken
from caseworker.sync.collector import collect_everything as tidy_memory
from caseworker.sync.quarantine import Quarantined, RetryOutcome, list_quarantine
from caseworker.sync.report import PartnerProgress, SyncReport
from caseworker.sync.status import PartnerStatus, partner_statuses

__all__ = [
    "CancelToken",
    "PartnerProgress",
    "PartnerStatus",
    "Quarantined",
    "RetryOutcome",
    "SyncReport",
    "list_quarantine",
    "partner_statuses",
    "retry_set_aside",
    "sync_all",
    "sync_apart",
    "tidy_memory",
    "window_work_ended",
    "window_work_started",
]


def sync_apart(
    store: Store,
    progress: Callable[[PartnerProgress], None],
    cancel: CancelToken,
    *,
    scheduled: bool = False,
) -> SyncReport:
    """Sync every partner in a process of its own (caseworker/sync/apart.py)."""
    from caseworker.sync.apart import sync_apart as apart

    return apart(store, progress, cancel, scheduled=scheduled)


def sync_all(
    store: Store,
    progress: Callable[[PartnerProgress], None],
    cancel: CancelToken,
    *,
    scheduled: bool = False,
) -> SyncReport:
    """Sync every partner; a scheduled sync skips partners paused after failures."""
    from caseworker.sync.engine import SyncService

    return SyncService(store).sync_all(progress=progress, cancel=cancel, scheduled=scheduled)


def retry_set_aside(store: Store) -> tuple[RetryOutcome, list[Quarantined]]:
    """Check the records set aside again against the partners' current rules; what is
    still set aside is listed after."""
    from caseworker.sync.quarantine_retry import retry_quarantine

    return retry_quarantine(store), list_quarantine(store)
