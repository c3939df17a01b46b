"""Syncing partners into the store: agreements first, then records, minimised and batched.

For each partner: fetch its published agreements and verify them against its configured
key; if the agreements in force have changed since last time, purge what they no longer
allow; then fetch changed records page by page, minimise each against the agreements for the
user's profile, and ingest batches of pages with the partner's cursor, a few batches to a
transaction (`sync/span.py`).

Threading: `SyncService.sync_all` runs on whatever thread calls it (the window runs it on a
worker of its task manager) and reports progress through a plain callback on that thread. It
checks the cancel token between pages. An interruption at any point loses nothing and
duplicates nothing. A failing partner is reported and the others still sync.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from caseworker.agreements.access import Viewer
from caseworker.agreements.minimise import Minimiser
from caseworker.agreements.registry import (
    known_agreements,
    record_published,
    usable_versions,
    why_nothing_in_force,
)
from caseworker.audit.push import queue_audit
from caseworker.changes import Changes
from caseworker.errors import (
    AuthExpired,
    CaseworkerError,
    NoAgreementInForce,
    PartnerCertificateInvalid,
    PartnerFailed,
    PartnerProtocolError,
    PartnerUnavailable,
    ProfileMissing,
)
from caseworker.linkage.linker import Linker, StoreLinker
from caseworker.linkage.params_store import load_params
from caseworker.partners.config import PartnerConfig
from caseworker.partners.connectors import Connector, connector_for
from caseworker.partners.http import RetryPolicy
from caseworker.partners.records import Page
from caseworker.partners.screening import screen_lengths
from caseworker.profile import Profile, load_profile
from caseworker.store import courtesy
from caseworker.store.models import Setting
from caseworker.store.store import Store
from caseworker.sync.anchoring import check_with_organisation
from caseworker.sync.cancel import CancelToken
from caseworker.sync.collector import collect_between_batches, full_collections_deferred
from caseworker.sync.ingest import IngestCounts, ingest
from caseworker.sync.outbox import exchange_outbox, note_waiting
from caseworker.sync.partners import load_cursor, load_partners
from caseworker.sync.purge import PurgeOutcome, purge_provider
from caseworker.sync.read_ahead import read_ahead
from caseworker.sync.report import PartnerProgress, PartnerResult, SyncReport
from caseworker.sync.retention import purge_expired, retention_days
from caseworker.sync.span import WriteSpan
from caseworker.sync.status import partner_statuses, record_outcome

log = logging.getLogger(__name__)

BATCH_RECORDS = 2_500
"""Pages are linked together until this many records (and committed a few batches at a time,
sync/span.py). Larger batches were no
faster at a million records (20,000: 302 s, 5,000: 299 s, 2,500: 313 s in the window), but
their peak memory (1,049 MB, 443, 382) and the pauses of the window while their objects
were freed (314 ms, 56, 53) grew with them (docs/performance.md)."""
PART_RECORDS = 100
"""Records in a sync's first part of a page while someone uses the window (then sized so
that a part takes about PART_SECONDS: 100k, keys every 300 ms through a sync: 40 ms gave a
p95 of 117 ms and a sync 6x slower, 80 ms 122 ms and 4x, whole pages of 500 212 ms and
1.4x)."""
PART_SECONDS = 0.08
READ_AHEAD_PAGES = 8
"""Pages fetched ahead while a batch is stored (sync/read_ahead.py): a few batches' worth
at the partners' usual page sizes, so the memory it holds stays small."""

_PARTNER_ERRORS = (PartnerUnavailable, AuthExpired, PartnerProtocolError, PartnerCertificateInvalid)
_PARTNER_CODES = frozenset(e.code for e in _PARTNER_ERRORS)
_COUNTED = (
    "contacts",
    "withheld",
    "unchanged",
    "created",
    "updated",
    "deleted",
    "quarantined",
    "citizens_created",
)


ProgressCallback = Callable[[PartnerProgress], None]
ConnectorFactory = Callable[[PartnerConfig], Connector]


def usable_key(provider: str) -> str:
    return f"agreements-in-force:{provider}"


def _require_agreement(config: PartnerConfig, minimiser: Minimiser, org: str, today: date) -> None:
    why = why_nothing_in_force(minimiser.agreements, org, today)
    if why is not None:
        raise NoAgreementInForce(
            "Nothing from {config_name} can be stored: {why}.",
            hint="Import the agreement its data protection officer signed (caseworker agreements "
            "import FILE --partner {config_partner_id}), or ask them to publish it; see "
            "docs/partners.md.",
            config_name=config.name,
            why=why,
            config_partner_id=config.partner_id,
        )


def _both(first: PurgeOutcome, second: PurgeOutcome) -> PurgeOutcome:
    """One report of two purges of the same provider in one sync."""
    return PurgeOutcome(
        first.provider,
        f"{first.cause}; {second.cause}",
        first.fields_cleared + second.fields_cleared,
        first.records_removed + second.records_removed,
        first.citizens | second.citizens,
    )


