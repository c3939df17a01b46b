"""per-partner limits: largest answer, request deadline, pages per sync, longest text

Each partner may be given its own limits (`partners add --max-body-mb …`); the column keeps
only those that differ from the defaults, as JSON. Partners saved before this revision keep
the defaults.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 13:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("limits", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_column("limits")
