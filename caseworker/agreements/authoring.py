"""For the providing organisation's data protection officer: a starting agreement, a signing
key, and signing.

An agreement is the provider's document, signed by the provider; Caseworker only checks it.
A partner whose own system publishes no agreements (a standard FHIR server) still needs one,
so its DPO can start from `template` (a sensible safeguarding agreement to edit, not to sign
unread), keep an Ed25519 signing key in the OS keyring or in an owner-only key file, and
`sign` the edited document. The administrator then imports the signed file for the partner
(caseworker.services.agreements) with the public key the DPO gives them.
"""

from __future__ import annotations

import base64
from datetime import date, timedelta
from pathlib import Path

import keyring
import msgspec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from caseworker.agreements.model import (
    FORMAT,
    Agreement,
    AgreementError,
    DataClass,
    LawfulBasis,
    Party,
    Recipient,
    Rule,
    Signatory,
    SignedAgreement,
    check_consistency,
)
from caseworker.agreements.signing import public_key_text, sign
from caseworker.agreements.vocabulary import ORGANISATIONS
from caseworker.fileio import write_atomic

KEYRING_SERVICE = "caseworker-agreement-signing"

IDENTITY = (
    "person.name",
    "person.birth_date",
    "person.sex",
    "person.nhs_number",
    "person.identifiers",
    "person.relationships",
    "person.language",
)
RECORDS = ("record.title", "record.date", "record.status", "record.severity")


def template(provider: str, provider_name: str, recipient: str, today: date) -> Agreement:
    """A one-year safeguarding agreement from `provider` to `recipient`'s social workers and
    team managers: who the person is and their address in full, the provider's records
    (what, when, status) in full, narratives on request with a reason. Every clause is the
    DPO's to change before signing."""
    if recipient not in ORGANISATIONS:
        raise AgreementError(
            f"unknown recipient organisation {recipient!r}; one of: {', '.join(ORGANISATIONS)}"
        )
    basis = LawfulBasis(
        "eu-gdpr:A6-1-e", "Children Act 1989 s17 and s47; Children Act 2004 s11", "eu-gdpr:A9-2-g"
    )
    workers = (Recipient(recipient, ("social_worker", "team_manager")),)
    purposes = ("safeguarding_children",)
    agreement = Agreement(
        FORMAT,
        f"{provider}-safeguarding",
        1,
        f"Safeguarding information sharing: {provider_name} to {ORGANISATIONS[recipient]}",
        provider,
        (Party(provider, provider_name), Party(recipient, ORGANISATIONS[recipient])),
        today,
        today + timedelta(days=365),
        today + timedelta(days=275),
        (Signatory("Data Protection Officer", "Data Protection Officer", provider, today),),
        730,
        {
            "identity": DataClass("Who the person is", IDENTITY),
            "address": DataClass("Address", ("person.address", "person.postcode")),
            "records": DataClass("Records: what, when and their status", RECORDS),
            "narratives": DataClass("Narratives and clinical notes", ("record.detail",)),
        },
        (
            Rule("1.1", "permit", workers, ("identity", "address", "records"), purposes, "full",
                 None, basis),
            Rule("1.2", "permit", workers, ("narratives",), purposes, "on_request", None, basis,
                 "not_required", ("record_reason",)),
        ),
    )  # fmt: skip
    check_consistency(agreement)
    return agreement


def document_json(agreement: Agreement) -> bytes:
    return msgspec.json.format(msgspec.json.encode(agreement), indent=2) + b"\n"


def read_document(data: bytes) -> Agreement:
    """An edited agreement document, checked; AgreementError says what is wrong."""
    try:
        agreement = msgspec.json.decode(data, type=Agreement)
    except msgspec.DecodeError as exc:
        raise AgreementError(f"not an agreement document: {exc}") from None
    check_consistency(agreement)
    return agreement


def sign_document(agreement: Agreement, key: Ed25519PrivateKey) -> SignedAgreement:
    check_consistency(agreement)
    return sign(agreement, key)


def signed_json(signed: SignedAgreement) -> bytes:
    return msgspec.json.format(msgspec.json.encode(signed), indent=2) + b"\n"


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_of(key: Ed25519PrivateKey) -> str:
    """The public key (base64) to give to administrators: `partners add --public-key`."""
    return public_key_text(key.public_key())


def save_key_file(path: Path, key: Ed25519PrivateKey) -> None:
    """Write the private key as PEM, owner-only; never over an existing file."""
    if path.exists():
        raise AgreementError(f"{path} already exists: a signing key is never overwritten")
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    write_atomic(path, pem)


def load_key_file(path: Path) -> Ed25519PrivateKey:
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise AgreementError(
            f"{path} is not a readable signing key ({type(exc).__name__})"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise AgreementError(f"{path} is not an Ed25519 signing key")
    return key


def save_key_in_keyring(name: str, key: Ed25519PrivateKey) -> None:
    if keyring.get_password(KEYRING_SERVICE, name) is not None:
        raise AgreementError(f"the keyring already holds a signing key named {name!r}")
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    keyring.set_password(KEYRING_SERVICE, name, base64.b64encode(raw).decode("ascii"))


def load_key_from_keyring(name: str) -> Ed25519PrivateKey:
    stored = keyring.get_password(KEYRING_SERVICE, name)
    if stored is None:
        raise AgreementError(f"the keyring holds no signing key named {name!r}")
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored, validate=True))
    except ValueError:
        raise AgreementError(f"the keyring's signing key {name!r} is damaged") from None