def small_parts(page: Page, cursor_before: str | None, size: int = PART_RECORDS) -> list[Page]:
    """`page` as parts of at most `size` persons or items, persons first, to be stored
    in order: every part but the last keeps the cursor from before the page (a sync stopped
    between them fetches the page again, and storing a record twice changes nothing); the
    last has the page's cursor and everything else the page holds."""
    persons = [page.persons[i : i + size] for i in range(0, len(page.persons), size)]
    items = [page.items[i : i + size] for i in range(0, len(page.items), size)]
    if len(persons) + len(items) <= 1:
        return [page]
    before = cursor_before or ""
    parts = [Page(before, persons=chunk) for chunk in persons]
    parts += [Page(before, items=chunk) for chunk in items]
    last = parts.pop()
    parts.append(replace(page, persons=last.persons, items=last.items))
    return parts


class SyncService:
    """Pulls every configured partner into one store, for the profile held in it."""

    def __init__(
        self,
        store: Store,
        *,
        linker: Linker | None = None,
        connector_factory: ConnectorFactory | None = None,
        today: date | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.store = store
        self._linker = linker
        self.connector_factory = connector_factory or partial(connector_for, retry=retry)
        self.today = today or date.today()

    def sync_all(
        self,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        partners: Sequence[PartnerConfig] | None = None,
        scheduled: bool = False,
    ) -> SyncReport:
        """Sync every partner (or `partners`). A scheduled sync skips paused partners."""
        with full_collections_deferred(), self.store.syncing():
            return self._sync_all(progress, cancel, partners, scheduled)

    def _sync_all(
        self,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
        partners: Sequence[PartnerConfig] | None,
        scheduled: bool,
    ) -> SyncReport:
        configs = list(partners) if partners is not None else load_partners(self.store)
        if not configs:
            return SyncReport(())
        with self.store.session() as session:
            profile = load_profile(session)
        if profile is None:
            raise ProfileMissing(
                "Choose your organisation, role and purposes before syncing: what you may see "
                "depends on them.",
                hint="In the app: Settings → Profile. On the command line: caseworker profile set.",
            )
        report = progress or (lambda _p: None)
        if scheduled:
            paused = {s.partner_id for s in partner_statuses(self.store) if s.paused()}
            for config in (c for c in configs if c.partner_id in paused):
                report(PartnerProgress(config.partner_id, config.name, "paused"))
            configs = [c for c in configs if c.partner_id not in paused]
        for config in configs:
            report(PartnerProgress(config.partner_id, config.name, "waiting"))
        results: list[PartnerResult] = []
        changes = Changes()
        for config in configs:
            if cancel is not None and cancel.cancelled:
                report(PartnerProgress(config.partner_id, config.name, "cancelled"))
                continue
            result, touched = self._sync_one(config, profile, report, cancel)
            try:
                record_outcome(
                    self.store,
                    config.partner_id,
                    ok=result.ok,
                    error_code=result.error_code,
                    error=result.error_message,
                    pause=result.error_code in _PARTNER_CODES,
                )
            except CaseworkerError:
                if result.ok or result.error_code in _PARTNER_CODES:
                    raise
                # The store itself failed this partner: its own words are the news already.
            results.append(result)
            changes = changes | touched
        return SyncReport(tuple(results), changes, bool(cancel and cancel.cancelled))

    def _agreements(
        self, connector: Connector, config: PartnerConfig, viewer: Viewer
    ) -> tuple[Minimiser, int, int, PurgeOutcome | None]:
        """Record the partner's published agreements; purge if those in force changed."""
        published = connector.agreements()
        unreadable = sum(1 for p in published if p.signed is None)
        purge = None
        with self.store.writing() as session:
            changed = record_published(session, config.partner_id, config.public_key, published)
            known = known_agreements(session, config.partner_id)
            minimiser = Minimiser(viewer, known, self.today)
            in_force = usable_versions(known, self.today)
            held = session.get(Setting, usable_key(config.partner_id))
            before = json.loads(held.value) if held is not None else None
            if before is not None and before != in_force:
                ended = sorted(set(before) - set(in_force))
                cause = "agreements no longer in force: " + (", ".join(ended) or "changed terms")
                purge = purge_provider(session, config.partner_id, minimiser, cause)
            if held is None:
                session.add(Setting(key=usable_key(config.partner_id), value=json.dumps(in_force)))
            else:
                held.value = json.dumps(in_force)
            days = retention_days(known, self.today)
            if days is not None:
                expired = purge_expired(session, config.partner_id, days, self.today)
                if expired is not None and expired.any:
                    purge = expired if purge is None else _both(purge, expired)
        return minimiser, changed, unreadable, purge

    def _sync_one(
        self,
        config: PartnerConfig,
        profile: Profile,
        report: ProgressCallback,
        cancel: CancelToken | None,
    ) -> tuple[PartnerResult, Changes]:
        started = time.perf_counter()
        totals = IngestCounts()
        touched: set[int] = set()
        fetched = 0
        estimate: int | None = None
        pending: list[Page] = []
        stored_cursor: str | None = None
        part_records = PART_RECORDS
        error: CaseworkerError | None = None
        changed = unreadable = sent = decided = 0
        purge: PurgeOutcome | None = None
        minimiser: Minimiser | None = None

        held: list[IngestCounts] = []
        """What the batches in the open transaction stored: counted once it is committed."""

        def committed() -> None:
            for counts in held:
                for name in _COUNTED:
                    setattr(totals, name, getattr(totals, name) + getattr(counts, name))
                touched.update(counts.touched_citizens)
            held.clear()

        def flush() -> None:
            if not pending or minimiser is None:
                return
            nonlocal stored_cursor, part_records
            # While someone uses the window, a page is stored in parts sized to take about
            # PART_SECONDS each: none of the transactions their searches and views wait
            # behind is long, at any size of store.
            someone = courtesy.someone_active()
            parts = (
                [list(pending)]
                if not someone
                else [
                    [part]
                    for page in pending
                    for part in small_parts(page, stored_cursor, part_records)
                ]
            )
            for part in parts:
                began = time.perf_counter()
                try:
                    session = span.session()  # gives way to the window's work first
                    linker = self._linker or StoreLinker(load_params(session))
                    held.append(ingest(session, config.partner_id, part, linker, minimiser))
                    size = sum(p.size for p in part)
                    if span.stored(size):  # committed when enough is held, or someone waits
                        committed()
                except BaseException as exc:
                    held.clear()
                    span.abandon(exc)
                    raise
                if someone and size:
                    took = max(time.perf_counter() - began, 1e-4)
                    part_records = max(10, min(BATCH_RECORDS, int(size * PART_SECONDS / took)))
                stored_cursor = part[-1].cursor
            pending.clear()
            collect_between_batches()

        report(PartnerProgress(config.partner_id, config.name, "running"))
        span = WriteSpan(self.store)
        connector = self.connector_factory(config)
        if cancel is not None:
            connector.http.sleep = cancel.wait  # back-off ends when the sync is cancelled
        try:
            minimiser, changed, unreadable, purge = self._agreements(
                connector, config, profile.viewer
            )
            if config.partner_id != profile.org:  # our own records need no agreement
                _require_agreement(config, minimiser, profile.org, self.today)
            if config.partner_id == profile.org:  # our own organisation keeps the audit log
                check_with_organisation(self.store, connector)
                queue_audit(self.store, config.partner_id, profile.display_name or profile.role)
            sent, decided = exchange_outbox(self.store, connector, profile)
            stored_cursor = load_cursor(self.store, config.partner_id)
            limit = config.limits.max_string_chars
            with read_ahead(
                connector.pages(stored_cursor),
                READ_AHEAD_PAGES,
                partial(screen_lengths, limit=limit),
            ) as pages:
                for page in pages:
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
                            max(estimate, fetched) if estimate is not None else None,
                        )
                    )
                    if courtesy.someone_active() or sum(p.size for p in pending) >= BATCH_RECORDS:
                        flush()
                    if cancel is not None and cancel.cancelled:
                        break
        except CaseworkerError as exc:
            error = exc
        except Exception as exc:  # one partner must never stop the others
            log.error(
                "Sync of partner %s failed unexpectedly (%s)", config.partner_id, type(exc).__name__
            )
            error = PartnerFailed(
                "Caseworker could not read what {config_name} sent (an unexpected {kind}); "
                "nothing of it was stored in part.",
                hint="The other partners synced. Report this to your administrator.",
                config_name=config.name,
                kind=type(exc).__name__,
            )
        if error is None or isinstance(error, _PARTNER_ERRORS):
            try:
                flush()  # pages fetched before a partner failed are whole: keep them
            except CaseworkerError as exc:
                error = exc  # the store could not take them: that is the news
        try:
            span.done()  # what the batches before stored, whatever stopped this one
            committed()
        except CaseworkerError as exc:
            held.clear()
            error = error or exc
        if error is not None:
            log.warning("Sync of partner %s stopped: %s", config.partner_id, error.code)
            if isinstance(error, _PARTNER_ERRORS):
                note_waiting(self.store, config.partner_id, error)
        if purge is not None:
            touched.update(purge.citizens)
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
            withheld=totals.withheld,
            unchanged=totals.unchanged,
            agreements_changed=changed,
            agreements_unreadable=unreadable,
            retries=connector.http.retries,
            messages_sent=sent,
            requests_decided=decided,
            purge=purge,
        )
        partners = frozenset({config.partner_id}) if fetched or changed else frozenset()
        # Messages gone or answered may be an enquiry's, and contacts may have arrived: the
        # front door shows both.
        return result, Changes(
            frozenset(touched),
            partners,
            people=True,
            front_door=bool(sent or decided or totals.contacts),
        )
