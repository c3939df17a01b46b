"""Agreements in the store: recording what providers publish, and reading what is known.

Every published version is kept with whether its signature verified against the provider's
configured key. An agreement is identified by its provider, id and version everywhere: two
providers may use the same id, and neither can replace, supersede or revoke the other's.
For each of a provider's agreement ids, versions below its newest verified one are
superseded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import msgspec
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from caseworker.agreements.access import KnownAgreement
from caseworker.agreements.model import AgreementError, SignedAgreement, check_consistency
from caseworker.agreements.signing import verify
from caseworker.store.models import StoredAgreement

EXPIRING_SOON_DAYS = 30

_decode_signed = msgspec.json.Decoder(SignedAgreement).decode


@dataclass(frozen=True)
class Published:
    """One agreement as a provider published it: parsed, or the reason it could not be."""

    raw: str
    signed: SignedAgreement | None
    problem: str | None = None


def parse_published(raw: str) -> Published:
    try:
        signed = _decode_signed(raw)
        check_consistency(signed.document)
    except (msgspec.DecodeError, AgreementError) as exc:
        return Published(raw, None, str(exc))
    return Published(raw, signed)


def record_published(
    session: Session, provider: str, public_key: str | None, published: Sequence[Published]
) -> int:
    """Store newly published versions; returns how many were new or changed."""
    changed = 0
    for item in published:
        if item.signed is None:
            continue
        doc = item.signed.document
        ok = bool(public_key) and doc.provider == provider and verify(item.signed, public_key or "")
        row = session.scalar(
            select(StoredAgreement).where(
                StoredAgreement.provider == provider,
                StoredAgreement.agreement_id == doc.id,
                StoredAgreement.version == doc.version,
            )
        )
        if row is None:
            session.add(
                StoredAgreement(
                    agreement_id=doc.id,
                    version=doc.version,
                    provider=provider,
                    signed_json=item.raw,
                    verified=ok,
                )
            )
            changed += 1
        elif row.signed_json != item.raw or row.verified != ok:
            # The same version published again with other content is treated as a new claim:
            # it must verify on its own, and it replaces what was held.
            row.signed_json, row.verified = item.raw, ok
            changed += 1
    session.flush()
    verified = session.execute(
        select(StoredAgreement.agreement_id, StoredAgreement.version).where(
            StoredAgreement.provider == provider, StoredAgreement.verified.is_(True)
        )
    )
    newest = newest_versions((agreement_id, version) for agreement_id, version in verified)
    for agreement_id, version in newest.items():
        session.execute(
            update(StoredAgreement)
            .where(
                StoredAgreement.provider == provider, StoredAgreement.agreement_id == agreement_id
            )
            .values(superseded=StoredAgreement.version < version)
        )
    return changed


def newest_versions(verified: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Agreement id -> its newest verified version: every version below it is superseded."""
    newest: dict[str, int] = {}
    for agreement_id, version in verified:
        newest[agreement_id] = max(version, newest.get(agreement_id, 0))
    return newest


def known_agreements(session: Session, provider: str | None = None) -> list[KnownAgreement]:
    query = select(
        StoredAgreement.signed_json,
        StoredAgreement.verified,
        StoredAgreement.superseded,
        StoredAgreement.provider,
    ).order_by(StoredAgreement.agreement_id, StoredAgreement.version)
    if provider is not None:
        query = query.where(StoredAgreement.provider == provider)
    return [
        known
        for raw, verified, superseded, held_for in session.execute(query)
        if (known := _known(raw, verified, superseded, held_for)) is not None
    ]


@lru_cache(maxsize=512)
def _known(raw: str, verified: bool, superseded: bool, held_for: str) -> KnownAgreement | None:
    """A stored agreement as known, parsed once for its text and standing: every person's
    page reads them all, and the same object each time lets views/access.py recognise them."""
    published = parse_published(raw)
    if published.signed is None:
        return None
    return KnownAgreement(published.signed.document, verified, superseded, held_for)


def status(known: KnownAgreement, today: date) -> str:
    """One of: active, expiring_soon, not_yet_valid, expired, revoked, superseded,
    provider_mismatch (published by a partner whose id is not its provider), signature_invalid."""
    doc = known.document
    if not known.verified:
        if known.held_for is not None and known.held_for != doc.provider:
            return "provider_mismatch"  # its provider is not the partner that sent it
        return "signature_invalid"
    if known.revoked:
        return "revoked"
    if known.superseded:
        return "superseded"
    if today < doc.valid_from:
        return "not_yet_valid"
    if today > doc.valid_until:
        return "expired"
    if doc.valid_until - today <= timedelta(days=EXPIRING_SOON_DAYS):
        return "expiring_soon"
    return "active"


def why_nothing_in_force(agreements: Sequence[KnownAgreement], org: str, today: date) -> str | None:
    """Why no agreement held lets `org` be shared anything today, in words; None when one
    does."""
    usable = [k for k in agreements if k.usable_on(today)]
    if any(
        r.org in (org, "*") for k in usable for rule in k.document.rules for r in rule.recipients
    ):
        return None
    if not agreements:
        return "no data-sharing agreement from it is held"
    if not usable:
        states = sorted({status(k, today).replace("_", " ") for k in agreements})
        held = len(agreements)
        return f"none of the {held} agreements held from it is in force ({', '.join(states)})"
    return f"the agreements in force from it share nothing with {org}"


def usable_versions(agreements: Sequence[KnownAgreement], today: date) -> list[str]:
    """A fingerprint of what grants access today, to notice when it changes."""
    return sorted(f"{k.document.id}@{k.document.version}" for k in agreements if k.usable_on(today))
