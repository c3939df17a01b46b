"""Loopback HTTP servers for sandbox partners: FHIR R4 search and the Case Sharing feed.

Each partner is one ThreadingHTTPServer on 127.0.0.1. Faults can be switched on for tests
and demos: a number of upcoming requests answered 503, or a fixed latency.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import msgspec

from caseworker.agreements.model import SignedAgreement
from caseworker.partners.fhir_codes import SYNCED_TYPES
from caseworker.sandbox.auth import SandboxAuth
from caseworker.sandbox.desk import RequestDesk
from caseworker.sandbox.feed import Feed, FeedEntry
from caseworker.sandbox.records import PartnerSpec

MAX_PAGE = 500


@dataclass
class Faults:
    """Faults a partner server injects; changed by tests (and `sandbox --fault`) while it runs.

    Counters apply to that many upcoming requests each; `drift` and `latency_s` stay on.
    """

    fail_requests: int = 0
    fail_status: int = 503
    latency_s: float = 0.0
    rate_limited: int = 0
    retry_after_s: int = 1
    drop_connections: int = 0
    """Send the headers and half the body, then close the connection."""
    truncate_bodies: int = 0
    """Send half the body with a Content-Length that matches it: JSON that ends early."""
    replay_pages: int = 0
    """Answer a change-list request with the page served before it."""
    max_page: int | None = None
    """A page limit the server imposes, whatever the client asks for."""
    drift: bool = False
    """Add fields the protocol does not define to every record, as a newer partner might."""

    def take(self, name: str) -> bool:
        count = getattr(self, name)
        if count > 0:
            setattr(self, name, count - 1)
            return True
        return False

    def take_failure(self) -> bool:
        return self.take("fail_requests")


WRITE_KINDS = ("notes", "tasks", "referrals", "audit", "decisions")
"""The Case Sharing write endpoints besides access requests and alerts."""


class _Handler(BaseHTTPRequestHandler):
    server: PartnerServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, keep-alive requests stall ~40 ms
    # on the client's delayed ACK.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # request lines may carry search terms; keep them out of any output

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        faults = self.server.faults
        if status == 200 and faults.take("truncate_bodies"):
            body = body[: len(body) // 2]
        if status == 200 and faults.take("drop_connections"):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any, content_type: str = "application/json") -> None:
        self._send(status, json.dumps(payload, separators=(",", ":")).encode(), content_type)

    def _authorised(self, path: str) -> bool:
        """Everything but the sandbox's info and the token endpoint needs the credentials."""
        if path in ("/_sandbox/info", "/oauth/token"):
            return True
        headers = {k.lower(): v for k, v in self.headers.items()}
        if self.server.auth.allows(headers):
            return True
        self._json(401, {"error": "credentials missing, wrong or expired"})
        return False

    def _token(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        token = self.server.auth.issue(
            self.headers.get("Authorization", ""), self.rfile.read(length)
        )
        if token is None:
            self._json(401, {"error": "invalid_client"})
        else:
            self._json(200, token)

    def do_POST(self) -> None:
        partner = self.server
        if urlsplit(self.path).path == "/oauth/token":
            self._token()
            return
        if not self._authorised(urlsplit(self.path).path):
            return
        if partner.faults.latency_s:
            time.sleep(partner.faults.latency_s)
        if partner.faults.take_failure():
            self._json(HTTPStatus.SERVICE_UNAVAILABLE, {"error": "service unavailable"})
            return
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._json(400, {"error": "not JSON"})
            return
        if partner.desk is not None and partner.spec.protocol == "fhir" and path == "/fhir/Task":
            task = partner.desk.enquiries.receive_task(body) if isinstance(body, dict) else None
            if task is None:
                self._json(400, _outcome("a Task needs an identifier"), "application/fhir+json")
            else:
                self._json(201, task, "application/fhir+json")
        elif (
            partner.desk is not None
            and partner.spec.protocol == "fhir"
            and path == "/fhir/Communication"
        ):
            key = next((str(i.get("value")) for i in body.get("identifier") or []), "")
            written = partner.desk.receive_write("decisions", {**body, "key": key})
            self._json(201, {**body, "id": written["id"]}, "application/fhir+json")
        elif partner.desk is not None and path in (
            partner.endpoint("access-requests"),
            partner.endpoint("alerts"),
        ):
            receipt = partner.desk.receive(body)
            if receipt is None:
                self._json(
                    404,
                    {
                        "error": "no such record",
                        "reason": "We hold no record with that reference; it may have been "
                        "deleted or merged into another.",
                    },
                )
            else:
                self._json(202, receipt)
        elif partner.desk is not None and path == partner.endpoint("enquiries"):
            if not isinstance(body, dict) or not body.get("key"):
                self._json(400, {"error": "an idempotency key is required"})
            else:
                self._json(202, partner.desk.enquiries.receive(body))
        elif partner.desk is not None and path in {partner.endpoint(k) for k in WRITE_KINDS}:
            if not isinstance(body, dict) or not body.get("key"):
                self._json(400, {"error": "an idempotency key is required"})
            else:
                self._json(202, partner.desk.receive_write(path.rsplit("/", 1)[-1], body))
        else:
            self._json(404, {"error": "not found"})

    def do_GET(self) -> None:
        partner = self.server
        if partner.faults.latency_s:
            time.sleep(partner.faults.latency_s)
        if partner.faults.take_failure():
            self._json(partner.faults.fail_status, {"error": "server error"})
            return
        if partner.faults.take("rate_limited"):
            body = b'{"error":"too many requests"}'
            self.send_response(HTTPStatus.TOO_MANY_REQUESTS)
            self.send_header("Retry-After", str(partner.faults.retry_after_s))
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        url = urlsplit(self.path)
        if not self._authorised(url.path):
            return
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if url.path == "/_sandbox/info":
            spec = partner.spec
            self._json(
                200,
                {
                    "id": spec.partner_id,
                    "name": spec.name,
                    "agency": spec.agency,
                    "protocol": spec.protocol,
                    "public_key": partner.public_key,
                },
            )
        elif partner.desk is not None and url.path == partner.endpoint("audit/head"):
            self._json(200, partner.desk.audit_head(query.get("chain", "")))
        elif partner.desk is not None and url.path.startswith(
            partner.endpoint("access-requests") + "/"
        ):
            answer = partner.desk.status(url.path.rsplit("/", 1)[-1])
            self._json(
                200 if answer else 404,
                answer
                or {
                    "error": "no such request",
                    "reason": "We have no record of this request (our request desk was reset). "
                    "Ask again if you still need it.",
                },
            )
        elif partner.desk is not None and url.path in ("/fhir/Task", "/fhir/Communication"):
            key = query.get("identifier", "").rpartition("|")[2]
            if url.path == "/fhir/Task":
                found = partner.desk.enquiries.find_task(key)
            else:
                held = partner.desk.writes.get("decisions", {}).get(key)
                found = [{**held, "id": f"decisions-{key[:8]}"}] if held else []
            self._json(
                200,
                {
                    "resourceType": "Bundle",
                    "type": "searchset",
                    "total": len(found),
                    "entry": [{"resource": r} for r in found],
                },
                "application/fhir+json",
            )
        elif partner.desk is not None and url.path.startswith("/fhir/Task/"):
            task = partner.desk.enquiries.task(url.path.rsplit("/", 1)[-1])
            self._json(
                200 if task else 404,
                task or _outcome("no such Task (the desk was reset)"),
                "application/fhir+json",
            )
        elif partner.desk is not None and url.path.startswith(partner.endpoint("enquiries") + "/"):
            reply = partner.desk.enquiries.status(url.path.rsplit("/", 1)[-1])
            self._json(
                200 if reply else 404,
                reply
                or {
                    "error": "no such enquiry",
                    "reason": "We have no record of this enquiry (our MASH desk was reset).",
                },
            )
        elif url.path == urlsplit(partner.agreements_url).path:
            self._json(200, {"agreements": [msgspec.to_builtins(a) for a in partner.published()]})
        elif spec_route := partner.route(url.path):
            spec_route(self, query)
        else:
            self._json(404, {"error": "not found"})


def _fhir_search(handler: _Handler, rtype: str, query: dict[str, str]) -> None:
    feed = handler.server.feed
    count = min(int(query.get("_count", "100")), handler.server.faults.max_page or MAX_PAGE)
    after = None
    if (since := query.get("_lastUpdated")) is not None:
        if not since.startswith("gt"):
            handler._json(
                400, _outcome("only _lastUpdated=gt<instant> is supported"), "application/fhir+json"
            )
            return
        after = datetime.fromisoformat(since[2:])
    entries, more = feed.since_time(rtype, after, count)
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "type": "searchset",
        "link": [{"relation": "self", "url": handler.server.url(handler.path)}],
        "entry": [_fhir_entry(e, handler.server.faults.drift) for e in entries],
    }
    if more and entries:
        nxt = {"_lastUpdated": "gt" + entries[-1].updated.isoformat(), "_count": str(count)}
        path = f"/fhir/{rtype}?{urlencode(nxt)}"
        bundle["link"].append({"relation": "next", "url": handler.server.url(path)})
    body = json.dumps(bundle, separators=(",", ":"))
    for e in entries:  # a malformed payload is spliced in verbatim, as a faulty partner would
        if e.raw is not None:
            body = body.replace(json.dumps(_raw_marker(e)), e.raw)
    handler._send(200, body.encode(), "application/fhir+json")


