"""Importing a signed agreement from a file, for a partner that does not publish its own
(shared by the command line and the window).

An agreement is matched to a partner explicitly: the administrator names the partner, and
the agreement's `provider` must be that partner's id and its signature must verify against
that partner's configured key. Each refusal says what to change. An imported agreement is
held exactly as a published one would be (caseworker.agreements.registry), so supersession,
revocation, expiry and purges treat both alike, and the import is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseworker.agreements.registry import (
    known_agreements,
    parse_published,
    record_published,
    status,
)
from caseworker.agreements.signing import verify
from caseworker.audit.log import record_in
from caseworker.errors import CaseworkerError
from caseworker.store.store import Store
from caseworker.sync.partners import load_partners


class AgreementImportRefused(CaseworkerError):
    """The file is not an agreement this partner's key signed; nothing was imported."""

    code = "agreement_refused"


@dataclass(frozen=True)
class Imported:
    agreement_id: str
    version: int
    title: str
    status: str  # active, expiring_soon, not_yet_valid, expired, revoked, superseded


def import_agreement(
    store: Store, partner_id: str, raw: str, today: date | None = None
) -> Imported:
    """Check `raw` (a signed agreement's JSON) against `partner_id` and hold it."""
    today = today or date.today()
    config = next((p for p in load_partners(store) if p.partner_id == partner_id), None)
    if config is None:
        raise AgreementImportRefused(
            "No partner {partner_id} is configured.",
            hint="Add the partner first (caseworker partners add …), then import its agreement.",
            partner_id=repr(partner_id),
        )
    published = parse_published(raw)
    if published.signed is None:
        raise AgreementImportRefused(
            "The file is not a signed agreement: {published_problem}.",
            hint="Ask the provider's data protection officer for the signed file "
            "(caseworker agreements sign writes one).",
            published_problem=published.problem,
        )
    doc = published.signed.document
    if doc.provider != partner_id:
        raise AgreementImportRefused(
            "This agreement is from provider {doc_provider}, not from partner {partner_id}.",
            hint="Import it for the partner whose id is {doc_provider}, or add this partner again "
            "with --id {provider_id} so that the two match.",
            doc_provider=repr(doc.provider),
            partner_id=repr(partner_id),
            provider_id=doc.provider,
        )
    if not config.public_key:
        raise AgreementImportRefused(
            "Partner {partner_id} has no agreement-signing key configured, so the agreement "
            "cannot be checked.",
            hint="Ask the provider's data protection officer for their public key and add it: "
            "caseworker partners add --id {partner} … --public-key KEY.",
            partner_id=repr(partner_id),
            partner=partner_id,
        )
    if not verify(published.signed, config.public_key):
        raise AgreementImportRefused(
            "The agreement's signature does not verify against {config_name}'s key: it was "
            "changed after it was signed, or signed with another key.",
            hint="Ask the provider's data protection officer to sign it again, and check the "
            "public key configured for the partner is theirs.",
            config_name=config.name,
        )
    with store.writing() as session:
        record_published(session, partner_id, config.public_key, [published])
        record_in(
            session,
            "settings",
            setting="agreement imported",
            partner=partner_id,
            agreement=doc.id,
            version=doc.version,
        )
        held = next(
            k
            for k in known_agreements(session, partner_id)
            if k.document.id == doc.id and k.document.version == doc.version
        )
    return Imported(doc.id, doc.version, doc.title, status(held, today))


def partner_ids(store: Store) -> list[str]:
    """The partners an agreement can be imported for, in the order they were added."""
    return [p.partner_id for p in load_partners(store)]
