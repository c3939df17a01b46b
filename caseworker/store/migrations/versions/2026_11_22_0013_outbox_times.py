"""when each outbox message was queued and when the partner answered it

The outcome figures report referrals and access requests by partner with their turnaround:
the time from queuing a message to the partner's acknowledgement (a referral, a note, a
task) or decision (an access request). Messages queued before this revision have neither.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-22 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("queued_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("answered_at")
        batch_op.drop_column("queued_at")
