"""Ed25519 signatures over agreements: canonical bytes, signing (sandbox) and verification.

The signed bytes are the document as compact JSON with sorted keys, UTF-8. A partner's
public key is configured on the partner; an agreement that does not verify grants nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json

import msgspec
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from caseworker.agreements.model import Agreement, Signature, SignedAgreement


def canonical_bytes(document: Agreement) -> bytes:
    plain = msgspec.to_builtins(document)
    return json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def public_key_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def key_id(public_key: str) -> str:
    return hashlib.sha256(base64.b64decode(public_key)).hexdigest()[:16]


def sign(document: Agreement, private_key: Ed25519PrivateKey) -> SignedAgreement:
    public = public_key_text(private_key.public_key())
    value = base64.b64encode(private_key.sign(canonical_bytes(document))).decode()
    return SignedAgreement(document, Signature("Ed25519", key_id(public), value))


def verify(signed: SignedAgreement, public_key: str) -> bool:
    """True only when the signature is the provider's own over exactly this document."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
        key.verify(base64.b64decode(signed.signature.value), canonical_bytes(signed.document))
    except (InvalidSignature, ValueError):
        return False
    return signed.signature.key_id == key_id(public_key)
