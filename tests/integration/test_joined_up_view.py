"""Search and the joined-up citizen view over a synced sandbox."""

from __future__ import annotations

import pytest

from caseworker.errors import NotFound
from caseworker.partners.vocabulary import DOMAINS
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import Store
from caseworker.sync.engine import SyncReport
from caseworker.views.citizen import citizen_view, showcase_citizen
from caseworker.views.search import parse_query, search

Synced = tuple[Store, SandboxNetwork, SyncReport]


def _a_child_known_to_all(network: SandboxNetwork) -> tuple[str, str, str]:
    """Name, NHS number and birth date (as health holds them) of a child known to all five."""
    known: dict[int, set[str]] = {}
    for data in network.data.values():
        for p in data.persons:
            known.setdefault(p.pid, set()).add(data.spec.agency)
    pid = next(
        p.pid for p in network.population.people if p.is_child and len(known.get(p.pid, ())) == 5
    )
    health = next(p for p in network.data["nhs-trust"].persons if p.pid == pid)
    assert health.nhs_number
    return (
        f"{health.given} {health.family}",
        health.nhs_number,
        health.birth_date.strftime("%d/%m/%Y"),
    )


def test_parse_query_understands_names_numbers_and_dates() -> None:
    assert parse_query("999 098 4182").nhs_number == "9990984182"
    q = parse_query("Smith 03/02/2015")
    assert q.names == ("smith",) and q.birth_date is not None and q.birth_date.month == 2
    assert parse_query("2015-02-03").birth_date == q.birth_date
    assert parse_query("  ").empty


def test_find_a_child_by_name_number_or_birth_date(synced: Synced) -> None:
    store, network, _ = synced
    name, number, born = _a_child_known_to_all(network)
    with store.session() as s:
        by_name = search(s, name)
        by_number = search(s, f"{number[:3]} {number[3:6]} {number[6:]}")
        by_birth = search(s, f"{name.split()[-1]} {born}")
    assert by_number and by_number[0].nhs_number == number
    assert by_number[0].citizen_id in [r.citizen_id for r in by_name]
    assert by_number[0].citizen_id in [r.citizen_id for r in by_birth]


def test_one_page_shows_what_every_agency_holds_each_with_its_source(synced: Synced) -> None:
    store, network, _ = synced
    _, number, _ = _a_child_known_to_all(network)
    with store.session() as s:
        (summary,) = search(s, number)
        view = citizen_view(s, summary.citizen_id)
    assert set(view.agencies) == {"health", "social_care", "police", "education", "housing"}
    assert view.identity.nhs_number.preferred is not None
    assert view.identity.nhs_number.preferred.source.agency == "health"
    items = [i for g in view.needs_and_risks for i in g.items] + list(view.chronology)
    assert {i.source.agency for i in items} == set(view.agencies)
    assert all(i.source.partner_name and i.source.record_id for i in items)
    domains = [g.domain for g in view.needs_and_risks]
    assert domains == [d for d in DOMAINS if d in domains] and domains[0] == "safety"
    dates = [i.on for i in view.chronology if i.on]
    assert dates == sorted(dates)


def test_showcase_is_a_child_known_to_every_agency(synced: Synced) -> None:
    store, _, _ = synced
    with store.session() as s:
        cid = showcase_citizen(s)
        assert cid is not None
        assert len(citizen_view(s, cid).agencies) == 5


def test_unknown_citizen_is_not_found(store: Store) -> None:
    with store.session() as s, pytest.raises(NotFound):
        citizen_view(s, 424242)
