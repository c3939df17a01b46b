"""Rendering sandbox records as partners send them: FHIR R4 resources or Case Sharing JSON."""

from __future__ import annotations

from typing import Any

from caseworker.partners.fhir_codes import (
    CONSENT_PURPOSE_SYSTEM,
    ENCOUNTER_CLASS_SYSTEM,
    FLAG_CATEGORY_SYSTEM,
    NHS_NUMBER_SYSTEM,
    SNOMED,
)
from caseworker.sandbox.records import SConsent, SItem, SPerson, SRelationship

_GENDER = {"female": "female", "male": "male"}


def patient(p: SPerson) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": p.source_id,
        "identifier": [],
        "name": [{"use": "official", "family": p.family, "given": [p.given]}],
        "gender": _GENDER.get(p.sex, "unknown"),
        "birthDate": p.birth_date.isoformat(),
        "address": [{"use": "home", "line": [p.address], "city": p.town, "postalCode": p.postcode}],
    }
    if p.nhs_number:
        resource["identifier"].append({"system": NHS_NUMBER_SYSTEM, "value": p.nhs_number})
    if p.language:
        coding = {"system": "urn:ietf:bcp:47", "code": p.language}
        resource["communication"] = [{"language": {"coding": [coding]}, "preferred": True}]
    return resource


def health_resource(item: SItem) -> dict[str, Any]:
    subject = {"reference": f"Patient/{item.person_source_id}"}
    when = item.on.isoformat()
    if item.fhir_type == "Condition":
        return {
            "resourceType": "Condition",
            "id": item.source_id,
            "subject": subject,
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "code": {
                "coding": [{"system": SNOMED, "code": item.code, "display": item.title}],
                "text": item.title,
            },
            "onsetDateTime": when,
            "note": [{"text": item.detail}] if item.detail else [],
        }
    if item.fhir_type == "Encounter":
        missed = item.code == "WNB"
        return {
            "resourceType": "Encounter",
            "id": item.source_id,
            "status": "cancelled" if missed else "finished",
            "class": {"system": ENCOUNTER_CLASS_SYSTEM, "code": "AMB" if missed else item.code},
            "type": [{"text": item.title}],
            "subject": subject,
            "period": {"start": when},
            "reasonCode": [{"text": item.detail}] if item.detail else [],
        }
    if item.fhir_type == "Flag":
        return {
            "resourceType": "Flag",
            "id": item.source_id,
            "status": "active",
            "category": [{"coding": [{"system": FLAG_CATEGORY_SYSTEM, "code": "safety"}]}],
            "code": {"coding": [{"code": item.code, "display": item.title}], "text": item.title},
            "subject": subject,
            "period": {"start": when},
        }
    if item.fhir_type == "EpisodeOfCare":  # a service, and the professional who leads it
        return {
            "resourceType": "EpisodeOfCare",
            "id": item.source_id,
            "status": "active",
            "type": [{"text": item.title}],
            "patient": subject,
            "period": {"start": when},
            "careManager": {"display": item.detail} if item.detail else None,
        }
    raise ValueError(f"not a health item: {item.fhir_type}")


def fhir_consent(c: SConsent) -> dict[str, Any]:
    """A FHIR R4 Consent: active permit is given, active deny refused, inactive withdrawn."""
    return {
        "resourceType": "Consent",
        "id": c.source_id,
        "status": "inactive" if c.state == "withdrawn" else "active",
        "scope": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                    "code": "patient-privacy",
                }
            ]
        },
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
        "patient": {"reference": f"Patient/{c.person_source_id}"},
        "dateTime": c.on.isoformat(),
        "provision": {
            "type": "deny" if c.state == "refused" else "permit",
            "purpose": [{"system": CONSENT_PURPOSE_SYSTEM, "code": c.purpose}],
        },
    }


def case_consent(c: SConsent) -> dict[str, Any]:
    return {
        "person_id": c.person_source_id,
        "purpose": c.purpose,
        "state": c.state,
        "date": c.on.isoformat(),
        "method": c.method,
    }


def case_relationship(r: SRelationship) -> dict[str, Any]:
    data: dict[str, Any] = {"person_id": r.person_source_id, "relation": r.relation}
    if r.related_source_id:
        data["related_person_id"] = r.related_source_id
    else:
        data["related"] = {
            "name": r.related_name,
            "birth_date": r.related_birth_date.isoformat() if r.related_birth_date else None,
        }
    return data


_V3 = {"mother": "MTH", "father": "FTH", "parent": "PRN", "sibling": "SIB", "child": "CHILD"}


def related_person(r: SRelationship) -> dict[str, Any]:
    """A FHIR RelatedPerson: someone named on a patient's record."""
    given, _, family = (r.related_name or "").partition(" ")
    return {
        "resourceType": "RelatedPerson",
        "id": r.source_id,
        "patient": {"reference": f"Patient/{r.person_source_id}"},
        "relationship": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                        "code": _V3.get(r.relation, "FAMMEMB"),
                    }
                ]
            }
        ],
        "name": [{"family": family, "given": [given]}],
        "birthDate": r.related_birth_date.isoformat() if r.related_birth_date else None,
    }


def case_person(p: SPerson) -> dict[str, Any]:
    data: dict[str, Any] = {
        "given_name": p.given,
        "family_name": p.family,
        "birth_date": p.birth_date.isoformat(),
        "sex": p.sex,
        "nhs_number": p.nhs_number,
        "address": {"line": p.address, "town": p.town, "postcode": p.postcode},
    }
    if p.language:
        data["preferred_language"] = p.language
    identifiers = {"upn": p.upn, "police_person_id": p.police_person_id}
    if any(identifiers.values()):
        data["identifiers"] = {k: v for k, v in identifiers.items() if v}
    return data


def case_record(item: SItem) -> dict[str, Any]:
    return {
        "person_id": item.person_source_id,
        "kind": item.kind,
        "category": item.category,
        "title": item.title,
        "detail": item.detail or None,
        "date": item.on.isoformat(),
        "status": item.status,
        "severity": item.severity,
        "significant": item.significant,
    }
