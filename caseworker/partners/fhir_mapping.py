"""From FHIR R4 resources to Caseworker's source records.

References are resolved through the bundle's `fullUrl`s first, so transaction and batch
bundles (Synthea's output, for one) that refer to `urn:uuid:…` work like search results.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import msgspec

from caseworker.linkage.normalise import PATIENT_LINK
from caseworker.nhs_number import VERIFICATION_STATUSES, VERIFIED
from caseworker.partners.care_team import CARE_TEAM, TeamMember, team_detail
from caseworker.partners.fhir_codes import (
    ANIMAL_EXTENSION,
    CONSENT_PURPOSE_SYSTEM,
    NHS_NUMBER_SYSTEM,
    NHS_NUMBER_VERIFICATION_EXTENSIONS,
    PAST_CLINICAL_STATUSES,
    RELEASED_EXTENSION,
    RISK_CONDITIONS,
    SIGNIFICANT_ENCOUNTER_CLASSES,
)
from caseworker.partners.fhir_model import (
    CarePlan,
    CareTeam,
    Condition,
    Consent,
    Encounter,
    EpisodeOfCare,
    Extension,
    Flag,
    Known,
    Patient,
    Period,
    Practitioner,
    PractitionerRole,
    Professional,
    Reference,
    RelatedPerson,
    fhir_date,
)
from caseworker.partners.records import (
    ConsentRecordIn,
    ItemRecord,
    PersonRecord,
    RelationshipRecord,
)
from caseworker.partners.relations import from_v3
from caseworker.partners.validation import (
    InvalidRecord,
    checked_birth_date,
    checked_language,
    checked_nhs_number,
)
from caseworker.partners.vocabulary import domain_for

MAX_OTHER_NAMES = 10
SAME_PERSON_LINKS = ("replaced-by", "replaces", "refer", "seealso")
UNDATED = datetime(1970, 1, 1, tzinfo=UTC)
"""The version of a resource that carries no meta.lastUpdated: older than anything dated."""

Refs = dict[str, str]
"""A bundle's fullUrl -> the 'Type/id' it stands for."""


def _last_involvement(period: Period | None) -> str | None:
    """When a professional was last involved: the period's end, else its start."""
    if period is None:
        return None
    return period.end or period.start


_NOT_PROFESSIONALS = ("Patient", "RelatedPerson", "Group")
"""Members of a care team who are the person or their family, not professionals."""


People = dict[str, Professional]
"""'Practitioner/id' or 'PractitionerRole/id' -> the resource, as found in the bundle."""

_decode_professional = msgspec.json.Decoder(Professional).decode


def _contained(team: CareTeam) -> People:
    """The team's contained practitioners, by the '#id' its members refer to them with."""
    found: People = {}
    for raw in team.contained:
        try:
            resource = _decode_professional(raw)
        except (msgspec.DecodeError, RecursionError):
            continue  # some other contained resource, or one past reading: the display stands
        if resource.id:
            found["#" + resource.id] = resource
    return found


def _contact(
    who: Professional | None, display: str | None, people: People, refs: Refs
) -> tuple[str | None, str | None]:
    """(name, role) of a professional: the name the team gives them (else the resource's),
    with their phone and email after it, in the form the Case Sharing protocol uses
    ('Name · phone · email')."""
    if who is None:
        return display, None
    role = None
    telecom = list(who.telecom)
    if isinstance(who, PractitionerRole):
        role = who.code[0].label() if who.code else None
        pointer = (who.practitioner.reference or "") if who.practitioner else ""
        person = people.get(refs.get(pointer, pointer))
        name = who.practitioner.display if who.practitioner else None
        if isinstance(person, Practitioner):
            name = name or (person.name[0].words() if person.name else None)
            telecom += person.telecom
    else:
        name = who.name[0].words() if who.name else None
    reach = [
        next((t.value for t in telecom if t.system == kind and t.value), None)
        for kind in ("phone", "email")
    ]
    words = " · ".join(part for part in (display or name, *reach) if part)
    return words or None, role


def _professionals(
    team: CareTeam, refs: Refs, last: date | None, people: People | None = None
) -> list[TeamMember]:
    """The professionals of a care team, each with their role, how to reach them (where the
    bundle or the team carries the Practitioner or PractitionerRole) and when last involved."""
    known = {**(people or {}), **_contained(team)}
    found = []
    for p in team.participant:
        member = p.member
        reference = member.reference or "" if member else ""
        target = refs.get(reference, reference)
        if target.split("/", 1)[0] in _NOT_PROFESSIONALS:
            continue
        display = member.display if member else None
        name, their_role = _contact(known.get(target), display, known, refs)
        role = (p.role[0].label() if p.role else None) or their_role or "Member of the care team"
        found.append(
            TeamMember(
                role[:1].upper() + role[1:],
                name,
                fhir_date(_last_involvement(p.period)) or last,
            )
        )
    return found


