"""The synthetic population: deterministic, realistic overlaps, and the faults of real data."""

from __future__ import annotations

from collections import Counter

from caseworker import nhs_number
from caseworker.sandbox.network import SandboxNetwork
from caseworker.sandbox.population import generate
from caseworker.sandbox.records import build_partner_data


def test_same_seed_same_population_and_records() -> None:
    first, second = generate(7, 300), generate(7, 300)
    assert [(p.given, p.family, p.birth_date, p.nhs_number) for p in first.people] == [
        (p.given, p.family, p.birth_date, p.nhs_number) for p in second.people
    ]
    a, b = build_partner_data(first), build_partner_data(second)
    assert {k: (len(v.persons), len(v.items)) for k, v in a.items()} == {
        k: (len(v.persons), len(v.items)) for k, v in b.items()
    }
    assert (
        generate(8, 300).people[0].given != first.people[0].given
        or generate(8, 300).people[0].family != first.people[0].family
    )


def test_default_size_and_household_shape() -> None:
    population = generate(1, 300)
    assert 300 <= len(population.people) <= 306
    sizes = Counter(len(h.members) for h in population.households)
    assert min(sizes) >= 1 and max(sizes) <= 6
    with_children = sum(1 for h in population.households if h.children)
    assert 0.45 <= with_children / len(population.households) <= 0.75
    assert 100 <= len(population.households) <= 140


def test_nhs_numbers_are_valid_test_numbers() -> None:
    for person in generate(1, 300).people:
        assert person.nhs_number is not None
        assert person.nhs_number.startswith("999")
        assert nhs_number.normalise(person.nhs_number) == person.nhs_number


def test_children_on_plans_are_known_across_five_agencies() -> None:
    network = SandboxNetwork()
    known_by: dict[int, set[str]] = {}
    for data in network.data.values():
        for person in data.persons:
            known_by.setdefault(person.pid, set()).add(data.spec.agency)
    children = {p.pid for p in network.population.people if p.is_child}
    widest = max(len(known_by.get(pid, ())) for pid in children)
    assert widest == 5
    assert sum(1 for pid in known_by if len(known_by[pid]) >= 3) >= 20


def test_partner_copies_carry_realistic_faults() -> None:
    network = SandboxNetwork()
    truth = {p.pid: p for p in network.population.people}
    copies = [(d.spec.agency, p) for d in network.data.values() for p in d.persons]
    missing_nhs = sum(1 for agency, p in copies if agency != "health" and p.nhs_number is None)
    renamed = sum(
        1 for _, p in copies if (p.given, p.family) != (truth[p.pid].given, truth[p.pid].family)
    )
    assert missing_nhs > 50
    assert renamed > 5
