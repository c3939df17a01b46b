"""Linking source persons to citizens as they are written: deterministic, then probabilistic.

`StoreLinker` runs inside the sync transaction on the persons just written.

1. Deterministic: records that carry the same valid NHS number, the same strong partner
   identifier (unique pupil number, police person id), or the same exact name, birth date
   and postcode belong to one citizen. Two records with different NHS numbers never link.
2. Probabilistic (Fellegi–Sunter, `fellegi_sunter`): each new record is compared with the
   records it shares a block with (birth date, the same date with day and month swapped, or
   postcode, each with an initial), and with its namesakes whose birth date is one keying
   error away (the second look: a mistyped birth date and no postcode). Pairs above the
   link threshold, not vetoed, merge their citizens; pairs in the review band wait in the
   review queue (`LinkPair`, status open).

A pair someone has decided is never asked about again, and a rejected pair keeps its two
citizens apart, deterministic evidence included. Every merge is a `LinkEvent`, so it can be
undone exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import bindparam, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from caseworker.linkage.batch import BatchCitizens
from caseworker.linkage.blocking import swapped
from caseworker.linkage.citizens import PlannedMerge, merge, merge_many
from caseworker.linkage.compare import compare_birth
from caseworker.linkage.fellegi_sunter import Params, Score, score
from caseworker.linkage.guard import Guard
from caseworker.linkage.normalise import PATIENT_LINK, name_key
from caseworker.linkage.pool import (
    Pooled,
    block_keys,
    chunks,
    considered,
    fields_where,
    namesakes,
    sharing_blocks,
)
from caseworker.store.models import Citizen, LinkPair, PersonIdentifier, SourcePerson, utcnow

AUTOMATIC = "Caseworker (automatic)"

NAMESAKES_MAX = 12
"""A name shared, near one birth date, by more records than this is not compared on."""
_ONE_ERROR = frozenset({"swapped", "partial", None})
"""compare_birth's levels for two dates one keying error apart, or one date missing."""


@dataclass(frozen=True)
class LinkOutcome:
    citizens_created: int
    records_linked: int
    touched_citizens: frozenset[int]
    reviews_added: int = 0


class Linker(Protocol):
    def link(self, session: Session, person_ids: Sequence[int]) -> LinkOutcome: ...


def parse_identifiers(text: str | None) -> list[tuple[str, str]]:
    """'upn:A123 police_person_id:PN1' -> [('upn', 'A123'), ('police_person_id', 'PN1')]"""
    out = []
    for part in (text or "").split():
        system, _, value = part.partition(":")
        if system and value:
            out.append((system, value))
    return out


