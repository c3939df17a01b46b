"""Syncing partners into the store: fetch pages, batch them, ingest each batch atomically.

Threading: `SyncService.sync_all` runs on whatever thread calls it (the UI uses a worker
from ui/ops/taskman.py) and reports progress through a plain callback on that thread. It
checks the cancel token between pages. Each batch of pages is one transaction with the
partner's cursor, so an interruption at any point loses nothing and duplicates nothing.
A failing partner is reported and the others still sync.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from caseworker.changes import Changes
from caseworker.errors import (
    AuthExpired,
    CaseworkerError,
    PartnerProtocolError,
    PartnerUnavailable,
)
from caseworker.linkage.linker import ExactLinker, Linker
from caseworker.partners.config import PartnerConfig
from caseworker.partners.connectors import Connector, connector_for
from caseworker.partners.records import Page
from caseworker.store.store import Store
from caseworker.sync.cancel import CancelToken
from caseworker.sync.ingest import IngestCounts, ingest
from caseworker.sync.partners import load_cursor, load_partners

log = logging.getLogger(__name__)

BATCH_RECORDS = 20_000
"""Pages are committed together until this many records: big transactions are fast ones."""


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


_PARTNER_ERRORS = (PartnerUnavailable, AuthExpired, PartnerProtocolError)

ProgressCallback = Callable[[PartnerProgress], None]
ConnectorFactory = Callable[[PartnerConfig], Connector]


class SyncService:
    """Pulls every configured partner into one store."""

    def __init__(
        self,
        store: Store,
        *,
        linker: Linker | None = None,
        connector_factory: ConnectorFactory = connector_for,
    ) -> None:
        self.store = store
        self.linker = linker or ExactLinker()
        self.connector_factory = connector_factory

    def sync_all(
        self,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        partners: Sequence[PartnerConfig] | None = None,
    ) -> SyncReport:
        configs = list(partners) if partners is not None else load_partners(self.store)
        report = progress or (lambda _p: None)
        for config in configs:
            report(PartnerProgress(config.partner_id, config.name, "waiting"))
        results: list[PartnerResult] = []
        changes = Changes()
        for config in configs:
            if cancel is not None and cancel.cancelled:
                report(PartnerProgress(config.partner_id, config.name, "cancelled"))
                continue
            result, touched = self._sync_one(config, report, cancel)
            results.append(result)
            changes = changes | touched
        return SyncReport(tuple(results), changes, bool(cancel and cancel.cancelled))

    def _sync_one(
        self, config: PartnerConfig, report: ProgressCallback, cancel: CancelToken | None
    ) -> tuple[PartnerResult, Changes]:
        started = time.perf_counter()
        totals = IngestCounts()
        touched: set[int] = set()
        fetched = 0
        estimate: int | None = None
        pending: list[Page] = []
        error: CaseworkerError | None = None

        def flush() -> None:
            if not pending:
                return
            with self.store.session() as session:
                counts = ingest(session, config.partner_id, pending, self.linker)
            for name in ("created", "updated", "deleted", "quarantined", "citizens_created"):
                setattr(totals, name, getattr(totals, name) + getattr(counts, name))
            touched.update(counts.touched_citizens)
            pending.clear()

        report(PartnerProgress(config.partner_id, config.name, "running"))
        connector = self.connector_factory(config)
        try:
            for page in connector.pages(load_cursor(self.store, config.partner_id)):
                pending.append(page)
                fetched += page.size
                if page.remaining is not None:
                    estimate = fetched + page.remaining
                report(
                    PartnerProgress(
                        config.partner_id,
                        config.name,
                        "running",
                        fetched,
                        max(estimate or 0, fetched) or None,
                    )
                )
                if sum(p.size for p in pending) >= BATCH_RECORDS:
                    flush()
                if cancel is not None and cancel.cancelled:
                    break
        except CaseworkerError as exc:
            error = exc
        if error is None or isinstance(error, _PARTNER_ERRORS):
            try:
                flush()  # pages fetched before a partner failed are whole: keep them
            except CaseworkerError as exc:
                error = exc  # the store could not take them: that is the news
        if error is not None:
            log.warning("Sync of partner %s stopped: %s", config.partner_id, error.code)
        state = "failed" if error else "cancelled" if cancel and cancel.cancelled else "done"
        report(
            PartnerProgress(
                config.partner_id,
                config.name,
                state,
                fetched,
                fetched,
                error.code if error else None,
                str(error) if error else None,
            )
        )
        result = PartnerResult(
            config.partner_id,
            config.name,
            fetched,
            totals.created,
            totals.updated,
            totals.deleted,
            totals.quarantined,
            totals.citizens_created,
            round(time.perf_counter() - started, 3),
            error.code if error else None,
            str(error) if error else None,
        )
        partners = frozenset({config.partner_id}) if fetched else frozenset()
        return result, Changes(frozenset(touched), partners)
