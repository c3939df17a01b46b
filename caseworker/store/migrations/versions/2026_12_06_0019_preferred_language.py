"""a person's preferred language, where a partner records it and an agreement shares it

Partners record the language a person prefers (FHIR Patient.communication, Case Sharing's
`preferred_language`); an agreement shares it as the field `person.language`. Caseworker
prints what is made for a citizen (the subject access report, consent in plain words) in it
by default, where it is a language Caseworker writes.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("preferred_language", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.drop_column("preferred_language")
