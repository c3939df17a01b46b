"""The HTTP client for partners: timeouts, retries with backoff, and errors in plain words.

Every request has a socket timeout and an overall deadline, stays within the partner's
origin and reads at most the partner's body limit (`transport.Wire`). A partner that cannot
be reached, times out, drops the connection, answers 429 or 5xx, or sends a page that is not
whole JSON (truncated) is retried with exponential backoff and jitter, honouring Retry-After
up to a cap; only then does the error reach the sync, which keeps its cursor and carries on
with other partners. An answer that is whole but of the wrong shape, too large, too deeply
nested, or a redirect elsewhere is not retried: asking again would get the same. POSTs are
retried too: each carries an idempotency key. TLS verification is always on; nothing here
turns it off. Error messages name the partner and the HTTP status, never a URL (whose query
may hold a search, and whose host a hostile partner chose).
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec
import requests

from caseworker.errors import (
    AuthExpired,
    PartnerCertificateInvalid,
    PartnerProtocolError,
    PartnerUnavailable,
)
from caseworker.logs import Safe
from caseworker.partners.auth import NoAuth
from caseworker.partners.transport import (
    BodyTooLarge,
    DeadlinePassed,
    Limits,
    OffOrigin,
    Wire,
    _SocketRegistry,
)
from caseworker.words import Phrase

if TYPE_CHECKING:
    from caseworker.partners.auth import Authenticator

log = logging.getLogger(__name__)
T = TypeVar("T")
TIMEOUT = (5.0, 30.0)  # connect, read


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    base_s: float = 0.5
    max_s: float = 30.0
    jitter: float = 0.25

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_s)
        backoff = min(self.max_s, self.base_s * 2**attempt)
        return backoff * (1 + self.jitter * (2 * rng.random() - 1))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds, or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class PartnerHttp:
    """Talks to one partner. Not shared between threads."""

    def __init__(
        self,
        partner_name: str,
        session: requests.Session | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        auth: Authenticator | None = None,
        *,
        origins: frozenset[tuple[str, str, int]] = frozenset(),
        limits: Limits | None = None,
        registry: _SocketRegistry | None = None,
    ) -> None:
        """`origins`: where this partner may be reached (empty: the origin of each request's
        own URL, so redirects and links still cannot leave it)."""
        self.partner_name = partner_name
        self.session = session or requests.Session()
        self.auth: Authenticator = auth or NoAuth()
        self.session.headers["User-Agent"] = "Caseworker/0.1"
        self.limits = limits or Limits()
        self.wire = Wire(self.session, registry, origins, self.limits, TIMEOUT)
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.retries = 0
        """How many retries this client has made (for sync reports)."""
        self._rng = random.Random()

    def get(self, url: str, *, params: dict[str, str] | None = None, accept: str) -> bytes:
        return self._with_retry(
            lambda: self._send("GET", url, params=params, headers={"Accept": accept})
        )

    def get_decoded(
        self,
        url: str,
        decode: Callable[[bytes], T],
        what: Phrase,
        *,
        params: dict[str, str] | None = None,
        accept: str = "application/json",
    ) -> T:
        """GET and decode; a body that does not decode is retried like an outage."""

        def attempt() -> T:
            body = self._send("GET", url, params=params, headers={"Accept": accept})
            return decode_answer(decode, body, what)

        return self._with_retry(attempt)

    def get_optional(self, url: str, decode: Callable[[bytes], T], what: Phrase) -> T | None:
        """Like get_decoded, for something a partner may not offer: None on HTTP 404."""
        try:
            return self.get_decoded(url, decode, what)
        except PartnerProtocolError as exc:
            if exc.status == 404:
                return None
            raise

    def follow(self, link: str, base: str) -> str:
        """A URL the partner gave (a next link), if it stays with the partner."""
        try:
            return self.wire.check(link, base)
        except OffOrigin:
            raise PartnerProtocolError(
                "{partner_name} sent a link to another address, which Caseworker did not follow "
                "(nothing was sent there).",
                hint="Ask the partner to correct its server's base address.",
                partner_name=self.partner_name,
            ) from None

    def post_json(self, url: str, payload: dict[str, Any]) -> bytes:
        """POST a JSON body (it carries an idempotency key, so a retry creates nothing twice)."""
        return self._with_retry(
            lambda: self._send("POST", url, json=payload, headers={"Accept": "application/json"})
        )

    def _with_retry(self, attempt: Callable[[], T]) -> T:
        for number in range(self.retry.attempts):
            try:
                return attempt()
            except (PartnerUnavailable, PartnerProtocolError) as exc:
                if number + 1 >= self.retry.attempts or not getattr(exc, "retryable", True):
                    raise
                wait = self.retry.delay(number, getattr(exc, "retry_after", None), self._rng)
                log.info("Retrying %s in %.2f s (%s)", Safe(self.partner_name), wait, exc.code)
                self.retries += 1
                self.sleep(wait)
        raise AssertionError("unreachable")

    def _send(self, method: str, url: str, **kwargs: Any) -> bytes:
        try:
            return self._send_once(method, url, **kwargs)
        except AuthExpired:
            if not self.auth.invalidate():  # a token may have been revoked early: one more go
                raise
            return self._send_once(method, url, **kwargs)

    def _send_once(self, method: str, url: str, **kwargs: Any) -> bytes:
        headers = {**kwargs.pop("headers", {}), **self.auth.headers()}
        try:
            response, content = self.wire.send(method, url, headers=headers, **kwargs)
        except OffOrigin:
            raise _final(
                PartnerProtocolError(
                    "{partner_name} redirected Caseworker to another address, which it did not "
                    "follow (no credentials or data were sent there).",
                    hint="Report this to the partner's system administrator.",
                    partner_name=self.partner_name,
                )
            ) from None
        except DeadlinePassed:
            raise PartnerUnavailable(
                "{partner_name} took longer than {limits_request_deadline_s:.0f} seconds to "
                "answer, so Caseworker stopped waiting.",
                hint="Try again later; the records already held are unaffected.",
                partner_name=self.partner_name,
                limits_request_deadline_s=self.limits.request_deadline_s,
            ) from None
        except BodyTooLarge:
            raise _final(
                PartnerProtocolError(
                    "{partner_name} sent an answer larger than {value} MB, which Caseworker "
                    "refused.",
                    hint="Report this to the partner's system administrator.",
                    partner_name=self.partner_name,
                    value=self.limits.max_body_bytes // (1024 * 1024),
                )
            ) from None
        except requests.exceptions.SSLError:
            raise PartnerCertificateInvalid(
                "The certificate {partner_name} presented could not be verified, so Caseworker "
                "sent and accepted nothing.",
                hint="If the partner uses its own certificate authority, add its CA bundle to "
                "the partner's settings. Otherwise tell your administrator: it can mean the "
                "connection is being intercepted.",
                partner_name=self.partner_name,
            ) from None
        except requests.Timeout:
            raise PartnerUnavailable(
                "{partner_name} did not answer in time.",
                hint="Try again later.",
                partner_name=self.partner_name,
            ) from None
        except (
            requests.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ):
            raise PartnerUnavailable(
                "{partner_name} could not be reached.",
                hint="Check the network connection; the records already held are unaffected.",
                partner_name=self.partner_name,
            ) from None
        return self._check(response, content)

    def _check(self, response: requests.Response, content: bytes) -> bytes:
        status = response.status_code
        if status in (401, 403):
            raise AuthExpired(
                "{partner_name} refused Caseworker's credentials (HTTP {status}).",
                hint="Ask your administrator to renew the partner connection.",
                partner_name=self.partner_name,
                status=status,
            )
        if status == 429 or status >= 500:
            error = PartnerUnavailable(
                "{partner_name} is unavailable (HTTP {status}).",
                hint="Sync will continue from where it stopped next time.",
                partner_name=self.partner_name,
                status=status,
            )
            error.retry_after = _retry_after(response.headers.get("Retry-After"))
            raise error
        if status not in (200, 201, 202):
            refused = PartnerProtocolError(
                "{partner_name} answered HTTP {status} to a sync request.",
                hint="Report this to the partner's system administrator.",
                partner_name=self.partner_name,
                status=status,
            )
            refused.status = status
            refused.reason = _reason(content)
            raise _final(refused)
        return content

    def close(self) -> None:
        self.session.close()


REASON_CHARS = 300
"""The most of a partner's refusal kept: it is shown in the Outbox, not a document."""


