"""The sandbox partners' data-sharing agreements, signed with each partner's own key.

Modelled on a MASH: police share incident categories and dates fully with children's social
care but the narrative only on request, and never their warning markers; health shares
safeguarding-relevant conditions with social workers but only masked to police, and routine
conditions with nobody; the school shares attendance and exclusions (its free school meals
agreement has expired, and its main one is due to expire soon); housing shares rent arrears
only with the citizen's consent, and anti-social behaviour details only by breaking the glass.
Dates are relative to the day the sandbox starts, so the demo always shows these states.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from caseworker.agreements.model import (
    FORMAT,
    Agreement,
    DataClass,
    LawfulBasis,
    Party,
    Recipient,
    Rule,
    Signatory,
    SignedAgreement,
)
from caseworker.agreements.signing import public_key_text, sign
from caseworker.agreements.vocabulary import ORGANISATIONS

CSC = "childrens-social-care"
SOCIAL_WORK = (Recipient(CSC, ("social_worker", "team_manager")),)
ALL_CSC = (Recipient(CSC, ("*",)),)
EARLY_HELP = (Recipient(CSC, ("early_help_worker",)),)
SAFEGUARDING = ("safeguarding_children",)

TEAM = DataClass(
    "Professionals involved (the team around the child)",
    ("record.title", "record.date", "record.detail"),
    ("allocated_worker", "episode_of_care", "care_team"),
)
"""Who works with the child at each partner, with a contact: every partner shares it with
children's social care, so the team around the child can be seen in one place."""
TEAM_PURPOSES = ("safeguarding_children", "early_help")

PUBLIC_TASK = "eu-gdpr:A6-1-e"
CHILDREN_ACT = "Children Act 1989 s17 and s47; Children Act 2004 s11"


def partner_key(seed: int, partner_id: str) -> Ed25519PrivateKey:
    """Each sandbox partner's signing key, the same for the same seed."""
    return Ed25519PrivateKey.from_private_bytes(
        hashlib.sha256(f"{seed}:{partner_id}".encode()).digest()
    )


def public_key(seed: int, partner_id: str) -> str:
    return public_key_text(partner_key(seed, partner_id).public_key())


def _doc(
    agreement_id: str,
    version: int,
    title: str,
    provider: str,
    start: date,
    until: date,
    classes: dict[str, DataClass],
    rules: tuple[Rule, ...],
    *,
    recipients: tuple[str, ...] = (CSC,),
    status: str = "active",
) -> Agreement:
    orgs = (provider, *recipients)
    return Agreement(
        FORMAT,
        agreement_id,
        version,
        title,
        provider,
        tuple(Party(o, ORGANISATIONS[o]) for o in orgs),
        start,
        until,
        until - timedelta(days=90),
        (
            Signatory("Data Protection Officer", "Data Protection Officer", provider, start),
            Signatory(
                "Caldicott Guardian" if provider == "nhs-trust" else "Head of Service",
                "Senior responsible officer",
                CSC,
                start,
            ),
        ),
        730,
        classes,
        rules,
        status,  # type: ignore[arg-type]
        version - 1 if version > 1 else None,
    )


IDENTITY = (
    "person.name",
    "person.birth_date",
    "person.sex",
    "person.nhs_number",
    "person.identifiers",
    "person.relationships",
    "person.language",
)
ADDRESS = ("person.address", "person.postcode")
POLICE_CATEGORIES = (
    "domestic_abuse_incident",
    "vulnerability_notification",
    "missing_episode",
    "antisocial_behaviour",
    "crime_victim",
    "marac_referral",
    "exploitation_concern",
)


