"""The FHIR R4 connector: Patient, Condition, Encounter and Flag since a cursor, page by page.

The cursor is a JSON object of the last `meta.lastUpdated` seen per resource type. Paging
follows the Bundle's `next` link verbatim. Each resource is decoded on its own, so one bad
resource is quarantined and the rest of the page still lands.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Literal

import msgspec

from caseworker.agreements.registry import Published
from caseworker.partners.agreements_client import fetch_agreements
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir_codes import (
    CONSENT_PURPOSE_SYSTEM,
    NHS_NUMBER_SYSTEM,
    RELEASED_EXTENSION,
    RISK_CONDITIONS,
    SIGNIFICANT_ENCOUNTER_CLASSES,
    SYNCED_TYPES,
)
from caseworker.partners.http import PartnerHttp
from caseworker.partners.records import ConsentRecordIn, ItemRecord, Page, PersonRecord
from caseworker.partners.validation import (
    InvalidRecord,
    checked_birth_date,
    checked_nhs_number,
    rejected,
)
from caseworker.partners.vocabulary import domain_for

PAGE_SIZE = 200
CURSOR_OVERLAP = timedelta(seconds=2)
"""Each incremental search starts this far before the newest lastUpdated already seen, so
nothing stamped in the same second, or stamped slightly earlier by a server whose clock was
set back, is missed. What comes back again is recognised as unchanged."""
FHIR_JSON = "application/fhir+json"


class Coding(msgspec.Struct):
    system: str | None = None
    code: str | None = None
    display: str | None = None


class Concept(msgspec.Struct):
    coding: list[Coding] = []
    text: str | None = None

    def label(self) -> str | None:
        return self.text or next((c.display for c in self.coding if c.display), None)


class Extension(msgspec.Struct):
    url: str
    valueString: str | None = None


class Meta(msgspec.Struct):
    lastUpdated: datetime


class Reference(msgspec.Struct):
    reference: str


class Identifier(msgspec.Struct):
    system: str | None = None
    value: str | None = None


class HumanName(msgspec.Struct):
    family: str | None = None
    given: list[str] = []
    use: str | None = None


class Address(msgspec.Struct):
    line: list[str] = []
    city: str | None = None
    postalCode: str | None = None
    use: str | None = None


class Period(msgspec.Struct):
    start: date | None = None


class Annotation(msgspec.Struct):
    text: str


class Patient(msgspec.Struct, tag_field="resourceType", tag="Patient"):
    id: str
    meta: Meta
    identifier: list[Identifier] = []
    name: list[HumanName] = []
    gender: str | None = None
    birthDate: date | None = None
    address: list[Address] = []


class Condition(msgspec.Struct, tag_field="resourceType", tag="Condition"):
    id: str
    meta: Meta
    subject: Reference
    code: Concept
    onsetDateTime: date | None = None
    note: list[Annotation] = []
    extension: list[Extension] = []


class EncounterClass(msgspec.Struct):
    code: str | None = None


class Encounter(msgspec.Struct, tag_field="resourceType", tag="Encounter"):
    id: str
    meta: Meta
    subject: Reference
    status: str
    type: list[Concept] = []
    period: Period | None = None
    reasonCode: list[Concept] = []
    class_: EncounterClass | None = msgspec.field(default=None, name="class")
    extension: list[Extension] = []


class Flag(msgspec.Struct, tag_field="resourceType", tag="Flag"):
    id: str
    meta: Meta
    subject: Reference
    status: str
    code: Concept
    period: Period | None = None
    extension: list[Extension] = []


class ConsentProvision(msgspec.Struct):
    type: Literal["permit", "deny"]
    purpose: list[Coding] = []


class Consent(msgspec.Struct, tag_field="resourceType", tag="Consent"):
    id: str
    meta: Meta
    status: str
    patient: Reference
    provision: ConsentProvision
    dateTime: date | None = None


Resource = Patient | Condition | Encounter | Flag | Consent


class Link(msgspec.Struct):
    relation: str
    url: str


class Entry(msgspec.Struct):
    resource: msgspec.Raw


class Bundle(msgspec.Struct, tag_field="resourceType", tag="Bundle"):
    entry: list[Entry] = []
    link: list[Link] = []
    total: int | None = None


_decode_bundle = msgspec.json.Decoder(Bundle).decode
_decode_resource = msgspec.json.Decoder(Resource).decode


def _patient_ref(subject: Reference) -> str:
    kind, _, rid = subject.reference.partition("/")
    if kind != "Patient" or not rid:
        raise InvalidRecord("bad_subject", "subject is not a Patient reference")
    return rid


def _person(p: Patient) -> PersonRecord:
    name = next((n for n in p.name if n.use in (None, "official", "usual")), None)
    address = next((a for a in p.address if a.use in (None, "home")), None)
    nhs = next((i.value for i in p.identifier if i.system == NHS_NUMBER_SYSTEM), None)
    return PersonRecord(
        source_id=p.id,
        given_name=" ".join(name.given) if name and name.given else None,
        family_name=name.family if name else None,
        birth_date=checked_birth_date(p.birthDate),
        sex=p.gender,
        nhs_number=checked_nhs_number(nhs),
        address=", ".join([*address.line, *([address.city] if address.city else [])]) or None
        if address
        else None,
        postcode=address.postalCode if address else None,
        updated=p.meta.lastUpdated,
    )


def _consent(c: Consent) -> ConsentRecordIn:
    """Active permit: given; active deny: refused; inactive: withdrawn (FHIR R4 Consent)."""
    purpose = next(
        (p.code for p in c.provision.purpose if p.system == CONSENT_PURPOSE_SYSTEM), None
    )
    if not purpose:
        raise InvalidRecord("consent_without_purpose", "provision.purpose has no sharing purpose")
    if c.status == "inactive":
        state = "withdrawn"
    elif c.status == "active":
        state = "given" if c.provision.type == "permit" else "refused"
    else:
        raise InvalidRecord("consent_status", "status is neither active nor inactive")
    return ConsentRecordIn(
        f"Consent/{c.id}",
        _patient_ref(c.patient),
        purpose,
        state,
        c.dateTime or c.meta.lastUpdated.date(),
        "partner record",
        c.meta.lastUpdated,
    )


def _item(r: Condition | Encounter | Flag) -> ItemRecord:
    person = _patient_ref(r.subject)
    if isinstance(r, Condition):
        code = next((c.code for c in r.code.coding if c.code), None) or ""
        kind = "risk" if code in RISK_CONDITIONS else "need"
        title, on, detail = r.code.label(), r.onsetDateTime, (r.note[0].text if r.note else None)
        category, significant, domain, severity = f"condition:{code}", False, "health", None
    elif isinstance(r, Encounter):
        klass = r.class_.code if r.class_ else None
        title = r.type[0].label() if r.type else "Encounter"
        on = r.period.start if r.period else None
        detail = r.reasonCode[0].label() if r.reasonCode else None
        significant = klass in SIGNIFICANT_ENCOUNTER_CLASSES or r.status == "cancelled"
        kind, category, domain, severity = "event", f"encounter:{klass}", "health", None
    else:
        title, on, detail = r.code.label(), (r.period.start if r.period else None), None
        kind, category, domain, severity, significant = "risk", "flag", "safety", "high", True
    return ItemRecord(
        source_id=f"{type(r).__name__}/{r.id}",
        person_source_id=person,
        kind=kind,
        domain=domain_for(category, "health") if domain == "health" else domain,
        category=category,
        title=title or "(untitled)",
        detail=detail,
        severity=severity,
        status=getattr(r, "status", None),
        occurred_on=on,
        significant=significant,
        updated=r.meta.lastUpdated,
        released=tuple(
            e.valueString for e in r.extension if e.url == RELEASED_EXTENSION and e.valueString
        ),
    )


class FhirConnector:
    """Pulls one FHIR R4 partner. Not thread-safe: one sync at a time per connector."""

    def __init__(self, config: PartnerConfig, http: PartnerHttp) -> None:
        self.config = config
        self.http = http

    def agreements(self) -> list[Published]:
        return fetch_agreements(self.config, self.http)

    def pages(self, cursor: str | None) -> Iterator[Page]:
        state: dict[str, str] = json.loads(cursor) if cursor else {}
        for rtype in SYNCED_TYPES:
            params = {"_count": str(PAGE_SIZE)}
            if rtype in state:
                since = datetime.fromisoformat(state[rtype]) - CURSOR_OVERLAP
                params["_lastUpdated"] = "gt" + since.isoformat()
            url: str | None = f"{self.config.base_url}/{rtype}"
            query: dict[str, str] | None = params
            while url is not None:
                bundle = self.http.get_decoded(
                    url,
                    _decode_bundle,
                    f"{self.config.name} sent a {rtype} page that is not a FHIR Bundle",
                    params=query,
                    accept=FHIR_JSON,
                )
                page = Page(cursor="", remaining=bundle.total)
                for entry in bundle.entry:
                    self._add(page, entry.resource, rtype, state)
                page.cursor = json.dumps(state, sort_keys=True)
                yield page
                url = next((link.url for link in bundle.link if link.relation == "next"), None)
                query = None

    @staticmethod
    def _add(page: Page, raw: msgspec.Raw, rtype: str, state: dict[str, str]) -> None:
        try:
            resource = _decode_resource(raw)
            if isinstance(resource, Patient):
                page.persons.append(_person(resource))
            elif isinstance(resource, Consent):
                page.consents.append(_consent(resource))
            else:
                page.items.append(_item(resource))
            stamp = resource.meta.lastUpdated.isoformat()
            if stamp > state.get(rtype, ""):
                state[rtype] = stamp
        except msgspec.ValidationError as exc:
            page.rejected.append(rejected(raw, "resourceType", rtype, "invalid_resource", str(exc)))
        except InvalidRecord as exc:
            page.rejected.append(rejected(raw, "resourceType", rtype, exc.code, exc.detail))
