"""What a sandbox partner asks of its clients: nothing, an API key, or an OAuth2 token.

`POST /oauth/token` (client credentials, HTTP Basic) issues bearer tokens that expire after
`token_lifetime_s`; `revoke_all()` ends every token early, as a partner's security team
might. The defaults are the sandbox's published demo credentials.
"""

from __future__ import annotations

import base64
import secrets
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs

DEMO_API_KEY = "sandbox-api-key"
DEMO_CLIENT = ("caseworker", "sandbox-client-secret")


@dataclass
class SandboxAuth:
    mode: str | None = None  # None | "api_key" | "oauth2"
    api_key: str = DEMO_API_KEY
    clients: dict[str, str] = field(default_factory=lambda: dict([DEMO_CLIENT]))
    token_lifetime_s: float = 3600.0
    issued: int = 0
    _tokens: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allows(self, headers: dict[str, str]) -> bool:
        if self.mode is None:
            return True
        if self.mode == "api_key":
            return headers.get("x-api-key") == self.api_key
        token = headers.get("authorization", "").removeprefix("Bearer ")
        with self._lock:
            expires = self._tokens.get(token)
            return expires is not None and time.monotonic() < expires

    def issue(self, authorization: str, form: bytes) -> dict[str, object] | None:
        """A token for valid client credentials, or None."""
        if parse_qs(form.decode()).get("grant_type") != ["client_credentials"]:
            return None
        try:
            client_id, _, secret = (
                base64.b64decode(authorization.removeprefix("Basic ")).decode().partition(":")
            )
        except ValueError:
            return None
        if self.clients.get(client_id) != secret:
            return None
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = time.monotonic() + self.token_lifetime_s
            self.issued += 1
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime_s}

    def revoke_all(self) -> None:
        with self._lock:
            self._tokens.clear()
