"""The data-flow register: every flow the agreements held set up, and what this store holds
under each, as a data protection officer records it for the Data Security and Protection
Toolkit.

One row per provider, recipient (organisation and role) and data class of every permitting
clause of every agreement held (superseded versions left out): the agreement and clause,
purposes, lawful basis, consent, level, retention and the agreement's status. Rows addressed
to this store's user (their organisation and role, or "any") also say how many of the
provider's records of that data class the store holds, the oldest (by when the provider last
changed it), and when the retention purge removes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fnmatch import fnmatchcase

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.agreements.access import Viewer
from caseworker.agreements.fields import RECORD_FIELDS
from caseworker.agreements.model import LawfulBasis
from caseworker.agreements.registry import known_agreements, status
from caseworker.agreements.vocabulary import LAWFUL_BASES, ORGANISATIONS, PURPOSES, ROLES
from caseworker.exports.page import OFFICIAL, marked_csv
from caseworker.store.models import SourceItem, SourcePerson
from caseworker.words import ENGLISH, N_, Words, worded

ANY = "*"


@dataclass(frozen=True)
class RegisterRow:
    provider: str
    provider_name: str
    recipient_org: str
    recipient_role: str
    data_class: str
    data_class_label: str
    agreement_id: str
    agreement_version: int
    agreement_title: str
    clause: str
    purposes: tuple[str, ...]
    lawful_basis: str
    consent: str
    level: str
    masking: str
    """How a masked field is masked ("" unless the level is masked)."""
    retention_days: int
    status: str
    held: int | None
    """Records this store holds under the row; None when the row is not addressed to its user."""
    oldest: date | None
    purge_due: date | None
    """When the oldest record held reaches the end of its retention."""


def _addressed_to(org: str, role: str, viewer: Viewer) -> bool:
    return org in (ANY, viewer.org) and role in (ANY, viewer.role)


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def _holding(
    session: Session,
    provider: str,
    fields: tuple[str, ...],
    categories: tuple[str, ...],
    on_request: bool,
) -> tuple[int, date | None]:
    """How many of the provider's records the data class covers, and the oldest. A field
    shared on request is held only where the provider released it."""
    if any(f in RECORD_FIELDS for f in fields):
        rows = session.execute(
            select(
                SourceItem.category,
                SourceItem.released,
                func.count(),
                func.min(SourceItem.source_updated),
            )
            .where(SourceItem.partner_id == provider)
            .group_by(SourceItem.category, SourceItem.released)
        ).all()
        wanted = [
            (count, oldest)
            for category, released, count, oldest in rows
            if (not categories or any(fnmatchcase(category, p) for p in categories))
            and (not on_request or set(fields) & set(released.split(",")))
        ]
        held = sum(count for count, _ in wanted)
        dates = [oldest for _, oldest in wanted if oldest is not None]
        return held, _day(min(dates)) if dates else None
    count, oldest = session.execute(
        select(func.count(), func.min(SourcePerson.source_updated)).where(
            SourcePerson.partner_id == provider
        )
    ).one()
    return int(count), _day(oldest)


def _basis(basis: LawfulBasis | None) -> str:
    """ "Public task (Article 6(1)(e)); … (Children Act 2004 s.11)"."""
    if basis is None:
        return ""
    parts = [LAWFUL_BASES.get(basis.article6, basis.article6)]
    if basis.article9:
        parts.append(LAWFUL_BASES.get(basis.article9, basis.article9))
    return "; ".join(parts) + f" ({basis.statute})"


def register(session: Session, viewer: Viewer, today: date | None = None) -> list[RegisterRow]:
    """The register, by provider, recipient, role and data class."""
    today = today or date.today()
    rows: list[RegisterRow] = []
    holdings: dict[tuple[str, str], tuple[int, date | None]] = {}
    for known in known_agreements(session):
        if known.superseded:
            continue
        doc = known.document
        state = status(known, today)
        for rule in doc.rules:
            if rule.effect != "permit":
                continue
            for recipient in rule.recipients:
                for role in recipient.roles:
                    for name in rule.data_classes:
                        data_class = doc.data_classes[name]
                        held: int | None = None
                        oldest: date | None = None
                        if _addressed_to(recipient.org, role, viewer):
                            key = (doc.provider, f"{doc.id}/{name}/{rule.level}")
                            if key not in holdings:
                                holdings[key] = _holding(
                                    session,
                                    doc.provider,
                                    data_class.fields,
                                    data_class.categories,
                                    rule.level == "on_request",
                                )
                            held, oldest = holdings[key]
                        rows.append(
                            RegisterRow(
                                provider=doc.provider,
                                provider_name=ORGANISATIONS.get(doc.provider, doc.provider),
                                recipient_org=recipient.org,
                                recipient_role=role,
                                data_class=name,
                                data_class_label=data_class.label,
                                agreement_id=doc.id,
                                agreement_version=doc.version,
                                agreement_title=doc.title,
                                clause=rule.clause,
                                purposes=rule.purposes,
                                lawful_basis=_basis(rule.lawful_basis),
                                consent=rule.consent,
                                level=rule.level or "",
                                masking=rule.masking or "",
                                retention_days=doc.retention_days,
                                status=state,
                                held=held,
                                oldest=oldest,
                                purge_due=oldest + timedelta(days=doc.retention_days)
                                if oldest is not None
                                else None,
                            )
                        )
    rows.sort(
        key=lambda r: (
            r.provider_name,
            _org(r.recipient_org),
            _role(r.recipient_role),
            r.data_class,
        )
    )
    return rows


COLUMNS = (
    N_("Provider"),
    N_("Recipient organisation"),
    N_("Recipient role"),
    N_("Data class"),
    N_("Agreement"),
    N_("Version"),
    N_("Clause"),
    N_("Purposes"),
    N_("Lawful basis"),
    N_("Consent"),
    N_("Level"),
    N_("Retention (days)"),
    N_("Agreement status"),
    N_("Records held here"),
    N_("Oldest held"),
    N_("Next purge due"),
)
STATE_WORDS = {
    "required": N_("required"),
    "not_required": N_("not required"),
    "override_with_reason": N_("emergency access with a reason"),
    "full": N_("full"),
    "masked": N_("masked"),
    "on_request": N_("on request"),
    "withheld": N_("not shared"),
    "active": N_("in force"),
    "expiring_soon": N_("expiring soon"),
    "not_yet_valid": N_("not yet in force"),
    "expired": N_("expired"),
    "revoked": N_("revoked"),
    "superseded": N_("superseded"),
    "provider_mismatch": N_("from the wrong provider"),
    "signature_invalid": N_("signature does not verify"),
}
"""Consent, level and agreement status codes in words; a code not here is shown as is."""


def _org(code: str, say: Words = ENGLISH) -> str:
    return say("Any organisation") if code == ANY else ORGANISATIONS.get(code, code)


def _role(code: str, say: Words = ENGLISH) -> str:
    if code == ANY:
        return say("Any role")
    return say(ROLES[code][1]) if code in ROLES else code


def _purposes(codes: tuple[str, ...], say: Words = ENGLISH) -> str:
    named = "; ".join(say(PURPOSES[c].label) if c in PURPOSES else c for c in codes)
    return named or say("Any purpose")


def register_csv(rows: list[RegisterRow], say: Words = ENGLISH) -> str:
    """The register as CSV text, one row per flow, dates as YYYY-MM-DD, marked OFFICIAL (it
    describes flows, not anyone's data) in its first and last row; headers and words in the
    language of `say` (agreements' own titles and labels as their authors wrote them)."""
    lines: list[tuple[object, ...]] = [tuple(say(column) for column in COLUMNS)]
    for r in rows:
        lines.append(
            (
                r.provider_name,
                _org(r.recipient_org, say),
                _role(r.recipient_role, say),
                r.data_class_label,
                r.agreement_title,
                r.agreement_version,
                r.clause,
                _purposes(r.purposes, say),
                r.lawful_basis,
                worded(STATE_WORDS, r.consent, say),
                worded(STATE_WORDS, r.level, say),
                r.retention_days,
                worded(STATE_WORDS, r.status, say),
                "" if r.held is None else r.held,
                r.oldest.isoformat() if r.oldest else "",
                r.purge_due.isoformat() if r.purge_due else "",
            )
        )
    return marked_csv(lines, OFFICIAL)