def _police(start: date, today: date) -> list[Agreement]:
    classes = {
        "professionals": TEAM,
        "identity": DataClass("Identity", IDENTITY),
        "address": DataClass("Address", ADDRESS),
        "incident_summary": DataClass(
            "Incident category, date and risk grade",
            ("record.title", "record.date", "record.severity", "record.status"),
            POLICE_CATEGORIES,
        ),
        "incident_narrative": DataClass(
            "Incident narrative", ("record.detail",), POLICE_CATEGORIES
        ),
        "incident_type": DataClass("Incident type", ("record.title",), POLICE_CATEGORIES),
        "incident_date": DataClass("Incident date", ("record.date",), POLICE_CATEGORIES),
        "warning_markers": DataClass(
            "Warning markers",
            ("record.title", "record.date", "record.severity", "record.detail"),
            ("warning_marker",),
        ),
    }
    basis = LawfulBasis(
        PUBLIC_TASK, CHILDREN_ACT + "; Crime and Disorder Act 1998 s115", "eu-gdpr:A9-2-g"
    )
    rules = (
        Rule(
            "4.1",
            "permit",
            SOCIAL_WORK,
            ("identity", "address", "incident_summary"),
            SAFEGUARDING,
            "full",
            None,
            basis,
            "not_required",
            ("record_reason",),
        ),
        Rule(
            "4.2",
            "permit",
            SOCIAL_WORK,
            ("incident_narrative",),
            SAFEGUARDING,
            "on_request",
            None,
            basis,
            "not_required",
            ("record_reason", "alert_provider"),
        ),
        Rule("4.3", "permit", EARLY_HELP, ("identity",), ("early_help",), "full", None, basis),
        Rule(
            "4.4",
            "permit",
            EARLY_HELP,
            ("incident_type",),
            ("early_help",),
            "masked",
            "category_only",
            basis,
        ),
        Rule("4.5", "permit", EARLY_HELP, ("incident_date",), ("early_help",), "full", None, basis),
        Rule("5.1", "deny", (Recipient("*", ("*",)),), ("warning_markers",)),
        Rule("6.1", "permit", SOCIAL_WORK, ("professionals",), SAFEGUARDING, "full", None, basis),
    )
    v2 = _doc(
        "police-mash",
        2,
        "MASH information sharing: police to children's social care",
        "police",
        start - timedelta(days=365),
        today + timedelta(days=400),
        classes,
        rules[:2],
    )
    v3 = _doc(
        "police-mash",
        3,
        "MASH information sharing: police to children's social care",
        "police",
        start,
        today + timedelta(days=400),
        classes,
        rules,
    )
    return [v2, v3]


HEALTH_SAFEGUARDING = (
    "condition:35489007",
    "condition:197480006",
    "condition:7200002",
    "condition:191816009",
    "condition:CAMHS",
    "condition:77386006",
    "flag",
    "encounter:EMER",
    "encounter:AMB",
)


