"""Minimisation: what of a partner's record may be written to the store for this profile.

A field no active agreement lets the profile see is dropped before it is written; a field
shared on request is kept as its existence only (named in `held_back`); a masked field is
stored masked. Consent and break-glass are decided at view time, so what they may unlock is
kept. A record whose title may not be kept at all is not kept. Decisions are cached per
(provider, field, category, released) because they do not depend on the values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from caseworker.agreements.access import (
    Decision,
    DecisionCache,
    KnownAgreement,
    Viewer,
    storable,
)
from caseworker.agreements.fields import (
    PERSON_FIELDS,
    RECORD_FIELDS,
    RELATIONSHIP_FIELD,
    mask_values,
)
from caseworker.agreements.vocabulary import category_label


class Minimiser:
    def __init__(self, viewer: Viewer, agreements: Sequence[KnownAgreement], today: date) -> None:
        self.viewer = viewer
        self.agreements = list(agreements)
        self.today = today
        self._decisions = DecisionCache(
            lambda provider, field, category, released: storable(
                field, category, provider, viewer, self.agreements, today=today, released=released
            )
        )

    def decision(self, provider: str, field: str, category: str | None, released: bool) -> Decision:
        return self._decisions.get(provider, field, category, released)

    def _apply(
        self,
        provider: str,
        fields: Mapping[str, tuple[str, ...]],
        row: dict[str, Any],
        category: str | None,
        released: frozenset[str],
    ) -> tuple[dict[str, Any], list[str], int]:
        out = dict(row)
        held: list[str] = []
        # A stored row being minimised again keeps knowing what was held back.
        already_held = set(filter(None, (row.get("held_back") or "").split(",")))
        visible = 0
        for field, columns in fields.items():
            decision = self.decision(provider, field, category, field in released)
            if decision.level == "full":
                visible += 1
                continue
            has_value = field in already_held or any(row.get(c) not in (None, "") for c in columns)
            if decision.level == "masked" and decision.masking:
                out.update(
                    mask_values(decision.masking, field, row, category_label(category or ""))
                )
                visible += 1
                continue
            for column in columns:
                out[column] = None
            if decision.level == "on_request" and has_value:
                held.append(field)
        out["held_back"] = ",".join(held)
        return out, held, visible

    def person(self, provider: str, row: dict[str, Any]) -> dict[str, Any] | None:
        """The row to store, or None when nothing of this person may be kept."""
        out, held, visible = self._apply(provider, PERSON_FIELDS, row, None, frozenset())
        if not (visible or held):
            return None
        exact = ("person.name", "person.birth_date", "person.postcode")
        out["link_exact"] = all(
            self.decision(provider, f, None, False).level == "full" for f in exact
        )
        return out

    def contacts(self, provider: str) -> bool:
        """Whether this provider's contacts at the front door may be kept: only the viewer's
        own organisation's (its contact centre takes referrals for its MASH); no agreement
        shares another organisation's front door."""
        return provider == self.viewer.org

    def relationships(self, provider: str) -> bool:
        """Whether this provider's relationship records may be kept (only ever in full: a
        masked or on-request family tree would mislead)."""
        return self.decision(provider, RELATIONSHIP_FIELD, None, False).level == "full"

    def item(
        self, provider: str, row: dict[str, Any], released: frozenset[str] = frozenset()
    ) -> dict[str, Any] | None:
        category = row.get("category") or ""
        title = self.decision(provider, "record.title", category, "record.title" in released)
        if title.level == "withheld":
            return None
        out, _, _ = self._apply(provider, RECORD_FIELDS, row, category, released)
        if title.level == "on_request":
            out["title"] = category_label(category)  # what it is, not what it says
        out["released"] = ",".join(sorted(released))
        return out
