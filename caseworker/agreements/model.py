"""The agreement document format (version 1), as typed structures.

One JSON file per agreement version, signed by the providing partner. The schema is in
resources/agreements/agreement.schema.json and explained in docs/agreements.md.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

import msgspec

FORMAT = "caseworker-agreement/1"

Level = Literal["full", "masked", "on_request"]
Masking = Literal["year_of_birth", "postcode_district", "category_only", "initials"]
ConsentMode = Literal["required", "not_required", "override_with_reason"]
Duty = Literal["record_reason", "alert_provider"]


class Party(msgspec.Struct, frozen=True):
    org: str
    name: str


class Signatory(msgspec.Struct, frozen=True):
    name: str
    role: str
    org: str
    signed_on: date


class DataClass(msgspec.Struct, frozen=True):
    """A named group of fields, optionally only for records of some categories (globs)."""

    label: str
    fields: tuple[str, ...]
    categories: tuple[str, ...] = ()


class Recipient(msgspec.Struct, frozen=True):
    org: str  # an organisation id, or "*" for any
    roles: tuple[str, ...] = ("*",)


class LawfulBasis(msgspec.Struct, frozen=True):
    article6: str  # a DPV GDPR term, e.g. "eu-gdpr:A6-1-e"
    statute: str
    article9: str | None = None


class Rule(msgspec.Struct, frozen=True):
    clause: str
    effect: Literal["permit", "deny"]
    recipients: tuple[Recipient, ...]
    data_classes: tuple[str, ...]
    purposes: tuple[str, ...] = ()  # empty on a deny rule: every purpose
    level: Level | None = None
    masking: Masking | None = None
    lawful_basis: LawfulBasis | None = None
    consent: ConsentMode = "not_required"
    duties: tuple[Duty, ...] = ()


class Agreement(msgspec.Struct, frozen=True):
    format: str
    id: str
    version: int
    title: str
    provider: str
    parties: tuple[Party, ...]
    valid_from: date
    valid_until: date
    review_date: date
    signatories: tuple[Signatory, ...]
    retention_days: int
    data_classes: dict[str, DataClass]
    rules: tuple[Rule, ...]
    status: Literal["active", "revoked"] = "active"
    supersedes: int | None = None


class Signature(msgspec.Struct, frozen=True):
    alg: Literal["Ed25519"]
    key_id: str
    value: str  # base64 of the signature over the canonical document bytes


class SignedAgreement(msgspec.Struct, frozen=True):
    """What a partner publishes: the document and the provider's signature over it."""

    document: Agreement
    signature: Signature


class AgreementError(ValueError):
    """A document that is not a valid agreement. The message names what is wrong."""


def check_consistency(doc: Agreement) -> None:
    """Rules the schema cannot express: references resolve, levels and maskings fit."""
    from caseworker.agreements.fields import FIELDS, MASKINGS

    if doc.format != FORMAT:
        raise AgreementError(f"unknown agreement format {doc.format!r}")
    if doc.valid_until < doc.valid_from:
        raise AgreementError("valid_until is before valid_from")
    for name, data_class in doc.data_classes.items():
        for field in data_class.fields:
            if field not in FIELDS:
                raise AgreementError(f"data class {name!r} names unknown field {field!r}")
    for rule in doc.rules:
        for name in rule.data_classes:
            if name not in doc.data_classes:
                raise AgreementError(f"clause {rule.clause} names unknown data class {name!r}")
        if rule.effect == "permit":
            if rule.level is None or not rule.purposes or rule.lawful_basis is None:
                raise AgreementError(
                    f"clause {rule.clause}: a permit needs a level, purposes and a lawful basis"
                )
            if (rule.level == "masked") != (rule.masking is not None):
                raise AgreementError(f"clause {rule.clause}: masked needs a masking, and only it")
            if rule.masking is not None:
                fitting = MASKINGS[rule.masking]
                for name in rule.data_classes:
                    for field in doc.data_classes[name].fields:
                        if field not in fitting:
                            raise AgreementError(
                                f"clause {rule.clause}: {rule.masking} cannot mask {field}"
                            )
