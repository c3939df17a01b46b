"""How a partner is reached: the plain configuration the sync engine needs."""

from __future__ import annotations

from dataclasses import dataclass

AGENCIES = ("health", "social_care", "police", "education", "housing")


@dataclass(frozen=True)
class PartnerConfig:
    partner_id: str
    name: str
    agency: str  # one of AGENCIES
    protocol: str  # "fhir" or "case"
    base_url: str
    public_key: str | None = None
    """The provider's Ed25519 public key (base64): agreements must verify against it."""
    agreements_url: str | None = None
    """Where the provider publishes its agreements; by default {base_url}/agreements."""
    auth: str = "none"
    """none | api_key | oauth2 (client credentials). Secrets live in the OS keyring."""
    token_url: str | None = None
    client_id: str | None = None
    ca_bundle: str | None = None
    """A CA bundle to trust for this partner, besides the system's (TLS is always verified)."""
    client_cert: str | None = None
    """A client certificate (PEM with its key) when the partner requires mutual TLS."""

    @property
    def agreements_endpoint(self) -> str:
        return self.agreements_url or f"{self.base_url}/agreements"

    def endpoint(self, name: str) -> str:
        """Other Case Sharing endpoints sit beside the agreements: access-requests, alerts."""
        return self.agreements_endpoint.removesuffix("/agreements") + f"/{name}"
