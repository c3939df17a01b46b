"""Linkage inside sync, on the sandbox's synthetic population whose truth is known.

Every sandbox record id ends in the number of the person it is about, so the truth of each
link can be checked: no two people ever share a citizen; one person's records come together.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, update

from caseworker.linkage.fellegi_sunter import Params, pairwise_quality
from caseworker.linkage.linker import StoreLinker
from caseworker.linkage.params_store import save_params
from caseworker.profile import DEMO_PROFILE
from caseworker.services.linkage import (
    decide,
    link_citizens,
    linked_records,
    review_queue,
    undo_decision,
    unlink_record,
)
from caseworker.store.models import LinkPair, Partner, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from caseworker.views.citizen import citizen_view

REVIEWER = "R. Reviewer (CSC)"
CAUTIOUS = Params(link_at=0.999999)
"""Sends most probabilistic matches to review rather than linking them: a busy queue."""


def _truth(source_id: str) -> int:
    return int(source_id.split("-")[1])


def _membership(store: Store) -> dict[int, int]:
    with store.session() as s:
        return {
            pid: cid for pid, cid in s.execute(select(SourcePerson.id, SourcePerson.citizen_id))
        }


def _quality(store: Store):  # type: ignore[no-untyped-def]
    with store.session() as s:
        rows = s.execute(select(SourcePerson.source_id, SourcePerson.citizen_id)).all()
    return pairwise_quality([c for _, c in rows], [_truth(sid) for sid, _ in rows])


def _sync(store: Store, sandbox, params: Params | None = None, linker=None) -> None:  # type: ignore[no-untyped-def]
    """Configure the sandbox partners and the demo profile, then sync once."""
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    if params is not None:
        with store.session() as s:
            save_params(s, params)
    assert SyncService(store, linker=linker).sync_all().ok


def _resync_everything(store: Store) -> None:
    """Fetch every record again from the start: the linker sees all of them a second time."""
    with store.session() as s:
        s.execute(update(Partner).values(cursor=None))
    assert SyncService(store).sync_all().ok


def test_people_come_together_and_no_two_people_are_ever_joined(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    quality = _quality(store)
    assert quality.precision == 1.0
    assert quality.recall >= 0.99


def test_probabilistic_linkage_finds_what_identifiers_alone_miss(store, sandbox) -> None:  # type: ignore[no-untyped-def]
    _sync(store, sandbox, linker=StoreLinker(probabilistic=False))
    exact = _quality(store)
    assert exact.precision == 1.0 and exact.recall < 0.9  # typos, moves, missing numbers
    _resync_everything(store)  # now with the matcher
    assert _quality(store).recall >= 0.99


def test_twins_and_namesake_parents_stay_apart(store) -> None:  # type: ignore[no-untyped-def]
    from caseworker.sandbox.network import SandboxNetwork

    with SandboxNetwork(people=4000) as sandbox:  # enough people for both traps
        _sync(store, sandbox)
    population = sandbox.population
    twins = [
        (a.pid, b.pid)
        for h in population.households
        for a in h.members
        for b in h.members
        if a.pid < b.pid and a.birth_date == b.birth_date and a.is_child and b.is_child
    ]
    namesakes = [
        (a.pid, b.pid)
        for h in population.households
        for a in h.members
        for b in h.members
        if a.pid < b.pid and a.given == b.given and a.birth_date != b.birth_date
    ]
    assert twins and namesakes  # the sandbox holds both traps
    citizens: dict[int, set[int]] = defaultdict(set)
    with store.session() as s:
        for source_id, citizen in s.execute(
            select(SourcePerson.source_id, SourcePerson.citizen_id)
        ):
            citizens[_truth(source_id)].add(citizen)
    known = [(a, b) for a, b in twins + namesakes if citizens[a] and citizens[b]]
    assert len(known) >= 10
    for a, b in known:
        assert not citizens[a] & citizens[b], (a, b)
    assert _quality(store).precision == 1.0


def test_thresholds_split_pairs_into_link_review_and_no_link(store, sandbox) -> None:  # type: ignore[no-untyped-def]
    _sync(store, sandbox, CAUTIOUS)
    queue = review_queue(store)
    assert len(queue) >= 20
    for candidate in queue:
        assert CAUTIOUS.review_at <= candidate.probability < CAUTIOUS.link_at
        assert candidate.left.citizen_id != candidate.right.citizen_id
        assert {c.field for c in candidate.contributions} >= {"given", "family", "birth_date"}
        assert _truth(candidate.left.source_id) == _truth(candidate.right.source_id)
    # Nothing below the review threshold was linked or queued; nothing wrong was linked.
    assert _quality(store).precision == 1.0


def test_decisions_persist_and_are_never_asked_again(store, sandbox) -> None:  # type: ignore[no-untyped-def]
    _sync(store, sandbox, CAUTIOUS)
    first = review_queue(store)[0]
    decide(store, first.pair_id, accept=True, decided_by=REVIEWER)
    second = review_queue(store)[0]  # the queue as it stands after the first decision
    decide(store, second.pair_id, accept=False, decided_by=REVIEWER)
    after = _membership(store)
    assert after[first.left.person_id] == after[first.right.person_id]
    assert after[second.left.person_id] != after[second.right.person_id]

    _resync_everything(store)

    queued = {c.pair_id for c in review_queue(store)}
    assert first.pair_id not in queued and second.pair_id not in queued
    again = _membership(store)
    assert again[first.left.person_id] == again[first.right.person_id]
    assert again[second.left.person_id] != again[second.right.person_id]  # rejected stays apart
    with store.session() as s:
        decided = {
            p.id: (p.status, p.decided_by)
            for p in s.scalars(
                select(LinkPair).where(LinkPair.id.in_([first.pair_id, second.pair_id]))
            )
        }
    assert decided == {
        first.pair_id: ("accepted", REVIEWER),
        second.pair_id: ("rejected", REVIEWER),
    }


def test_undo_and_unlink_split_the_records_back_exactly(store, sandbox) -> None:  # type: ignore[no-untyped-def]
    _sync(store, sandbox, CAUTIOUS)
    # The biggest merge the queue offers: a citizen of several records joining another.
    queue = review_queue(store)
    before = _membership(store)
    sizes = defaultdict(int)
    for citizen in before.values():
        sizes[citizen] += 1
    candidate = max(queue, key=lambda c: sizes[c.left.citizen_id] + sizes[c.right.citizen_id])
    with store.session() as s:
        view_before = citizen_view(s, candidate.right.citizen_id)

    decide(store, candidate.pair_id, accept=True, decided_by=REVIEWER)
    undo_decision(store, candidate.pair_id, decided_by=REVIEWER)
    assert _membership(store) == before
    assert candidate.pair_id in {c.pair_id for c in review_queue(store)}  # asked again: undone

    decide(store, candidate.pair_id, accept=True, decided_by=REVIEWER)
    merged = _membership(store)[candidate.left.person_id]
    records = {r.person_id: r.how for r in linked_records(store, merged)}
    assert (
        records[candidate.right.person_id] == "accepted"
        or records[candidate.left.person_id] == "accepted"
    )
    absorbed = max(candidate.left.citizen_id, candidate.right.citizen_id)
    moved = next(p for p, c in before.items() if c == absorbed)
    _, back_to = unlink_record(store, merged, moved, decided_by=REVIEWER, reason="not the same")
    assert back_to == absorbed
    assert _membership(store) == before  # exactly the records the link moved went back
    with store.session() as s:
        view_after = citizen_view(s, candidate.right.citizen_id)
    assert [i.source for i in view_after.chronology] == [i.source for i in view_before.chronology]
    assert candidate.pair_id not in {c.pair_id for c in review_queue(store)}  # decided: apart


def test_a_record_split_off_by_hand_stays_apart_despite_its_nhs_number(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as s:
        rows = s.execute(
            select(SourcePerson.id, SourcePerson.citizen_id, SourcePerson.nhs_number).where(
                SourcePerson.nhs_number.is_not(None)
            )
        ).all()
    by_number: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for pid, citizen, number in rows:
        by_number[number].append((pid, citizen))
    pid, citizen = next(v for v in by_number.values() if len(v) >= 2)[-1]
    _, alone = unlink_record(store, citizen, pid, decided_by=REVIEWER, reason="wrong NHS number")
    assert alone != citizen
    _resync_everything(store)
    assert _membership(store)[pid] == alone

    # Linking it back by hand is a decision too, and it holds.
    link_citizens(store, citizen, alone, decided_by=REVIEWER, reason="partner corrected it")
    assert _membership(store)[pid] == citizen
    _resync_everything(store)
    assert _membership(store)[pid] == citizen


def test_records_sharing_a_pupil_number_are_one_child(store, sandbox) -> None:  # type: ignore[no-untyped-def]
    _sync(store, sandbox, linker=StoreLinker(probabilistic=False))
    with store.session() as s:
        rows = s.execute(
            select(SourcePerson.identifiers, SourcePerson.citizen_id, SourcePerson.source_id).where(
                SourcePerson.identifiers.is_not(None)
            )
        ).all()
    by_upn: dict[str, set[int]] = defaultdict(set)
    truth: dict[str, set[int]] = defaultdict(set)
    for identifiers, citizen, source_id in rows:
        for part in identifiers.split():
            by_upn[part].add(citizen)
            truth[part].add(_truth(source_id))
    shared = [k for k in by_upn if k.startswith("upn:") and len(truth[k]) == 1]
    assert len(shared) >= 10
    assert all(len(by_upn[k]) == 1 for k in shared)
    assert any(k.startswith("police_person_id:") for k in by_upn)


def test_unlinking_an_automatic_match_moves_back_exactly_what_it_brought(synced) -> None:  # type: ignore[no-untyped-def]
    import json

    from caseworker.store.models import LinkEvent

    store, _, _ = synced
    with store.session() as s:
        event = s.scalars(
            select(LinkEvent).where(LinkEvent.kind == "auto_link", LinkEvent.undone.is_(False))
        ).first()
        assert event is not None
        brought = set(json.loads(event.person_ids))
        keep, absorbed = event.citizen_id, event.absorbed_id
    before = _membership(store)
    assert all(before[p] == keep for p in brought)
    linked = {r.person_id: r for r in linked_records(store, keep)}
    assert {linked[p].how for p in brought} == {"matched"}
    explained = linked[min(brought)].explanation  # every automatic link, field by field
    assert {c.field for c in explained if c.level} >= {"given", "family", "birth_date"}
    assert sum(c.weight for c in explained) > 0
    _, back_to = unlink_record(
        store, keep, min(brought), decided_by=REVIEWER, reason="a different child"
    )
    after = _membership(store)
    assert back_to == absorbed
    assert {p for p, c in after.items() if c == absorbed} == brought
    assert {p for p, c in after.items() if c == keep} == {
        p for p, c in before.items() if c == keep
    } - brought
    _resync_everything(store)
    assert _membership(store) == after  # and the matcher does not join them again