def _health(start: date, today: date) -> list[Agreement]:
    classes = {
        "professionals": TEAM,
        "demographics": DataClass("Demographics", IDENTITY),
        "address": DataClass("Address", ADDRESS),
        "birth_date": DataClass("Date of birth", ("person.birth_date",)),
        "patient_name": DataClass("Name", ("person.name",)),
        "safeguarding_conditions": DataClass(
            "Safeguarding-relevant conditions and contacts",
            ("record.title", "record.date", "record.status", "record.severity"),
            HEALTH_SAFEGUARDING,
        ),
        "clinical_notes": DataClass("Clinical notes", ("record.detail",), HEALTH_SAFEGUARDING),
        "condition_type": DataClass(
            "Condition or contact type", ("record.title",), HEALTH_SAFEGUARDING
        ),
        "condition_date": DataClass(
            "Condition or contact date", ("record.date",), HEALTH_SAFEGUARDING
        ),
        "health_visiting": DataClass(
            "Health visitor contacts",
            ("record.title", "record.date", "record.detail"),
            ("encounter:HH",),
        ),
    }
    basis = LawfulBasis(
        PUBLIC_TASK, CHILDREN_ACT + "; Health and Social Care Act 2012 s251B", "eu-gdpr:A9-2-h"
    )
    police = (Recipient("police", ("mash_police_officer",)),)
    rules = (
        Rule(
            "3.1",
            "permit",
            SOCIAL_WORK,
            ("demographics", "address", "safeguarding_conditions", "health_visiting"),
            SAFEGUARDING,
            "full",
            None,
            basis,
        ),
        Rule(
            "3.2",
            "permit",
            SOCIAL_WORK,
            ("clinical_notes",),
            SAFEGUARDING,
            "on_request",
            None,
            basis,
            "not_required",
            ("record_reason",),
        ),
        Rule("3.3", "permit", police, ("patient_name",), SAFEGUARDING, "full", None, basis),
        Rule(
            "3.4", "permit", police, ("birth_date",), SAFEGUARDING, "masked", "year_of_birth", basis
        ),
        Rule(
            "3.5",
            "permit",
            police,
            ("condition_type",),
            SAFEGUARDING,
            "masked",
            "category_only",
            basis,
        ),
        Rule("3.6", "permit", police, ("condition_date",), SAFEGUARDING, "full", None, basis),
        Rule(
            "3.7",
            "permit",
            EARLY_HELP,
            ("demographics", "health_visiting"),
            ("early_help",),
            "full",
            None,
            LawfulBasis("eu-gdpr:A6-1-a", "Consent of the family", "eu-gdpr:A9-2-h"),
            "required",
        ),
        Rule("3.8", "permit", ALL_CSC, ("professionals",), TEAM_PURPOSES, "full", None, basis),
    )
    return [
        _doc(
            "health-safeguarding",
            1,
            "Safeguarding information sharing: NHS trust to MASH partners",
            "nhs-trust",
            start,
            today + timedelta(days=500),
            classes,
            rules,
            recipients=(CSC, "police"),
        )
    ]


def _school(start: date, today: date) -> list[Agreement]:
    classes = {
        "professionals": TEAM,
        "pupil": DataClass(
            "Pupil identity and home address",
            ("person.name", "person.birth_date", "person.sex", "person.identifiers", *ADDRESS),
        ),
        "attendance": DataClass(
            "Attendance and exclusions",
            ("record.title", "record.date", "record.detail", "record.severity"),
            ("attendance", "suspension", "permanent_exclusion"),
        ),
        "dsl": DataClass(
            "Designated safeguarding lead concerns",
            ("record.title", "record.date", "record.detail", "record.severity"),
            ("dsl_concern",),
        ),
        "sen": DataClass("Special educational needs", ("record.title",), ("sen_support", "ehcp")),
        "fsm": DataClass(
            "Free school meals", ("record.title", "record.date"), ("free_school_meals",)
        ),
    }
    basis = LawfulBasis(PUBLIC_TASK, CHILDREN_ACT + "; Education Act 2002 s175")
    main = _doc(
        "school-safeguarding",
        2,
        "Safeguarding information sharing: school to children's social care",
        "school",
        start,
        today + timedelta(days=5),
        classes,
        (
            Rule(
                "2.1",
                "permit",
                ALL_CSC,
                ("pupil", "attendance", "dsl"),
                ("safeguarding_children", "early_help"),
                "full",
                None,
                basis,
            ),
            Rule(
                "2.2",
                "permit",
                ALL_CSC,
                ("sen",),
                ("safeguarding_children", "early_help"),
                "masked",
                "category_only",
                basis,
            ),
            Rule(
                "2.3",
                "permit",
                ALL_CSC,
                ("professionals",),
                TEAM_PURPOSES,
                "full",
                None,
                basis,
            ),
        ),
    )
    meals = _doc(
        "school-free-meals",
        1,
        "Free school meals eligibility: school to early help",
        "school",
        start - timedelta(days=365),
        today - timedelta(days=10),
        classes,
        (
            Rule(
                "1.1",
                "permit",
                ALL_CSC,
                ("fsm",),
                ("early_help", "safeguarding_children"),
                "full",
                None,
                basis,
            ),
        ),
    )
    return [main, meals]


