"""The professionals of a care team, kept in one record's detail.

A FHIR `CareTeam` is one resource with many participants. Held as one record, it is updated
and deleted as the partner updates and deletes it (a team that loses a member loses their
row); the joined-up view lists each professional on their own row of the team around the
person (`caseworker.views.citizen`). This module is the one place that knows how the members
are written into the detail and read back: one line per member, role, name and date of last
involvement separated by tabs (which no name or role carries).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

CARE_TEAM = "care_team"
"""The category of a record that carries a team's members."""


@dataclass(frozen=True)
class TeamMember:
    role: str
    name: str | None
    last_involved: date | None


def _clean(text: str | None) -> str:
    return " ".join((text or "").replace("\t", " ").split())


def team_detail(members: Iterable[TeamMember]) -> str | None:
    """The members as a record's detail; None when there are none."""
    lines = [
        "\t".join(
            (
                _clean(m.role),
                _clean(m.name),
                m.last_involved.isoformat() if m.last_involved else "",
            )
        )
        for m in members
    ]
    return "\n".join(lines) or None


def team_members(detail: str | None) -> list[TeamMember]:
    """The members written by `team_detail`; [] for any other detail (a team held before
    members were kept, or a detail the viewer may not see)."""
    members = []
    for line in (detail or "").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not parts[0]:
            return []
        role, name, last = parts
        try:
            when = date.fromisoformat(last) if last else None
        except ValueError:
            when = None
        members.append(TeamMember(role, name or None, when))
    return members
