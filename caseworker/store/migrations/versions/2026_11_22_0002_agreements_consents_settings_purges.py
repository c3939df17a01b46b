"""agreements consents settings purges

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:10:02.820224
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "purges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("cause", sa.String(length=200), nullable=False),
        sa.Column("fields_cleared", sa.Integer(), nullable=False),
        sa.Column("records_removed", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agreement_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("signed_json", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider"],
            ["partners.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("agreement_id", "version", name="uq_agreements_id_version"),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index("ix_agreements_provider", ["provider"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("recorded_on", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=False),
        sa.Column("person_partner", sa.String(length=64), nullable=True),
        sa.Column("person_source_id", sa.String(length=128), nullable=True),
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizens.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("origin", "source_id", name="uq_consents_origin_source"),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index("ix_consents_citizen", ["citizen_id"], unique=False)
        batch_op.create_index(
            "ix_consents_person", ["person_partner", "person_source_id"], unique=False
        )

    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("agreements_url", sa.String(length=500), nullable=True))

    with op.batch_alter_table("source_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("held_back", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("released", sa.String(length=200), nullable=False, server_default="")
        )

    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("held_back", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.drop_column("held_back")

    with op.batch_alter_table("source_items", schema=None) as batch_op:
        batch_op.drop_column("released")
        batch_op.drop_column("held_back")

    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_column("agreements_url")
        batch_op.drop_column("public_key")

    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index("ix_consents_person")
        batch_op.drop_index("ix_consents_citizen")

    op.drop_table("consents")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index("ix_agreements_provider")

    op.drop_table("agreements")
    op.drop_table("settings")
    op.drop_table("purges")
