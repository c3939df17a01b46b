"""The words agreements use: organisations, roles, purposes and lawful bases.

Purposes are the project's own concepts, each a specialisation of a W3C DPV purpose (the
`dpv` column) so that agreements export to ODRL with DPV terms. Lawful bases are DPV's GDPR
terms (UK GDPR keeps the EU article numbers). The core returns these codes; the UI words them.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseworker.words import N_

ORGANISATIONS = {
    "childrens-social-care": "Children's Social Care",
    "police": "Constabulary Public Protection Unit",
    "nhs-trust": "Riverside NHS Foundation Trust",
    "school": "Hillside Academy",
    "housing": "Council Housing Services",
}

ROLES = {
    "social_worker": ("childrens-social-care", "Social worker"),
    "team_manager": ("childrens-social-care", "Team manager"),
    "early_help_worker": ("childrens-social-care", "Early help worker"),
    "mash_police_officer": ("police", "MASH police officer"),
    "safeguarding_nurse": ("nhs-trust", "Safeguarding nurse"),
    "health_visitor": ("nhs-trust", "Health visitor"),
    "designated_safeguarding_lead": ("school", "Designated safeguarding lead"),
    "housing_officer": ("housing", "Housing officer"),
}
"""Role -> (the organisation it belongs to, its name)."""


@dataclass(frozen=True)
class Purpose:
    label: str
    dpv: str  # the broader W3C DPV purpose


PURPOSES = {
    "safeguarding_children": Purpose(N_("Safeguarding children"), "dpv:FulfilmentOfObligation"),
    "adult_safeguarding": Purpose(N_("Adult safeguarding"), "dpv:FulfilmentOfObligation"),
    "early_help": Purpose(N_("Early help"), "dpv:ServiceProvision"),
    "integrated_care": Purpose(N_("Integrated care"), "dpv:ServiceProvision"),
}

LAWFUL_BASES = {
    "eu-gdpr:A6-1-a": N_("Consent (Article 6(1)(a))"),
    "eu-gdpr:A6-1-c": N_("Legal obligation (Article 6(1)(c))"),
    "eu-gdpr:A6-1-e": N_("Public task (Article 6(1)(e))"),
    "eu-gdpr:A9-2-b": N_("Social protection law (Article 9(2)(b))"),
    "eu-gdpr:A9-2-g": N_("Substantial public interest (Article 9(2)(g))"),
    "eu-gdpr:A9-2-h": N_("Health and social care (Article 9(2)(h))"),
}

_CATEGORY_PREFIX_LABELS = (
    ("condition:", "Health condition"),
    ("encounter:", "Health contact"),
    ("flag", "Health safeguarding flag"),
)
_CATEGORY_LABELS = {
    "sen_support": "Special educational needs",
    "ehcp": "Special educational needs",
    "parental_mental_health": "Assessment factor",
    "parental_substance_misuse": "Assessment factor",
    "domestic_abuse": "Assessment factor",
    "neglect": "Assessment factor",
}


def category_label(category: str) -> str:
    """What a 'category only' masking leaves of a record's title."""
    for prefix, label in _CATEGORY_PREFIX_LABELS:
        if category.startswith(prefix):
            return label
    return _CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())
