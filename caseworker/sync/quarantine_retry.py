"""Retrying the quarantine: each payload validated again with the current code (after an
update that fixes a connector, or after a partner confirms the record), and what now passes
ingested and released from quarantine.
"""

from __future__ import annotations

from datetime import date

import msgspec
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from caseworker.agreements.minimise import Minimiser
from caseworker.agreements.registry import known_agreements
from caseworker.changes import Changes
from caseworker.linkage.linker import StoreLinker
from caseworker.linkage.params_store import load_params
from caseworker.partners.case_sharing import CaseSharingConnector
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir_bundle import parse_bundle
from caseworker.partners.fhir_model import Bundle, Entry
from caseworker.partners.http import PartnerHttp
from caseworker.partners.records import Page
from caseworker.profile import require_profile
from caseworker.store.models import Partner, QuarantinedRecord
from caseworker.store.store import Store
from caseworker.sync.ingest import ingest
from caseworker.sync.partners import load_partners
from caseworker.sync.quarantine import RetryOutcome


def _revalidate(config: PartnerConfig, payload: str) -> Page:
    """The payload read again by the partner's connector, as the sync would read it."""
    raw = msgspec.Raw(payload.encode())
    if config.protocol == "fhir":
        return parse_bundle(Bundle("Bundle", "collection", entry=[Entry(resource=raw)]))
    page = Page(cursor="")
    CaseSharingConnector(config, PartnerHttp(config.name)).read_change(page, raw)
    return page


def retry_quarantine(store: Store, *, today: date | None = None) -> RetryOutcome:
    """Validate every quarantined payload again; ingest and release what now passes."""
    today = today or date.today()
    configs = {p.partner_id: p for p in load_partners(store)}
    with store.session() as session:
        profile = require_profile(session)
        held = [(q.id, q.partner_id, q.payload) for q in session.scalars(select(QuarantinedRecord))]
    accepted = still = 0
    changes = Changes()
    for row_id, partner_id, payload in held:
        config = configs.get(partner_id)
        if config is None:
            continue
        try:
            page = _revalidate(config, payload)
        except (ValueError, msgspec.DecodeError):
            still += 1
            continue
        if page.rejected or not (page.persons or page.items or page.consents):
            still += 1
            continue
        with store.writing() as session:
            minimiser = Minimiser(profile.viewer, known_agreements(session, partner_id), today)
            page.cursor = _current_cursor(session, partner_id)
            counts = ingest(
                session, partner_id, [page], StoreLinker(load_params(session)), minimiser
            )
            session.execute(delete(QuarantinedRecord).where(QuarantinedRecord.id == row_id))
        accepted += 1
        changes |= Changes(counts.touched_citizens, frozenset({partner_id}), people=True)
    return RetryOutcome(accepted, still, changes)


def _current_cursor(session: Session, partner_id: str) -> str:
    """Ingest moves the cursor to the page's: a retried record must leave it where it is."""
    partner = session.get(Partner, partner_id)
    return partner.cursor if partner is not None and partner.cursor else ""
