"""A sandbox partner's MASH researcher: it receives multi-agency enquiries and answers them.

Each enquiry is answered `delay_s` seconds after it arrived (each partner has its own, so
answers come in one by one), as a MASH researcher would: the partner looks up the child
(by the record ids it was sent or, failing those, by name and birth date) and the household,
and shares its most recent records about them, or says it knows nothing. A partner set to
`withhold` answers with that reason instead (an active investigation, say); one set
`late` answers only once the deadline it was given has passed. The same key twice is the
same enquiry (docs/partner-api.md).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from caseworker.sandbox.records import PartnerData, SItem

RESEARCH_ITEMS = 12
"""The most recent records a partner shares per enquiry."""


@dataclass
class _Enquiry:
    rid: str
    body: dict[str, Any]
    received: float
    answer: dict[str, Any] | None = None


@dataclass
class EnquiryDesk:
    data: PartnerData
    delay_s: float = 2.0
    withhold: str | None = None
    """When set, every enquiry is answered 'withhold' with this reason."""
    late: bool = False
    """Answer only after the deadline the enquiry gave (respond_by) has passed."""
    _by_key: dict[str, _Enquiry] = field(default_factory=dict)
    _by_id: dict[str, _Enquiry] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def receive(self, body: dict[str, Any]) -> dict[str, str]:
        key = str(body["key"])
        with self._lock:
            found = self._by_key.get(key)
            if found is None:
                found = _Enquiry(f"enq-{len(self._by_id) + 1}", body, time.monotonic())
                self._by_key[key] = found
                self._by_id[found.rid] = found
            return {"id": found.rid, "status": "answered" if found.answer else "received"}

    def received(self) -> list[dict[str, Any]]:
        """Every enquiry this partner was sent (for tests to look at)."""
        with self._lock:
            return [e.body for e in self._by_id.values()]

    def status(self, rid: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._by_id.get(rid)
            if found is None:
                return None
            if found.answer is None and self._due(found):
                found.answer = self._answer(found)
            return found.answer or {"id": rid, "status": "pending"}

    # -- the same enquiries as FHIR Tasks, for a FHIR partner (caseworker.partners.fhir_task)

    def receive_task(self, task: dict[str, Any]) -> dict[str, Any] | None:
        """A Task asking for research: kept as an enquiry; the Task as stored, with its id.
        None when it carries no identifier to know it by."""
        key = next((str(i.get("value")) for i in task.get("identifier") or []), "")
        if not key:
            return None
        inputs = {str((i.get("type") or {}).get("text")): i for i in task.get("input") or []}
        child = str((task.get("for") or {}).get("reference", "")).removeprefix("Patient/")
        household = [
            str(i["valueReference"]["reference"]).removeprefix("Patient/")
            for i in task.get("input") or []
            if (i.get("type") or {}).get("text") == "household member"
        ]
        body = {
            "key": key,
            "respond_by": (task.get("restriction") or {}).get("period", {}).get("end"),
            "rating": {"asap": "red", "urgent": "amber", "routine": "green"}.get(
                str(task.get("priority")), "amber"
            ),
            "about": (inputs.get("about") or {}).get("valueString"),
            "concern": task.get("description"),
            "child": {"person_ids": [child] if child else []},
            "household_person_ids": household,
            "task": task,
        }
        receipt = self.receive(body)
        return self.task(receipt["id"])

    def task(self, rid: str) -> dict[str, Any] | None:
        """The Task for an enquiry, as the partner has changed it by now."""
        answer = self.status(rid)
        with self._lock:
            found = self._by_id.get(rid)
            if found is None or answer is None:
                return None
            task = {**found.body.get("task", {}), "id": rid}
        if answer.get("status") != "answered":
            return {**task, "status": "received"}
        task.update(
            {
                "lastModified": answer["answered_at"],
                "owner": {"display": answer["answered_by"]["name"]},
                "statusReason": {"text": answer["reason"]},
            }
        )
        if answer["decision"] == "withhold":
            return {**task, "status": "rejected"}
        outputs = [
            {
                "type": {"text": "research"},
                "valueAnnotation": {"time": f"{r['on']}T00:00:00Z", "text": r["summary"]},
            }
            for r in answer["research"]
        ]
        return {**task, "status": "completed", "output": outputs}

    def find_task(self, key: str) -> list[dict[str, Any]]:
        with self._lock:
            found = self._by_key.get(key)
        task = self.task(found.rid) if found is not None else None
        return [task] if task is not None else []

    def forget(self) -> None:
        """Lose every enquiry, as a desk restarted without its records would."""
        with self._lock:
            self._by_key.clear()
            self._by_id.clear()

    def _due(self, found: _Enquiry) -> bool:
        if time.monotonic() - found.received < self.delay_s:
            return False
        if self.late:
            respond_by = datetime.fromisoformat(str(found.body.get("respond_by")))
            return datetime.now(UTC) > respond_by
        return True

    def _answer(self, found: _Enquiry) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "id": found.rid,
            "status": "answered",
            "answered_at": datetime.now(UTC).isoformat(),
            "answered_by": {"name": f"{self.data.spec.name} MASH desk", "role": "MASH researcher"},
        }
        if self.withhold:
            return {**answer, "decision": "withhold", "reason": self.withhold, "research": []}
        people = self._people(found.body)
        items = sorted(
            (i for i in self.data.items if i.person_source_id in people),
            key=lambda i: i.on,
            reverse=True,
        )[:RESEARCH_ITEMS]
        if not items:
            return {
                **answer,
                "decision": "nothing_known",
                "reason": "We searched our systems and hold nothing about this child or household.",
                "research": [],
            }
        return {
            **answer,
            "decision": "share",
            "reason": "Relevant and proportionate to the concern; shared to safeguard the child.",
            "research": [_research(i) for i in items],
        }

    def _people(self, body: dict[str, Any]) -> set[str]:
        child = body.get("child") or {}
        people = set(child.get("person_ids") or []) | set(body.get("household_person_ids") or [])
        if child.get("person_ids"):
            return people
        born = child.get("birth_date")
        for person in self.data.persons:  # not sent our ids: search by name and birth date
            if (
                (person.given or "").lower() == str(child.get("given") or "").lower()
                and (person.family or "").lower() == str(child.get("family") or "").lower()
                and born is not None
                and person.birth_date == date.fromisoformat(born)
            ):
                people.add(person.source_id)
        return people


def _research(item: SItem) -> dict[str, Any]:
    words = item.title if not item.severity else f"{item.title} ({item.severity})"
    return {"on": item.on.isoformat(), "summary": words, "person_id": item.person_source_id}
