"""Retention: what a provider shared is kept no longer than its agreement says.

A record the provider has not changed for longer than the retention of the agreements in
force for it (the longest, where several are) is removed at the next sync, with its
relationships; a person's record goes once it is that old and nothing of theirs is left.
Consent decisions stay: they are the evidence of why data was shared. A removal is kept on
record and audited like any purge. It runs at most once a day per provider, so that a sync
with nothing new stays quick.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from caseworker.agreements.access import KnownAgreement
from caseworker.store.models import Relationship, SourceItem, SourcePerson
from caseworker.store.settings import get_json, put_json
from caseworker.sync.purge import PurgeOutcome, record_purge


def _last_run_key(provider: str) -> str:
    return f"retention-run:{provider}"


def retention_days(agreements: list[KnownAgreement], today: date) -> int | None:
    """The longest retention among the agreements in force; None when none is."""
    days = [k.document.retention_days for k in agreements if k.usable_on(today)]
    return max(days) if days else None


def purge_expired(
    session: Session, provider: str, days: int, today: date, *, force: bool = False
) -> PurgeOutcome | None:
    """Remove what the provider last changed more than `days` ago; None when it already ran
    today (unless `force`)."""
    if not force and get_json(session, _last_run_key(provider)) == today.isoformat():
        return None
    put_json(session, _last_run_key(provider), today.isoformat())
    cutoff = datetime.combine(today - timedelta(days=days), time.min, UTC)
    removed = session.execute(
        delete(SourceItem).where(
            SourceItem.partner_id == provider, SourceItem.source_updated < cutoff
        )
    ).rowcount  # type: ignore[attr-defined]
    removed += session.execute(
        delete(Relationship).where(
            Relationship.partner_id == provider, Relationship.source_updated < cutoff
        )
    ).rowcount  # type: ignore[attr-defined]
    remaining = exists().where(
        SourceItem.partner_id == SourcePerson.partner_id,
        SourceItem.person_source_id == SourcePerson.source_id,
    )
    old_people = select(SourcePerson.id, SourcePerson.citizen_id).where(
        SourcePerson.partner_id == provider, SourcePerson.source_updated < cutoff, ~remaining
    )
    gone = session.execute(old_people).all()
    ids = [row_id for row_id, _ in gone]
    for start in range(0, len(ids), 500):
        removed += session.execute(
            delete(SourcePerson).where(SourcePerson.id.in_(ids[start : start + 500]))
        ).rowcount  # type: ignore[attr-defined]
    citizens = frozenset(c for _, c in gone if c is not None)
    cause = f"kept longer than the {days}-day retention"
    return record_purge(session, PurgeOutcome(provider, cause, 0, removed, citizens))
