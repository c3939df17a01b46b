"""What one person is to another, in one vocabulary for every partner.

Case Sharing partners send these codes; FHIR RelatedPerson.relationship codes (HL7 v3
RoleCode) are mapped onto them. Each relation has its inverse, so that a mother recorded on
a child's record shows as a child on the mother's page.
"""

from __future__ import annotations

RELATIONS = frozenset(
    {"mother", "father", "parent", "child", "sibling", "partner", "carer", "grandparent", "other"}
)

INVERSE = {
    "mother": "child",
    "father": "child",
    "parent": "child",
    "child": "parent",
    "sibling": "sibling",
    "partner": "partner",
    "carer": "cared_for",
    "grandparent": "grandchild",
    "other": "other",
}
"""If B is A's mother, A is B's child (and so on)."""

V3_ROLE_CODES = {
    "MTH": "mother",
    "NMTH": "mother",
    "STPMTH": "mother",
    "FTH": "father",
    "NFTH": "father",
    "STPFTH": "father",
    "PRN": "parent",
    "NPRN": "parent",
    "CHILD": "child",
    "SON": "child",
    "DAU": "child",
    "SIB": "sibling",
    "BRO": "sibling",
    "SIS": "sibling",
    "NSIB": "sibling",
    "SPS": "partner",
    "HUSB": "partner",
    "WIFE": "partner",
    "DOMPART": "partner",
    "SIGOTHR": "partner",
    "GUARD": "carer",
    "GRPRN": "grandparent",
    "GRMTH": "grandparent",
    "GRFTH": "grandparent",
}


def from_v3(codes: list[str]) -> str:
    """The first known RoleCode among `codes`, else 'other' (an emergency contact, say)."""
    return next((V3_ROLE_CODES[c] for c in codes if c in V3_ROLE_CODES), "other")
