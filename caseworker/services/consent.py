"""Recording a citizen's consent decision in Caseworker, for a provider and a purpose."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from caseworker.agreements.access import KnownAgreement
from caseworker.agreements.vocabulary import ORGANISATIONS, PURPOSES
from caseworker.audit.log import record_in
from caseworker.changes import Changes
from caseworker.errors import NotFound
from caseworker.insight.consent_words import ConsentExplanation, explain_consent, explanation_html
from caseworker.store.models import Citizen, ConsentRecord
from caseworker.store.store import Store

STATES = ("given", "refused", "withdrawn")
METHODS = ("verbal", "written", "electronic")


def record_consent(
    store: Store,
    *,
    citizen_id: int,
    provider: str,
    purpose: str,
    state: str,
    method: str,
    recorded_by: str,
    when: datetime | None = None,
) -> Changes:
    """Record consent locally. It counts at the next view: a withdrawal hides at once."""
    if state not in STATES or method not in METHODS:
        raise ValueError("unknown consent state or method")
    if provider not in ORGANISATIONS or purpose not in PURPOSES:
        raise ValueError("unknown provider or purpose")
    with store.writing() as session:
        if session.get(Citizen, citizen_id) is None:
            raise NotFound("No citizen with that id is held in this store.")
        session.add(
            ConsentRecord(
                provider=provider,
                purpose=purpose,
                state=state,
                recorded_on=when or datetime.now(UTC),
                recorded_by=recorded_by or "this user",
                method=method,
                origin="local",
                source_id=str(uuid.uuid4()),
                citizen_id=citizen_id,
            )
        )
        record_in(
            session,
            "consent",
            citizen_id=citizen_id,
            provider=provider,
            purpose=purpose,
            state=state,
            method=method,
        )
    return Changes(citizens=frozenset({citizen_id}))


__all__ = [
    "METHODS",
    "STATES",
    "ConsentExplanation",
    "KnownAgreement",
    "explain_consent",
    "explanation_html",
    "record_consent",
]
