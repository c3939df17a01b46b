"""Every statement a sync runs finds its rows through an index: a sync's cost per record must
not grow with the store. A statement that walks a table of records does, and at a million
records it is the whole cost (the identifiers' lookup by value alone read every source person
for each chunk of a batch: docs/performance.md). SQLite plans the same statement the same way
at any size (the store keeps no statistics), so a small sandbox shows what a million would do.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event

from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile

GROWING = (
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
    "outbox",
    "contacts",
)
"""The tables that grow with the records synced (the rest hold settings, partners and
agreements: a few rows whatever the store's size)."""
_SCAN = re.compile(r"\bSCAN (\w+)")


def test_no_statement_of_a_sync_walks_a_table_of_records(
    store: Store, sandbox: SandboxNetwork
) -> None:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    statements: dict[str, Any] = {}

    def seen(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, many: bool
    ) -> None:
        words = statement.split(maxsplit=1)[0].upper()
        reads = words in ("SELECT", "WITH", "UPDATE", "DELETE") or (
            words == "INSERT" and "SELECT" in statement.upper()  # an INSERT … VALUES reads nothing
        )
        if reads:
            statements.setdefault(statement, parameters[0] if many and parameters else parameters)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        assert SyncService(store).sync_all().ok  # a first sync: everything arrives
        assert SyncService(store).sync_all().ok  # and one with nothing new
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)

    walks = []
    with store.engine.connect() as connection:
        cursor = connection.connection.dbapi_connection.cursor()
        for statement, parameters in statements.items():
            plan = cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters or ()).fetchall()
            scanned = {m[1] for row in plan if (m := _SCAN.search(row[-1]))} & set(GROWING)
            if scanned:
                walks.append((sorted(scanned), " ".join(statement.split())[:300]))
    assert len(statements) > 50  # the sync's statements were seen
    assert not walks, walks
