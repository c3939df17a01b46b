"""The HTTP client for partners: one requests.Session, timeouts, and errors in plain words.

TLS verification is always on (requests' default); nothing here turns it off. Error messages
name the partner and the HTTP status, never a URL's query string (which may hold a search).
"""

from __future__ import annotations

from typing import Any

import requests

from caseworker.errors import AuthExpired, PartnerProtocolError, PartnerUnavailable

TIMEOUT = (5.0, 30.0)  # connect, read


class PartnerHttp:
    """GETs JSON bytes from one partner."""

    def __init__(self, partner_name: str, session: requests.Session | None = None) -> None:
        self.partner_name = partner_name
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = "Caseworker/0.1"

    def get(self, url: str, *, params: dict[str, str] | None = None, accept: str) -> bytes:
        try:
            response = self.session.get(
                url, params=params, timeout=TIMEOUT, headers={"Accept": accept}
            )
        except requests.ConnectionError:
            raise PartnerUnavailable(
                f"{self.partner_name} could not be reached.",
                hint="Check the network connection; the records already held are unaffected.",
            ) from None
        except requests.Timeout:
            raise PartnerUnavailable(
                f"{self.partner_name} did not answer in time.", hint="Try again later."
            ) from None
        return self._check(response)

    def _check(self, response: requests.Response) -> bytes:
        status = response.status_code
        if status in (401, 403):
            raise AuthExpired(
                f"{self.partner_name} refused Caseworker's credentials (HTTP {status}).",
                hint="Ask your administrator to renew the partner connection.",
            )
        if status == 429 or status >= 500:
            raise PartnerUnavailable(
                f"{self.partner_name} is unavailable (HTTP {status}).",
                hint="Sync will continue from where it stopped next time.",
            )
        if status not in (200, 201, 202):
            raise PartnerProtocolError(
                f"{self.partner_name} answered HTTP {status} to a sync request.",
                hint="Report this to the partner's system administrator.",
            )
        return response.content

    def post_json(self, url: str, payload: dict[str, Any]) -> bytes:
        """POST a JSON body; the same errors as get()."""
        try:
            response = self.session.post(
                url, json=payload, timeout=TIMEOUT, headers={"Accept": "application/json"}
            )
        except requests.ConnectionError:
            raise PartnerUnavailable(
                f"{self.partner_name} could not be reached.",
                hint="What you sent is kept and goes at the next sync.",
            ) from None
        except requests.Timeout:
            raise PartnerUnavailable(f"{self.partner_name} did not answer in time.") from None
        return self._check(response)

    def close(self) -> None:
        self.session.close()
