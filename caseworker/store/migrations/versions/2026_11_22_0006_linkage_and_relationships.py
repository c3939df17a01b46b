"""linkage: identifiers, review pairs and decisions, the link event log; relationships

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 02:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_STAMPS = (
    ("created_at", sa.DateTime(timezone=True)),
    ("updated_at", sa.DateTime(timezone=True)),
)


def _stamps() -> list[sa.Column]:
    return [sa.Column(name, kind, nullable=False) for name, kind in _STAMPS]


def upgrade() -> None:
    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_citizens_merged_into_citizens", "citizens", ["merged_into"], ["id"]
        )
    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identifiers", sa.String(length=300), nullable=True))
        batch_op.create_index("ix_source_persons_postcode", ["postcode"], unique=False)

    op.create_table(
        "person_identifiers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("system", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["person_id"], ["source_persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_person_identifiers_value", "person_identifiers", ["system", "value"])
    op.create_index("ix_person_identifiers_person", "person_identifiers", ["person_id"])

    op.create_table(
        "link_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("absorbed_id", sa.Integer(), nullable=False),
        sa.Column("person_ids", sa.Text(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizens.id"]),
        sa.ForeignKeyConstraint(["absorbed_id"], ["citizens.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_link_events_citizen", "link_events", ["citizen_id"])
    op.create_index("ix_link_events_absorbed", "link_events", ["absorbed_id"])

    op.create_table(
        "link_pairs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_a", sa.Integer(), nullable=False),
        sa.Column("person_b", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["person_a"], ["source_persons.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_b"], ["source_persons.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["link_events.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_a", "person_b", name="uq_link_pairs_pair"),
    )
    op.create_index("ix_link_pairs_status", "link_pairs", ["status"])
    op.create_index("ix_link_pairs_person_b", "link_pairs", ["person_b"])

    op.create_table(
        "relationships",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=False),
        sa.Column("person_source_id", sa.String(length=128), nullable=False),
        sa.Column("related_source_id", sa.String(length=128), nullable=True),
        sa.Column("related_name", sa.String(length=200), nullable=True),
        sa.Column("related_birth_date", sa.Date(), nullable=True),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("source_updated", sa.DateTime(timezone=True), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner_id", "source_id", name="uq_relationships_partner_source"),
    )
    op.create_index("ix_relationships_person", "relationships", ["partner_id", "person_source_id"])
    op.create_index(
        "ix_relationships_related", "relationships", ["partner_id", "related_source_id"]
    )


def downgrade() -> None:
    op.drop_table("relationships")
    op.drop_table("link_pairs")
    op.drop_table("link_events")
    op.drop_table("person_identifiers")
    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.drop_index("ix_source_persons_postcode")
        batch_op.drop_column("identifiers")
    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.drop_constraint("fk_citizens_merged_into_citizens", type_="foreignkey")
        batch_op.drop_column("merged_into")