def _fhir_capabilities(handler: _Handler, _query: dict[str, str]) -> None:
    """The sandbox's CapabilityStatement: every type Caseworker reads, searchable by
    _lastUpdated and _count, with type-level history (so deletions come from _history)."""
    statement = {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "kind": "instance",
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "software": {"name": "Caseworker sandbox"},
        "rest": [
            {
                "mode": "server",
                "resource": [
                    {
                        "type": rtype,
                        "interaction": [{"code": "search-type"}, {"code": "history-type"}],
                        "searchParam": [
                            {"name": "_lastUpdated", "type": "date"},
                            {"name": "_count", "type": "number"},
                        ],
                    }
                    for rtype in SYNCED_TYPES
                ],
            }
        ],
    }
    handler._json(200, statement, "application/fhir+json")


def _fhir_history(handler: _Handler, rtype: str, query: dict[str, str]) -> None:
    """`{type}/_history?_since=`: the deletions since then, as DELETE entries (the sandbox
    leaves out the other versions, which a search with _lastUpdated already gives)."""
    try:
        since = datetime.fromisoformat(query["_since"])
    except (KeyError, ValueError):
        handler._json(400, _outcome("_since=<instant> is required"), "application/fhir+json")
        return
    count = min(int(query.get("_count", "100")), MAX_PAGE)
    entries, more = handler.server.feed.deleted_since(rtype, since, count)
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "type": "history",
        "link": [{"relation": "self", "url": handler.server.url(handler.path)}],
        "entry": [
            {
                "fullUrl": handler.server.url(f"/fhir/{e.rtype}/{e.rid}"),
                "request": {"method": "DELETE", "url": f"{e.rtype}/{e.rid}"},
                "response": {"status": "204", "lastModified": e.updated.isoformat()},
            }
            for e in entries
        ],
    }
    if more and entries:
        nxt = {"_since": (entries[-1].updated + timedelta(microseconds=1)).isoformat()}
        path = f"/fhir/{rtype}/_history?{urlencode({**nxt, '_count': str(count)})}"
        bundle["link"].append({"relation": "next", "url": handler.server.url(path)})
    handler._json(200, bundle, "application/fhir+json")