class StoreLinker:
    """Deterministic, then (unless `probabilistic` is False) Fellegi–Sunter linkage."""

    def __init__(self, params: Params | None = None, *, probabilistic: bool = True) -> None:
        self.params = params or Params()
        self.probabilistic = probabilistic

    def link(self, session: Session, person_ids: Sequence[int]) -> LinkOutcome:
        rows = self._rows(session, person_ids)
        if not rows:
            return LinkOutcome(0, 0, frozenset())
        self._index_identifiers(session, rows)
        citizens = BatchCitizens(session)
        citizens.of.update({r.id: r.citizen_id for r in rows if r.citizen_id is not None})
        created, linked, touched = self._deterministic(session, rows, citizens)
        reviews = 0
        if self.probabilistic:
            more, reviews = self._fellegi_sunter(
                session, [r.id for r in rows], rows[0].partner_id, citizens
            )
            touched |= more
            linked += len(more) // 2
        return LinkOutcome(created, linked, frozenset(touched), reviews)

    # -- deterministic ---------------------------------------------------------------------

    @staticmethod
    def _rows(session: Session, person_ids: Sequence[int]) -> list[Any]:
        rows: list[Any] = []
        for chunk in chunks(list(person_ids)):
            rows.extend(
                session.execute(
                    select(
                        SourcePerson.id,
                        SourcePerson.citizen_id,
                        SourcePerson.nhs_number,
                        SourcePerson.link_key,
                        SourcePerson.identifiers,
                        SourcePerson.partner_id,
                        SourcePerson.source_id,
                    ).where(SourcePerson.id.in_(chunk))
                ).all()
            )
        rows.sort(key=lambda r: r.id)
        return rows

    @staticmethod
    def _index_identifiers(session: Session, rows: list[Any]) -> None:
        ids = [r.id for r in rows]
        for chunk in chunks(ids):
            session.execute(delete(PersonIdentifier).where(PersonIdentifier.person_id.in_(chunk)))
        now = utcnow()
        values = [
            {"person_id": r.id, "system": s, "value": v, "created_at": now, "updated_at": now}
            for r in rows
            for s, v in parse_identifiers(r.identifiers)
        ]
        if values:
            session.execute(insert(PersonIdentifier), values)

    @staticmethod
    def _keys(row: Any) -> list[str]:
        keys = [f"nhs:{row.nhs_number}"] if row.nhs_number else []
        pairs = parse_identifiers(row.identifiers)
        keys += [f"id:{s}:{v}" for s, v in pairs if s != PATIENT_LINK]
        # The partner's own word (Patient.link): this record and the one it names, within
        # the partner; the record's own key lets a record that names it find it.
        keys += [f"link:{row.partner_id}:{v}" for s, v in pairs if s == PATIENT_LINK]
        keys.append(f"link:{row.partner_id}:{row.source_id}")
        if row.link_key:
            keys.append(f"key:{row.link_key}")
        return keys

    def _known(
        self, session: Session, rows: list[Any]
    ) -> dict[str, list[tuple[int, int, str | None]]]:
        """Key -> (person, citizen, NHS number) of records outside the batch that carry it."""
        batch = {r.id for r in rows}
        partners = sorted({r.partner_id for r in rows})
        found: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
        numbers = sorted({r.nhs_number for r in rows if r.nhs_number})
        link_keys = sorted({r.link_key for r in rows if r.link_key})
        identifiers = sorted(
            {(s, v) for r in rows for s, v in parse_identifiers(r.identifiers) if s != PATIENT_LINK}
        )
        queries = [
            (
                numbers,
                lambda chunk: select(
                    SourcePerson.nhs_number,
                    SourcePerson.id,
                    SourcePerson.citizen_id,
                    SourcePerson.nhs_number,
                ).where(SourcePerson.nhs_number.in_(chunk)),
                "nhs:{}",
            ),
            (
                link_keys,
                lambda chunk: select(
                    SourcePerson.link_key,
                    SourcePerson.id,
                    SourcePerson.citizen_id,
                    SourcePerson.nhs_number,
                ).where(
                    SourcePerson.link_key.in_(chunk),
                    # One partner's two records alike in every part are two people (twins
                    # named alike), or the partner's own duplicate: not ours to merge.
                    SourcePerson.partner_id.not_in(partners),
                ),
                "key:{}",
            ),
            (
                identifiers,
                # By (system, value), which the identifiers' index answers: by value alone
                # SQLite read every source person for each chunk (a million at 1m).
                lambda chunk: (
                    select(
                        PersonIdentifier.system + ":" + PersonIdentifier.value,
                        SourcePerson.id,
                        SourcePerson.citizen_id,
                        SourcePerson.nhs_number,
                    )
                    .join(SourcePerson, SourcePerson.id == PersonIdentifier.person_id)
                    .where(tuple_(PersonIdentifier.system, PersonIdentifier.value).in_(chunk))
                ),
                "id:{}",
            ),
        ]
        named = sorted(
            {v for r in rows for s, v in parse_identifiers(r.identifiers) if s == PATIENT_LINK}
        )
        links_held = named or session.scalar(
            select(PersonIdentifier.id).where(PersonIdentifier.system == PATIENT_LINK).limit(1)
        )
        if links_held:
            queries += [
                (  # records this batch's records name as the same person
                    named,
                    lambda chunk: select(
                        SourcePerson.partner_id + ":" + SourcePerson.source_id,
                        SourcePerson.id,
                        SourcePerson.citizen_id,
                        SourcePerson.nhs_number,
                    ).where(
                        SourcePerson.source_id.in_(chunk), SourcePerson.partner_id.in_(partners)
                    ),
                    "link:{}",
                ),
                (  # records that name this batch's records as the same person
                    sorted({r.source_id for r in rows}),
                    lambda chunk: (
                        select(
                            SourcePerson.partner_id + ":" + PersonIdentifier.value,
                            SourcePerson.id,
                            SourcePerson.citizen_id,
                            SourcePerson.nhs_number,
                        )
                        .select_from(PersonIdentifier)
                        .join(SourcePerson, SourcePerson.id == PersonIdentifier.person_id)
                        .where(
                            PersonIdentifier.system == PATIENT_LINK,
                            PersonIdentifier.value.in_(chunk),
                            SourcePerson.partner_id.in_(partners),
                        )
                    ),
                    "link:{}",
                ),
            ]
        for wanted, query, pattern in queries:
            for chunk in chunks(wanted):
                for key, pid, cid, nhs in session.execute(
                    query(chunk)
                    .where(SourcePerson.citizen_id.is_not(None))
                    .order_by(SourcePerson.id)
                ):
                    if pid not in batch and key is not None and cid is not None:
                        found[pattern.format(key)].append((pid, cid, nhs))
        return found

    def _deterministic(
        self, session: Session, rows: list[Any], citizens: BatchCitizens
    ) -> tuple[int, int, set[int]]:
        known = self._known(session, rows)
        citizens.preload(c for found in known.values() for _, c, _ in found)
        rejected_with: dict[int, set[int]] = defaultdict(set)
        for a, b in citizens.rejected:
            rejected_with[a].add(b)
            rejected_with[b].add(a)

        def usable(row: Any, key: str, pid: int, cid: int, nhs: str | None) -> bool:
            if nhs and row.nhs_number and nhs != row.nhs_number:
                return False  # different NHS numbers: different people, whatever else agrees
            if key.startswith("key:") and cid > 0 and row.partner_id in citizens.partners(cid):
                return False  # the partner already has its record of that person
            blocked = {citizens.now(p) for p in rejected_with.get(row.id, ())}
            return cid not in blocked and pid not in rejected_with.get(row.id, ())

        # New citizens get temporary negative ids, so that records of one person arriving in
        # the same batch share one, then all are created in one go.
        assignments: dict[int, int] = {}
        merges: list[tuple[int, int, str]] = []
        touched: set[int] = set()
        new_citizens = 0
        for row in rows:
            target = None
            why = ""
            for key in self._keys(row):
                target = next(
                    (c for p, c, n in known.get(key, []) if usable(row, key, p, c, n)), None
                )
                if target is not None:
                    why = key.split(":", 1)[0]
                    break
            current = row.citizen_id
            if target is None:
                target = current
            if target is None:
                new_citizens += 1
                target = -new_citizens
            if current is None:
                assignments[row.id] = target
            elif target != current:
                merges.append((target, current, why))
            citizens.of[row.id] = target if current is None else current
            if current is None and target > 0:
                citizens.partners(target).add(row.partner_id)
            touched.add(target)
            for key in self._keys(row):
                if not key.startswith("key:"):  # see _known: exact keys link across partners
                    known[key].insert(0, (row.id, target, row.nhs_number))

        real: dict[int, int] = {}
        connection = session.connection()
        if new_citizens:
            now = utcnow()
            created_ids = (
                connection.execute(
                    insert(Citizen).returning(Citizen.id, sort_by_parameter_order=True),
                    [{"created_at": now, "updated_at": now}] * new_citizens,
                )
                .scalars()
                .all()
            )
            real = {-(i + 1): cid for i, cid in enumerate(created_ids)}
        if assignments:
            connection.execute(
                update(SourcePerson)
                .where(SourcePerson.id == bindparam("person_id"))
                .values(citizen_id=bindparam("citizen_id")),
                [
                    {"person_id": pid, "citizen_id": real.get(t, t)}
                    for pid, t in assignments.items()
                ],
            )
        for pid, cid in list(citizens.of.items()):
            citizens.of[pid] = real.get(cid, cid)
        citizens.forget()
        touched = {real.get(t, t) for t in touched}
        redirect: dict[int, int] = {}

        def now_of(citizen: int) -> int:
            while citizen in redirect:
                citizen = redirect[citizen]
            return citizen

        for target, current, why in merges:
            one, other = now_of(real.get(target, target)), now_of(current)
            if one == other or citizens.blocked(one, other, strong=why in ("nhs", "id", "link")):
                continue
            keep, absorb = min(one, other), max(one, other)
            merge(
                session,
                keep,
                absorb,
                kind="auto_link",
                decided_by=AUTOMATIC,
                probability=1.0,
                reason=_REASONS.get(why, why),
            )
            redirect[absorb] = keep
            citizens.moved(absorb, keep)
            touched |= {keep, absorb}
        return new_citizens, len(assignments) + len(merges), touched

    # -- probabilistic ---------------------------------------------------------------------

    @staticmethod
    def _second_look(
        session: Session, batch: dict[int, Pooled], pool: dict[int, Pooled]
    ) -> dict[int, set[int]]:
        """Batch record -> records its blocks miss: the same surname and first name (either
        way round) with a birth date one keying error away (a digit, the day and month
        swapped) or missing. A record whose birth date is mistyped and whose postcode is
        missing shares no block with its other records; it meets them here. Read from the
        search index (`namesakes`); only those kept are read, into `pool`."""
        names: dict[tuple[str, str], list[int]] = defaultdict(list)
        for pid, p in batch.items():
            family, given = name_key(p.fields.family), name_key(p.fields.given)
            if family and given:
                names[(family, given)].append(pid)
                if given != family:
                    names[(given, family)].append(pid)  # written the other way round
        near: dict[int, set[int]] = defaultdict(set)
        for name, bearers in namesakes(session, names).items():
            for pid in names[name]:
                born = batch[pid].fields.birth_date
                kept = {
                    n.person
                    for n in bearers
                    if n.person != pid and compare_birth(born, n.birth_date) in _ONE_ERROR
                }
                if len(kept) <= NAMESAKES_MAX:  # a name that common, unborn, says little
                    near[pid] |= kept
        unread = sorted({o for others in near.values() for o in others} - pool.keys())
        pool.update(fields_where(session, SourcePerson.id.in_, unread))
        return near

    def _fellegi_sunter(
        self, session: Session, batch_ids: list[int], partner: str, citizens: BatchCitizens
    ) -> tuple[set[int], int]:
        batch = fields_where(session, SourcePerson.id.in_, batch_ids)
        if not batch:
            return set(), 0
        pool = dict(batch)
        probes = [
            (
                born,
                swapped(born) if born else None,
                p.fields.postcode,
                p.family_initial,
                p.given_initial,
            )
            for p in batch.values()
            for born in (p.fields.birth_date,)
        ]
        pool.update(sharing_blocks(session, probes))
        blocks: dict[str, list[int]] = defaultdict(list)
        for pid, p in pool.items():
            for key in block_keys(p, p.fields.birth_date):
                blocks[key].append(pid)
        found: dict[int, set[int]] = defaultdict(set)
        for pid, p in batch.items():
            born = p.fields.birth_date
            keys = block_keys(p, born)
            if born and (s := swapped(born)):
                keys += [k for k in block_keys(p, s) if k.startswith("d:")]
            for key in keys:
                found[pid].update(blocks.get(key, ()))
        for pid, others in self._second_look(session, batch, pool).items():
            found[pid] |= others
        citizens.of.update({pid: p.citizen for pid, p in pool.items() if p.citizen is not None})
        pairs: set[tuple[int, int]] = set()
        for pid, others in found.items():
            for other in others:
                if other == pid or citizens.now(other) == citizens.now(pid):
                    continue
                if pool[pid].nhs_number and pool[other].nhs_number:
                    continue  # both carry NHS numbers: deterministic linkage has decided
                pairs.add((min(pid, other), max(pid, other)))
        pairs -= considered(session, pairs)
        if not pairs:
            return set(), 0
        # A pair below the review threshold is no link whatever the guard says of its vetoes:
        # only the others are kept (a block of a large store holds many such strangers), and
        # they are found by scoring every pair at once (bulk.py).
        raw: dict[tuple[int, int], Score] = {}
        # Only the records in a pair are prepared for scoring: the pool also holds those
        # read with a block that turned out not to be shared, or already of one citizen.
        order = sorted({pid for pair in pairs for pid in pair})
        at = {pid: n for n, pid in enumerate(order)}
        # numpy (through bulk) is imported when linkage first scores: the window's start
        # does not pay its 0.1 s.
        from caseworker.linkage.bulk import worth_scoring

        worth = worth_scoring(
            [pool[pid].fields for pid in order],
            sorted((at[a], at[b]) for a, b in pairs),
            self.params,
            self.params.review_at,
        )

        citizens.preload(
            c for x, y in worth for c in (citizens.now(order[x]), citizens.now(order[y])) if c
        )

        def held(other: int) -> bool:
            theirs = citizens.now(other)
            return theirs is not None and partner in citizens.partners(theirs)

        for x, y in worth:
            a, b = order[x], order[y]
            if all(held(other) for mine, other in ((a, b), (b, a)) if mine in batch):
                continue  # the partner already has its record of them: see blocked()
            result = score(pool[a].fields, pool[b].fields, self.params)
            if result.probability >= self.params.review_at:
                raw[(a, b)] = result
        # The guard, for pairs with one veto (two stand without it), needs every record that
        # could bear out their names and birth dates: all those born on either side's birth
        # date, whatever their names.
        around = {
            born
            for (a, b), result in raw.items()
            if result.vetoed_by is not None and len(result.vetoes) == 1
            for born in (pool[a].fields.birth_date, pool[b].fields.birth_date)
            if born is not None
        }
        pool.update(fields_where(session, SourcePerson.birth_date.in_, sorted(around)))
        ids = sorted(pool)
        position = {pid: n for n, pid in enumerate(ids)}
        sources: list[str | None] = [pool[pid].partner for pid in ids]
        partner_of = dict(zip(ids, sources, strict=True))
        guard = Guard([pool[pid].fields for pid in ids], sources)
        scored = []
        for (a, b), first in sorted(raw.items()):
            result = guard.check(position[a], position[b], first)
            decision = result.decision(self.params)
            if decision == "link" and partner_of[a] == partner_of[b]:
                decision = "review"  # one partner's two records: its own to merge, or ask
            if decision != "no_link":
                scored.append((result.probability, a, b, decision))
        scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        touched: set[int] = set()
        reviews: list[dict[str, Any]] = []
        planned: list[PlannedMerge] = []
        now = utcnow()
        for probability, a, b, decision in scored:
            ca, cb = citizens.now(a), citizens.now(b)
            assert ca is not None and cb is not None
            if ca == cb or citizens.blocked(ca, cb):
                continue
            if decision == "link":
                keep, absorb = min(ca, cb), max(ca, cb)
                planned.append(PlannedMerge(keep, absorb, probability, a, b))
                citizens.moved(absorb, keep)
                touched |= {keep, absorb}
            else:
                reviews.append(
                    {
                        "person_a": a,
                        "person_b": b,
                        "probability": probability,
                        "status": "open",
                        "origin": "matcher",
                        "created_at": now,
                        "updated_at": now,
                    }
                )
        events = merge_many(
            session, planned, kind="auto_link", decided_by=AUTOMATIC, reason="probabilistic match"
        )
        if planned:
            session.execute(
                insert(LinkPair),
                [
                    {
                        "person_a": m.person_a,
                        "person_b": m.person_b,
                        "probability": m.probability,
                        "status": "linked",
                        "origin": "matcher",
                        "decided_by": AUTOMATIC,
                        "decided_at": now,
                        "event_id": event,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for m, event in zip(planned, events, strict=True)
                ],
            )
        if reviews:
            session.execute(insert(LinkPair), reviews)
        return touched, len(reviews)


_REASONS = {
    "nhs": "same NHS number",
    "id": "same partner identifier",
    "key": "same name, date of birth and postcode",
    "link": "the partner says these are the same person (FHIR Patient.link)",
}
REASON_CODES = {text: code for code, text in _REASONS.items()}
"""The reason recorded on a deterministic link event -> its code."""


__all__ = ["AUTOMATIC", "REASON_CODES", "LinkOutcome", "Linker", "StoreLinker"]
