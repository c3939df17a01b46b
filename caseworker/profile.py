"""The user's profile: organisation, role and purposes. Access is evaluated for it.

Kept in the encrypted store's settings. Changing it changes what may be stored: the sync
service purges what the new profile may not see and re-fetches what it newly may.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from caseworker.agreements.access import Viewer
from caseworker.agreements.vocabulary import PURPOSES, ROLES
from caseworker.errors import ProfileMissing
from caseworker.store.models import Setting

KEY = "profile"


class InvalidProfile(ValueError):
    pass


@dataclass(frozen=True)
class Profile:
    org: str
    role: str
    purposes: tuple[str, ...]
    display_name: str = ""

    def __post_init__(self) -> None:
        if self.role not in ROLES or ROLES[self.role][0] != self.org:
            raise InvalidProfile(f"{self.role!r} is not a role in {self.org!r}")
        unknown = [p for p in self.purposes if p not in PURPOSES]
        if not self.purposes or unknown:
            raise InvalidProfile(f"purposes must be some of {sorted(PURPOSES)}")

    @property
    def viewer(self) -> Viewer:
        return Viewer(self.org, self.role, self.purposes)


DEMO_PROFILE = Profile(
    "childrens-social-care",
    "social_worker",
    ("safeguarding_children", "early_help"),
    "Demo social worker",
)


def load_profile(session: Session) -> Profile | None:
    row = session.get(Setting, KEY)
    if row is None:
        return None
    data = json.loads(row.value)
    return Profile(data["org"], data["role"], tuple(data["purposes"]), data.get("display_name", ""))


def require_profile(session: Session) -> Profile:
    """The profile access is evaluated for; ProfileMissing until one is chosen."""
    profile = load_profile(session)
    if profile is None:
        raise ProfileMissing("Choose your organisation, role and purposes first.")
    return profile


def save_profile(session: Session, profile: Profile) -> bool:
    """Store the profile; True when it differs from the one held before."""
    value = json.dumps(
        {
            "org": profile.org,
            "role": profile.role,
            "purposes": list(profile.purposes),
            "display_name": profile.display_name,
        }
    )
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
        return True
    if row.value == value:
        return False
    row.value = value
    return True
