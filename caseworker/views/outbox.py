"""The outbox as the user sees it: what they wrote for partners, and where each item stands.

A plain list, newest first, with each item's delivery state in words the UI can translate:
waiting (not yet acknowledged, with the last error if a try failed), delivered, granted or
refused. Nothing here sends anything; sync does (caseworker.sync.outbox). The audit log's
own batches for the user's organisation travel through the outbox too, but are not the
user's writing, so they are not listed or counted here (the Audit page shows the log).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from caseworker.store.models import OutboxMessage, Partner, SourceItem, SourcePerson
from caseworker.store.store import Store
from caseworker.views.search import summaries

SUMMARY_CHARS = 80


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    written_at: datetime
    partner: str
    kind: str
    """access_request | break_glass_alert | note | task | referral | audit | enquiry | decision"""
    field: str
    """The field an access request or alert is about ('' for notes, tasks and referrals)."""
    summary: str
    """The reason given, or the start of the note, task or referral."""
    status: str
    """queued | delivered | granted | refused"""
    last_error: str | None
    citizen_id: int | None = None
    """The person the item is about, where the record it names is held here."""
    person: str = ""
    """Their name as search shows it ('' when the record is no longer held)."""


def _summary(message: OutboxMessage) -> str:
    if message.kind in ("access_request", "break_glass_alert"):
        return message.reason[:SUMMARY_CHARS]
    body = json.loads(message.body or "{}")
    text = str(body.get("text") or body.get("title") or body.get("summary") or "")
    return " ".join(text.split())[:SUMMARY_CHARS]


def list_outbox(store: Store, limit: int = 500) -> list[OutboxEntry]:
    """The newest `limit` items, newest first."""
    with store.session() as session:
        rows = session.execute(
            select(OutboxMessage, Partner.name)
            .join(Partner, Partner.id == OutboxMessage.partner_id)
            .where(OutboxMessage.kind != "audit")
            .order_by(OutboxMessage.id.desc())
            .limit(limit)
        ).all()
        about = _citizens(session, [m for m, _ in rows])
        names = {s.citizen_id: s.name for s in summaries(session, sorted(set(about.values())))}
        return [
            OutboxEntry(
                message.id,
                message.created_at,
                name,
                message.kind,
                message.field,
                _summary(message),
                message.status,
                message.last_error,
                about.get(message.id),
                names.get(about.get(message.id, -1), ""),
            )
            for message, name in rows
        ]


def _citizens(session: Session, messages: list[OutboxMessage]) -> dict[int, int]:
    """Message id -> the citizen it is about: the person record it names at its partner, or
    the person of the need, risk or event record it names."""
    keys = {(m.partner_id, m.record_source_id) for m in messages if m.record_source_id}
    if not keys:
        return {}
    persons = {
        (p, s): c
        for p, s, c in session.execute(
            select(SourcePerson.partner_id, SourcePerson.source_id, SourcePerson.citizen_id).where(
                tuple_(SourcePerson.partner_id, SourcePerson.source_id).in_(keys)
            )
        )
        if c is not None
    }
    items = session.execute(
        select(SourceItem.partner_id, SourceItem.source_id, SourcePerson.citizen_id)
        .join(
            SourcePerson,
            (SourcePerson.partner_id == SourceItem.partner_id)
            & (SourcePerson.source_id == SourceItem.person_source_id),
        )
        .where(tuple_(SourceItem.partner_id, SourceItem.source_id).in_(keys - persons.keys()))
    )
    persons.update({(p, s): c for p, s, c in items if c is not None})
    return {
        m.id: persons[(m.partner_id, m.record_source_id)]
        for m in messages
        if (m.partner_id, m.record_source_id) in persons
    }


def waiting_count(store: Store) -> int:
    """Items not yet acknowledged by their partner."""
    with store.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status == "queued", OutboxMessage.kind != "audit")
            )
            or 0
        )
