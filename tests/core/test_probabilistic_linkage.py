"""Fellegi–Sunter linkage on a synthetic population with known truth."""

from __future__ import annotations

from datetime import date

from caseworker.linkage.blocking import candidate_pairs
from caseworker.linkage.clustering import cluster
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.estimation import estimate
from caseworker.linkage.fellegi_sunter import Params, pairwise_quality, score
from caseworker.sandbox.network import SandboxNetwork


def _records() -> tuple[list[PersonFields], list[int]]:
    network = SandboxNetwork(seed=3, people=400)
    records, truth = [], []
    for data in network.data.values():
        for p in data.persons:
            records.append(
                PersonFields(p.given, p.family, p.birth_date, p.sex, p.postcode, p.address)
            )
            truth.append(p.pid)
    return records, truth


def test_links_partner_copies_of_the_same_people_with_high_precision_and_recall() -> None:
    records, truth = _records()
    pairs = candidate_pairs(records)
    params = estimate(records, pairs)
    quality = pairwise_quality(cluster(records, params, pairs), truth)
    assert quality.precision >= 0.97, quality
    assert quality.recall >= 0.85, quality


def test_nicknames_typos_and_swapped_dates_still_link_and_say_why() -> None:
    params = Params()
    a = PersonFields("William", "Macdonald", date(2015, 3, 7), "male", "S6 7LJ", "17 Jones Light")
    b = PersonFields("Bill", "Mcdonald", date(2015, 7, 3), "male", "S6 7LJ", "17 Jones Light")
    result = score(a, b, params)
    assert result.decision(params) == "link"
    levels = {c.field: c.level for c in result.contributions}
    assert levels == {
        "given": "exact",
        "family": "similar",
        "birth_date": "swapped",
        "sex": "exact",
        "postcode": "exact",
        "address": "similar",
        "email": None,  # not held: counts neither way
    }
    assert all(c.weight > 0 for c in result.contributions if c.level)


def test_twins_and_a_parent_and_child_of_the_same_name_are_never_linked_automatically() -> None:
    params = Params()
    twin_a = PersonFields("Amelia", "Holt", date(2019, 10, 22), "female", "MK8 2PQ", "Studio 05")
    twin_b = PersonFields("Isla", "Holt", date(2019, 10, 22), "female", "MK8 2PQ", "Studio 05")
    twins = score(twin_a, twin_b, params)
    assert twins.vetoed_by == "given" and twins.decision(params) != "link"
    parent = PersonFields("Thomas", "Brown", date(1991, 6, 10), "male", "B9K 0YW", "1 Road")
    child = PersonFields("Thomas", "Brown", date(2016, 4, 2), "male", "B9K 0YW", "1 Road")
    family = score(parent, child, params)
    assert family.vetoed_by == "birth_date" and family.decision(params) != "link"


def test_missing_fields_neither_help_nor_hurt() -> None:
    params = Params()
    full = PersonFields("Ada", "Test", date(2010, 1, 2), "female", "AB1 2CD", None)
    sparse = PersonFields("Ada", "Test", date(2010, 1, 2), None, None, None)
    contributions = {c.field: c for c in score(full, sparse, params).contributions}
    assert contributions["postcode"].level is None and contributions["postcode"].weight == 0


def test_a_given_name_and_surname_recorded_the_other_way_round_still_agree() -> None:
    params = Params()
    a = PersonFields("Morgan", "Ellis", date(2012, 5, 9), "female", "LS6 1AA", "4 Hill Road")
    b = PersonFields("Ellis", "Morgan", date(2012, 5, 9), "female", "LS6 1AA", "4 Hill Road")
    result = score(a, b, params)
    levels = {c.field: c.level for c in result.contributions}
    assert levels["given"] == levels["family"] == "similar"
    assert result.vetoed_by is None and result.decision(params) == "link"


def test_only_clearly_unlike_given_names_veto_a_link() -> None:
    params = Params()
    a = PersonFields("Katherine", "Fox", date(2012, 5, 9), "female", "LS6 1AA", "4 Hill Road")
    typo = PersonFields("Kathrina", "Fox", date(2012, 5, 9), "female", "LS6 1AA", "4 Hill Road")
    other = PersonFields("Zoe", "Fox", date(2012, 5, 9), "female", "LS6 1AA", "4 Hill Road")
    assert score(a, typo, params).vetoed_by is None
    assert score(a, other, params).vetoed_by == "given"
