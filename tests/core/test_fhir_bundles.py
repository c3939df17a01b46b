"""FHIR bundles from servers and tools nobody here wrote ingest without a crash.

The fixtures follow the shapes of the HL7 R4 example resources and of Synthea's transaction
bundles (written here in those shapes, with synthetic values: the official files could not
be fetched into this repository). Nothing in them is quarantined; what Caseworker does not
read is skipped and counted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseworker.partners.fhir_bundle import read_bundle

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "fhir"


def test_hl7_style_examples_ingest() -> None:
    page = read_bundle((FIXTURES / "hl7-style-examples.json").read_bytes())
    assert page.rejected == []
    (patient,) = page.persons
    assert (patient.source_id, patient.given_name, patient.family_name) == (
        "example",
        "Peter James",
        "Chalmers",
    )
    assert patient.birth_date == date(1974, 12, 25) and patient.postcode == "3999"
    kinds = {i.source_id: (i.kind, i.person_source_id) for i in page.items}
    assert kinds == {
        "Condition/example": ("need", "example"),
        "Encounter/example": ("event", "example"),
        "Flag/example": ("risk", "example"),
        "EpisodeOfCare/example": ("involvement", "example"),
        "CarePlan/example": ("need", "example"),
        "CareTeam/example": ("involvement", "example"),
    }
    # Practitioner, an unnamed RelatedPerson, Observation, a consent not about sharing, and a
    # search outcome.
    assert page.ignored == 5 and page.consents == []


def test_a_synthea_style_transaction_bundle_resolves_urn_uuid_references() -> None:
    page = read_bundle((FIXTURES / "synthea-style-patient.json").read_bytes())
    assert page.rejected == []
    (patient,) = page.persons
    assert patient.source_id == "7a1c3d2e-0b9f-4c55-9e2a-1f0d6b7c8a90"
    assert (patient.given_name, patient.family_name) == ("Ozzie289", "Kuhlman484")
    # Its NHS number fails the check digit: kept as unverified, never used to link.
    assert patient.nhs_number is None and patient.nhs_number_unverified == "999 123 4560"
    assert {i.person_source_id for i in page.items} == {patient.source_id}
    assert {i.category for i in page.items} == {
        "encounter:EMER",
        "condition:195967001",
        "care_plan",
    }
    encounter = next(i for i in page.items if i.kind == "event")
    assert encounter.significant and encounter.occurred_on == date(2021, 3, 2)
    assert page.ignored == 3  # Observation, Immunization, Claim
