"""The parts of FHIR R4 resources Caseworker reads, as typed structures.

Only what is used is declared; every other element is ignored, so resources with extensions,
contained resources or newer elements decode without complaint. `meta.lastUpdated` is
optional (the HL7 examples and Synthea output often lack it).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import msgspec

from caseworker.partners.fhir_codes import SYNCED_TYPES


class Coding(msgspec.Struct):
    system: str | None = None
    code: str | None = None
    display: str | None = None


class Concept(msgspec.Struct):
    coding: list[Coding] = []
    text: str | None = None

    def label(self) -> str | None:
        return self.text or next((c.display for c in self.coding if c.display), None)

    def first_code(self) -> str | None:
        return next((c.code for c in self.coding if c.code), None)


class Extension(msgspec.Struct):
    url: str
    valueString: str | None = None
    valueCodeableConcept: Concept | None = None


class Meta(msgspec.Struct):
    lastUpdated: datetime | None = None


class Reference(msgspec.Struct):
    reference: str | None = None
    display: str | None = None


class Identifier(msgspec.Struct):
    system: str | None = None
    value: str | None = None
    extension: list[Extension] = []


class HumanName(msgspec.Struct):
    family: str | None = None
    given: list[str] = []
    use: str | None = None
    text: str | None = None

    def words(self) -> str | None:
        """The name as written: its text, or given names then family name."""
        return self.text or " ".join([*self.given, *([self.family] if self.family else [])]) or None


class Address(msgspec.Struct):
    line: list[str] = []
    city: str | None = None
    postalCode: str | None = None
    use: str | None = None


class Period(msgspec.Struct):
    start: str | None = None  # a date or a dateTime: read the date part
    end: str | None = None


class Annotation(msgspec.Struct):
    text: str


class Resource(msgspec.Struct):
    """Fields every resource Caseworker reads has."""

    id: str | None = None
    meta: Meta | None = None
    extension: list[Extension] = []


class PatientCommunication(msgspec.Struct):
    language: Concept | None = None
    preferred: bool | None = None


class PatientLink(msgspec.Struct):
    other: Reference | None = None
    type: str | None = None


class Patient(Resource, tag_field="resourceType", tag="Patient"):
    identifier: list[Identifier] = []
    name: list[HumanName] = []
    gender: str | None = None
    birthDate: str | None = None
    address: list[Address] = []
    link: list[PatientLink] = []
    communication: list[PatientCommunication] = []


class Condition(Resource, tag_field="resourceType", tag="Condition"):
    subject: Reference | None = None
    code: Concept | None = None
    clinicalStatus: Concept | None = None
    verificationStatus: Concept | None = None
    onsetDateTime: str | None = None
    recordedDate: str | None = None
    note: list[Annotation] = []


class EncounterClass(msgspec.Struct):
    code: str | None = None


class Encounter(Resource, tag_field="resourceType", tag="Encounter"):
    subject: Reference | None = None
    status: str | None = None
    type: list[Concept] = []
    period: Period | None = None
    reasonCode: list[Concept] = []
    class_: EncounterClass | None = msgspec.field(default=None, name="class")


class Flag(Resource, tag_field="resourceType", tag="Flag"):
    subject: Reference | None = None
    status: str | None = None
    code: Concept | None = None
    period: Period | None = None


class EpisodeOfCare(Resource, tag_field="resourceType", tag="EpisodeOfCare"):
    patient: Reference | None = None
    status: str | None = None
    type: list[Concept] = []
    period: Period | None = None
    careManager: Reference | None = None


class CarePlan(Resource, tag_field="resourceType", tag="CarePlan"):
    subject: Reference | None = None
    status: str | None = None
    title: str | None = None
    description: str | None = None
    category: list[Concept] = []
    period: Period | None = None


class CareTeamParticipant(msgspec.Struct):
    role: list[Concept] = []
    member: Reference | None = None
    period: Period | None = None


class CareTeam(Resource, tag_field="resourceType", tag="CareTeam"):
    subject: Reference | None = None
    status: str | None = None
    name: str | None = None
    participant: list[CareTeamParticipant] = []
    period: Period | None = None
    contained: list[msgspec.Raw] = []
    """Resources carried inside the team (a Practitioner a member refers to as '#id')."""


class ContactPoint(msgspec.Struct):
    system: str | None = None
    value: str | None = None


class Practitioner(msgspec.Struct, tag_field="resourceType", tag="Practitioner"):
    """A professional a care team names: read for their name and how to reach them."""

    id: str | None = None
    name: list[HumanName] = []
    telecom: list[ContactPoint] = []


class PractitionerRole(msgspec.Struct, tag_field="resourceType", tag="PractitionerRole"):
    """A professional in a role at an organisation, with the role's own contact details."""

    id: str | None = None
    practitioner: Reference | None = None
    code: list[Concept] = []
    telecom: list[ContactPoint] = []


Professional = Practitioner | PractitionerRole
PROFESSIONAL_TYPES = frozenset({"Practitioner", "PractitionerRole"})
"""Read only to name the members of a care team (found in the same bundle, through
`_include=CareTeam:participant`, or contained in the team)."""


class RelatedPerson(Resource, tag_field="resourceType", tag="RelatedPerson"):
    patient: Reference | None = None
    relationship: list[Concept] = []
    name: list[HumanName] = []
    birthDate: str | None = None


class ConsentProvision(msgspec.Struct):
    type: Literal["permit", "deny"] | None = None
    purpose: list[Coding] = []


class Consent(Resource, tag_field="resourceType", tag="Consent"):
    status: str | None = None
    patient: Reference | None = None
    provision: ConsentProvision | None = None
    dateTime: str | None = None


Known = (
    Patient
    | Condition
    | Encounter
    | Flag
    | EpisodeOfCare
    | CarePlan
    | CareTeam
    | Consent
    | RelatedPerson
)
KNOWN_TYPES = frozenset(SYNCED_TYPES)
"""The resource types Caseworker reads (and searches for on FHIR partners)."""


class Issue(msgspec.Struct):
    severity: str | None = None
    code: str | None = None


class OperationOutcome(msgspec.Struct):
    issue: list[Issue] = []


class Link(msgspec.Struct):
    relation: str
    url: str


class EntrySearch(msgspec.Struct):
    mode: str | None = None


class EntryRequest(msgspec.Struct):
    method: str | None = None
    url: str | None = None


class Entry(msgspec.Struct):
    resource: msgspec.Raw = msgspec.field(default_factory=lambda: msgspec.Raw(b""))
    """Empty when the entry has no resource (a batch response entry, a deletion in a
    history bundle)."""
    fullUrl: str | None = None
    search: EntrySearch | None = None
    request: EntryRequest | None = None


class Bundle(msgspec.Struct):
    resourceType: str
    type: str | None = None
    entry: list[Entry] = []
    link: list[Link] = []
    total: int | None = None
    issue: list[Issue] = []


class Head(msgspec.Struct):
    """Just enough of any resource to know what it is."""

    resourceType: str | None = None
    id: str | None = None


def fhir_date(value: str | None) -> date | None:
    """The date of a FHIR date or dateTime ('2015', '2015-03' and '2015-03-02T10:00Z' too)."""
    if not value:
        return None
    text = value[:10]
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return date.fromisoformat(text)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date(int(parts[0]), 1, 1)
    except ValueError:
        return None
