"""a full-text index of the words of addresses, for forgiving search by street

Search that forgives looks for a word anywhere in an address ("Holt" finds "12 Holt Road").
`address LIKE '%holt%'` read every record; this FTS5 index over the address column answers
the same question from an index. It holds no copy of the text (content='source_persons'),
and triggers keep it in step with every insert, change and delete, purges included.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22 08:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLE = "source_person_address_words"


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(address, content='source_persons', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON source_persons BEGIN "
        f"INSERT INTO {TABLE}(rowid, address) VALUES (new.id, new.address); END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON source_persons BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, address) VALUES ('delete', old.id, old.address); "
        "END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF address ON source_persons BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, address) VALUES ('delete', old.id, old.address); "
        f"INSERT INTO {TABLE}(rowid, address) VALUES (new.id, new.address); END"
    )
    op.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER {TABLE}_{trigger}")
    op.execute(f"DROP TABLE {TABLE}")
