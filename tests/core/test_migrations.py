"""Schema migrations: one linear, date-prefixed chain that matches the models."""

from __future__ import annotations

import re

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from caseworker.store.migrate import MIGRATIONS, alembic_config, current_revision, head_revision
from caseworker.store.models import Base
from caseworker.store.store import Store


def test_revision_chain_is_linear_and_date_prefixed() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert sum(1 for r in revisions if r.down_revision is None) == 1
    for path in (MIGRATIONS / "versions").glob("*.py"):
        assert re.match(r"^\d{4}_\d{2}_\d{2}_", path.name), path.name


def test_new_store_is_at_head_and_matches_the_models(store: Store) -> None:
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
