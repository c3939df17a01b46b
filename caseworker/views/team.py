"""The team's notes, tasks and referrals about a citizen, as the person's page and the
subject access report read them (written through caseworker.services.team)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from caseworker.linkage.citizens import members, resolve
from caseworker.store.models import OutboxMessage, Partner, TeamEntry
from caseworker.store.store import Store


@dataclass(frozen=True)
class TeamEntryView:
    id: int
    kind: str
    text: str
    partners: tuple[str, ...]
    """Agency names: who may see a note, who owns a task, who a referral went to."""
    owner: str | None
    due_on: date | None
    done: bool
    author: str
    written_at: datetime
    delivery: str
    """team (not sent to any agency) | waiting | delivered (every message acknowledged) |
    refused (a partner refused it)"""
    urgency: str | None = None
    """A referral's: routine, urgent or immediate."""
    basis: str | None = None
    """A referral's lawful basis (a key of caseworker.services.team.REFERRAL_BASES)."""

    def overdue(self, today: date) -> bool:
        return (
            self.kind == "task"
            and not self.done
            and self.due_on is not None
            and (self.due_on < today)
        )


def entries(store: Store, citizen_id: int) -> list[TeamEntryView]:
    """The citizen's notes, tasks and referrals, newest first."""
    with store.session() as session:
        citizen_id = resolve(session, citizen_id)
        rows = session.scalars(
            select(TeamEntry)
            .where(TeamEntry.citizen_id.in_(members(session, citizen_id)))
            .order_by(TeamEntry.id.desc())
        ).all()
        names = {p: n for p, n in session.execute(select(Partner.id, Partner.name))}
        keys = [k for row in rows for k in row.outbox_keys.split(",") if k]
        states = (
            {
                key: status
                for key, status in session.execute(
                    select(OutboxMessage.key, OutboxMessage.status).where(
                        OutboxMessage.key.in_(keys)
                    )
                )
            }
            if keys
            else {}
        )
        out = []
        for row in rows:
            mine = [states.get(k, "queued") for k in row.outbox_keys.split(",") if k]
            delivery = (
                "team"
                if not mine
                else "refused"
                if "rejected" in mine
                else "waiting"
                if "queued" in mine
                else "delivered"
            )
            written = row.created_at
            out.append(
                TeamEntryView(
                    row.id,
                    row.kind,
                    row.text,
                    tuple(names.get(p, p) for p in row.partners.split(",") if p),
                    row.owner,
                    row.due_on,
                    row.done,
                    row.author,
                    written,
                    delivery,
                    row.urgency,
                    row.basis,
                )
            )
        return out
