"""The quarantine: partner payloads that failed validation, kept encrypted with the reason.

Listing shows reasons, never payloads (they may hold personal data). Retrying them is
sync/quarantine_retry.py's, which needs the partner stack: the window lists them at start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from caseworker.changes import Changes
from caseworker.store.models import QuarantinedRecord
from caseworker.store.store import Store


@dataclass(frozen=True)
class Quarantined:
    id: int
    partner_id: str
    resource_ref: str
    reason_code: str
    reason_detail: str
    received_at: datetime


@dataclass(frozen=True)
class RetryOutcome:
    accepted: int
    still_invalid: int
    changes: Changes = field(default_factory=Changes)
    """The citizens and partners the accepted records touched."""


def list_quarantine(store: Store) -> list[Quarantined]:
    with store.session() as session:
        return [
            Quarantined(
                q.id, q.partner_id, q.resource_ref, q.reason_code, q.reason_detail, q.created_at
            )
            for q in session.scalars(select(QuarantinedRecord).order_by(QuarantinedRecord.id))
        ]
