"""Sending what users typed to a partner (the outbox) and fetching the answers to requests.

Each message is marked delivered in its own transaction as soon as the partner acknowledges
it, so a partner going down half way loses nothing and sends nothing twice (the idempotency
key covers a lost acknowledgement). Messages not delivered stay queued for the next sync.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from caseworker.errors import CaseworkerError
from caseworker.partners.connectors import Connector
from caseworker.partners.outbox_client import deliver, poll
from caseworker.profile import Profile
from caseworker.store.models import OutboxMessage
from caseworker.store.store import Store
from caseworker.sync.anchoring import settle

DECIDED = ("granted", "refused")


def note_waiting(store: Store, partner_id: str, error: CaseworkerError) -> None:
    """Keep why the partner could not be reached on its waiting messages, for the Outbox list;
    they stay queued for the next sync."""
    with store.session() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.partner_id == partner_id, OutboxMessage.status == "queued")
            .values(last_error=error.message[:300])
        )


def exchange_outbox(store: Store, connector: Connector, profile: Profile) -> tuple[int, int]:
    """Deliver queued messages, then poll open requests. Returns (sent, decided)."""
    config = connector.config
    requester = {"org": profile.org, "role": profile.role, "name": profile.display_name}
    with store.session() as session:
        queued = list(
            session.scalars(
                select(OutboxMessage)
                .where(
                    OutboxMessage.partner_id == config.partner_id, OutboxMessage.status == "queued"
                )
                .order_by(OutboxMessage.id)
            )
        )
    sent = decided = 0
    for message in queued:
        receipt = deliver(config, connector.http, message, requester)
        status = receipt.status if receipt.status in DECIDED else "delivered"
        with store.session() as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message.id)
                .values(
                    status=status,
                    remote_id=receipt.id,
                    last_error=None,
                    # A referral, note or task is answered by its acknowledgement; an access
                    # request by the provider's decision, which may come at once or later.
                    answered_at=datetime.now(UTC)
                    if message.kind != "access_request" or status in DECIDED
                    else None,
                )
            )
        sent += 1
        if message.kind == "audit" and receipt.head is not None:
            settle(store, receipt.head)  # the organisation's copy now anchors the log
    with store.session() as session:
        waiting = session.execute(
            select(OutboxMessage.id, OutboxMessage.remote_id).where(
                OutboxMessage.partner_id == config.partner_id,
                OutboxMessage.kind == "access_request",
                OutboxMessage.status == "delivered",
                OutboxMessage.remote_id.is_not(None),
            )
        ).all()
    for message_id, remote_id in waiting:
        receipt = poll(config, connector.http, str(remote_id))
        if receipt.status in DECIDED:
            with store.session() as session:
                session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == message_id)
                    .values(status=receipt.status, answered_at=datetime.now(UTC))
                )
            decided += 1
    return sent, decided
