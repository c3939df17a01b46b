"""contacts at the front door: who raised a concern about a child, when, and about what

The MASH turns a contact into a decision against a clock (caseworker.working_time). A contact
names the child as the referrer did; a worker chooses the citizen among possible matches.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raised_by", sa.String(length=200), nullable=False),
        sa.Column("referrer_agency", sa.String(length=200), nullable=False),
        sa.Column("referrer_partner", sa.String(length=64), nullable=True),
        sa.Column("about", sa.String(length=40), nullable=False),
        sa.Column("concern", sa.Text(), nullable=False),
        sa.Column("child_given", sa.String(length=200), nullable=True),
        sa.Column("child_family", sa.String(length=200), nullable=True),
        sa.Column("child_birth_date", sa.Date(), nullable=True),
        sa.Column("child_postcode", sa.String(length=10), nullable=True),
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("matched_by", sa.String(length=200), nullable=True),
        sa.Column("no_match", sa.Boolean(), nullable=False),
        sa.Column("rating", sa.String(length=8), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("entered_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizens.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "source_id", name="uq_contacts_source"),
    )
    op.create_index("ix_contacts_status", "contacts", ["status", "received_at"], unique=False)
    op.create_index("ix_contacts_citizen", "contacts", ["citizen_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contacts_citizen", table_name="contacts")
    op.drop_index("ix_contacts_status", table_name="contacts")
    op.drop_table("contacts")
