"""Adding, testing and removing partner connections (shared by the CLI and the window)."""

from __future__ import annotations

from sqlalchemy import delete, select

from caseworker.audit.log import record, record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError
from caseworker.partners.config import AGENCIES, PartnerConfig, validate
from caseworker.store.models import (
    BreakGlass,
    ConsentRecord,
    OutboxMessage,
    Partner,
    QuarantinedRecord,
    SourceItem,
    SourcePerson,
    StoredAgreement,
)
from caseworker.store.store import Store
from caseworker.sync.partners import configure_partners, load_partners
from caseworker.sync.status import PartnerStatus, partner_statuses


class MessagesWaiting(CaseworkerError):
    code = "messages_waiting"


def save_partner(store: Store, config: PartnerConfig, secret: str | None = None) -> Changes:
    """Add or change a partner. The secret, if any, goes to the OS keyring only.
    Raises ValueError, saying what to change, for a configuration that cannot work."""
    from caseworker.partners.auth import check_transport, save_secret  # HTTP: when used

    validate(config)
    check_transport(config.base_url)
    if config.auth == "oauth2":
        if not (config.token_url and config.client_id):
            raise ValueError("OAuth2 needs a token URL and a client id.")
        check_transport(config.token_url)
    if config.auth != "none" and secret:
        save_secret(config.partner_id, secret)
    configure_partners(store, [config])
    record(
        store,
        "settings",
        setting="partner saved",
        partner=config.partner_id,
        address=config.base_url,
        auth=config.auth,
        secret_changed=bool(secret),
    )
    return Changes(partners=frozenset({config.partner_id}), view=False)


def remove_partner(store: Store, partner_id: str, *, force: bool = False) -> Changes:
    """Remove a partner with everything it shared. Refuses while messages wait to go."""
    with store.writing() as session:
        waiting = session.scalars(
            select(OutboxMessage.id).where(
                OutboxMessage.partner_id == partner_id, OutboxMessage.status == "queued"
            )
        ).all()
        if waiting and not force:
            raise MessagesWaiting(
                "{count} messages for this partner have not gone yet.",
                hint="Sync first, or remove anyway to discard them.",
                count=len(waiting),
            )
        touched = frozenset(
            citizen
            for citizen in session.scalars(
                select(SourcePerson.citizen_id).where(
                    SourcePerson.partner_id == partner_id, SourcePerson.citizen_id.is_not(None)
                )
            )
            if citizen is not None
        )
        session.execute(delete(SourceItem).where(SourceItem.partner_id == partner_id))
        session.execute(delete(SourcePerson).where(SourcePerson.partner_id == partner_id))
        session.execute(delete(QuarantinedRecord).where(QuarantinedRecord.partner_id == partner_id))
        session.execute(delete(StoredAgreement).where(StoredAgreement.provider == partner_id))
        session.execute(delete(OutboxMessage).where(OutboxMessage.partner_id == partner_id))
        session.execute(delete(BreakGlass).where(BreakGlass.partner_id == partner_id))
        session.execute(delete(ConsentRecord).where(ConsentRecord.origin == partner_id))
        session.execute(delete(Partner).where(Partner.id == partner_id))
        record_in(
            session,
            "settings",
            setting="partner removed",
            partner=partner_id,
            discarded=len(waiting),
        )
    from caseworker.partners.auth import delete_secret  # HTTP: when used

    delete_secret(partner_id)
    return Changes(touched, frozenset({partner_id}), people=True)


Listing = list[tuple[PartnerConfig, PartnerStatus | None]]
"""Every partner with its last sync status (None before its first sync)."""


def partner_list(store: Store) -> Listing:
    statuses = {s.partner_id: s for s in partner_statuses(store)}
    return [(p, statuses.get(p.partner_id)) for p in load_partners(store)]


__all__ = [
    "AGENCIES",
    "Listing",
    "MessagesWaiting",
    "PartnerConfig",
    "PartnerStatus",
    "partner_list",
    "remove_partner",
    "save_partner",
]
