"""A sandbox partner's request desk: it receives access requests and break-glass alerts, the
team's notes, tasks, referrals and MASH decisions, and (through its `enquiries` desk)
multi-agency enquiries.

Requests are decided after `delay_s` seconds (configurable, for demos and tests): granted,
except narratives of missing-person episodes (police release those only through their
missing persons coordinator) and of MARAC referrals (MARAC minutes stay within MARAC).
A granted field is released by publishing the record again with the field named in
`released`, so it arrives with the next sync.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from caseworker.partners.fhir_codes import RELEASED_EXTENSION
from caseworker.sandbox import wire
from caseworker.sandbox.enquiry_desk import EnquiryDesk
from caseworker.sandbox.feed import Feed
from caseworker.sandbox.records import PartnerData, SItem

NEVER_RELEASED = frozenset({"missing_episode", "marac_referral"})


@dataclass
class _Request:
    rid: str
    record_id: str
    field: str
    reason: str
    received: float
    status: str = "pending"


@dataclass
class RequestDesk:
    data: PartnerData
    feed: Feed
    delay_s: float = 1.0
    alerts: list[dict[str, Any]] = field(default_factory=list)
    writes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """Notes, tasks, referrals and audit entries received, by kind then idempotency key."""
    _by_key: dict[str, _Request] = field(default_factory=dict)
    _by_id: dict[str, _Request] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    enquiries: EnquiryDesk = field(init=False)
    """The partner's MASH researcher, who answers multi-agency enquiries."""

    def __post_init__(self) -> None:
        self.enquiries = EnquiryDesk(self.data)

    def receive(self, body: dict[str, Any]) -> dict[str, str] | None:
        """An access request or an alert; the same key twice gets the same answer. None for
        a request about a record this partner does not hold (the server refuses it, 404)."""
        key = str(body.get("key", ""))
        with self._lock:
            if body.get("kind") == "break_glass_alert":
                if key not in {a.get("key") for a in self.alerts}:
                    self.alerts.append(body)
                return {"id": f"alert-{key[:8]}", "status": "acknowledged"}
            request = self._by_key.get(key)
            record = str(body.get("record_id"))
            if request is None and not any(i.source_id == record for i in self.data.items):
                return None
            if request is None:
                request = _Request(
                    f"req-{len(self._by_id) + 1}",
                    record,
                    str(body.get("field")),
                    str(body.get("reason", "")),
                    time.monotonic(),
                )
                self._by_key[key] = request
                self._by_id[request.rid] = request
            return {"id": request.rid, "status": request.status}

    def receive_write(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        """A note, task, referral or audit batch; the same key twice is stored once. An
        audit batch is answered with the head the organisation now holds of that log."""
        key = str(body.get("key", ""))
        with self._lock:
            stored = self.writes.setdefault(kind, {})
            stored.setdefault(key, body)
            receipt: dict[str, Any] = {
                "id": f"{kind}-{list(stored).index(key) + 1}",
                "status": "accepted",
            }
            if kind == "audit" and (head := self._audit_head(str(body.get("chain")))):
                receipt["head"] = head
            return receipt

    def audit_head(self, chain: str) -> dict[str, Any]:
        """The last entry held of one computer's log ({"seq": 0} when none)."""
        with self._lock:
            return self._audit_head(chain) or {"seq": 0, "hash": ""}

    def _audit_head(self, chain: str) -> dict[str, Any] | None:
        entries = [
            e
            for batch in self.writes.get("audit", {}).values()
            if batch.get("chain") == chain
            for e in batch.get("entries", [])
        ]
        last = max(entries, key=lambda e: int(e["seq"]), default=None)
        return {"seq": int(last["seq"]), "hash": str(last["hash"])} if last else None

    def forget_requests(self) -> None:
        """Lose every access request received, as a partner's desk restarted without its
        records would: asking about one then answers 404."""
        with self._lock:
            self._by_key.clear()
            self._by_id.clear()

    def status(self, rid: str) -> dict[str, str] | None:
        with self._lock:
            request = self._by_id.get(rid)
            if request is None:
                return None
            if request.status == "pending" and time.monotonic() - request.received >= self.delay_s:
                self._decide(request)
            return {"id": request.rid, "status": request.status}

    def _decide(self, request: _Request) -> None:
        item = next((i for i in self.data.items if i.source_id == request.record_id), None)
        if item is None or item.category in NEVER_RELEASED:
            request.status = "refused"
            return
        request.status = "granted"
        self._publish_released(item, request.field)

    def _publish_released(self, item: SItem, field_id: str) -> None:
        if self.data.spec.protocol == "fhir":
            assert item.fhir_type is not None
            body = wire.health_resource(item)
            body["extension"] = [{"url": RELEASED_EXTENSION, "valueString": field_id}]
            self.feed.put(item.fhir_type, item.source_id, body)
        else:
            body = wire.case_record(item)
            body["released"] = [field_id]
            self.feed.put("record", item.source_id, body)
