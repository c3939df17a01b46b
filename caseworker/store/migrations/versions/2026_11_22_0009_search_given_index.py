"""an index on given names, for forgiving search

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22 07:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_source_persons_search_given", "source_persons", ["search_given"])


def downgrade() -> None:
    op.drop_index("ix_source_persons_search_given", "source_persons")
