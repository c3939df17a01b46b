"""Acknowledging a broken audit log, so the store can be used again without hiding the break.

When verification finds the log altered, the window refuses to open the store. The
organisation's information governance officer takes a copy for evidence and then runs
`audit acknowledge --reason …`: the log is sealed at its current end, the seal (what was
found, where, why it was sealed, when) is kept and named by every later verification, and
the sealing itself is the first entry of the chain that is checked from then on.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import select

from caseworker.agreements.vocabulary import ROLES
from caseworker.audit.anchor import read_anchor
from caseworker.audit.chain import GENESIS, SEAL_KEY, Head, Seal, verify, write_head
from caseworker.audit.log import record_in
from caseworker.errors import CaseworkerError
from caseworker.policy import OrganisationPolicy, load_policy
from caseworker.profile import load_profile
from caseworker.store.models import AuditEntry
from caseworker.store.settings import put_json
from caseworker.store.store import Store

MIN_REASON = 10


class SealRefused(CaseworkerError):
    code = "seal_refused"


def acknowledge(store: Store, reason: str, policy: OrganisationPolicy | None = None) -> Seal:
    """Seal a broken log at its end with `reason`. Refuses an intact log, and a user whose
    role the organisation's policy does not allow to acknowledge one."""
    allowed = (policy or load_policy()).audit_acknowledge_roles
    words = reason.strip()
    if len(words) < MIN_REASON:
        raise SealRefused(
            "Give a reason of at least {MIN_REASON} characters: it is kept with the seal.",
            MIN_REASON=MIN_REASON,
        )
    with store.writing() as session:
        profile = load_profile(session)
        if profile is None or profile.role not in allowed:
            names = ", ".join(ROLES[r][1].lower() if r in ROLES else r for r in allowed)
            names = names or "nobody"
            raise SealRefused(
                "Only these roles may acknowledge an altered audit log: {names}. Your profile's "
                "role is not one of them.",
                hint="Ask your information governance team; the organisation's policy file "
                "sets who may acknowledge.",
                names=names,
            )
        report = verify(session)
        if report.ok:
            raise SealRefused("The audit log is intact: there is nothing to acknowledge.")
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
        # Entries the organisation holds beyond a shortened log are covered by the seal too;
        # the next entry is numbered after them, so no number means two things.
        anchor = read_anchor(session)
        held = max(anchor.seq if anchor else 0, report.broken_at or 0)
        seal = Seal(
            seq=max(last.seq if last else 0, held),
            hash=last.hash if last else GENESIS,
            broken_at=report.broken_at or 0,
            problem=str(report.problem or ""),  # the audit record is kept in English
            reason=words,
            at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        put_json(session, SEAL_KEY, asdict(seal))
        write_head(session, Head(seal.seq, seal.hash))
        record_in(
            session,
            "settings",
            setting="audit log sealed",
            broken_at=seal.broken_at,
            problem=seal.problem,
            reason=words,
        )
    return seal