def resource_id(resource: Known, full_url: str | None) -> str:
    if resource.id:
        return resource.id
    if full_url:
        return full_url.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    raise InvalidRecord("no_id", "the resource has neither an id nor a fullUrl")


def updated(resource: Known) -> datetime:
    return resource.meta.lastUpdated if resource.meta and resource.meta.lastUpdated else UNDATED


def patient_of(reference: Reference | None, refs: Refs) -> str:
    """The Patient id a reference points at: 'Patient/1', an absolute URL, or a urn:uuid."""
    target = (reference.reference if reference else None) or ""
    parts = refs.get(target, target).rstrip("/").split("/")
    if len(parts) < 2 or parts[-2] != "Patient" or not parts[-1]:
        raise InvalidRecord("bad_subject", "subject is not a Patient reference")
    return parts[-1]


def relationship(r: RelatedPerson, rid: str, refs: Refs) -> RelationshipRecord | None:
    """A RelatedPerson: someone named in relation to a patient (a parent, a next of kin).
    One without a name says nothing Caseworker can show: None (skipped, not an error)."""
    name = r.name[0] if r.name else None
    text = None
    if name is not None:
        text = name.text or " ".join([*name.given, *([name.family] if name.family else [])])
    if not text:
        return None
    codes = [c.code for concept in r.relationship for c in concept.coding if c.code]
    return RelationshipRecord(
        source_id=rid,
        person_source_id=patient_of(r.patient, refs),
        relation=from_v3(codes),
        updated=updated(r),
        related_name=text,
        related_birth_date=checked_birth_date(fhir_date(r.birthDate)),
    )


def person(p: Patient, rid: str) -> PersonRecord:
    if any(e.url == ANIMAL_EXTENSION for e in p.extension):
        raise InvalidRecord("not_a_person", "the Patient is an animal (patient-animal extension)")
    name = (
        next((n for n in p.name if n.use == "official"), None)
        or next((n for n in p.name if n.use in (None, "usual")), None)
        or (p.name[0] if p.name else None)
    )
    address = next((a for a in p.address if a.use in (None, "home")), None) or (
        p.address[0] if p.address else None
    )
    number = next((i for i in p.identifier if i.system == NHS_NUMBER_SYSTEM), None)
    nhs, unverified = checked_nhs_number(number.value if number else None)
    status = verification_status(number.extension) if number else None
    if nhs is not None and status not in (None, VERIFIED):
        nhs, unverified = None, nhs  # the partner has not verified it: never used to link
    shown = name.words() if name else None
    others: dict[str, str] = {}
    for other in p.name:
        words = other.words()
        if other is not name and words and words != shown and words not in others:
            others[words[:200]] = other.use or "other"
    return PersonRecord(
        source_id=rid,
        given_name=" ".join(name.given) if name and name.given else None,
        family_name=name.family if name else None,
        birth_date=checked_birth_date(fhir_date(p.birthDate)),
        sex=p.gender,
        nhs_number=nhs,
        address=", ".join([*address.line, *([address.city] if address.city else [])]) or None
        if address
        else None,
        postcode=address.postalCode if address else None,
        updated=updated(p),
        nhs_number_unverified=unverified,
        nhs_number_status=status,
        identifiers=same_person_links(p, rid),
        other_names=tuple((use, words) for words, use in list(others.items())[:MAX_OTHER_NAMES]),
        preferred_language=preferred_language(p),
    )


BCP_47 = "urn:ietf:bcp:47"
"""The code system of Patient.communication.language (a required binding in R4)."""


def preferred_language(p: Patient) -> str | None:
    """The language marked preferred in Patient.communication, or the only one listed (a
    person who communicates in one language prefers it); its BCP 47 code's language."""
    spoken = [c for c in p.communication if c.language is not None]
    chosen = next((c for c in spoken if c.preferred), spoken[0] if len(spoken) == 1 else None)
    if chosen is None or chosen.language is None:
        return None
    codes = [c.code for c in chosen.language.coding if c.system in (None, BCP_47) and c.code]
    return next((lang for code in codes if (lang := checked_language(code))), None)


def same_person_links(p: Patient, rid: str) -> tuple[tuple[str, str], ...]:
    """The partner's own word that another of its Patient records is this person
    (Patient.link: replaced-by, replaces, refer, seealso), as linkage evidence."""
    targets: set[str] = set()
    for link in p.link:
        if link.type not in SAME_PERSON_LINKS:
            continue
        try:
            target = patient_of(link.other, {})
        except InvalidRecord:
            continue  # a link to a RelatedPerson, or to nothing Caseworker can name
        if target != rid and len(target) <= 64 and " " not in target:
            targets.add(target)
    return tuple((PATIENT_LINK, t) for t in sorted(targets)[:MAX_OTHER_NAMES])


