"""How a partner is reached: the plain configuration the sync engine needs."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

AGENCIES = ("health", "social_care", "police", "education", "housing")


@dataclass(frozen=True)
class Limits:
    """How much one partner may ask of Caseworker (docs/partner-api.md, "Limits"); each can
    be set per partner (`partners add --max-body-mb …`)."""

    max_body_bytes: int = 64 * 1024 * 1024
    """A single answer larger than this is refused (a page of 200 FHIR resources is a few MB)."""
    request_deadline_s: float = 120.0
    """No request, from connecting to the last byte of the body, takes longer than this."""
    max_pages: int = 100_000
    """A feed that has not ended after this many pages in one sync is stopped as a loop."""
    max_string_chars: int = 100_000
    """A record holding a text longer than this is quarantined (value_too_long), not stored."""

    def changed(self) -> dict[str, float]:
        """The limits that differ from the defaults, by name: what a partner's row keeps."""
        default = Limits()
        return {
            name: getattr(self, name)
            for name in LIMIT_NAMES
            if getattr(self, name) != getattr(default, name)
        }

    @classmethod
    def from_changed(cls, values: dict[str, float] | None) -> Limits:
        """Limits from a row's kept values; names Caseworker no longer knows are ignored."""
        known = {k: v for k, v in (values or {}).items() if k in LIMIT_NAMES}
        default = cls()
        return cls(
            max_body_bytes=int(known.get("max_body_bytes", default.max_body_bytes)),
            request_deadline_s=float(known.get("request_deadline_s", default.request_deadline_s)),
            max_pages=int(known.get("max_pages", default.max_pages)),
            max_string_chars=int(known.get("max_string_chars", default.max_string_chars)),
        )


LIMIT_NAMES = ("max_body_bytes", "request_deadline_s", "max_pages", "max_string_chars")


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
    limits: Limits = field(default_factory=Limits)
    """How much this partner may send and how long it may take (the defaults suit most)."""

    @property
    def agreements_endpoint(self) -> str:
        return self.agreements_url or f"{self.base_url}/agreements"

    def endpoint(self, name: str) -> str:
        """Other Case Sharing endpoints sit beside the agreements: access-requests, alerts."""
        return self.agreements_endpoint.removesuffix("/agreements") + f"/{name}"


_PARTNER_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def _checked_url(label: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"The {label} must start with https:// (it is {parts.scheme or 'empty'}).")
    if any(ch.isspace() for ch in url):
        raise ValueError(f"The {label} contains spaces; check it was pasted whole.")
    if parts.username is not None or parts.password is not None:
        raise ValueError(
            f"The {label} contains a user name or password: remove it, and give the secret "
            "with --auth and --secret-stdin so that it is kept in the keyring."
        )
    if not parts.hostname:
        raise ValueError(f"The {label} has no host name.")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"The {label} has a port that is not a number from 1 to 65535.") from None
    if port == 0:
        raise ValueError(f"The {label} has a port that is not a number from 1 to 65535.")


def validate(config: PartnerConfig) -> None:
    """Refuses a configuration that cannot work or is unsafe, saying what to change
    (ValueError). Run before a partner is saved, from the command line or the window."""
    if not _PARTNER_ID.match(config.partner_id):
        raise ValueError(
            "A partner id is 1 to 64 lower-case letters, digits and dashes (like nhs-trust)."
        )
    if config.agency not in AGENCIES:
        raise ValueError(f"The agency must be one of: {', '.join(AGENCIES)}.")
    _checked_url("base URL", config.base_url)
    for label, url in (("agreements URL", config.agreements_url), ("token URL", config.token_url)):
        if url:
            _checked_url(label, url)
    if config.public_key is not None:
        try:
            raw = base64.b64decode(config.public_key, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != 32:
            raise ValueError(
                "The public key must be the partner's Ed25519 key in base64 (44 characters)."
            )
    for label, path in (
        ("CA bundle", config.ca_bundle),
        ("client certificate", config.client_cert),
    ):
        if path and not Path(path).is_file():
            raise ValueError(f"The {label} file {path} does not exist.")
    _check_limits(config.limits)


_LIMIT_RANGES = {  # name: (lowest, highest, how it is said)
    "max_body_bytes": (1024 * 1024, 2 * 1024 * 1024 * 1024, "The largest answer"),
    "request_deadline_s": (5, 3600, "The deadline for one request"),
    "max_pages": (10, 10_000_000, "The most pages in one sync"),
    "max_string_chars": (1_000, 10_000_000, "The longest text in a record"),
}


def _check_limits(limits: Limits) -> None:
    for name, (low, high, said) in _LIMIT_RANGES.items():
        value = getattr(limits, name)
        if not low <= value <= high:
            raise ValueError(f"{said} must be between {low:,} and {high:,} ({name}).")
