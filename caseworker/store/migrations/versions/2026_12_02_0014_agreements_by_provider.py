"""agreements are identified by provider, id and version

Two providers may both call an agreement `mash`. Before this revision an agreement was
found by id and version alone, so one provider's publication could replace or supersede
another's. Every held agreement is kept; only the unique key changes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 06:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_constraint("uq_agreements_id_version", type_="unique")
        batch_op.create_unique_constraint(
            "uq_agreements_provider_id_version", ["provider", "agreement_id", "version"]
        )


def downgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_constraint("uq_agreements_provider_id_version", type_="unique")
        batch_op.create_unique_constraint("uq_agreements_id_version", ["agreement_id", "version"])
