"""The virtual team's notes, tasks and referrals about a citizen.

Each entry is kept in the store (the team's own record) and, in the same transaction,
queued in the outbox for the partners it concerns: a note for each agency it is shared
with, a task for the agency that owns it, a referral for the agency referred to. Only an
agency that holds a record of the person can be written to (the message names its record).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.audit.log import record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError, NotFound
from caseworker.linkage.citizens import resolve
from caseworker.store.models import Citizen, Partner, SourcePerson, TeamEntry
from caseworker.store.outbox import queue_in
from caseworker.store.store import Store
from caseworker.views.team import TeamEntryView, entries

KINDS = ("note", "task", "referral")
__all__ = ["TeamEntryView", "entries"]  # read through caseworker.views.team
MAX_TEXT = 4000


class EntryRefused(CaseworkerError):
    code = "entry_refused"


URGENCIES = ("routine", "urgent", "immediate")
"""How soon a referral needs an answer (the protocol's words)."""
REFERRAL_BASES = {
    "consent": "Consent: the family agreed to this referral",
    "safeguarding": "Without consent: to protect a child from significant harm "
    "(Children Act 1989 s47; Data Protection Act 2018 Sch 8 para 4)",
    "public_task": "Public task: to assess and meet a child's needs "
    "(Children Act 1989 s17; Children Act 2004 s10 and s11)",
}
"""The lawful bases a referral may be made on, as the partner is told them."""


@dataclass(frozen=True)
class Recipient:
    """An agency that holds a record of the citizen, so can be written to about them."""

    partner_id: str
    name: str


def records_by_partner(session: Session, citizen_id: int) -> dict[str, str]:
    """Partner -> its record id for this citizen (the first, when it holds several)."""
    found: dict[str, str] = {}
    for partner, source_id in session.execute(
        select(SourcePerson.partner_id, SourcePerson.source_id)
        .where(SourcePerson.citizen_id == citizen_id)
        .order_by(SourcePerson.id)
    ):
        found.setdefault(partner, source_id)
    return found


def recipients(store: Store, citizen_id: int) -> list[Recipient]:
    with store.session() as session:
        held = records_by_partner(session, resolve(session, citizen_id))
        names = {p: n for p, n in session.execute(select(Partner.id, Partner.name))}
    return sorted((Recipient(p, names.get(p, p)) for p in held), key=lambda r: r.name)


def add_entry(
    store: Store,
    citizen_id: int,
    *,
    kind: str,
    text: str,
    partners: list[str],
    author: str,
    owner: str | None = None,
    due_on: date | None = None,
    urgency: str | None = None,
    basis: str | None = None,
) -> Changes:
    """Keep a note, task or referral and queue it for the partners it concerns. A referral
    says how urgent it is and the lawful basis it is made on (REFERRAL_BASES)."""
    if kind not in KINDS:
        raise ValueError(kind)
    words = text.strip()
    if not words:
        raise EntryRefused("Write something first: the entry is empty.")
    if len(words) > MAX_TEXT:
        raise EntryRefused(
            "That is longer than {MAX_TEXT} characters.",
            hint="Keep case notes short; attach long documents in your own case system.",
            MAX_TEXT=MAX_TEXT,
        )
    if kind == "referral" and len(partners) != 1:
        raise EntryRefused("Choose the one agency you are referring to.")
    if kind == "referral" and urgency not in URGENCIES:
        raise EntryRefused("Say how urgent the referral is: routine, urgent or immediate.")
    if kind == "referral" and basis not in REFERRAL_BASES:
        raise EntryRefused(
            "Say on what basis you share this: the family's consent, or the law that allows "
            "sharing without it."
        )
    if kind == "task" and len(partners) > 1:
        raise EntryRefused("A task belongs to one agency.")
    with store.writing() as session:
        if session.get(Citizen, citizen_id) is None:
            raise NotFound("No citizen with that id is held in this store.")
        citizen_id = resolve(session, citizen_id)
        held = records_by_partner(session, citizen_id)
        missing = [p for p in partners if p not in held]
        if missing:
            raise EntryRefused(
                "An agency you chose holds no record of this person, so it cannot be "
                "written to about them.",
                hint="Choose among the agencies listed for this person.",
            )
        keys = []
        for partner in partners:
            body: dict[str, object] = {"person_id": held[partner], "text": words}
            if kind == "referral":
                body.update(
                    {
                        "reason": words,
                        "urgency": urgency,
                        "lawful_basis": REFERRAL_BASES[str(basis)],
                    }
                )
            if kind == "task":
                body.update(
                    {"title": words, "owner": owner, "due": due_on.isoformat() if due_on else None}
                )
            keys.append(
                queue_in(
                    session,
                    partner_id=partner,
                    kind=kind,
                    body=body,
                    requested_by=author,
                    record_source_id=held[partner],
                )
            )
        session.add(
            TeamEntry(
                citizen_id=citizen_id,
                kind=kind,
                text=words,
                partners=",".join(partners),
                owner=owner,
                due_on=due_on,
                done=False,
                author=author,
                outbox_keys=",".join(keys),
                urgency=urgency if kind == "referral" else None,
                basis=basis if kind == "referral" else None,
            )
        )
        record_in(session, kind, citizen_id=citizen_id, action="written", partners=partners)
    return Changes(citizens=frozenset({citizen_id}), partners=frozenset(partners), view=False)


def set_done(store: Store, entry_id: int, done: bool = True) -> Changes:
    with store.writing() as session:
        entry = session.get(TeamEntry, entry_id)
        if entry is None or entry.kind != "task":
            raise EntryRefused("There is no such task.")
        entry.done = done
        record_in(
            session,
            "task",
            citizen_id=entry.citizen_id,
            action="done" if done else "reopened",
            entry=entry_id,
        )
        return Changes(citizens=frozenset({entry.citizen_id}), view=False)
