"""every name a partner holds, searchable; the NHS number's verification status

A FHIR Patient may have several names (official, usual, maiden, old, nickname). One is
shown; the others were dropped, so a worker who knew a mother by her maiden name could not
find her. They are kept in `other_names` (with their uses in `other_name_uses`); their name
keys (`search_other`, derived like `search_given`) are indexed word by word in an FTS5 index
kept in step by triggers, like the address words (0010).
`nhs_number_status` keeps UK Core's verification status of the NHS number: a number the
partner has not verified is held as unverified and never used to link.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 13:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLE = "source_person_other_names"


def upgrade() -> None:
    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nhs_number_status", sa.String(2), nullable=True))
        batch_op.add_column(sa.Column("other_names", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("other_name_uses", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("search_other", sa.Text(), nullable=True))
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_other, content='source_persons', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        # Most people have no other name: their rows need no index entry, and an insert
        # that wrote one anyway cost every sync (the insert ceiling fell by a sixth).
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON source_persons "
        "WHEN new.search_other IS NOT NULL BEGIN "
        f"INSERT INTO {TABLE}(rowid, search_other) VALUES (new.id, new.search_other); END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON source_persons "
        "WHEN old.search_other IS NOT NULL BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, search_other) "
        "VALUES ('delete', old.id, old.search_other); END"
    )
    op.execute(
        # The sync's upsert sets every column: only a real change of the names is indexed.
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF search_other ON source_persons "
        "WHEN old.search_other IS NOT new.search_other BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, search_other) "
        "VALUES ('delete', old.id, old.search_other); "
        f"INSERT INTO {TABLE}(rowid, search_other) VALUES (new.id, new.search_other); END"
    )
    op.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER {TABLE}_{trigger}")
    op.execute(f"DROP TABLE {TABLE}")
    with op.batch_alter_table("source_persons", schema=None) as batch_op:
        batch_op.drop_column("search_other")
        batch_op.drop_column("other_name_uses")
        batch_op.drop_column("other_names")
        batch_op.drop_column("nhs_number_status")
