"""Words the person page puts together from its view: counts, short lists, who someone is
to the person, and who leads the team around them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from caseworker.views.citizen import Item
from caseworker.views.household import HouseholdMember
from ui import labels
from ui.i18n import plural, tr


def counted(texts: Iterable[str]) -> list[str]:
    """Each text once, in first-seen order, with how many times it came: "Incident ×3"."""
    counts = Counter(texts)
    return [text if n == 1 else f"{text} ×{n}" for text, n in counts.items()]


def first(named: list[str], shown: int = 4) -> str:
    more = len(named) - shown
    return "; ".join(named[:shown]) + (tr("; and {count} more", count=more) if more > 0 else "")


def member_words(member: HouseholdMember) -> str:
    name = member.name or tr("(name not shared)")
    if member.relation:
        return tr("{name} ({relation})", name=name, relation=labels.relation(member.relation))
    return tr("{name} (same address)", name=name)


def is_lead(item: Item) -> bool:
    return item.status == "lead"


def team_words(team: list[Item]) -> str:
    """Who leads, and how many work with the person, for the header."""
    agencies = len({i.source.partner_id for i in team})
    lead = next((i for i in team if is_lead(i)), None)
    size = (
        plural(
            len(team),
            "{count} professional",
            "{count} professionals",
        )
        + " "
        + plural(agencies, "from {count} agency", "from {count} agencies")
    )
    if lead is not None:
        name = (lead.detail or "").split(" · ")[0] or tr("(name not shared)")
        return tr(
            "Lead professional: {name}, {role} ({agency}). Team: {size} (People tab).",
            name=name,
            role=lead.title,
            agency=lead.source.partner_name,
            size=size,
        )
    if team:
        return tr("No lead professional recorded. Team: {size} (People tab).", size=size)
    return tr("No professionals recorded by partners.")
