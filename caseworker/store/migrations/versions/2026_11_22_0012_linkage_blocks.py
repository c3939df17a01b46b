"""blocking initials on source persons, indexed with the birth date and the postcode;
covering indexes for linkage's lookups and for searching by two names

Linkage compared each new record with everyone born on the same day or living at the same
postcode, then kept those with a matching initial: a pool that grew with the store. The
initials are now columns, indexed with the birth date and with the postcode, so the
candidates are read by block (docs/performance.md).

The derived search and link keys are also brought back in line with the stored names: a
purge used to leave them as they were before it masked or cleared a name.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22 11:40:00
"""

from __future__ import annotations

import unicodedata
from datetime import date

import sqlalchemy as sa
from alembic import op

# The rules below are frozen as they were when this revision was written: an old migration
# must do the same thing whenever it runs, whatever the application's own code becomes.
_NICKNAME_INITIALS = {"becky": "r", "beth": "e", "bill": "w", "bob": "r", "liz": "e", "tony": "a"}
"""Nicknames whose full form starts with another letter ('bill' is William: 'w')."""


def name_key(value: str | None) -> str:
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed.lower() if ch.isalnum() and ch.isascii())


def link_key(
    given: str | None, family: str | None, birth: date | None, postcode: str | None
) -> str | None:
    parts = (
        name_key(given),
        name_key(family),
        birth.isoformat() if birth else "",
        "".join(ch for ch in (postcode or "").upper() if ch.isalnum()),
    )
    return "|".join(parts) if all(parts) else None


def initials(given: str | None, family: str | None) -> tuple[str, str]:
    first = name_key(given.split()[0]) if given and given.split() else ""
    return name_key(family)[:1], _NICKNAME_INITIALS.get(first, first[:1])


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_BATCH = 5_000
_OLD = {
    "ix_source_persons_birth_date": ["birth_date"],
    "ix_source_persons_postcode": ["postcode"],
    "ix_source_persons_nhs_number": ["nhs_number"],
    "ix_source_persons_link_key": ["link_key"],
    "ix_source_persons_citizen_id": ["citizen_id"],
    "ix_source_persons_search_family": ["search_family"],
    "ix_source_persons_search_given": ["search_given"],
}
_NEW = (
    ("ix_source_persons_birth_family", ["birth_date", "family_initial"]),
    ("ix_source_persons_birth_given", ["birth_date", "given_initial"]),
    ("ix_source_persons_postcode_family", ["postcode", "family_initial"]),
    ("ix_source_persons_postcode_given", ["postcode", "given_initial"]),
    # Covering the deterministic lookups and each citizen's partners, which read them
    # without the record: at a million records those reads were a third of the sync.
    ("ix_source_persons_nhs_citizen", ["nhs_number", "citizen_id"]),
    ("ix_source_persons_link_key", ["link_key", "partner_id", "citizen_id", "nhs_number"]),
    ("ix_source_persons_citizen_partner", ["citizen_id", "partner_id", "nhs_number"]),
    # A search for two names read every record bearing the first (over a thousand for a
    # common first name at a million records) to check the second: 20 ms. With the other
    # name and the citizen in the index, it reads no record: 0.3 ms.
    ("ix_source_persons_search_family", ["search_family", "search_given", "citizen_id"]),
    ("ix_source_persons_search_given", ["search_given", "search_family", "citizen_id"]),
)


def _backfill() -> None:
    connection = op.get_bind()
    persons = sa.table(
        "source_persons",
        sa.column("id", sa.Integer),
        sa.column("given_name", sa.String),
        sa.column("family_name", sa.String),
        sa.column("birth_date", sa.Date),
        sa.column("postcode", sa.String),
        sa.column("link_key", sa.String),
        sa.column("search_given", sa.String),
        sa.column("search_family", sa.String),
        sa.column("family_initial", sa.String),
        sa.column("given_initial", sa.String),
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.select(
                persons.c.id,
                persons.c.given_name,
                persons.c.family_name,
                persons.c.birth_date,
                persons.c.postcode,
                persons.c.link_key,
            )
            .where(persons.c.id > last)
            .order_by(persons.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1].id
        updates = []
        for row in rows:
            family, given = initials(row.given_name, row.family_name)
            key = row.link_key
            if key is not None and key != link_key(
                row.given_name, row.family_name, row.birth_date, row.postcode
            ):
                key = None  # made from a name or address a purge has since cleared
            updates.append(
                {
                    "row_id": row.id,
                    "search_given": name_key(row.given_name),
                    "search_family": name_key(row.family_name),
                    "link_key": key,
                    "family_initial": family,
                    "given_initial": given,
                }
            )
        connection.execute(
            sa.update(persons)
            .where(persons.c.id == sa.bindparam("row_id"))
            .values(
                {
                    c: sa.bindparam(c)
                    for c in (
                        "search_given",
                        "search_family",
                        "link_key",
                        "family_initial",
                        "given_initial",
                    )
                }
            ),
            updates,
        )


def upgrade() -> None:
    with op.batch_alter_table("source_persons") as batch_op:
        batch_op.add_column(
            sa.Column("family_initial", sa.String(1), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("given_initial", sa.String(1), nullable=False, server_default="")
        )
    _backfill()
    for name in _OLD:
        op.drop_index(name, "source_persons")
    for name, columns in _NEW:
        op.create_index(name, "source_persons", columns)


def downgrade() -> None:
    for name, _ in _NEW:
        op.drop_index(name, "source_persons")
    for name, columns in _OLD.items():
        op.create_index(name, "source_persons", columns)
    with op.batch_alter_table("source_persons") as batch_op:
        batch_op.drop_column("given_initial")
        batch_op.drop_column("family_initial")
