"""Access at view time: the citizen's consents, each value's decision, and the access matrix.

Everything here is evaluated now, for the viewer: an agreement that expired this morning or
a consent withdrawn a minute ago changes the next view without any sync.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import count

import msgspec
from sqlalchemy import or_, select, tuple_
from sqlalchemy.orm import Session

from caseworker.agreements.access import (
    Decision,
    DecisionCache,
    KnownAgreement,
    Viewer,
    decide,
)
from caseworker.agreements.fields import PERSON_FIELDS, RECORD_FIELDS
from caseworker.linkage.citizens import members_of
from caseworker.store.models import Citizen, ConsentRecord, SourcePerson


@dataclass(frozen=True)
class ConsentView:
    provider: str
    purpose: str
    state: str
    recorded_on: datetime
    recorded_by: str
    method: str
    origin: str  # the partner it came from, or "local"


@dataclass(frozen=True)
class HiddenRecords:
    """Records held for this citizen that the viewer may not see now, and why (no content)."""

    provider: str
    partner_name: str
    state: str  # consent_needed | override_available | expired | ...
    count: int
    decision: Decision


@dataclass(frozen=True)
class AccessCell:
    """How openly one provider's field is shared with the viewer, for this citizen's records."""

    provider: str
    partner_name: str
    field: str
    levels: tuple[tuple[str, int], ...]  # (level, how many of the citizen's records)
    decision: Decision  # the most open one, with its reasons


def consents_for(
    session: Session, citizen_id: int, persons: Iterable[tuple[str, str]]
) -> tuple[ConsentView, ...]:
    """Every consent on record for the citizen: from partners (on any linked record) and local."""
    return consents_of(session, {citizen_id: list(persons)})[citizen_id]


def consents_of(
    session: Session,
    persons: dict[int, list[tuple[str, str]]],
    merged: dict[int, frozenset[int]] | None = None,
) -> dict[int, tuple[ConsentView, ...]]:
    """`consents_for` each citizen, given the partner records linked to it, in one read
    (`merged`: each citizen's `members_of`, when the caller has them)."""
    merged = merged if merged is not None else members_of(session, persons)
    by_citizen = {m: c for c, ms in merged.items() for m in ms}
    by_key = {key: c for c, keys in persons.items() for key in keys}
    conditions = [ConsentRecord.citizen_id.in_(sorted(by_citizen))]
    if by_key:
        conditions.append(
            tuple_(ConsentRecord.person_partner, ConsentRecord.person_source_id).in_(sorted(by_key))
        )
    rows = session.scalars(
        select(ConsentRecord)
        .where(or_(*conditions))
        .order_by(ConsentRecord.recorded_on, ConsentRecord.id)
    )
    found: dict[int, list[ConsentView]] = {c: [] for c in persons}
    for r in rows:
        owners = {
            by_citizen.get(r.citizen_id) if r.citizen_id is not None else None,
            by_key.get((r.person_partner, r.person_source_id))
            if r.person_partner and r.person_source_id
            else None,
        }
        view = ConsentView(
            r.provider, r.purpose, r.state, r.recorded_on, r.recorded_by, r.method, r.origin
        )
        for owner in owners:
            if owner is not None:
                found[owner].append(view)
    return {c: tuple(views) for c, views in found.items()}


def consents_by_citizen(session: Session) -> dict[int, list[ConsentView]]:
    """Every consent decision held, by the citizen it is about now (merged citizens
    resolved), oldest first: `consents_for` for everyone at once, in three queries."""
    merged: dict[int, int] = {
        c: into
        for c, into in session.execute(
            select(Citizen.id, Citizen.merged_into).where(Citizen.merged_into.is_not(None))
        )
        if into is not None
    }

    def final(citizen: int) -> int:
        seen = {citizen}
        while citizen in merged and merged[citizen] not in seen:
            citizen = merged[citizen]
            seen.add(citizen)
        return citizen

    owner = {
        (p, s): c
        for p, s, c in session.execute(
            select(SourcePerson.partner_id, SourcePerson.source_id, SourcePerson.citizen_id)
        )
        if c is not None
    }
    found: dict[int, list[ConsentView]] = defaultdict(list)
    for r in session.scalars(
        select(ConsentRecord).order_by(ConsentRecord.recorded_on, ConsentRecord.id)
    ):
        citizen = r.citizen_id
        if citizen is None and r.person_partner and r.person_source_id:
            citizen = owner.get((r.person_partner, r.person_source_id))
        if citizen is not None:
            found[final(citizen)].append(
                ConsentView(
                    r.provider, r.purpose, r.state, r.recorded_on, r.recorded_by, r.method, r.origin
                )
            )
    return found


_DECIDED: dict[tuple[object, ...], Decision] = {}
"""Decisions worked out in this process, by everything `decide` reads: the basis (viewer,
day, agreements), the field asked about, and the consents and broken glass that bear on it.
A person's page asks a few hundred questions and the next page asks most of them again."""
_DECIDED_MAX = 50_000
_BASES: dict[tuple[object, ...], int] = {}
"""(viewer, day, each agreement's content and standing) -> a number standing for them."""
_NUMBERS = count()
"""Each new basis's number: drawn atomically, so two pages built at once in two threads
never give two different bases one number (as `len(_BASES)` could)."""
_last_basis: tuple[tuple[KnownAgreement, ...], Viewer, date, int] | None = None


def _basis(viewer: Viewer, agreements: Sequence[KnownAgreement], today: date) -> int:
    """The number for this viewer, day and set of agreements: equal numbers, equal inputs
    to `decide` apart from the field and the citizen's consents. By content (each document
    as encoded), so an agreement changed in place under the same id is a new basis."""
    global _last_basis
    last = _last_basis
    if (
        last is not None
        and last[1] == viewer
        and last[2] == today
        and len(last[0]) == len(agreements)
        and all(a is b for a, b in zip(last[0], agreements, strict=True))
    ):
        return last[3]  # the same agreements (never changed once read) again: the insight pages
    content = tuple(
        (msgspec.json.encode(known.document), known.verified, known.superseded)
        for known in agreements
    )
    number = _BASES.setdefault((viewer, today, content), next(_NUMBERS))
    _last_basis = (tuple(agreements), viewer, today, number)
    return number


class AccessContext:
    """Decides fields for one viewer, one citizen, one moment (cached per field and category,
    and across contexts in `_DECIDED`)."""

    def __init__(
        self,
        viewer: Viewer,
        agreements: Sequence[KnownAgreement],
        today: date,
        consents: Sequence[ConsentView],
        overrides: frozenset[tuple[str, str]] = frozenset(),
    ):
        self.viewer = viewer
        self.agreements = list(agreements)
        self.today = today
        self.overrides = overrides
        self._basis = _basis(viewer, agreements, today)
        latest: dict[tuple[str, str], str] = {}
        for consent in consents:  # oldest first, so the latest decision stands
            latest[(consent.provider, consent.purpose)] = consent.state
        self._consent = latest
        self._decisions = DecisionCache(self._decide)

    def other(
        self, consents: Sequence[ConsentView], overrides: frozenset[tuple[str, str]]
    ) -> AccessContext:
        """The same viewer, agreements and day, for another citizen (a household member)."""
        return AccessContext(self.viewer, self.agreements, self.today, consents, overrides)

    def consent_state(self, provider: str, purpose: str) -> str | None:
        return self._consent.get((provider, purpose))

    def _decide(self, provider: str, field: str, category: str | None, released: bool) -> Decision:
        overridden = (provider, field) in self.overrides
        consents = tuple(self._consent.get((provider, p)) for p in self.viewer.purposes)
        key = (self._basis, provider, field, category, released, overridden, consents)
        found = _DECIDED.get(key)
        if found is None:
            found = decide(
                field,
                category,
                provider,
                self.viewer,
                self.agreements,
                today=self.today,
                consent=self.consent_state,
                overridden=overridden,
                released=released,
            )
            if len(_DECIDED) >= _DECIDED_MAX:
                _DECIDED.clear()
            _DECIDED[key] = found
        return found

    def decide(
        self, provider: str, field: str, category: str | None = None, released: bool = False
    ) -> Decision:
        return self._decisions.get(provider, field, category, released)


def access_matrix(
    ctx: AccessContext,
    persons: Iterable[tuple[str, str]],
    records: Iterable[tuple[str, str, frozenset[str]]],
    names: dict[str, str],
) -> tuple[AccessCell, ...]:
    """Fields by provider: person fields for each provider holding a record of the citizen,
    record fields over the categories of the citizen's records from that provider."""
    cells: list[AccessCell] = []
    by_provider: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for provider, category, released in records:
        by_provider.setdefault(provider, []).append((category, released))
    for provider in sorted({p for p, _ in persons} | set(by_provider)):
        for field in PERSON_FIELDS:
            d = ctx.decide(provider, field)
            cells.append(
                AccessCell(provider, names.get(provider, provider), field, ((d.level, 1),), d)
            )
        # (category, fields released) -> how many records: a long history repeats few
        held = Counter(by_provider.get(provider, []))
        for field in RECORD_FIELDS:
            decided = [
                (ctx.decide(provider, field, c, field in r), n) for (c, r), n in held.items()
            ]
            if not decided:
                continue
            counts: Counter[str] = Counter()
            for d, n in decided:
                counts[d.level] += n
            best = max(
                (d for d, _ in decided),
                key=lambda d: ("withheld", "on_request", "masked", "full").index(d.level),
            )
            cells.append(
                AccessCell(
                    provider,
                    names.get(provider, provider),
                    field,
                    tuple(sorted(counts.items())),
                    best,
                )
            )
    return tuple(cells)
