"""Multi-agency enquiries to a FHIR partner, as a FHIR R4 `Task`, and the decision after it as
a `Communication` (docs/partner-api.md, "FHIR partners").

The enquiry is a Task (`intent` order, `status` requested) for the child's Patient, with
the deadline as `restriction.period.end`, the rating as its `priority` (red asap, amber
urgent, green routine), the concern and lawful basis as `input`s and the household's
Patients as `input` references; its `identifier` is the outbox key, so the client finds a
Task it created before the answer was lost instead of creating another. The partner
answers by changing the Task: `completed` with its research as `output`s (an `Annotation`
with the date and the words, or a string), or none when it knows nothing; `rejected` with
`statusReason` when it withholds. Any other status is still pending.
"""

from __future__ import annotations

from typing import Any

IDENTIFIER_SYSTEM = "urn:caseworker:outbox"
PRIORITY = {"red": "asap", "amber": "urgent", "green": "routine"}
TASK_TEXT = "Multi-agency safeguarding enquiry"


def enquiry_task(body: dict[str, Any], key: str, requester: dict[str, str]) -> dict[str, Any]:
    """The Task asking the partner to research, from an enquiry's outbox body."""
    child = body.get("child") or {}
    inputs: list[dict[str, Any]] = [
        {"type": {"text": "about"}, "valueString": body.get("about", "")},
        {"type": {"text": "concern"}, "valueString": body.get("concern", "")},
        {"type": {"text": "lawful basis"}, "valueString": body.get("lawful_basis", "")},
    ]
    named = " ".join(str(p) for p in (child.get("given"), child.get("family")) if p)
    if named or child.get("birth_date"):
        inputs.append(
            {
                "type": {"text": "child as named"},
                "valueString": ", ".join(
                    p for p in (named, child.get("birth_date"), child.get("postcode")) if p
                ),
            }
        )
    inputs += [
        {"type": {"text": "household member"}, "valueReference": {"reference": f"Patient/{p}"}}
        for p in body.get("household_person_ids") or []
    ]
    task: dict[str, Any] = {
        "resourceType": "Task",
        "identifier": [{"system": IDENTIFIER_SYSTEM, "value": key}],
        "status": "requested",
        "intent": "order",
        "priority": PRIORITY.get(str(body.get("rating")), "urgent"),
        "code": {"text": TASK_TEXT},
        "description": body.get("concern", ""),
        "authoredOn": body.get("opened_at"),
        "requester": {"display": _who(requester)},
        "restriction": {"period": {"end": body.get("respond_by")}},
        "input": inputs,
    }
    person_ids = child.get("person_ids") or []
    if person_ids:
        task["for"] = {"reference": f"Patient/{person_ids[0]}"}
    return task


def reply_from_task(task: dict[str, Any]) -> dict[str, Any]:
    """The partner's answer in the Case Sharing reply's shape (caseworker.partners.outbox_client
    .EnquiryReply): pending, shared, nothing known, or withheld with the reason."""
    rid, status = str(task.get("id", "")), task.get("status")
    reply: dict[str, Any] = {"id": rid, "status": "pending"}
    if status not in ("completed", "rejected"):
        return reply
    reason = _text(task.get("statusReason")) or _text(task.get("businessStatus"))
    research = [r for r in map(_research, task.get("output") or []) if r is not None]
    owner = task.get("owner") or {}
    return {
        **reply,
        "status": "answered",
        "decision": "withhold"
        if status == "rejected"
        else "share"
        if research
        else "nothing_known",
        "reason": reason,
        "answered_at": task.get("lastModified") or (task.get("meta") or {}).get("lastUpdated"),
        "answered_by": {"name": str(owner.get("display", "")), "role": ""} if owner else None,
        "research": research,
    }


def decision_communication(
    body: dict[str, Any], key: str, requester: dict[str, str]
) -> dict[str, Any]:
    """The MASH's decision, told to a FHIR partner as a Communication about the child."""
    words = str(body.get("outcome_words", ""))
    if body.get("rationale"):
        words += f"\n\n{body['rationale']}"
    resource: dict[str, Any] = {
        "resourceType": "Communication",
        "identifier": [{"system": IDENTIFIER_SYSTEM, "value": key}],
        "status": "completed",
        "category": [{"text": "MASH decision"}],
        "sent": body.get("decided_at"),
        "sender": {"display": _who(requester)},
        "payload": [{"contentString": words}],
    }
    if body.get("person_id"):
        resource["subject"] = {"reference": f"Patient/{body['person_id']}"}
    if body.get("enquiry_id"):
        resource["basedOn"] = [{"reference": f"Task/{body['enquiry_id']}"}]
    return resource


def _who(requester: dict[str, str]) -> str:
    name, role = requester.get("name", ""), requester.get("role", "")
    return f"{name} ({role})" if name and role else name or role


def _text(concept: Any) -> str | None:
    if not isinstance(concept, dict):
        return None
    text = concept.get("text") or next(
        (c.get("display") for c in concept.get("coding") or [] if c.get("display")), None
    )
    return str(text) if text else None


def _research(output: dict[str, Any]) -> dict[str, Any] | None:
    note = output.get("valueAnnotation")
    if isinstance(note, dict) and note.get("text"):
        when = str(note.get("time") or "")[:10] or None
        return {"on": when, "summary": str(note["text"])}
    if output.get("valueString"):
        return {"on": None, "summary": str(output["valueString"])}
    return None
