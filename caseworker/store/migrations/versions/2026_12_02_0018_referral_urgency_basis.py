"""a referral's urgency and the lawful basis it is made on

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 18:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("team_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("urgency", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("basis", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("team_entries", schema=None) as batch_op:
        batch_op.drop_column("basis")
        batch_op.drop_column("urgency")
