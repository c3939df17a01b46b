"""The front door's decision on a contact: recorded with its rationale, sent, audited.

Only a role the organisation's policy allows (`mash_decision_roles`: team managers and
social workers unless it says otherwise) may decide, and only once the child is matched or
said to be known to no one here. The outcome is worded in the nation the MASH works in
(`mash_nation`, caseworker.views.decisions.OUTCOMES).

The decision goes through the outbox (kind `decision`) to every partner that answered the
enquiry, with the rationale, and to the referrer's agency, which is told the outcome only
unless it contributed too: a referrer needs to know what happened, not what the other
agencies shared. A decision made while partners had still not answered says so, in the
audit log and on the decision, so nobody later reads it as made on everything.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from caseworker.agreements.vocabulary import ROLES
from caseworker.audit.log import record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError, NotFound
from caseworker.policy import OrganisationPolicy, load_policy
from caseworker.profile import require_profile
from caseworker.services.team import records_by_partner
from caseworker.store.models import (
    Contact,
    Decision,
    Enquiry,
    EnquiryAnswer,
    OutboxMessage,
)
from caseworker.store.outbox import queue_in
from caseworker.store.store import Store
from caseworker.views.decisions import OUTCOMES, DecisionView, decision_of

MIN_RATIONALE = 20
MAX_RATIONALE = 4000

__all__ = ["OUTCOMES", "DecisionRefused", "DecisionView", "decide", "show_decision"]


class DecisionRefused(CaseworkerError):
    code = "decision_refused"


def decide(
    store: Store,
    contact_id: int,
    *,
    outcome: str,
    rationale: str,
    by: str,
    policy: OrganisationPolicy | None = None,
    now: datetime | None = None,
) -> Changes:
    """Record the decision on a contact and queue it for the partners it concerns."""
    policy = policy or load_policy()
    words = rationale.strip()
    if outcome not in OUTCOMES:
        raise DecisionRefused("Choose the decision from the list.")
    if len(words) < MIN_RATIONALE:
        raise DecisionRefused(
            "Give the rationale in at least {MIN_RATIONALE} characters: it is kept with the "
            "decision and sent to the agencies that contributed.",
            MIN_RATIONALE=MIN_RATIONALE,
        )
    if len(words) > MAX_RATIONALE:
        raise DecisionRefused(
            "That is longer than {MAX_RATIONALE} characters.",
            hint="Summarise the rationale; keep the full assessment in your own case system.",
            MAX_RATIONALE=MAX_RATIONALE,
        )
    at = now or datetime.now(UTC)
    with store.writing() as session:
        profile = require_profile(session)
        if profile.role not in policy.mash_decision_roles:
            names = ", ".join(
                ROLES[r][1].lower() if r in ROLES else r for r in policy.mash_decision_roles
            )
            raise DecisionRefused(
                "Only these roles may record the front door's decision: {names}.",
                hint="Ask a colleague who may; the organisation's policy file sets who.",
                names=names or "nobody",
            )
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("No contact with that id is held in this store.")
        if contact.citizen_id is None and not contact.no_match:
            raise DecisionRefused(
                "Say who the child is first, or that no one here knows them.",
                hint="Choose among the possible matches.",
            )
        if session.scalar(select(Decision.id).where(Decision.contact_id == contact_id)):
            raise DecisionRefused("This contact has been decided already.")
        enquiry = session.scalars(select(Enquiry).where(Enquiry.contact_id == contact_id)).first()
        answers = (
            list(
                session.execute(
                    select(EnquiryAnswer, OutboxMessage.remote_id)
                    .outerjoin(OutboxMessage, OutboxMessage.key == EnquiryAnswer.outbox_key)
                    .where(EnquiryAnswer.enquiry_id == enquiry.id)
                )
            )
            if enquiry
            else []
        )
        contributed = {a.partner_id: remote for a, remote in answers if a.decision}
        unanswered = sorted(a.partner_id for a, _ in answers if not a.decision)
        citizen = contact.citizen_id
        records = records_by_partner(session, citizen) if citizen is not None else {}
        recipients = sorted(
            set(contributed) | ({contact.referrer_partner} if contact.referrer_partner else set())
        )
        keys = []
        for partner in recipients:
            body: dict[str, object] = {
                "outcome": outcome,
                "outcome_words": OUTCOMES[outcome].words(policy.mash_nation),
                "decided_at": at.isoformat(),
                "decided_by": {"name": by, "role": profile.role},
                "person_id": records.get(partner),
                "contact_received_at": contact.received_at.isoformat(),
            }
            if partner in contributed:
                body.update({"enquiry_id": contributed[partner], "rationale": words})
            keys.append(
                queue_in(
                    session,
                    partner_id=partner,
                    kind="decision",
                    body=body,
                    requested_by=by,
                    record_source_id=records.get(partner, ""),
                    purpose="safeguarding_children",
                )
            )
        session.add(
            Decision(
                contact_id=contact_id,
                outcome=outcome,
                rationale=words,
                decided_by=by,
                role=profile.role,
                decided_at=at,
                nation=policy.mash_nation,
                partners=",".join(recipients),
                outbox_keys=",".join(keys),
            )
        )
        contact.status = "decided"
        if enquiry is not None:
            enquiry.status = "decided"
        record_in(
            session,
            "decision",
            citizen_id=contact.citizen_id,
            action="decided",
            contact=contact_id,
            outcome=outcome,
            sent_to=recipients,
            unanswered=unanswered,
        )
    return Changes(
        citizens=frozenset({citizen}) if citizen is not None else frozenset(),
        partners=frozenset(recipients),
        view=False,
        front_door=True,
    )


def show_decision(store: Store, contact_id: int) -> DecisionView | None:
    with store.session() as session:
        return decision_of(session, contact_id)
