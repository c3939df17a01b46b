"""Purging what agreements no longer allow: re-minimising a provider's stored records.

Runs when the set of agreements in force for a provider changes (revoked, superseded,
expired) or the user's profile changes. Each stored row goes through the minimiser again:
fields no longer allowed are cleared, rows of which nothing may be kept are deleted. The
store runs with secure_delete on, so cleared values are overwritten, not left in free pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, select, text, update
from sqlalchemy.orm import Session

from caseworker.agreements.fields import PERSON_FIELDS, RECORD_FIELDS
from caseworker.agreements.minimise import Minimiser
from caseworker.audit.log import record_in
from caseworker.linkage.derived import DERIVED_PERSON_COLUMNS, derive_person_columns
from caseworker.store.models import ADDRESS_WORDS, PurgeRecord, SourceItem, SourcePerson
from caseworker.store.settings import NAMES_STAMP, bump

_PERSON_COLUMNS = sorted({c for cols in PERSON_FIELDS.values() for c in cols} | {"held_back"})
_DERIVED_FROM = [*_PERSON_COLUMNS, *DERIVED_PERSON_COLUMNS]
"""What a purge rewrites: the shared fields, and the search and link keys made from them."""
_ITEM_COLUMNS = sorted({c for cols in RECORD_FIELDS.values() for c in cols} | {"held_back"})


@dataclass(frozen=True)
class PurgeOutcome:
    provider: str
    cause: str
    fields_cleared: int
    records_removed: int
    citizens: frozenset[int]

    @property
    def any(self) -> bool:
        return bool(self.fields_cleared or self.records_removed)


def _changed(before: dict[str, Any], after: dict[str, Any], columns: list[str]) -> int:
    return sum(1 for c in columns if c != "held_back" and before.get(c) != after.get(c))


def purge_provider(
    session: Session, provider: str, minimiser: Minimiser, cause: str
) -> PurgeOutcome:
    """Re-minimise every stored record of `provider`; record and return what went."""
    cleared = removed = 0
    citizens: set[int] = set()
    gone_people: list[str] = []
    person_updates: list[dict[str, Any]] = []
    for row in session.execute(
        select(SourcePerson).where(SourcePerson.partner_id == provider)
    ).scalars():
        before = {c: getattr(row, c) for c in _PERSON_COLUMNS}
        kept = minimiser.person(provider, dict(before))
        if kept is None:
            gone_people.append(row.source_id)
            if row.citizen_id:
                citizens.add(row.citizen_id)
            continue
        changes = _changed(before, kept, _PERSON_COLUMNS)
        if changes or kept["held_back"] != before["held_back"]:
            cleared += changes
            derive_person_columns(kept)
            person_updates.append({"row_id": row.id, **{c: kept[c] for c in _DERIVED_FROM}})
            if row.citizen_id:
                citizens.add(row.citizen_id)
    gone_items: list[int] = []
    item_updates: list[dict[str, Any]] = []
    for item in session.execute(
        select(SourceItem).where(SourceItem.partner_id == provider)
    ).scalars():
        before = {c: getattr(item, c) for c in _ITEM_COLUMNS} | {"category": item.category}
        released = frozenset(filter(None, item.released.split(",")))
        kept = minimiser.item(provider, dict(before), released)
        if kept is None:
            gone_items.append(item.id)
            continue
        changes = _changed(before, kept, _ITEM_COLUMNS)
        if changes or kept["held_back"] != before["held_back"]:
            cleared += changes
            item_updates.append({"row_id": item.id, **{c: kept[c] for c in _ITEM_COLUMNS}})
    if person_updates:
        bump(session, NAMES_STAMP)
        session.connection().execute(
            update(SourcePerson)
            .where(SourcePerson.id == bindparam("row_id"))
            .values({c: bindparam(c) for c in _DERIVED_FROM}),
            person_updates,
        )
    if item_updates:
        session.connection().execute(
            update(SourceItem)
            .where(SourceItem.id == bindparam("row_id"))
            .values({c: bindparam(c) for c in _ITEM_COLUMNS}),
            item_updates,
        )
    for start in range(0, len(gone_items), 500):
        session.execute(
            delete(SourceItem).where(SourceItem.id.in_(gone_items[start : start + 500]))
        )
    removed += len(gone_items)
    for start in range(0, len(gone_people), 500):
        chunk = gone_people[start : start + 500]
        removed += session.execute(
            delete(SourceItem).where(
                SourceItem.partner_id == provider, SourceItem.person_source_id.in_(chunk)
            )
        ).rowcount  # type: ignore[attr-defined]
        removed += session.execute(
            delete(SourcePerson).where(
                SourcePerson.partner_id == provider, SourcePerson.source_id.in_(chunk)
            )
        ).rowcount  # type: ignore[attr-defined]
    return record_purge(
        session, PurgeOutcome(provider, cause, cleared, removed, frozenset(citizens))
    )


def record_purge(session: Session, outcome: PurgeOutcome) -> PurgeOutcome:
    """Keep the purge on record and in the audit log, and leave nothing of it in the address
    index; a purge that changed nothing leaves no trace."""
    provider, cause = outcome.provider, outcome.cause
    cleared, removed, citizens = outcome.fields_cleared, outcome.records_removed, outcome.citizens
    if outcome.any:
        # The address word index marks deleted words and drops them only when it merges its
        # segments: merge now, so that nothing purged stays in it.
        session.execute(text(f"INSERT INTO {ADDRESS_WORDS}({ADDRESS_WORDS}) VALUES ('optimize')"))
        session.add(
            PurgeRecord(
                provider=provider, cause=cause, fields_cleared=cleared, records_removed=removed
            )
        )
        record_in(
            session,
            "purge",
            provider=provider,
            cause=cause,
            fields_cleared=cleared,
            records_removed=removed,
            citizens=len(citizens),
        )
    return outcome
