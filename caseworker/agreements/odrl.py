"""Exporting an agreement as a W3C ODRL policy in JSON-LD, with DPV purposes and legal bases.

Each (clause, data class) becomes one ODRL permission or prohibition: the data class is the
target asset, the recipient organisation and roles the assignee, the purposes and validity
dates constraints, the access level and lawful basis properties, and duties ODRL duties.
"""

from __future__ import annotations

from typing import Any

from caseworker.agreements.model import Agreement, Rule
from caseworker.agreements.vocabulary import PURPOSES

CW = "https://caseworker.example/ns#"
CONTEXT: list[Any] = [
    "http://www.w3.org/ns/odrl.jsonld",
    {
        "dpv": "https://w3id.org/dpv#",
        "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
        "cw": CW,
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    },
]
_DUTIES = {
    "record_reason": {"action": "cw:recordReason"},
    "alert_provider": {"action": "inform"},
}


def _uid(doc: Agreement) -> str:
    return f"urn:caseworker:agreement:{doc.id}:{doc.version}"


def _date(value: object) -> dict[str, str]:
    return {"@value": str(value), "@type": "xsd:date"}


def _rule(doc: Agreement, rule: Rule, data_class: str) -> dict[str, Any]:
    dc = doc.data_classes[data_class]
    target: dict[str, Any] = {
        "@type": "AssetCollection",
        "uid": f"{_uid(doc)}#{data_class}",
        "cw:label": dc.label,
        "cw:fields": list(dc.fields),
    }
    if dc.categories:
        target["cw:recordCategories"] = list(dc.categories)
    constraints: list[dict[str, Any]] = [
        {"leftOperand": "dateTime", "operator": "gteq", "rightOperand": _date(doc.valid_from)},
        {"leftOperand": "dateTime", "operator": "lteq", "rightOperand": _date(doc.valid_until)},
    ]
    if rule.purposes:
        constraints.append(
            {
                "leftOperand": "purpose",
                "operator": "isAnyOf",
                "rightOperand": [
                    {"@id": f"cw:{p}", "dpv:isSubTypeOf": PURPOSES[p].dpv}
                    for p in rule.purposes
                    if p in PURPOSES
                ],
            }
        )
    out: dict[str, Any] = {
        "uid": f"{_uid(doc)}#clause-{rule.clause}-{data_class}",
        "cw:clause": rule.clause,
        "target": target,
        "assigner": f"urn:caseworker:org:{doc.provider}",
        "assignee": [
            {
                "@type": "PartyCollection",
                "uid": f"urn:caseworker:org:{r.org}",
                "cw:roles": list(r.roles),
            }
            for r in rule.recipients
        ],
        "action": "read",
        "constraint": constraints,
    }
    if rule.effect == "permit":
        out["cw:level"] = rule.level
        if rule.masking:
            out["cw:masking"] = rule.masking
        if rule.lawful_basis:
            bases = [rule.lawful_basis.article6]
            if rule.lawful_basis.article9:
                bases.append(rule.lawful_basis.article9)
            out["dpv:hasLegalBasis"] = bases
            out["cw:statute"] = rule.lawful_basis.statute
        duties = [
            dict(
                _DUTIES[d],
                **(
                    {"informedParty": f"urn:caseworker:org:{doc.provider}"}
                    if d == "alert_provider"
                    else {}
                ),
            )
            for d in rule.duties
        ]
        if rule.consent == "required":
            duties.append({"action": "obtainConsent"})
        if duties:
            out["duty"] = duties
        if rule.consent == "override_with_reason":
            out["cw:consent"] = "override_with_reason"
    return out


def to_odrl(doc: Agreement) -> dict[str, Any]:
    permissions = [
        _rule(doc, r, dc) for r in doc.rules if r.effect == "permit" for dc in r.data_classes
    ]
    prohibitions = [
        _rule(doc, r, dc) for r in doc.rules if r.effect == "deny" for dc in r.data_classes
    ]
    policy: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Agreement",
        "uid": _uid(doc),
        "dc:title": doc.title,
        "cw:version": doc.version,
        "cw:status": doc.status,
        "cw:reviewDate": _date(doc.review_date),
        "cw:retentionDays": doc.retention_days,
        "assigner": f"urn:caseworker:org:{doc.provider}",
        "permission": permissions,
    }
    if prohibitions:
        policy["prohibition"] = prohibitions
    return policy
