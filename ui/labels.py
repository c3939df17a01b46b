"""Words for the core's codes: agencies, domains, kinds of record, sync states."""

from __future__ import annotations

from ui.i18n import tr


def agency(code: str) -> str:
    return {
        "health": tr("Health"),
        "social_care": tr("Social care"),
        "police": tr("Police"),
        "education": tr("Education"),
        "housing": tr("Housing"),
    }.get(code, code)


def domain(code: str) -> str:
    return {
        "safety": tr("Safety and risk"),
        "health": tr("Health"),
        "education": tr("Education"),
        "housing": tr("Housing"),
        "family": tr("Family and parenting"),
    }.get(code, code)


def kind(code: str) -> str:
    return {
        "need": tr("Need"),
        "risk": tr("Risk"),
        "event": tr("Event"),
        "involvement": tr("Involvement"),
    }.get(code, code)


def sync_state(code: str) -> str:
    return {
        "waiting": tr("Waiting"),
        "running": tr("Syncing"),
        "done": tr("Up to date"),
        "failed": tr("Failed"),
        "cancelled": tr("Cancelled"),
    }.get(code, code)
