"""the search index by surname and first name holds the birth date too, for linkage's
second look at records whose birth date and postcode blocks missed them

A record with a mistyped birth date and no postcode shares no block with its other records.
Linkage now also reads everyone with the same surname and first name, and keeps those whose
birth date differs by one keying error (caseworker/linkage/pool.py, `namesakes`). With the
birth date in the index, that reads no record: only the few kept are read.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 07:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_NAME = "ix_source_persons_search_family"
_TABLE = "source_persons"


def upgrade() -> None:
    op.drop_index(_NAME, table_name=_TABLE)
    op.create_index(
        _NAME, _TABLE, ["search_family", "search_given", "birth_date", "citizen_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(_NAME, table_name=_TABLE)
    op.create_index(_NAME, _TABLE, ["search_family", "search_given", "citizen_id"], unique=False)
