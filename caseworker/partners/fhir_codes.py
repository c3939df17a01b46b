"""FHIR systems and codes the health connector reads (and the sandbox writes)."""

from __future__ import annotations

NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
SNOMED = "http://snomed.info/sct"
ENCOUNTER_CLASS_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
FLAG_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/flag-category"

CONSENT_PURPOSE_SYSTEM = "https://caseworker.example/fhir/CodeSystem/sharing-purpose"
"""The code system of sharing purposes in Consent.provision.purpose (the project's vocabulary)."""

RELEASED_EXTENSION = "https://caseworker.example/fhir/StructureDefinition/released-field"
"""On a resource, names a field the provider released after an access request."""

SYNCED_TYPES = (
    "Patient",
    "Condition",
    "Encounter",
    "Flag",
    "EpisodeOfCare",
    "CarePlan",
    "CareTeam",
    "Consent",
    "RelatedPerson",
)
"""Resource types pulled from a FHIR partner, in this order (patients first)."""

RISK_CONDITIONS = frozenset({"7200002", "191816009"})
"""SNOMED conditions shown as risks rather than needs (alcohol and drug dependence)."""

SIGNIFICANT_ENCOUNTER_CLASSES = frozenset({"EMER", "IMP"})
