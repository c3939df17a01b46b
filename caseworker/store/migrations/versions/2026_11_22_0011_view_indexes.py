"""indexes the joined-up view was scanning for: merged citizens, and outbox messages by kind

Opening a person looked up the citizens merged into them, and the access requests waiting in
the outbox, by reading every row of both tables: 2 of the view's 20 queries, and the part
of it that grew with the store (docs/performance.md).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22 09:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_citizens_merged_into", "citizens", ["merged_into"])
    op.create_index("ix_outbox_kind", "outbox", ["kind"])


def downgrade() -> None:
    op.drop_index("ix_outbox_kind", "outbox")
    op.drop_index("ix_citizens_merged_into", "citizens")