def _raw_marker(entry: FeedEntry) -> str:
    return f"@@raw:{entry.rtype}/{entry.rid}@@"


def _fhir_entry(entry: FeedEntry, drift: bool = False) -> Any:
    if entry.raw is not None:
        return {"fullUrl": f"{entry.rtype}/{entry.rid}", "resource": _raw_marker(entry)}
    resource = dict(entry.body or {})
    resource["meta"] = {"versionId": str(entry.seq), "lastUpdated": entry.updated.isoformat()}
    if drift:  # elements a newer server version adds, which an R4 client must ignore
        resource["text"] = {
            "status": "generated",
            "div": '<div xmlns="http://www.w3.org/1999/xhtml"/>',
        }
        resource["x_vendor_extension"] = {"build": "2.1"}
    return {"fullUrl": f"{entry.rtype}/{entry.rid}", "resource": resource}


def _outcome(text: str) -> dict[str, Any]:
    return {
        "resourceType": "OperationOutcome",
        "issue": [{"severity": "error", "code": "invalid", "diagnostics": text}],
    }


def _case_changes(handler: _Handler, query: dict[str, str]) -> None:
    feed = handler.server.feed
    limit = min(int(query.get("limit", "200")), handler.server.faults.max_page or MAX_PAGE)
    cursor = query.get("cursor") or "0"
    if not cursor.isdigit():
        handler._json(400, {"error": "invalid cursor"})
        return
    entries, last, more = feed.since_seq(int(cursor), limit)
    changes: list[Any] = []
    for e in entries:
        if e.raw is not None:
            changes.append(_raw_marker(e))
            continue
        change: dict[str, Any] = {
            "type": e.rtype,
            "id": e.rid,
            "version": e.seq,
            "updated": e.updated.isoformat(),
            "deleted": e.body is None,
        }
        if e.body is not None:
            change["data"] = e.body
            if handler.server.faults.drift:
                change["data"] = {**e.body, "x_partner_extension": {"schema": "2.1"}}
                change["x_audit"] = {"exported_by": "batch"}
        changes.append(change)
    body = json.dumps(
        {"changes": changes, "cursor": str(last), "more": more}, separators=(",", ":")
    )
    for e in entries:
        if e.raw is not None:
            body = body.replace(json.dumps(_raw_marker(e)), e.raw)
    server = handler.server
    previous = server.previous_page
    server.previous_page = body.encode()
    if previous is not None and server.faults.take("replay_pages"):
        handler._send(200, previous, "application/json")
        return
    handler._send(200, body.encode(), "application/json")


