"""A comparable picture of everything a store holds about people, without local ids or times.

Two syncs that should end with the same data must give equal fingerprints. Citizens are
compared by which records they link, not by their ids (which depend on insertion order).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from caseworker.store.models import ConsentRecord, SourceItem, SourcePerson, StoredAgreement
from caseworker.store.store import Store

_PERSON = (
    "partner_id",
    "source_id",
    "given_name",
    "family_name",
    "birth_date",
    "sex",
    "nhs_number",
    "address",
    "postcode",
    "held_back",
    "source_updated",
)
_ITEM = (
    "partner_id",
    "source_id",
    "person_source_id",
    "kind",
    "domain",
    "category",
    "title",
    "detail",
    "severity",
    "status",
    "occurred_on",
    "significant",
    "held_back",
    "released",
    "source_updated",
)


def fingerprint(store: Store) -> dict[str, Any]:
    with store.session() as s:
        persons = s.scalars(select(SourcePerson)).all()
        links: dict[int | None, set[tuple[str, str]]] = {}
        for p in persons:
            links.setdefault(p.citizen_id, set()).add((p.partner_id, p.source_id))
        return {
            "persons": sorted(tuple(getattr(p, c) for c in _PERSON) for p in persons),
            "citizens": sorted(sorted(group) for group in links.values()),
            "items": sorted(
                tuple(getattr(i, c) for c in _ITEM) for i in s.scalars(select(SourceItem))
            ),
            "consents": sorted(
                (c.origin, c.source_id, c.purpose, c.state)
                for c in s.scalars(select(ConsentRecord))
            ),
            "agreements": sorted(
                (a.agreement_id, a.version, a.verified, a.superseded)
                for a in s.scalars(select(StoredAgreement))
            ),
        }