def _housing(start: date, today: date) -> list[Agreement]:
    classes = {
        "professionals": TEAM,
        "tenant": DataClass(
            "Tenant identity and address", ("person.name", "person.birth_date", *ADDRESS)
        ),
        "tenancy": DataClass(
            "Tenancy events",
            ("record.title", "record.date", "record.status"),
            (
                "tenancy_start",
                "overcrowding",
                "temporary_accommodation",
                "homelessness_decision",
                "notice_seeking_possession",
                "asb_complaint",
            ),
        ),
        "arrears": DataClass(
            "Rent arrears", ("record.title", "record.date", "record.detail"), ("rent_arrears",)
        ),
        "asb_detail": DataClass(
            "Anti-social behaviour complaint details", ("record.detail",), ("asb_complaint",)
        ),
    }
    basis = LawfulBasis(PUBLIC_TASK, CHILDREN_ACT + "; Housing Act 1996 s213A")
    consent_basis = LawfulBasis("eu-gdpr:A6-1-a", "Consent of the tenant")
    rules = (
        Rule(
            "6.1",
            "permit",
            ALL_CSC,
            ("tenant", "tenancy"),
            ("safeguarding_children", "early_help"),
            "full",
            None,
            basis,
        ),
        Rule(
            "6.2",
            "permit",
            ALL_CSC,
            ("arrears",),
            ("safeguarding_children", "early_help"),
            "full",
            None,
            consent_basis,
            "required",
        ),
        Rule(
            "6.3",
            "permit",
            SOCIAL_WORK,
            ("asb_detail",),
            SAFEGUARDING,
            "full",
            None,
            basis,
            "override_with_reason",
            ("record_reason", "alert_provider"),
        ),
        Rule("7.1", "permit", ALL_CSC, ("professionals",), TEAM_PURPOSES, "full", None, basis),
    )
    return [
        _doc(
            "housing-support",
            1,
            "Tenancy and support information: housing to children's social care",
            "housing",
            start,
            today + timedelta(days=300),
            classes,
            rules,
        )
    ]


def _social_care(start: date, today: date) -> list[Agreement]:
    classes = {
        "identity": DataClass("Identity", IDENTITY),
        "child_protection": DataClass(
            "Child protection status",
            ("record.title", "record.date", "record.severity"),
            (
                "child_protection_plan",
                "child_protection_conference",
                "strategy_discussion",
                "section_47",
                "referral",
            ),
        ),
        "assessment_factors": DataClass(
            "Factors identified at assessment",
            ("record.title",),
            ("domestic_abuse", "parental_mental_health", "parental_substance_misuse", "neglect"),
        ),
    }
    basis = LawfulBasis(PUBLIC_TASK, CHILDREN_ACT, "eu-gdpr:A9-2-g")
    others = tuple(Recipient(org, ("*",)) for org in ("police", "nhs-trust", "school"))
    rules = (
        Rule(
            "7.1",
            "permit",
            others,
            ("identity", "child_protection"),
            SAFEGUARDING,
            "full",
            None,
            basis,
        ),
        Rule(
            "7.2",
            "permit",
            others,
            ("assessment_factors",),
            SAFEGUARDING,
            "masked",
            "category_only",
            basis,
        ),
    )
    return [
        _doc(
            "csc-partners",
            1,
            "Child protection information: children's social care to MASH partners",
            CSC,
            start,
            today + timedelta(days=600),
            classes,
            rules,
            recipients=("police", "nhs-trust", "school"),
        )
    ]


def build(seed: int, today: date) -> dict[str, list[SignedAgreement]]:
    """Every partner's published agreements, signed, for a sandbox started on `today`."""
    start = today - timedelta(days=200)
    documents = {
        "police": _police(start, today),
        "nhs-trust": _health(start, today),
        "school": _school(start, today),
        "housing": _housing(start, today),
        CSC: _social_care(start, today),
    }
    return {
        pid: [sign(doc, partner_key(seed, pid)) for doc in docs] for pid, docs in documents.items()
    }
