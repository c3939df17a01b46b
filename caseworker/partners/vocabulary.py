"""Where each partner category sits in the joined-up view: the domain of a need or event.

Domains follow DOMAIN.md, with safety and risk first. Partners send their own category
codes; unknown codes fall back to the partner agency's usual domain.
"""

from __future__ import annotations

from caseworker.words import N_

DOMAINS = ("safety", "health", "education", "housing", "finances", "family")
"""Needs and risks are grouped by these, safety first (the citizen page's Overview)."""
KINDS = ("need", "risk", "event", "involvement")

_AGENCY_DOMAIN = {
    "health": "health",
    "social_care": "family",
    "police": "safety",
    "education": "education",
    "housing": "housing",
}

_CATEGORY_DOMAIN = {
    # safety and risk
    "domestic_abuse": "safety",
    "domestic_abuse_incident": "safety",
    "vulnerability_notification": "safety",
    "missing_episode": "safety",
    "exploitation_concern": "safety",
    "warning_marker": "safety",
    "marac_referral": "safety",
    "child_protection_plan": "safety",
    "child_protection_conference": "safety",
    "strategy_discussion": "safety",
    "section_47": "safety",
    "dsl_concern": "safety",
    "neglect": "safety",
    "referral": "safety",
    # family and parenting
    "contact": "family",
    "early_help": "family",
    "early_help_assessment": "family",
    "child_in_need_plan": "family",
    "single_assessment": "family",
    "parental_mental_health": "family",
    "parental_substance_misuse": "family",
    "allocated_worker": "family",
    # education
    "attendance": "education",
    "sen_support": "education",
    "ehcp": "education",
    "suspension": "education",
    "permanent_exclusion": "education",
    # housing
    "tenancy_start": "housing",
    "notice_seeking_possession": "housing",
    "asb_complaint": "housing",
    "overcrowding": "housing",
    "homelessness_decision": "housing",
    "temporary_accommodation": "housing",
    # money
    "rent_arrears": "finances",
    "free_school_meals": "finances",
    "benefits": "finances",
    "debt": "finances",
    "worklessness": "finances",
}


RISK_EVENTS: dict[str, int] = {
    "domestic_abuse_incident": 12,
    "missing_episode": 12,
    "encounter:EMER": 12,
    "marac_referral": 12,
    "exploitation_concern": 12,
    "section_47": 12,
    "strategy_discussion": 12,
}
"""Significant events that are risks as much as any a partner codes as one: a significant
event of these categories counts as a current risk for this many months after it happened
(police incidents, emergency department attendances, missing episodes…)."""


def domain_for(category: str, agency: str) -> str:
    return _CATEGORY_DOMAIN.get(category, _AGENCY_DOMAIN.get(agency, "family"))


CONCERNS = {
    "domestic_abuse": N_("Domestic abuse"),
    "neglect": N_("Neglect"),
    "physical_abuse": N_("Physical abuse or an injury"),
    "sexual_abuse": N_("Sexual abuse"),
    "emotional_abuse": N_("Emotional abuse"),
    "exploitation": N_("Exploitation (sexual or criminal)"),
    "missing": N_("Missing from home, care or school"),
    "parental_mental_health": N_("A parent's mental health"),
    "substance_misuse": N_("Drug or alcohol misuse at home"),
    "self_harm": N_("Self-harm"),
    "other": N_("Another concern"),
}
"""What a contact is about, in the words the front door uses (the factors of assessment)."""
