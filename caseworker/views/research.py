"""MASH research about a citizen: what partners shared in answer to the front door's
enquiries, for the chronology, marked as such.

Research is shared by each partner's own decision, for safeguarding a child, to the MASH
that asked; it is not a record the partner publishes under an agreement. So it is shown only
to a viewer working for that purpose (`safeguarding_children`), and its access is the
partner's decision to share, with the enquiry's lawful basis, rather than a clause.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.agreements.access import GRANTED, Decision, Reason, Viewer
from caseworker.agreements.model import LawfulBasis
from caseworker.store.models import Contact, Enquiry, EnquiryAnswer, Partner

PURPOSE = "safeguarding_children"
CATEGORY = "mash_research"


@dataclass(frozen=True)
class ResearchRow:
    partner_id: str
    partner_name: str
    agency: str
    person_id: str
    on: date | None
    summary: str
    answered_at: datetime
    enquiry_opened: datetime


def research_for(session: Session, citizen_ids: Iterable[int], viewer: Viewer) -> list[ResearchRow]:
    """The research shared about these citizens (a person and those merged into it)."""
    if PURPOSE not in viewer.purposes:
        return []
    rows = session.execute(
        select(EnquiryAnswer, Enquiry.opened_at, Partner.name, Partner.agency)
        .join(Enquiry, Enquiry.id == EnquiryAnswer.enquiry_id)
        .join(Contact, Contact.id == Enquiry.contact_id)
        .outerjoin(Partner, Partner.id == EnquiryAnswer.partner_id)
        .where(Contact.citizen_id.in_(list(citizen_ids)), EnquiryAnswer.decision == "share")
    ).all()
    found = []
    for answer, opened, name, agency in rows:
        assert answer.answered_at is not None
        for item in json.loads(answer.research or "[]"):
            found.append(
                ResearchRow(
                    answer.partner_id,
                    name or answer.partner_id,
                    agency or "",
                    item.get("person_id") or "",
                    date.fromisoformat(item["on"]) if item.get("on") else None,
                    item["summary"],
                    answer.answered_at,
                    opened,
                )
            )
    return found


def shared_by_decision(row: ResearchRow) -> Decision:
    """The access of a research item: in full, by the partner's decision to share it."""
    return Decision(
        "full",
        GRANTED,
        reasons=(
            Reason(
                agreement_id="mash-enquiry",
                version=1,
                title="Answer to a MASH enquiry",
                provider=row.partner_id,
                clause="shared by the partner's decision",
                effect="permit",
                level="full",
                masking=None,
                purpose=PURPOSE,
                lawful_basis=LawfulBasis(
                    "eu-gdpr:A6-1-e",
                    "Children Act 2004 s11; Data Protection Act 2018 Sch 8 para 4",
                    "eu-gdpr:A9-2-g",
                ),
                consent="not_required",
                valid_until=date.max,
            ),
        ),
    )
