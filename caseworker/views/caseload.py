"""Home: the people the user follows and the people the team is working with, with what is
new for each since the user last opened their record.

"Last looked" comes from the audit log (the user's newest view of the citizen), so nothing
extra is stored: a new partner record, a consent decision, an overdue task or an access
request still waiting is counted against it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select, tuple_
from sqlalchemy.orm import Session

from caseworker.linkage.citizens import members
from caseworker.store.models import (
    AuditEntry,
    Citizen,
    ConsentRecord,
    OutboxMessage,
    SourceItem,
    SourcePerson,
    TeamEntry,
)
from caseworker.views.following import followed_in
from caseworker.views.search import CitizenSummary, summaries

OPEN_REQUEST = ("queued", "delivered")


@dataclass(frozen=True)
class CaseloadRow:
    person: CitizenSummary
    mine: bool
    """Followed by this user (else on the team's caseload through its notes and tasks)."""
    last_looked: datetime | None
    new_records: int
    """Partner records that arrived or changed since the user last looked."""
    consent_changes: int
    open_tasks: int
    overdue_tasks: int
    pending_requests: int
    """Requests to release information that partners have not yet answered."""

    @property
    def has_news(self) -> bool:
        return bool(self.new_records or self.consent_changes or self.overdue_tasks)


def _after(moment: datetime | None, since: datetime | None) -> bool:
    """Whether `moment` is later than the user last looked (never looked: nothing is new)."""
    if moment is None or since is None:
        return False
    return moment > since


def _team_citizens(session: Session) -> set[int]:
    return set(session.scalars(select(TeamEntry.citizen_id).distinct()))


def _current(session: Session, ids: Iterable[int]) -> dict[int, int]:
    """Each id's citizen as it shows now (a merged-away id shows as the one it joined)."""
    found: dict[int, int] = {}
    for cid in ids:
        current = cid
        seen = {cid}
        while (parent := session.get(Citizen, current)) is not None and parent.merged_into:
            if parent.merged_into in seen:
                break
            seen.add(current := parent.merged_into)
        found[cid] = current
    return found


def last_looked_query(ids: Iterable[int]) -> Select[str]:
    """When any of `ids` was last looked at (viewed), from the audit log."""
    return select(func.max(AuditEntry.at)).where(
        # `kind || ''` keeps SQLite from choosing the index on the kind, which every view
        # shares: it walked a year's entries (50,000, 0.1 s) for each row of the caseload
        # instead of the person's few through the index on the citizen.
        AuditEntry.kind.concat("") == "view",
        AuditEntry.citizen_id.in_(sorted(ids)),
    )


def _last_looked(session: Session, ids: frozenset[int]) -> datetime | None:
    at = session.scalar(last_looked_query(ids))
    return datetime.fromisoformat(at) if at else None


def _row(session: Session, person: CitizenSummary, mine: bool, today: date) -> CaseloadRow:
    ids = members(session, person.citizen_id)
    looked = _last_looked(session, ids)
    records = session.execute(
        select(SourcePerson.partner_id, SourcePerson.source_id, SourcePerson.updated_at).where(
            SourcePerson.citizen_id.in_(ids)
        )
    ).all()
    keys = [(p, s) for p, s, _ in records]
    items = (
        session.execute(
            select(SourceItem.partner_id, SourceItem.source_id, SourceItem.updated_at).where(
                tuple_(SourceItem.partner_id, SourceItem.person_source_id).in_(keys)
            )
        ).all()
        if keys
        else []
    )
    new_records = sum(1 for *_, changed in (*records, *items) if _after(changed, looked))
    consent_where = [ConsentRecord.citizen_id.in_(ids)]
    if keys:
        consent_where.append(
            tuple_(ConsentRecord.person_partner, ConsentRecord.person_source_id).in_(keys)
        )
    consent_at = session.scalars(select(ConsentRecord.created_at).where(or_(*consent_where)))
    consent_changes = sum(1 for c in consent_at if _after(c, looked))
    tasks = session.execute(
        select(TeamEntry.due_on).where(
            TeamEntry.citizen_id.in_(ids), TeamEntry.kind == "task", TeamEntry.done.is_(False)
        )
    ).all()
    record_keys = keys + [(p, s) for p, s, _ in items]
    pending = (
        session.scalar(
            select(func.count(OutboxMessage.id)).where(
                OutboxMessage.kind == "access_request",
                OutboxMessage.status.in_(OPEN_REQUEST),
                tuple_(OutboxMessage.partner_id, OutboxMessage.record_source_id).in_(record_keys),
            )
        )
        if record_keys
        else 0
    )
    return CaseloadRow(
        person,
        mine,
        looked,
        new_records,
        consent_changes,
        len(tasks),
        sum(1 for (due,) in tasks if due is not None and due < today),
        pending or 0,
    )


def caseload_citizens(session: Session) -> set[int]:
    """Everyone followed by the user or worked on by the team (as they show now)."""
    return set(_current(session, set(followed_in(session)) | _team_citizens(session)).values())


def caseload(session: Session, *, today: date | None = None) -> list[CaseloadRow]:
    """Everyone followed by the user or worked on by the team, those with news first."""
    today = today or date.today()
    mine = set(followed_in(session))
    current = _current(session, mine | _team_citizens(session))
    followed_now = {current[c] for c in mine}
    people = summaries(session, sorted(set(current.values())))
    rows = [_row(session, p, p.citizen_id in followed_now, today) for p in people]
    rows.sort(
        key=lambda r: (
            not r.has_news,
            -r.overdue_tasks,
            -(r.new_records + r.consent_changes),
            r.person.name.lower(),
        )
    )
    return rows
