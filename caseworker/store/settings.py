"""Small JSON values in the store's settings table: read one, write one."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Integer, String, cast, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from caseworker.store.models import Setting, utcnow

NAMES_STAMP = "person-names-stamp"
"""Counts the transactions that wrote source persons' names (views/search.py's near names)."""


def get_json(session: Session, key: str) -> Any | None:
    """The value held under `key`, decoded; None when there is none."""
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else None


def put_json(session: Session, key: str, value: Any) -> bool:
    """Hold `value` under `key`; True when that changed what was held."""
    text = json.dumps(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
        return True
    if row.value == text:
        return False
    row.value = text
    return True


def bump(session: Session, key: str) -> None:
    """Count one more change under `key`, in the caller's transaction: for a process that
    keeps something it read from the store and must know when to read it again."""
    now = utcnow()
    stmt = insert(Setting).values(key=key, value="1", created_at=now, updated_at=now)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["key"],
            set_={"value": cast(cast(Setting.value, Integer) + 1, String), "updated_at": now},
        )
    )


def stamp(session: Session, key: str) -> tuple[str, object] | None:
    """What `bump` has counted under `key`, with when it was first counted (so that two
    stores' counts never look alike); None before the first."""
    row = session.execute(
        select(Setting.value, Setting.created_at).where(Setting.key == key)
    ).first()
    return (row[0], row[1]) if row is not None else None
