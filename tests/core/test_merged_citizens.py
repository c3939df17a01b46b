"""A citizen's members (itself and everyone merged into it, however deep), asked for one
citizen or for a household at once: the person's page reads the consents and broken glass of
every member, so a member missed is a consent or an override not applied."""

from __future__ import annotations

from caseworker.linkage.citizens import members, members_of
from caseworker.store.models import Citizen
from caseworker.store.store import Store


def _citizens(store: Store, merged_into: dict[int, int | None]) -> None:
    with store.writing() as session:
        for citizen in sorted(merged_into):
            session.add(Citizen(id=citizen))
        session.flush()
        for citizen, into in merged_into.items():
            session.get_one(Citizen, citizen).merged_into = into


def test_members_of_a_household_are_each_citizens_own_however_deep(store: Store) -> None:
    # 1 <- 2 <- 3 <- 4 (a chain); 5 <- 6, 5 <- 7 (two into one); 8 alone
    _citizens(store, {1: None, 2: 1, 3: 2, 4: 3, 5: None, 6: 5, 7: 5, 8: None})
    with store.session() as session:
        together = members_of(session, [1, 5, 8])
        assert together == {1: {1, 2, 3, 4}, 5: {5, 6, 7}, 8: {8}}
        assert {c: members(session, c) for c in (1, 5, 8)} == together


def test_asking_for_a_citizen_and_one_merged_into_it_gives_each_its_own(store: Store) -> None:
    _citizens(store, {1: None, 2: 1, 3: 2, 4: 3})
    with store.session() as session:
        assert members_of(session, [1, 3]) == {1: {1, 2, 3, 4}, 3: {3, 4}}
        assert members_of(session, [3, 1]) == {1: {1, 2, 3, 4}, 3: {3, 4}}
