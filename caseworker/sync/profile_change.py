"""Applying a new profile: what it may not see is purged now, what it newly may is re-fetched."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update

from caseworker.agreements.minimise import Minimiser
from caseworker.agreements.registry import known_agreements
from caseworker.audit.log import record_in
from caseworker.profile import Profile, load_profile, save_profile
from caseworker.store.models import Partner
from caseworker.store.store import Store
from caseworker.sync.purge import PurgeOutcome, purge_provider


@dataclass(frozen=True)
class ProfileChange:
    changed: bool
    purges: tuple[PurgeOutcome, ...] = ()


def apply_profile(store: Store, profile: Profile, *, today: date | None = None) -> ProfileChange:
    """Save `profile`. If it differs from the one held, re-minimise every provider's records
    for it and reset cursors, so the next sync brings what the new profile may see."""
    today = today or date.today()
    with store.writing() as session:
        first = load_profile(session) is None
        if not save_profile(session, profile):
            return ProfileChange(False)
        record_in(
            session,
            "settings",
            setting="profile",
            org=profile.org,
            role=profile.role,
            purposes=list(profile.purposes),
        )
        if first:
            return ProfileChange(True)
        purges = []
        for provider in session.scalars(select(Partner.id)):
            minimiser = Minimiser(profile.viewer, known_agreements(session, provider), today)
            outcome = purge_provider(
                session, provider, minimiser, f"profile changed to {profile.org} / {profile.role}"
            )
            if outcome.any:
                purges.append(outcome)
        session.execute(update(Partner).values(cursor=None))
    return ProfileChange(True, tuple(purges))
