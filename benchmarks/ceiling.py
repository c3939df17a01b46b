"""The insert ceiling: the rows a full sync stored, inserted straight into an empty store with
the project's schema and indexes and the page cache a sync has, by SQLAlchemy Core in
50,000-row transactions. No HTTP, no
parsing, no access rules, no linkage: what the disk and SQLCipher allow, for the sync to be
compared with."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import keyring

from caseworker.paths import resolve_paths
from caseworker.store.models import Base
from caseworker.store.store import open_store
from tests.support.keyrings import TestFileKeyring

CHUNK = 50_000
TABLES = (
    "citizens",
    "source_persons",
    "person_identifiers",
    "relationships",
    "source_items",
    "link_events",
    "link_pairs",
)
"""What a sync writes about people and their records, parents first."""


def insert_ceiling(synced_home: Path, empty_home: Path) -> dict[str, Any]:
    """Seconds to insert every row of TABLES from `synced_home` into a new store."""
    keyring.set_keyring(TestFileKeyring())
    rows: dict[str, list[dict[str, Any]]] = {}
    with (
        open_store(resolve_paths(synced_home), allow_insecure_keyring=True) as source,
        source.engine.connect() as connection,
    ):
        for name in ("partners", *TABLES):
            table = Base.metadata.tables[name]
            rows[name] = [dict(r._mapping) for r in connection.execute(table.select())]
    with open_store(resolve_paths(empty_home), allow_insecure_keyring=True) as target:
        with target.engine.begin() as connection:  # the partners the rows refer to
            connection.execute(Base.metadata.tables["partners"].insert(), rows.pop("partners"))
        started = time.perf_counter()
        with target.syncing():  # the page cache a sync writes with
            for name in TABLES:
                table = Base.metadata.tables[name]
                batch = rows[name]
                for at in range(0, len(batch), CHUNK):
                    with target.engine.begin() as connection:
                        connection.execute(table.insert(), batch[at : at + CHUNK])
        seconds = time.perf_counter() - started
    return {"ceiling_s": seconds, "ceiling_rows": sum(len(r) for r in rows.values())}
