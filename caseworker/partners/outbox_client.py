"""Delivering the outbox to a partner, and asking what became of access requests.

POST {endpoint}/access-requests and {endpoint}/alerts take the message with its idempotency
key and answer {"id": ..., "status": ...}; GET {endpoint}/access-requests/{id} answers the
current status: pending, granted or refused. GET {endpoint}/audit/head?chain=… answers the
last audit entry the organisation holds from this computer (caseworker.audit.anchor).
POST {endpoint}/enquiries asks a partner to research a contact's child and household; GET
{endpoint}/enquiries/{id} answers pending, or the partner's answer (EnquiryReply).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import msgspec

from caseworker.errors import PartnerProtocolError
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir_task import (
    IDENTIFIER_SYSTEM,
    decision_communication,
    enquiry_task,
    reply_from_task,
)
from caseworker.partners.http import PartnerHttp
from caseworker.partners.validation import decode_page
from caseworker.store.models import OutboxMessage
from caseworker.words import Phrase

ENDPOINTS = {
    "access_request": "access-requests",
    "break_glass_alert": "alerts",
    "note": "notes",
    "task": "tasks",
    "referral": "referrals",
    "audit": "audit",
    "enquiry": "enquiries",
    "decision": "decisions",
}
"""Where each kind of outbox message goes (docs/partner-api.md)."""


class AuditHead(msgspec.Struct):
    """The last audit entry the organisation holds from one computer's log."""

    seq: int
    hash: str


class Receipt(msgspec.Struct):
    id: str
    status: str
    head: AuditHead | None = None
    """For an audit batch: the head the organisation now holds (docs/partner-api.md)."""


class Research(msgspec.Struct):
    """One thing a partner found in its own systems, as it chose to share it."""

    on: str | None = None
    """When it happened (YYYY-MM-DD), as the partner records it."""
    summary: str = ""
    person_id: str | None = None
    """The partner's record of the person it is about (the child or a household member)."""


class Answerer(msgspec.Struct):
    name: str = ""
    role: str = ""


class EnquiryReply(msgspec.Struct):
    """Where a partner's research for an enquiry stands (docs/partner-api.md)."""

    id: str
    status: str
    """pending | answered"""
    decision: str | None = None
    """share | withhold | nothing_known, once answered."""
    reason: str | None = None
    answered_at: str | None = None
    answered_by: Answerer | None = None
    research: list[Research] = msgspec.field(default_factory=list)


_decode = msgspec.json.Decoder(Receipt).decode
_decode_reply = msgspec.json.Decoder(EnquiryReply).decode
_decode_head = msgspec.json.Decoder(AuditHead).decode


def deliver(
    config: PartnerConfig, http: PartnerHttp, message: OutboxMessage, requester: dict[str, str]
) -> Receipt:
    if config.protocol == "fhir" and message.kind in FHIR_RESOURCES:
        return _deliver_fhir(config, http, message, requester)
    body = http.post_json(
        config.endpoint(ENDPOINTS[message.kind]),
        {
            "kind": message.kind,
            "record_id": message.record_source_id,
            "field": message.field,
            "reason": message.reason,
            "purpose": message.purpose,
            **json.loads(message.body or "{}"),  # what the writer said wins (a referral's reason)
            "key": message.key,
            "requester": requester,
        },
    )
    return decode_page(_decode, body, _unreadable_receipt(config))


def _unreadable_receipt(config: PartnerConfig) -> Phrase:
    return Phrase(
        "{partner} answered a request in a form Caseworker cannot read", partner=config.name
    )


def poll(config: PartnerConfig, http: PartnerHttp, remote_id: str) -> Receipt:
    return http.get_decoded(
        f"{config.endpoint('access-requests')}/{remote_id}",
        _decode,
        _unreadable_receipt(config),
    )


def poll_enquiry(config: PartnerConfig, http: PartnerHttp, remote_id: str) -> EnquiryReply:
    if config.protocol == "fhir":
        task = http.get_decoded(
            f"{config.base_url}/Task/{remote_id}",
            _decode_resource,
            Phrase(
                "{partner} answered an enquiry in a form Caseworker cannot read",
                partner=config.name,
            ),
            accept="application/fhir+json",
        )
        try:
            return msgspec.convert(reply_from_task(task), EnquiryReply)
        except msgspec.ValidationError as exc:
            raise PartnerProtocolError(
                "{partner} answered an enquiry in a form Caseworker cannot read.",
                hint="Details: {exc}",
                partner=config.name,
                exc=exc,
            ) from None
    return http.get_decoded(
        f"{config.endpoint('enquiries')}/{remote_id}",
        _decode_reply,
        Phrase(
            "{partner} answered an enquiry in a form Caseworker cannot read", partner=config.name
        ),
    )


FHIR_RESOURCES = {"enquiry": "Task", "decision": "Communication"}
"""Outbox kinds a FHIR partner takes as FHIR resources (caseworker.partners.fhir_task)."""
_decode_resource = msgspec.json.Decoder(dict[str, Any]).decode


def _deliver_fhir(
    config: PartnerConfig, http: PartnerHttp, message: OutboxMessage, requester: dict[str, str]
) -> Receipt:
    """Create the Task or Communication, unless one with this outbox key exists already (a
    delivery whose answer was lost): a conditional create done by searching first, which
    every FHIR server supports."""
    rtype = FHIR_RESOURCES[message.kind]
    unreadable = _unreadable_receipt(config)
    found = http.get_decoded(
        f"{config.base_url}/{rtype}",
        _decode_resource,
        unreadable,
        params={"identifier": f"{IDENTIFIER_SYSTEM}|{message.key}"},
        accept="application/fhir+json",
    )
    held = [e.get("resource") or {} for e in found.get("entry") or []]
    if held and held[0].get("id"):
        return Receipt(str(held[0]["id"]), "received")
    body = json.loads(message.body or "{}")
    build = enquiry_task if message.kind == "enquiry" else decision_communication
    posted = http.post_json(f"{config.base_url}/{rtype}", build(body, message.key, requester))
    created = decode_page(_decode_resource, posted, unreadable)
    if not created.get("id"):
        raise PartnerProtocolError("{what}.", what=unreadable)
    return Receipt(str(created["id"]), "received")


def audit_head(config: PartnerConfig, http: PartnerHttp, chain: str) -> AuditHead | None:
    """The head of this computer's log that the organisation holds; None when it keeps no
    copies it can answer for (404)."""
    answer = http.get_optional(
        f"{config.endpoint('audit/head')}?{urlencode({'chain': chain})}",
        _decode_head,
        Phrase("{partner} answered with an audit head Caseworker cannot read", partner=config.name),
    )
    return answer
