"""team notes, tasks and referrals

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 03:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("partners", sa.String(length=500), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("outbox_keys", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizens.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_team_entries_citizen", "team_entries", ["citizen_id"])


def downgrade() -> None:
    op.drop_table("team_entries")
