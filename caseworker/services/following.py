"""Citizens the user follows: a sync that brings news about one of them says so."""

from __future__ import annotations

from caseworker.audit.log import record_in
from caseworker.changes import Changes
from caseworker.store.settings import put_json
from caseworker.store.store import Store
from caseworker.views.following import KEY, followed_in


def followed(store: Store) -> frozenset[int]:
    with store.session() as session:
        return followed_in(session)


def set_following(store: Store, citizen_id: int, follow: bool) -> Changes:
    """Follow or stop following."""
    with store.writing() as session:
        current = set(followed_in(session))
        (current.add if follow else current.discard)(citizen_id)
        put_json(session, KEY, sorted(current))
        record_in(session, "follow", citizen_id=citizen_id, follow=follow)
    return Changes(citizens=frozenset({citizen_id}), view=False, following=True)


def news_for_followed(store: Store, changed: frozenset[int]) -> frozenset[int]:
    """Which of the citizens a sync touched the user follows."""
    return changed & followed(store)
