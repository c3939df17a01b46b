"""The window's plain reads, each in its own short session: the UI never opens the store
itself (a test keeps `ui/` free of sessions), so every way it reads is here or in
caseworker.services.viewing (the audited ones)."""

from __future__ import annotations

from caseworker.agreements.access import KnownAgreement
from caseworker.agreements.registry import known_agreements
from caseworker.audit.chain import ChainReport, mark_checked, verify
from caseworker.audit.log import KINDS as KINDS
from caseworker.audit.log import AuditRecord, recent
from caseworker.profile import Profile, load_profile
from caseworker.store.store import Store
from caseworker.views.activity import for_citizen
from caseworker.views.agreements import AgreementSummary, agreement_summaries
from caseworker.views.caseload import CaseloadRow, caseload
from caseworker.views.citizen import showcase_citizen
from caseworker.views.search import summaries


def current_profile(store: Store) -> Profile | None:
    with store.session() as session:
        return load_profile(session)


def held_agreements(store: Store) -> list[KnownAgreement]:
    with store.session() as session:
        return known_agreements(session)


def agreement_list(store: Store) -> list[AgreementSummary]:
    with store.session() as session:
        return agreement_summaries(session)


def caseload_rows(store: Store) -> list[CaseloadRow]:
    with store.session() as session:
        return caseload(session)


def showcase(store: Store) -> int | None:
    """The demo's example child, if the sandbox's people are held."""
    with store.session() as session:
        return showcase_citizen(session)


def audit_check(store: Store, *, since_checked: bool = False) -> ChainReport:
    """The audit log's check: of the whole log, or (at start-up, `since_checked`) of what was
    written since a whole check last found it sound. A whole check that finds the log sound
    is remembered, so the next start-up need not walk years of entries again."""
    with store.session() as session:
        report = verify(session, since_checked=since_checked)
    if report.ok and not since_checked and report.head is not None:
        with store.writing() as session:
            mark_checked(session, report.head)
    return report


def audit_overview(
    store: Store, limit: int
) -> tuple[ChainReport, list[AuditRecord], dict[int, str]]:
    """The chain's check, the newest `limit` entries, and the names of the people they are
    about (as search shows them; a person no longer held keeps only their number)."""
    with store.session() as session:
        entries = recent(session, limit=limit)
        about = sorted({e.citizen_id for e in entries if e.citizen_id is not None})
        names = {s.citizen_id: s.name for s in summaries(session, about)}
        return verify(session), entries, names


def activity(store: Store, citizen_id: int) -> list[AuditRecord]:
    """Who used this citizen's record (and records since merged into it), newest first."""
    with store.session() as session:
        return for_citizen(session, citizen_id)
