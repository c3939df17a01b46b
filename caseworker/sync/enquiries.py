"""Collecting the partners' answers to multi-agency enquiries (caseworker.services.enquiries).

After a partner's outbox has gone, each enquiry it acknowledged and has not yet answered is
asked after (GET enquiries/{id}). An answer is kept in one transaction with its outbox
message marked answered, so a sync killed half way keeps every answer it recorded and asks
again for the rest; an answer recorded twice changes nothing.

The partner's decision to share, to withhold (with its reason) or that it knows nothing
is kept as it gave it, with who answered and when: the record of a decision to share or
not to share that the government's information-sharing advice asks for. An answer this
client cannot take (a decision it does not know, a withholding without a reason) is not
guessed at: the request stays waiting, with why on the outbox item, and is asked after
again at the next sync.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import select, update

from caseworker.audit.log import record_in
from caseworker.errors import PartnerProtocolError
from caseworker.partners.connectors import Connector
from caseworker.partners.outbox_client import EnquiryReply, poll_enquiry
from caseworker.store.models import Contact, Enquiry, EnquiryAnswer, OutboxMessage
from caseworker.store.store import Store

DECISIONS = ("share", "withhold", "nothing_known")
MAX_RESEARCH = 200
"""Items of research kept from one answer; a partner sharing more is summarised by it."""
MAX_SUMMARY = 2000
MAX_REASON = 2000
UNREADABLE = "enquiry_answer_unreadable"
"""The outbox item's last error when an answer could not be taken (words in the UI)."""
LAPSED_WORDS = "The partner no longer knows this enquiry. Open it again to ask once more."


def collect_answers(store: Store, connector: Connector, now: datetime | None = None) -> int:
    """Ask after every enquiry this partner has acknowledged and not answered; keep each
    answer. Returns how many answers arrived."""
    config = connector.config
    with store.session() as session:
        waiting = session.execute(
            select(OutboxMessage.id, OutboxMessage.remote_id, OutboxMessage.queued_at).where(
                OutboxMessage.partner_id == config.partner_id,
                OutboxMessage.kind == "enquiry",
                OutboxMessage.status == "delivered",
                OutboxMessage.remote_id.is_not(None),
            )
        ).all()
    answered = 0
    for message_id, remote_id, sent in waiting:
        try:
            reply = poll_enquiry(config, connector.http, str(remote_id))
        except PartnerProtocolError as error:
            if error.status != 404:
                raise
            _mark(store, message_id, status="lapsed", why=error.reason or LAPSED_WORDS)
            continue
        if reply.status != "answered":
            continue
        if not _takeable(reply):
            _mark(store, message_id, status="delivered", why=UNREADABLE)
            continue
        _keep(store, message_id, reply, _when(reply.answered_at, sent, now or datetime.now(UTC)))
        answered += 1
    return answered


def _takeable(reply: EnquiryReply) -> bool:
    if reply.decision not in DECISIONS:
        return False
    return reply.decision != "withhold" or bool((reply.reason or "").strip())


def _when(stated: str | None, sent: datetime | None, now: datetime) -> datetime:
    """When the partner answered, as it says; never before the request went nor after now
    (a partner's clock may be wrong), and now when it does not say."""
    try:
        at = datetime.fromisoformat(stated) if stated else now
    except ValueError:
        at = now
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    if sent is not None and at < sent:
        at = sent
    return min(at, now)


def _research(reply: EnquiryReply) -> str:
    kept = []
    for item in reply.research[:MAX_RESEARCH]:
        summary = " ".join(item.summary.split())[:MAX_SUMMARY]
        if not summary:
            continue
        try:
            on = date.fromisoformat(item.on).isoformat() if item.on else None
        except ValueError:
            on = None
        kept.append({"on": on, "summary": summary, "person_id": item.person_id})
    return json.dumps(kept, separators=(",", ":"))


def _keep(store: Store, message_id: int, reply: EnquiryReply, at: datetime) -> None:
    with store.writing() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None or message.status != "delivered":
            return  # kept already, by another sync
        answer = session.scalars(
            select(EnquiryAnswer).where(EnquiryAnswer.outbox_key == message.key)
        ).first()
        message.status, message.answered_at, message.last_error = "answered", at, None
        if answer is None:
            return  # the enquiry is no longer held here; the outbox item is closed
        answer.decision = reply.decision
        answer.reason = (reply.reason or "").strip()[:MAX_REASON] or None
        answer.research = _research(reply)
        by = reply.answered_by
        answer.answered_by = (
            ", ".join(p for p in (by.name.strip(), by.role.strip()) if p)[:200] or None
            if by is not None
            else None
        )
        answer.answered_at = at
        citizen = session.scalar(
            select(Contact.citizen_id)
            .join(Enquiry, Enquiry.contact_id == Contact.id)
            .where(Enquiry.id == answer.enquiry_id)
        )
        record_in(
            session,
            "enquiry",
            citizen_id=citizen,
            action="answered",
            enquiry=answer.enquiry_id,
            partner=answer.partner_id,
            decision=reply.decision,
            research=len(json.loads(answer.research)),
        )


def _mark(store: Store, message_id: int, *, status: str, why: str) -> None:
    with store.session() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id)
            .values(status=status, last_error=why[:300])
        )
