"""The sandbox implements exactly the documented Case Sharing protocol (OpenAPI 3.1 file)."""

from __future__ import annotations

import json
from typing import Any

import requests
from jsonschema import Draft202012Validator

from caseworker.sandbox.network import SandboxNetwork
from tests.conftest import ROOT

DOC = json.loads((ROOT / "resources" / "case-sharing.openapi.json").read_text())
PERSON_FIELDS = set(DOC["components"]["schemas"]["Person"]["properties"])
REQUESTER = {"org": "childrens-social-care", "role": "social_worker", "name": "A. Worker"}


def validator(schema_name: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema_name}", "components": DOC["components"]}
    )


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [
            r for v in node.values() for r in _refs(v)
        ]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_the_document_is_openapi_31_and_every_reference_resolves() -> None:
    assert DOC["openapi"].startswith("3.1")
    for ref in _refs(DOC):
        node: Any = DOC
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
    for path, operations in DOC["paths"].items():
        for method, operation in operations.items():
            assert operation["operationId"] and operation["responses"], (path, method)


def test_every_page_of_changes_and_the_agreements_match_the_document(
    sandbox: SandboxNetwork,
) -> None:
    page_schema, agreements_schema = validator("ChangesPage"), validator("AgreementList")
    languages: set[str | None] = set()
    for partner_id, server in sandbox.servers.items():
        if server.spec.protocol != "case":
            continue
        cursor, more, seen = None, True, 0
        while more:
            params = {"limit": "150", **({"cursor": cursor} if cursor else {})}
            page = requests.get(f"{server.base_url}/changes", params=params, timeout=10).json()
            page_schema.validate(page)
            cursor, more = page["cursor"], page["more"]
            seen += len(page["changes"])
            for change in page["changes"]:  # every field the sandbox sends is documented
                if change["type"] == "person" and not change["deleted"]:
                    assert set(change["data"]) <= PERSON_FIELDS, change["data"].keys()
                    languages.add(change["data"].get("preferred_language"))
        assert seen > 50, partner_id
        agreements_schema.validate(requests.get(server.agreements_url, timeout=10).json())
    assert {"cy-GB", "en-GB", "pl"} <= languages  # the documented preferred language is sent


