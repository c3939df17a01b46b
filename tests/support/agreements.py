"""Building agreement documents in tests, briefly."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseworker.agreements.model import (
    FORMAT,
    Agreement,
    DataClass,
    LawfulBasis,
    Party,
    Recipient,
    Rule,
    Signatory,
)

BASIS = LawfulBasis("eu-gdpr:A6-1-e", "Children Act 1989 s47", None)


def rule(
    clause: str,
    *classes: str,
    level: str | None = "full",
    effect: str = "permit",
    org: str = "childrens-social-care",
    roles: tuple[str, ...] = ("*",),
    purposes: tuple[str, ...] = ("safeguarding_children",),
    **extra: Any,
) -> Rule:
    if effect == "deny":
        return Rule(clause, "deny", (Recipient(org, roles),), classes, purposes, **extra)
    return Rule(
        clause,
        "permit",
        (Recipient(org, roles),),
        classes,
        purposes,
        level,  # type: ignore[arg-type]
        lawful_basis=BASIS,
        **extra,
    )


def agreement(
    provider: str,
    *rules: Rule,
    version: int = 1,
    valid_from: date = date(2026, 1, 1),
    valid_until: date = date(2027, 12, 31),
    status: str = "active",
    data_classes: dict[str, DataClass] | None = None,
    agreement_id: str = "",
) -> Agreement:
    classes = data_classes or {
        "identity": DataClass(
            "Identity", ("person.name", "person.birth_date", "person.nhs_number")
        ),
        "address": DataClass("Address", ("person.address", "person.postcode")),
        "summary": DataClass("Record summary", ("record.title", "record.date", "record.severity")),
        "narrative": DataClass("Narrative", ("record.detail",)),
        "birth": DataClass("Birth date", ("person.birth_date",)),
    }
    return Agreement(
        FORMAT,
        agreement_id or f"{provider}-test",
        version,
        f"{provider} test agreement",
        provider,
        (Party(provider, provider), Party("childrens-social-care", "CSC")),
        valid_from,
        valid_until,
        valid_from,
        (Signatory("A. Tester", "Data Protection Officer", provider, valid_from),),
        365,
        classes,
        rules,
        status,  # type: ignore[arg-type]
    )
