"""Whom the user follows (set through caseworker.services.following)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from caseworker.store.settings import get_json

KEY = "followed-citizens"


def followed_in(session: Session) -> frozenset[int]:
    return frozenset(get_json(session, KEY) or ())