def verification_status(extensions: list[Extension]) -> str | None:
    """The UK Core NHS number verification status code on the identifier ('01'…'08')."""
    for extension in extensions:
        if extension.url in NHS_NUMBER_VERIFICATION_EXTENSIONS and extension.valueCodeableConcept:
            code = next((c.code for c in extension.valueCodeableConcept.coding if c.code), None)
            if code in VERIFICATION_STATUSES:
                return code
    return None


def consent(c: Consent, rid: str, refs: Refs) -> ConsentRecordIn | None:
    """Active permit: given; active deny: refused; inactive: withdrawn. A consent that is not
    about sharing for one of Caseworker's purposes (most are not) is not Caseworker's."""
    provision = c.provision
    purpose = next(
        (
            p.code
            for p in (provision.purpose if provision else [])
            if p.system == CONSENT_PURPOSE_SYSTEM and p.code
        ),
        None,
    )
    if purpose is None or provision is None:
        return None
    if c.status == "inactive":
        state = "withdrawn"
    elif c.status == "active":
        state = "given" if provision.type == "permit" else "refused"
    else:
        return None
    when = updated(c)
    return ConsentRecordIn(
        f"Consent/{rid}",
        patient_of(c.patient, refs),
        purpose,
        state,
        fhir_date(c.dateTime) or when.date(),
        "partner record",
        when,
    )


def _released(resource: Known) -> tuple[str, ...]:
    return tuple(
        e.valueString for e in resource.extension if e.url == RELEASED_EXTENSION and e.valueString
    )


def _status(r: Known) -> str | None:
    if isinstance(r, Condition):
        return r.clinicalStatus.first_code() if r.clinicalStatus else None
    status = getattr(r, "status", None)
    return status if isinstance(status, str) else None


def item(r: Known, rid: str, refs: Refs, people: People | None = None) -> ItemRecord | None:
    """A need, risk, event or involvement from a clinical resource; None for others."""
    fields: tuple[Any, ...]
    if isinstance(r, Condition):
        code = r.code.first_code() if r.code else None
        title = r.code.label() if r.code else None
        clinical = r.clinicalStatus.first_code() if r.clinicalStatus else None
        current = clinical not in PAST_CLINICAL_STATUSES
        fields = (
            ("risk" if code in RISK_CONDITIONS else "need") if current else "event",
            f"condition:{code or ''}",
            title,
            r.note[0].text if r.note else None,
            fhir_date(r.onsetDateTime or r.recordedDate),
            False,
            None,
            r.subject,
        )
    elif isinstance(r, Encounter):
        klass = r.class_.code if r.class_ else None
        fields = (
            "event",
            f"encounter:{klass}",
            r.type[0].label() if r.type else "Encounter",
            r.reasonCode[0].label() if r.reasonCode else None,
            fhir_date(r.period.start if r.period else None),
            klass in SIGNIFICANT_ENCOUNTER_CLASSES or r.status == "cancelled",
            None,
            r.subject,
        )
    elif isinstance(r, Flag):
        fields = (
            "risk",
            "flag",
            r.code.label() if r.code else "Flag",
            None,
            fhir_date(r.period.start if r.period else None),
            True,
            "high",
            r.subject,
        )
    elif isinstance(r, EpisodeOfCare):
        fields = (
            "involvement",
            "episode_of_care",
            (r.type[0].label() if r.type else None) or "Episode of care",
            r.careManager.display if r.careManager else None,  # the professional who leads it
            fhir_date(_last_involvement(r.period)),
            False,
            None,
            r.patient,
        )
    elif isinstance(r, CarePlan):
        fields = (
            "need",
            "care_plan",
            r.title or "Care plan",
            r.description,
            fhir_date(r.period.start if r.period else None),
            False,
            None,
            r.subject,
        )
    elif isinstance(r, CareTeam):
        last = fhir_date(_last_involvement(r.period))
        fields = (
            "involvement",
            CARE_TEAM,
            r.name or "Care team",
            team_detail(_professionals(r, refs, last, people)),
            last,
            False,
            None,
            r.subject,
        )
    else:
        return None
    kind, category, title, detail, on, significant, severity, subject = fields
    domain = "safety" if category == "flag" else domain_for(category, "health")
    return ItemRecord(
        source_id=f"{type(r).__name__}/{rid}",
        person_source_id=patient_of(subject, refs),
        kind=kind,
        domain=domain,
        category=category,
        title=title or "(untitled)",
        detail=detail,
        severity=severity,
        status=_status(r),
        occurred_on=on,
        significant=significant,
        updated=updated(r),
        released=_released(r),
    )
