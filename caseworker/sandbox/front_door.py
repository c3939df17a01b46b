"""The council's front door in the sandbox: a few contacts about children on the Case
Sharing feed of children's social care (change type `contact`, docs/partner-api.md), so the
demo opens with work waiting at the MASH.

One names a child exactly as the council holds them, one with the first name mistyped and no
birth date (the possible matches must be weighed), and one a child no partner knows. They
arrived recently, as of when the sandbox starts; the first is rated red and is due within
the hour on a working day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from caseworker.sandbox.records import PartnerData, SPerson

FEED_PARTNER = "childrens-social-care"


def _children(data: PartnerData, today: date) -> list[SPerson]:
    young = [p for p in data.persons if (today - p.birth_date).days < 15 * 365]
    return sorted(young, key=lambda p: p.source_id)


def contacts(data: PartnerData, now: datetime | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(id, data) of each contact the council's feed carries."""
    now = now or datetime.now(UTC)
    children = _children(data, now.date())
    if len(children) < 4:
        return []
    first, second = children[1], children[3]
    mistyped = second.given[:-1] + ("a" if not second.given.endswith("a") else "e")
    return [
        (
            "CSC-CONTACT-1",
            {
                "received_at": (now - timedelta(hours=3, minutes=25)).isoformat(),
                "raised_by": "Health visitor, Riverside NHS Foundation Trust",
                "referrer_agency": "Riverside NHS Foundation Trust",
                "about": "physical_abuse",
                "concern": "Bruising to the upper arm of a toddler at a routine visit; the "
                "explanation given did not fit the injury.",
                "child": {
                    "given": first.given,
                    "family": first.family,
                    "birth_date": first.birth_date.isoformat(),
                    "postcode": first.postcode,
                },
                "rating": "red",
            },
        ),
        (
            "CSC-CONTACT-2",
            {
                "received_at": (now - timedelta(minutes=50)).isoformat(),
                "raised_by": "Designated safeguarding lead, Hillside Academy",
                "referrer_agency": "Hillside Academy",
                "about": "neglect",
                "concern": "Often arrives hungry and in the same clothes; attendance falling.",
                "child": {"given": mistyped, "family": second.family},
            },
        ),
        (
            "CSC-CONTACT-3",
            {
                "received_at": (now - timedelta(minutes=20)).isoformat(),
                "raised_by": "Neighbour (by telephone)",
                "referrer_agency": "Member of the public",
                "about": "missing",
                "concern": "A 14-year-old next door has not been home for two nights.",
                "child": {"given": "Ellis", "family": "Marwood"},
            },
        ),
    ]