def test_the_write_endpoints_accept_documented_bodies_idempotently(sandbox: SandboxNetwork) -> None:
    server = sandbox.servers["police"]
    base, receipt = server.base_url, validator("Receipt")
    record = sandbox.data["police"].items[0]
    bodies = {
        "access-requests": (
            "AccessRequest",
            {
                "key": "k-1",
                "kind": "access_request",
                "record_id": record.source_id,
                "field": "record.detail",
                "reason": "Strategy discussion this afternoon",
                "purpose": "safeguarding_children",
                "requester": REQUESTER,
            },
        ),
        "alerts": (
            "AccessRequest",
            {
                "key": "k-2",
                "kind": "break_glass_alert",
                "record_id": record.source_id,
                "field": "record.detail",
                "reason": "Child at immediate risk tonight",
                "purpose": "safeguarding_children",
                "requester": REQUESTER,
            },
        ),
        "notes": (
            "Note",
            {
                "key": "k-3",
                "person_id": record.person_source_id,
                "text": "Home visit arranged for Tuesday.",
                "requester": REQUESTER,
            },
        ),
        "tasks": (
            "Task",
            {
                "key": "k-4",
                "person_id": record.person_source_id,
                "title": "Share DASH form",
                "due": "2026-12-01",
                "requester": REQUESTER,
            },
        ),
        "referrals": (
            "Referral",
            {
                "key": "k-5",
                "person_id": record.person_source_id,
                "reason": "Escalating incidents",
                "urgency": "urgent",
                "lawful_basis": "Without consent: to protect a child from significant harm",
                "requester": REQUESTER,
            },
        ),
        "decisions": (
            "Decision",
            {
                "key": "k-7",
                "outcome": "strategy_discussion",
                "outcome_words": "Strategy discussion (Children Act 1989 s47)",
                "rationale": "Injuries seen by the school nurse; a police call-out that week.",
                "decided_at": "2026-12-01T15:00:00+00:00",
                "decided_by": {"name": "M. Hub", "role": "team_manager"},
                "person_id": record.person_source_id,
                "enquiry_id": "enq-1",
                "contact_received_at": "2026-12-01T09:00:00+00:00",
                "requester": REQUESTER,
            },
        ),
        "audit": (
            "AuditEntry",
            {
                "key": "k-6",
                "at": "2026-11-21T10:00:00+00:00",
                "action": "caseworker-audit",
                "subject": "entries 1-1",
                "chain": "c" * 64,
                "entries": [
                    {
                        "seq": 1,
                        "at": "2026-11-21T10:00:00+00:00",
                        "actor": "A. Worker",
                        "org": "police",
                        "role": "mash_police_officer",
                        "kind": "sign_in",
                        "citizen_id": None,
                        "detail": "{}",
                        "prev_hash": "0" * 64,
                        "hash": "c" * 64,
                    }
                ],
                "requester": REQUESTER,
            },
        ),
    }
    for endpoint, (schema, body) in bodies.items():
        validator(schema).validate(body)
        first = requests.post(f"{base}/{endpoint}", json=body, timeout=10)
        again = requests.post(f"{base}/{endpoint}", json=body, timeout=10)
        assert first.status_code == again.status_code == 202, endpoint
        receipt.validate(first.json())
        assert first.json()["id"] == again.json()["id"], endpoint  # idempotent by key
    request_id = requests.post(
        f"{base}/access-requests", json=bodies["access-requests"][1], timeout=10
    ).json()["id"]
    status = requests.get(f"{base}/access-requests/{request_id}", timeout=10)
    assert status.status_code == 200
    receipt.validate(status.json())
    head = requests.get(f"{base}/audit/head", params={"chain": "c" * 64}, timeout=10)
    validator("AuditHead").validate(head.json())
    assert head.json() == {"seq": 1, "hash": "c" * 64}  # what the batch above left it holding
    missing = requests.post(f"{base}/notes", json={"text": "no key"}, timeout=10)
    assert missing.status_code == 400
    validator("Error").validate(missing.json())
    unknown = {**bodies["access-requests"][1], "key": "k-unknown", "record_id": "NO-SUCH-RECORD"}
    refused = requests.post(f"{base}/access-requests", json=unknown, timeout=10)
    assert refused.status_code == 404  # one item refused, with words for the worker
    validator("Error").validate(refused.json())
    assert refused.json()["reason"]


def test_enquiries_are_received_once_and_answered_as_documented(sandbox: SandboxNetwork) -> None:
    reply, receipt = validator("EnquiryReply"), validator("Receipt")
    for partner_id, decision in (("school", "share"), ("police", "withhold")):
        server, desk = sandbox.servers[partner_id], sandbox.desks[partner_id].enquiries
        person = sandbox.data[partner_id].items[0].person_source_id
        body = {
            "key": f"enq-{partner_id}",
            "kind": "enquiry",
            "opened_at": "2026-12-01T10:00:00+00:00",
            "respond_by": "2026-12-02T10:00:00+00:00",
            "rating": "amber",
            "about": "neglect",
            "concern": "Came to school hungry three days running.",
            "lawful_basis": "To safeguard a child: Children Act 2004 s11",
            "child": {"given": "Ada", "family": "Example", "person_ids": [person]},
            "household_person_ids": [],
            "requester": REQUESTER,
        }
        validator("Enquiry").validate(body)
        desk.delay_s, desk.late = 3600, False
        first = requests.post(f"{server.endpoint_url('enquiries')}", json=body, timeout=10)
        again = requests.post(f"{server.endpoint_url('enquiries')}", json=body, timeout=10)
        assert first.status_code == again.status_code == 202
        receipt.validate(first.json())
        assert first.json()["id"] == again.json()["id"]  # one enquiry per key
        url = f"{server.endpoint_url('enquiries')}/{first.json()['id']}"
        pending = requests.get(url, timeout=10).json()
        reply.validate(pending)
        assert pending["status"] == "pending"
        desk.delay_s = 0
        answer = requests.get(url, timeout=10).json()
        reply.validate(answer)
        assert answer["status"] == "answered" and answer["decision"] == decision
        assert answer["reason"]  # shared or withheld, the partner says why
        assert bool(answer["research"]) == (decision == "share")
    lost = requests.get(
        f"{sandbox.servers['school'].endpoint_url('enquiries')}/enq-999", timeout=10
    )
    assert lost.status_code == 404
    validator("Error").validate(lost.json())
