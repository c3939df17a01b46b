"""partner authentication; unverified NHS numbers; outbox message bodies

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 00:58:00.547809
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("auth", sa.String(length=16), server_default="none", nullable=False)
        )
        batch_op.add_column(sa.Column("token_url", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("client_id", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("ca_bundle", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("client_cert", sa.String(length=500), nullable=True))

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body", sa.Text(), server_default="{}", nullable=False))

    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nhs_number_unverified", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("body")

    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.drop_column("nhs_number_unverified")

    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_column("client_cert")
        batch_op.drop_column("ca_bundle")
        batch_op.drop_column("client_id")
        batch_op.drop_column("token_url")
        batch_op.drop_column("auth")
