"""Authenticating to partners: an API key, or OAuth2 client credentials; secrets in the keyring.

The client credentials flow fetches a token, keeps it until shortly before it expires, and
fetches a new one then, or at once if the partner answers 401 (a token revoked early). The
secret itself (API key or client secret) is kept only in the OS keyring.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Protocol
from urllib.parse import urlsplit

import keyring
import msgspec
import requests

from caseworker.errors import (
    AuthExpired,
    CaseworkerError,
    PartnerCertificateInvalid,
    PartnerUnavailable,
)
from caseworker.partners.config import PartnerConfig
from caseworker.partners.transport import is_loopback
from caseworker.store.keys import SERVICE

EXPIRY_MARGIN_S = 30.0


class InsecureTransport(CaseworkerError):
    code = "insecure_transport"


def check_transport(url: str) -> None:
    """TLS always, except on this machine's loopback addresses (the sandbox, development)."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme != "http" or not is_loopback(parts.hostname or ""):
        raise InsecureTransport(
            "Partners must be reached over https (plain http is allowed only on this machine).",
            hint="Ask the partner for its https address.",
        )


def _account(partner_id: str) -> str:
    return f"partner-secret:{partner_id}"


def save_secret(partner_id: str, secret: str) -> None:
    keyring.set_password(SERVICE, _account(partner_id), secret)


def load_secret(partner_id: str) -> str | None:
    return keyring.get_password(SERVICE, _account(partner_id))


def delete_secret(partner_id: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, _account(partner_id))


class Authenticator(Protocol):
    def headers(self) -> dict[str, str]: ...

    def invalidate(self) -> bool:
        """Forget cached credentials after a 401; True if trying again may help."""
        ...


class NoAuth:
    def headers(self) -> dict[str, str]:
        return {}

    def invalidate(self) -> bool:
        return False


class ApiKey:
    def __init__(self, key: str) -> None:
        self._key = key

    def headers(self) -> dict[str, str]:
        return {"X-API-Key": self._key}

    def invalidate(self) -> bool:
        return False


class _Token(msgspec.Struct):
    access_token: str
    expires_in: float = 3600.0
    token_type: str = "Bearer"


class ClientCredentials:
    """OAuth2 client credentials: one token at a time, refreshed before it expires."""

    def __init__(
        self,
        partner_name: str,
        token_url: str,
        client_id: str,
        secret: str,
        session: requests.Session,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.partner_name = partner_name
        self.token_url = token_url
        self.client_id = client_id
        self._secret = secret
        self._session = session
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self.fetched = 0
        """How many tokens were fetched (tests check refreshes)."""

    def headers(self) -> dict[str, str]:
        if self._token is None or self._clock() >= self._expires_at - EXPIRY_MARGIN_S:
            self._fetch()
        return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> bool:
        self._token = None
        return True

    def _fetch(self) -> None:
        try:
            response = self._session.post(
                self.token_url,
                timeout=(5.0, 30.0),
                data={"grant_type": "client_credentials"},
                auth=(self.client_id, self._secret),
                verify=self._session.verify,  # the partner's CA bundle, not the environment's
                allow_redirects=False,  # the secret goes to the configured address only
            )
        except requests.exceptions.SSLError:
            raise PartnerCertificateInvalid(
                "The certificate of {partner_name}'s sign-in service could not be verified, so "
                "Caseworker sent it nothing.",
                hint="Add the partner's CA bundle to its settings, or tell your administrator.",
                partner_name=self.partner_name,
            ) from None
        except requests.RequestException:
            raise PartnerUnavailable(
                "{partner_name}'s sign-in service could not be reached.",
                partner_name=self.partner_name,
            ) from None
        if response.status_code in (400, 401, 403):
            raise AuthExpired(
                "{partner_name} refused Caseworker's client credentials.",
                hint="Ask your administrator to renew the partner connection.",
                partner_name=self.partner_name,
            )
        if response.status_code != 200:
            raise PartnerUnavailable(
                "{partner_name}'s sign-in service answered HTTP {response_status_code}.",
                partner_name=self.partner_name,
                response_status_code=response.status_code,
            )
        try:
            token = msgspec.json.decode(response.content, type=_Token)
        except (msgspec.DecodeError, RecursionError):
            raise PartnerUnavailable(
                "{partner_name}'s sign-in service sent a token Caseworker cannot read.",
                partner_name=self.partner_name,
            ) from None
        self._token = token.access_token
        self._expires_at = self._clock() + token.expires_in
        self.fetched += 1


def authenticator_for(config: PartnerConfig, session: requests.Session) -> Authenticator:
    if config.auth == "none":
        return NoAuth()
    secret = load_secret(config.partner_id)
    if secret is None:
        raise AuthExpired(
            "No credentials for {config_name} are in the keyring.",
            hint="Add them again with: caseworker partners add … --secret-stdin",
            config_name=config.name,
        )
    if config.auth == "api_key":
        return ApiKey(secret)
    if config.auth == "oauth2" and config.token_url and config.client_id:
        check_transport(config.token_url)
        return ClientCredentials(config.name, config.token_url, config.client_id, secret, session)
    raise AuthExpired(
        "{config_name}'s authentication is not fully configured.", config_name=config.name
    )
