"""The wire under the partner client: where a request may go, how long it may take, how big
an answer may be.

A partner is one origin (scheme, host and port). Nothing a partner sends can make Caseworker
talk to another: redirects are followed by hand and only within the origin, and every URL a
partner hands back (a FHIR `next` link, say) is checked the same way before it is fetched,
so credentials never leave it. Plain http is allowed only on loopback.

A socket read timeout alone does not bound a request (a server that drips one byte every few
seconds never trips it), so each request also has an overall deadline: a watchdog shuts the
request's sockets down when it passes. Bodies are read in chunks and refused past a size cap.
The environment's proxies and CA bundle are not trusted for partners (`trust_env` is off):
a partner's own CA bundle is configured on the partner.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import weakref
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from caseworker.partners.config import Limits

__all__ = ["Limits"]


class OffOrigin(Exception):
    """A URL outside the partner's origin, or plain http to a host that is not loopback."""


class DeadlinePassed(Exception):
    """The request's overall deadline passed and its connection was closed."""


class BodyTooLarge(Exception):
    """The answer is larger than the partner's body limit."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin_of(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), port or (443 if scheme == "https" else 80)


def checked_url(url: str, base: str, allowed: frozenset[tuple[str, str, int]]) -> str:
    """`url` resolved against `base`, if it stays within the allowed origins and uses https
    (or http on loopback); otherwise OffOrigin."""
    absolute = urljoin(base, url)
    origin = origin_of(absolute)
    scheme, host, _port = origin
    if origin not in allowed:
        raise OffOrigin(f"{scheme}://{host}")
    if scheme != "https" and not (scheme == "http" and is_loopback(host)):
        raise OffOrigin(f"{scheme}://{host}")
    return absolute


class _SocketRegistry:
    """The sockets one partner client has opened, so a watchdog can close them."""

    def __init__(self) -> None:
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._lock = threading.Lock()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def shut_all(self) -> None:
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _watched_pool(pool: type[HTTPConnectionPool], registry: _SocketRegistry) -> type:
    base_conn = pool.ConnectionCls

    def _new_conn(self: HTTPConnection) -> socket.socket:
        sock = base_conn._new_conn(self)  # type: ignore[attr-defined]
        registry.add(sock)
        return sock

    conn = type(f"Watched{base_conn.__name__}", (base_conn,), {"_new_conn": _new_conn})
    return type(f"Watched{pool.__name__}", (pool,), {"ConnectionCls": conn})


class _WatchedAdapter(HTTPAdapter):
    def __init__(self, registry: _SocketRegistry) -> None:
        self._registry = registry
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        assert HTTPSConnectionPool.ConnectionCls is HTTPSConnection
        self.poolmanager.pool_classes_by_scheme = {
            "http": _watched_pool(HTTPConnectionPool, self._registry),
            "https": _watched_pool(HTTPSConnectionPool, self._registry),
        }


def partner_session(
    verify: str | bool = True, cert: str | None = None
) -> tuple[requests.Session, _SocketRegistry]:
    """A session for one partner: environment ignored, sockets watched, no automatic retries."""
    session = requests.Session()
    session.trust_env = False  # no proxies or CA bundle from the environment
    session.verify = verify
    if cert:
        session.cert = cert
    registry = _SocketRegistry()
    adapter = _WatchedAdapter(registry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session, registry


_REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


class Wire:
    """Sends one partner's requests within its origin, its deadline and its body limit.

    Not shared between threads: one partner's sync at a time uses it."""

    def __init__(
        self,
        session: requests.Session,
        registry: _SocketRegistry | None,
        origins: frozenset[tuple[str, str, int]],
        limits: Limits,
        timeout: tuple[float, float],
    ) -> None:
        self.session = session
        self.registry = registry
        self.origins = origins
        self.limits = limits
        self.timeout = timeout

    def check(self, url: str, base: str) -> str:
        """`url` (absolute, or relative to `base`) if it stays with this partner."""
        return checked_url(url, base, self.origins or frozenset({origin_of(base)}))

    def send(self, method: str, url: str, **kwargs: Any) -> tuple[requests.Response, bytes]:
        """The response and its whole body. Raises OffOrigin, DeadlinePassed, BodyTooLarge or
        what requests raises."""
        expired = threading.Event()

        def shut() -> None:
            expired.set()
            if self.registry is not None:
                self.registry.shut_all()

        timer = threading.Timer(self.limits.request_deadline_s, shut)
        timer.daemon = True
        timer.start()
        try:
            answer = self._follow(method, url, **kwargs)
            if expired.is_set():  # a body cut short by the watchdog can look complete
                raise DeadlinePassed()
            return answer
        except (requests.RequestException, OSError):
            if expired.is_set():
                raise DeadlinePassed() from None
            raise
        finally:
            timer.cancel()
            if expired.is_set():
                self.session.close()  # its pooled connections were shut down

    def _follow(self, method: str, url: str, **kwargs: Any) -> tuple[requests.Response, bytes]:
        url = self.check(url, url)
        for _ in range(MAX_REDIRECTS + 1):
            response = self.session.request(
                method,
                url,
                timeout=self.timeout,
                allow_redirects=False,
                stream=True,
                # verify on every request: requests would otherwise let REQUESTS_CA_BUNDLE
                # replace the partner's own CA bundle.
                verify=self.session.verify,
                **kwargs,
            )
            if response.status_code not in _REDIRECTS:
                return response, self._read(response)
            location = response.headers.get("Location", "")
            response.close()
            url = self.check(location, url)  # OffOrigin: nothing is sent there
            if response.status_code == 303 or (
                response.status_code in (301, 302) and method == "POST"
            ):
                method = "GET"
                kwargs.pop("json", None)
                kwargs.pop("data", None)
        raise OffOrigin("too many redirects")

    def _read(self, response: requests.Response) -> bytes:
        limit = self.limits.max_body_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            response.close()
            raise BodyTooLarge()
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > limit:
                response.close()
                raise BodyTooLarge()
            chunks.append(chunk)
        return b"".join(chunks)
