"""Citizens the user follows: a sync that brings news about one of them says so."""

from __future__ import annotations

import json

from caseworker.audit.log import record_in
from caseworker.store.models import Setting
from caseworker.store.store import Store

KEY = "followed-citizens"


def followed(store: Store) -> frozenset[int]:
    with store.session() as session:
        row = session.get(Setting, KEY)
        return frozenset(json.loads(row.value)) if row is not None else frozenset()


def set_following(store: Store, citizen_id: int, follow: bool) -> frozenset[int]:
    """Follow or stop following; returns who is followed now."""
    with store.writing() as session:
        row = session.get(Setting, KEY)
        current = set(json.loads(row.value)) if row is not None else set()
        (current.add if follow else current.discard)(citizen_id)
        value = json.dumps(sorted(current))
        if row is None:
            session.add(Setting(key=KEY, value=value))
        else:
            row.value = value
        record_in(session, "follow", citizen_id=citizen_id, follow=follow)
    return frozenset(current)


def news_for_followed(store: Store, changed: frozenset[int]) -> frozenset[int]:
    """Which of the citizens a sync touched the user follows."""
    return changed & followed(store)