class PartnerServer(ThreadingHTTPServer):
    """One sandbox partner on loopback."""

    daemon_threads = True

    def __init__(
        self,
        spec: PartnerSpec,
        feed: Feed,
        host: str = "127.0.0.1",
        port: int = 0,
        published: Callable[[], list[SignedAgreement]] | None = None,
        public_key: str | None = None,
    ) -> None:
        super().__init__((host, port), _Handler)
        self.spec = spec
        self.feed = feed
        self.published: Callable[[], list[SignedAgreement]] = published or list
        self.public_key = public_key
        self.desk: RequestDesk | None = None
        self.auth = SandboxAuth()
        self.previous_page: bytes | None = None
        self.faults = Faults()
        self._thread: threading.Thread | None = None

    scheme = "http"

    def use_tls(self, certificate: str, private_key: str) -> None:
        """Serve over TLS with this certificate (for tests of certificate checking)."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certificate, private_key)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.scheme = "https"

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        root = "/fhir" if self.spec.protocol == "fhir" else "/api/v1"
        return f"{self.scheme}://{host!s}:{port}{root}"

    @property
    def agreements_url(self) -> str:
        """A FHIR server publishes its agreements beside, not inside, its FHIR base."""
        if self.spec.protocol == "fhir":
            return self.url("/agreements")
        return f"{self.base_url}/agreements"

    def endpoint(self, name: str) -> str:
        """The path of a Case Sharing endpoint beside the agreements (access-requests, alerts)."""
        return urlsplit(self.agreements_url).path.removesuffix("/agreements") + f"/{name}"

    def endpoint_url(self, name: str) -> str:
        """The full URL of a Case Sharing endpoint (for tests and tools)."""
        return self.url(self.endpoint(name))

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"{self.scheme}://{host!s}:{port}{path}"

    def route(self, path: str) -> Any:
        if self.spec.protocol == "fhir" and path == "/fhir/metadata":
            return _fhir_capabilities
        if self.spec.protocol == "fhir" and path.startswith("/fhir/"):
            rtype = path.removeprefix("/fhir/")
            if rtype in SYNCED_TYPES:
                return lambda h, q: _fhir_search(h, rtype, q)
            if rtype.endswith("/_history") and rtype.removesuffix("/_history") in SYNCED_TYPES:
                return lambda h, q: _fhir_history(h, rtype.removesuffix("/_history"), q)
        if self.spec.protocol == "case" and path == "/api/v1/changes":
            return _case_changes
        return None

    def start(self) -> PartnerServer:
        self._thread = threading.Thread(
            target=self.serve_forever, name=f"sandbox-{self.spec.partner_id}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
