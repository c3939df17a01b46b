"""the pairs that made a link found by the link: an index on link_pairs.event_id

Opening a person's links explains each link by the pair that made it, and undoing a link
marks its pairs rejected; both asked for the pairs of one link event, and without this index
SQLite read every pair in the store to answer (tens of thousands at a million records).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 18:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_link_pairs_event", "link_pairs", ["event_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_link_pairs_event", table_name="link_pairs")
