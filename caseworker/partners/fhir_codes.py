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

ANIMAL_EXTENSION = "http://hl7.org/fhir/StructureDefinition/patient-animal"
"""On a Patient, says the patient is an animal (a veterinary record): not a citizen."""

PAST_CLINICAL_STATUSES = frozenset({"inactive", "remission", "resolved"})
"""A Condition in one of these clinical statuses is history (shown in the chronology), not a
current need or risk."""

NOT_A_CONDITION = frozenset({"entered-in-error", "refuted"})
"""A Condition with this verification status was recorded in error or ruled out: nothing of
it is held, and a version held before is removed."""


NHS_NUMBER_VERIFICATION_EXTENSIONS = (
    "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus",
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1",
)
"""UK Core's extension on the NHS number identifier (and CareConnect's, which it replaced)."""
