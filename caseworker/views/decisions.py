"""The front door's decisions on contacts, in the words of the nation the MASH works in.

The outcomes are data: a code kept in the store and sent to partners, and its words in
England (Children Act 1989; Working Together to Safeguard Children 2023) and in Wales (the
Social Services and Well-being (Wales) Act 2014 and the Wales Safeguarding Procedures),
each translated into Welsh like every other string.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.store.models import Contact, Decision
from caseworker.views.contacts import ContactView, contact
from caseworker.views.enquiries import EnquiryView, enquiry_of_contact
from caseworker.words import N_


@dataclass(frozen=True)
class Outcome:
    england: str
    wales: str

    def words(self, nation: str) -> str:
        return self.wales if nation == "WLS" else self.england


OUTCOMES = {
    "no_further_action": Outcome(N_("No further action"), N_("No further action")),
    "signpost": Outcome(
        N_("Signpost to universal or community services"),
        N_("Information, advice and assistance (SSWBA 2014 s17)"),
    ),
    "early_help": Outcome(
        N_("Early help"),
        N_("Early help: preventative services (SSWBA 2014 s15)"),
    ),
    "assessment": Outcome(
        N_("Assessment of a child in need (Children Act 1989 s17)"),
        N_("Assessment of care and support needs (SSWBA 2014 s21)"),
    ),
    "strategy_discussion": Outcome(
        N_("Strategy discussion (Children Act 1989 s47)"),
        N_("Strategy discussion: a child at risk (SSWBA 2014 s130; Children Act 1989 s47)"),
    ),
}
"""What the front door may decide, least to most intrusive."""


@dataclass(frozen=True)
class DecisionView:
    contact_id: int
    outcome: str
    rationale: str
    decided_by: str
    role: str
    decided_at: datetime
    nation: str
    partners: tuple[str, ...]
    """The agencies it was sent to (the contributors and the referrer's)."""

    @property
    def words(self) -> str:
        return OUTCOMES[self.outcome].words(self.nation)


def decision_of(session: Session, contact_id: int) -> DecisionView | None:
    row = session.scalars(select(Decision).where(Decision.contact_id == contact_id)).first()
    if row is None:
        return None
    return DecisionView(
        row.contact_id,
        row.outcome,
        row.rationale,
        row.decided_by,
        row.role,
        row.decided_at,
        row.nation,
        tuple(p for p in row.partners.split(",") if p),
    )


@dataclass(frozen=True)
class FrontDoorRecord:
    """One contact about a citizen, with the enquiry's answers and the decision, as the
    subject access report and the person's page show them."""

    contact: ContactView
    enquiry: EnquiryView | None
    decision: DecisionView | None


def front_door_of(
    session: Session, citizen_ids: Iterable[int], now: datetime
) -> list[FrontDoorRecord]:
    """Every contact about these citizens (a person and those merged into them), newest first."""
    ids = list(citizen_ids)
    found = session.scalars(
        select(Contact.id).where(Contact.citizen_id.in_(ids)).order_by(Contact.received_at.desc())
    ).all()
    records = []
    for contact_id in found:
        shown = contact(session, contact_id, now)
        if shown is not None:
            records.append(
                FrontDoorRecord(
                    shown,
                    enquiry_of_contact(session, contact_id, now),
                    decision_of(session, contact_id),
                )
            )
    return records