def _reason(content: bytes) -> str:
    """A refusal's words from a JSON body `{"reason": "…"}` (or `error`), printable and short;
    empty when the body says none."""
    try:
        body = json.loads(content[:4096]) if content else None
    except (ValueError, UnicodeDecodeError):
        return ""
    if not isinstance(body, dict):
        return ""
    words = body.get("reason") or body.get("error")
    if not isinstance(words, str):
        return ""
    text = " ".join("".join(c for c in words if c.isprintable()).split())
    return text[:REASON_CHARS]


def _final(error: PartnerProtocolError) -> PartnerProtocolError:
    """Marks an error that asking again would only repeat."""
    error.retryable = False
    return error


def decode_answer(decode: Callable[[bytes], T], body: bytes, what: Phrase) -> T:
    """A whole answer decoded. JSON cut short (a dropped connection) may be retried; JSON of
    the wrong shape or nested past the decoder's depth would come back the same: final."""
    try:
        return decode(body)
    except msgspec.ValidationError as exc:
        raise _final(
            PartnerProtocolError("{what}.", hint="Details: {exc}", what=what, exc=exc)
        ) from None
    except RecursionError:
        raise _final(
            PartnerProtocolError(
                "{what}: it is nested more deeply than Caseworker reads.",
                hint="Report this to the partner's system administrator.",
                what=what,
            )
        ) from None
    except (msgspec.DecodeError, ValueError) as exc:
        raise PartnerProtocolError("{what}.", hint="Details: {exc}", what=what, exc=exc) from None
