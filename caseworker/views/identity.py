"""Which partner's copy of a person's identity to show first.

Health holds the NHS spine's demographics, so it leads; then social care, education,
housing and police. Within one agency the most recently updated record wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caseworker.store.models import SourcePerson

AGENCY_PRECEDENCE = ("health", "social_care", "education", "housing", "police")


def rank(record: tuple[SourcePerson, str]) -> tuple[int, float]:
    person, agency = record
    order = (
        AGENCY_PRECEDENCE.index(agency) if agency in AGENCY_PRECEDENCE else len(AGENCY_PRECEDENCE)
    )
    return order, -person.source_updated.timestamp()


def ranked(records: list[tuple[SourcePerson, str]]) -> list[tuple[SourcePerson, str]]:
    return sorted(records, key=rank)
