"""Acting on emerging needs: see the list (audited), dismiss a household with a reason
(audited; it comes back when its evidence changes), follow everyone in it."""

from __future__ import annotations

from datetime import UTC, datetime

from caseworker.audit.log import record, record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError, NotFound
from caseworker.insight.emerging import DISMISSED_KEY, EmergingHousehold, find_emerging
from caseworker.services.following import set_following
from caseworker.store.settings import get_json, put_json
from caseworker.store.store import Store

MAX_REASON = 500


class DismissRefused(CaseworkerError):
    """A dismissal without a reason, or with one too long to keep."""

    code = "dismiss_refused"


def emerging_needs(store: Store, *, include_dismissed: bool = False) -> list[EmergingHousehold]:
    """The list as the profile may see it now; looking at it is audited."""
    with store.session() as session:
        found = find_emerging(session, include_dismissed=include_dismissed)
    record(store, "view", page="emerging_needs", households=len(found))
    return found


def find_household(store: Store, key: str) -> EmergingHousehold:
    """One household of the current list (dismissed ones included), by its key."""
    with store.session() as session:
        for household in find_emerging(session, include_dismissed=True):
            if household.key == key:
                return household
    raise NotFound(
        "No household with that key is on the emerging-needs list now.",
        hint="List them again: the evidence may have changed, or the household is now open "
        "to children's social care.",
    )


def dismiss(store: Store, household: EmergingHousehold, reason: str, *, by: str) -> Changes:
    """Hide the household until its evidence changes; the reason is kept and audited."""
    words = reason.strip()
    if not words:
        raise DismissRefused("Give a reason for dismissing: it is kept in the audit log.")
    if len(words) > MAX_REASON:
        raise DismissRefused(
            "Keep the reason under {MAX_REASON} characters.", MAX_REASON=MAX_REASON
        )
    with store.writing() as session:
        dismissed = dict(get_json(session, DISMISSED_KEY) or {})
        dismissed[household.key] = {
            "fingerprint": household.fingerprint,
            "reason": words,
            "by": by,
            "on": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        put_json(session, DISMISSED_KEY, dismissed)
        for member in household.members:  # each person's activity and access report show it
            record_in(
                session,
                "emerging_need",
                citizen_id=member.citizen_id,
                action="dismissed",
                household=household.key,
                reason=words,
            )
    return Changes(citizens=frozenset(m.citizen_id for m in household.members), view=False)


def follow_household(store: Store, household: EmergingHousehold) -> Changes:
    """Follow everyone in the household: a sync that brings news of any of them says so."""
    changes = Changes(view=False)
    for member in household.members:
        changes |= set_following(store, member.citizen_id, True)
    return changes
