"""A multi-agency enquiry to a FHIR server nobody here wrote (Medplum's FHIR router on
loopback): asked as a Task for the child's Patient, found again rather than created twice,
answered by the trust changing the Task (completed with its research, or rejected with its
reason), and the decision told as a Communication based on the Task."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from caseworker.partners.connectors import connector_for
from caseworker.profile import DEMO_PROFILE
from caseworker.services.contacts import ContactDraft, choose_match, record_contact
from caseworker.services.decisions import decide
from caseworker.services.enquiries import open_enquiry, show_enquiry
from caseworker.store.models import OutboxMessage, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.outbox import exchange_outbox
from tests.support import fhir_server
from tests.support.fhir_partner import trust_partner

pytestmark = fhir_server.skip_unless_ready()

PATIENT = {
    "resourceType": "Patient",
    "name": [{"family": "Example", "given": ["Ada"]}],
    "birthDate": "2018-03-02",
    "gender": "female",
}


@pytest.fixture
def server() -> Iterator[fhir_server.FhirServer]:
    with fhir_server.running() as running:
        yield running


def _enquire(store: Store, server: fhir_server.FhirServer) -> tuple[int, int, str]:
    """The Patient synced, a contact matched to it, an amber enquiry to the trust, sent."""
    patient = server.call("POST", "Patient", PATIENT)["id"]
    config = trust_partner(store, server.base_url)
    assert SyncService(store).sync_all().ok
    with store.session() as s:
        citizen = s.scalar(select(SourcePerson.citizen_id).where(SourcePerson.source_id == patient))
    assert citizen is not None
    contact = record_contact(
        store,
        ContactDraft(
            raised_by="Ms Price, Year 4 teacher",
            referrer_agency="Hillside Academy",
            about="neglect",
            concern="Came to school hungry three days running.",
            child_given="Ada",
            child_family="Example",
        ),
        entered_by="M. Hub",
    )
    choose_match(store, contact, citizen, by="M. Hub")
    enquiry = open_enquiry(
        store, contact, rating="amber", partners=[config.partner_id], by="M. Hub"
    )
    exchange_outbox(store, connector_for(config), DEMO_PROFILE)
    return contact, enquiry, patient


def test_an_enquiry_is_a_task_the_trust_completes_with_its_research(
    server: fhir_server.FhirServer, store: Store
) -> None:
    contact, enquiry, patient = _enquire(store, server)
    tasks = server.search("Task")["entry"]
    assert len(tasks) == 1
    task = tasks[0]["resource"]
    assert task["status"] == "requested" and task["intent"] == "order"
    assert task["for"]["reference"] == f"Patient/{patient}" and task["priority"] == "urgent"
    assert task["restriction"]["period"]["end"] == show_enquiry(store, enquiry).due.isoformat()

    # Sent again after a lost answer: the Task is found by its identifier, not made twice.
    with store.session() as s:
        s.execute(
            OutboxMessage.__table__.update()
            .where(OutboxMessage.kind == "enquiry")
            .values(status="queued", remote_id=None)
        )
    config = trust_partner(store, server.base_url)
    exchange_outbox(store, connector_for(config), DEMO_PROFILE)
    assert len(server.search("Task")["entry"]) == 1
    assert show_enquiry(store, enquiry).answers[0].state == "asked"

    # The trust's safeguarding team completes the Task with what it shares.
    task.update(
        {
            "status": "completed",
            "owner": {"display": "Named nurse for safeguarding"},
            "statusReason": {"text": "Relevant to the concern."},
            "output": [
                {
                    "type": {"text": "research"},
                    "valueAnnotation": {
                        "time": "2026-11-28T10:00:00Z",
                        "text": "Missed two health visitor appointments",
                    },
                },
                {"type": {"text": "research"}, "valueString": "Not registered with a dentist"},
            ],
        }
    )
    server.put(task)
    exchange_outbox(store, connector_for(config), DEMO_PROFILE)
    (answer,) = show_enquiry(store, enquiry).answers
    assert answer.decision == "share" and answer.answered_by == "Named nurse for safeguarding"
    assert [r.summary for r in answer.research] == [
        "Missed two health visitor appointments",
        "Not registered with a dentist",
    ]
    assert answer.research[0].on is not None and answer.research[0].on.isoformat() == "2026-11-28"
    assert answer.answered_at is not None and answer.answered_at <= datetime.now(UTC)

    decide(
        store,
        contact,
        outcome="assessment",
        rationale="Health and school both see neglect; assess under section 17.",
        by="M. Hub",
    )
    exchange_outbox(store, connector_for(config), DEMO_PROFILE)
    (told,) = [e["resource"] for e in server.search("Communication")["entry"]]
    assert told["basedOn"][0]["reference"] == f"Task/{task['id']}"
    assert told["subject"]["reference"] == f"Patient/{patient}"
    assert "section 17" in json.dumps(told["payload"])


def test_a_rejected_task_is_a_withholding_with_its_reason(
    server: fhir_server.FhirServer, store: Store
) -> None:
    _, enquiry, _ = _enquire(store, server)
    task = server.search("Task")["entry"][0]["resource"]
    task.update({"status": "rejected"})  # no reason yet: not taken, still waiting
    server.put(task)
    config = trust_partner(store, server.base_url)
    exchange_outbox(store, connector_for(config), DEMO_PROFILE)
    assert show_enquiry(store, enquiry).answers[0].state == "asked"
    task["statusReason"] = {"text": "Held under a court order; ask the named doctor."}
    server.put(task)
    exchange_outbox(store, connector_for(config), DEMO_PROFILE)
    (answer,) = show_enquiry(store, enquiry).answers
    assert answer.decision == "withhold" and answer.reason and "court order" in answer.reason
    assert answer.research == ()
