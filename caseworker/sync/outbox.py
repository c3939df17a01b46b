"""Sending what users typed to a partner (the outbox) and fetching the answers to requests.

Each message is marked delivered in its own transaction as soon as the partner acknowledges
it, so a partner going down half way loses nothing and sends nothing twice (the idempotency
key covers a lost acknowledgement). Messages not delivered stay queued for the next sync.

A partner may refuse one item (a 4xx answer other than 401, 403 or 429: an access request
about a record it no longer holds, a note it cannot accept): that item alone is marked
`rejected` with the partner's reason, and the rest of the outbox and the sync carry on. An
access request the partner no longer knows when asked about it (404) is marked `lapsed`:
the user may ask again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from caseworker.errors import CaseworkerError, PartnerProtocolError
from caseworker.partners.connectors import Connector
from caseworker.partners.outbox_client import deliver, poll
from caseworker.profile import Profile
from caseworker.store.models import OutboxMessage
from caseworker.store.store import Store
from caseworker.sync.anchoring import settle
from caseworker.sync.enquiries import collect_answers

DECIDED = ("granted", "refused")
AWAITING_ANSWER = ("access_request", "enquiry")
"""Kinds answered later than their acknowledgement: a decision, the research."""
REJECTED = "rejected"
"""The partner refused the item itself (it was not delivered and will not be sent again)."""
LAPSED = "lapsed"
"""The partner no longer knows an access request it had received."""


def refused_item(error: PartnerProtocolError) -> bool:
    """The partner refused this one item, not the connection: asking again is no use, and
    the other items and the sync are unaffected."""
    return error.status is not None and 400 <= error.status < 500


def refusal_words(error: PartnerProtocolError) -> str:
    """Why, in words for the Outbox: the partner's own reason when it gave one."""
    if error.reason:
        return error.reason
    if error.status == 404:
        return "The partner does not know the record or request this is about."
    if error.status == 409:
        return "The partner holds something that conflicts with this item."
    return "The partner could not accept this item as it was sent."


def note_waiting(store: Store, partner_id: str, error: CaseworkerError) -> None:
    """Keep why the partner could not be reached on its waiting messages, as the error's code
    (the Outbox says it in words, as the sync panel does); they stay queued for the next sync."""
    with store.session() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.partner_id == partner_id, OutboxMessage.status == "queued")
            .values(last_error=error.code[:300])
        )


def exchange_outbox(store: Store, connector: Connector, profile: Profile) -> tuple[int, int]:
    """Deliver queued messages, then poll open requests and enquiries. Returns (sent,
    answered)."""
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
        try:
            receipt = deliver(config, connector.http, message, requester)
        except PartnerProtocolError as error:
            if not refused_item(error):
                raise
            _close(store, message.id, REJECTED, refusal_words(error))
            continue
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
                    # request by the provider's decision, which may come at once or later;
                    # an enquiry by the partner's research (caseworker.sync.enquiries).
                    answered_at=datetime.now(UTC)
                    if message.kind not in AWAITING_ANSWER or status in DECIDED
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
        try:
            receipt = poll(config, connector.http, str(remote_id))
        except PartnerProtocolError as error:
            if error.status != 404:
                raise
            _close(
                store,
                message_id,
                LAPSED,
                error.reason
                or "The partner no longer knows this request. Ask again if you still need it.",
            )
            decided += 1
            continue
        if receipt.status in DECIDED:
            with store.session() as session:
                session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == message_id)
                    .values(status=receipt.status, answered_at=datetime.now(UTC))
                )
            decided += 1
    decided += collect_answers(store, connector)
    return sent, decided


def _close(store: Store, message_id: int, status: str, why: str) -> None:
    """Mark one message answered without delivery (refused, lapsed), with the reason."""
    with store.session() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id)
            .values(status=status, last_error=why[:300], answered_at=datetime.now(UTC))
        )
