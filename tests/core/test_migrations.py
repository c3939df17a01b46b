"""Schema migrations: one linear, date-prefixed chain that matches the models."""

from __future__ import annotations

import re

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from caseworker.store.migrate import (
    HEAD,
    MIGRATIONS,
    alembic_config,
    current_revision,
    head_revision,
)
from caseworker.store.models import Base, managed_by_models
from caseworker.store.store import Store


def _store_at(paths, revision: str):  # type: ignore[no-untyped-def]
    """A new store file migrated only as far as `revision`, as an older version made it."""
    from alembic import command

    from caseworker.store.engine import create_store_engine
    from caseworker.store.keys import load_or_create_key

    paths.ensure()
    engine = create_store_engine(paths.store_file, load_or_create_key(paths))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def test_revision_chain_is_linear_and_date_prefixed() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD]  # what opening a store checks, without Alembic
    revisions = list(script.walk_revisions())
    assert sum(1 for r in revisions if r.down_revision is None) == 1
    for path in (MIGRATIONS / "versions").glob("*.py"):
        assert re.match(r"^\d{4}_\d{2}_\d{2}_", path.name), path.name


def test_new_store_is_at_head_and_matches_the_models(store: Store) -> None:
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": managed_by_models})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_store_with_data_at_the_first_revision_upgrades_and_keeps_it(paths) -> None:  # type: ignore[no-untyped-def]
    """Stores made by older versions hold real work: upgrading must keep every row."""
    from sqlalchemy import text

    from caseworker.store.store import open_store

    engine = _store_at(paths, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "insert into partners (id, name, agency, protocol, base_url, created_at, "
                "updated_at) values ('p', 'P', 'police', 'case', 'http://x', '2026-01-01', "
                "'2026-01-01')"
            )
        )
        connection.execute(
            text(
                "insert into source_items (partner_id, source_id, person_source_id, kind, domain, "
                "category, title, significant, source_updated, created_at, updated_at) values "
                "('p', 'r1', 'x1', 'event', 'safety', 'c', 'Kept title', 0, '2026-01-01', "
                "'2026-01-01', '2026-01-01')"
            )
        )
    engine.dispose()
    with open_store(paths) as store:
        assert store.info.migrated
        with store.engine.connect() as connection:
            row = connection.execute(text("select title, held_back from source_items")).one()
    assert tuple(row) == ("Kept title", "")


def test_schema_changes_are_atomic_so_a_crash_mid_migration_leaves_no_half_schema(store) -> None:  # type: ignore[no-untyped-def]
    """Found by the SIGKILL test: the driver ran DDL outside any transaction, so a kill during
    the first migration left tables without their version row and the next start failed."""
    import pytest
    from sqlalchemy import inspect, text

    with pytest.raises(RuntimeError), store.engine.begin() as connection:
        connection.execute(text("create table half_made (x integer)"))
        raise RuntimeError("killed here")
    assert "half_made" not in inspect(store.engine).get_table_names()


def test_agreements_held_before_0014_are_kept_and_two_providers_may_share_an_id(paths) -> None:  # type: ignore[no-untyped-def]
    """0014 re-keys agreements by provider, id and version: every held one survives, and
    afterwards a second provider's agreement with the same id and version can be held."""
    from sqlalchemy import text

    from caseworker.store.store import open_store

    engine = _store_at(paths, "0013")
    insert_partner = (
        "insert into partners (id, name, agency, protocol, base_url, created_at, updated_at) "
        "values (:id, :id, 'police', 'case', 'http://x', '2026-01-01', '2026-01-01')"
    )
    insert_agreement = (
        "insert into agreements (agreement_id, version, provider, signed_json, verified, "
        "superseded, created_at, updated_at) values ('mash', 3, :provider, :raw, 1, 0, "
        "'2026-01-01', '2026-01-01')"
    )
    with engine.begin() as connection:
        for partner in ("police", "housing"):
            connection.execute(text(insert_partner), {"id": partner})
        connection.execute(text(insert_agreement), {"provider": "police", "raw": "{police}"})
    engine.dispose()
    with open_store(paths) as store, store.engine.begin() as connection:
        connection.execute(text(insert_agreement), {"provider": "housing", "raw": "{housing}"})
        rows = connection.execute(
            text("select provider, signed_json from agreements order by provider")
        ).all()
    assert [tuple(r) for r in rows] == [("housing", "{housing}"), ("police", "{police}")]
