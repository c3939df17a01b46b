"""Small JSON values in the store's settings table: read one, write one."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from caseworker.store.models import Setting


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
