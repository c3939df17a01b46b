"""A FHIR server nobody here wrote, set up as a partner the way its DPO would: the sandbox
health agreement's terms, for this partner, signed with the trust's own key and held in the
store (the server publishes no agreements)."""

from __future__ import annotations

import json

import msgspec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from msgspec.structs import replace

from caseworker.agreements.registry import Published, record_published
from caseworker.agreements.signing import public_key_text, sign
from caseworker.partners.config import PartnerConfig
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import Store
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


def trust_partner(store: Store, base_url: str, partner_id: str = "trust") -> PartnerConfig:
    key = Ed25519PrivateKey.generate()
    config = PartnerConfig(
        partner_id, "Test Trust", "health", "fhir", base_url, public_key_text(key.public_key())
    )
    configure_partners(store, [config])
    apply_profile(store, DEMO_PROFILE)
    terms = SandboxNetwork(people=1).agreements["nhs-trust"]
    signed = [sign(replace(a.document, provider=partner_id), key) for a in terms]
    with store.writing() as session:
        published = [Published(json.dumps(msgspec.to_builtins(s)), s) for s in signed]
        assert record_published(session, partner_id, config.public_key, published) == len(signed)
    return config
