"""multi-agency enquiries: the partners asked about a contact's child, by when, and their answers

Each partner's answer keeps its decision to share or withhold and the reason, as the
government's information-sharing advice asks (docs/clinical-safety.md).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "enquiries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by", sa.String(length=200), nullable=False),
        sa.Column("rating", sa.String(length=8), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("contact_id", name="uq_enquiries_contact"),
    )
    op.create_index("ix_enquiries_status", "enquiries", ["status", "due_at"], unique=False)
    op.create_table(
        "enquiry_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enquiry_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("outbox_key", sa.String(length=64), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("research", sa.Text(), server_default="[]", nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["enquiry_id"], ["enquiries.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("enquiry_id", "partner_id", name="uq_enquiry_answers_partner"),
    )
    op.create_index("ix_enquiry_answers_outbox", "enquiry_answers", ["outbox_key"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_enquiry_answers_outbox", table_name="enquiry_answers")
    op.drop_table("enquiry_answers")
    op.drop_index("ix_enquiries_status", table_name="enquiries")
    op.drop_table("enquiries")
