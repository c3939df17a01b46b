"""Watching a store's statements and asking SQLite how it would answer each: which of them
walk a table that grows with the records (tests/integration/test_reads_by_index.py).

SQLite plans a statement the same way at any size (the store keeps no statistics), so a
small sandbox shows what a million records would do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from caseworker.store.store import Store

GROWING = frozenset(
    {
        "citizens",
        "source_persons",
        "person_identifiers",
        "link_pairs",
        "link_events",
        "relationships",
        "source_items",
        "quarantine",
        "consents",
        "audit_log",
        "contacts",
    }
)
"""The tables that grow with the records synced and the work done (the rest hold settings,
partners, agreements and the user's own few requests: a handful of rows whatever the
store's size)."""
_SCAN = re.compile(r"\bSCAN (\w+)")
_READS = ("SELECT", "WITH", "UPDATE", "DELETE")


@contextmanager
def watched(store: Store) -> Iterator[dict[str, Any]]:
    """Every distinct statement that reads run on `store` meanwhile, with its first
    parameters (an INSERT … VALUES reads nothing and is left out)."""
    statements: dict[str, Any] = {}

    def seen(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, many: bool
    ) -> None:
        verb = statement.split(maxsplit=1)[0].upper()
        if verb in _READS or (verb == "INSERT" and "SELECT" in statement.upper()):
            statements.setdefault(statement, parameters[0] if many and parameters else parameters)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)


def walks(store: Store, statements: dict[str, Any]) -> list[tuple[list[str], str]]:
    """The statements whose plan reads a GROWING table from end to end, with those tables."""
    found = []
    with store.engine.connect() as connection:
        cursor = connection.connection.dbapi_connection.cursor()
        for statement, parameters in statements.items():
            plan = cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters or ()).fetchall()
            scanned = {m[1] for row in plan if (m := _SCAN.search(row[-1]))} & GROWING
            if scanned:
                found.append((sorted(scanned), " ".join(statement.split())[:300]))
    return found
