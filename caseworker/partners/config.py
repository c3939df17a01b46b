"""How a partner is reached: the plain configuration the sync engine needs."""

from __future__ import annotations

from dataclasses import dataclass

AGENCIES = ("health", "social_care", "police", "education", "housing")


@dataclass(frozen=True)
class PartnerConfig:
    partner_id: str
    name: str
    agency: str  # one of AGENCIES
    protocol: str  # "fhir" or "case"
    base_url: str
