"""Who used a citizen's record: the audit entries about it, including those about records
since merged into it (the Activity tab, the subject access report)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from caseworker.audit.log import AuditRecord, for_citizens
from caseworker.linkage.citizens import members


def for_citizen(session: Session, citizen_id: int, *, limit: int = 500) -> list[AuditRecord]:
    """What was done to this citizen's record (and to records since merged into it), newest
    first."""
    return for_citizens(session, members(session, citizen_id), limit=limit)
