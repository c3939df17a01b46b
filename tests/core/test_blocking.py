"""Blocking by several passes: a true pair is still compared when a birth date is mistyped,
a postcode is missing or a surname changed at marriage; and twins, namesakes and one
partner's two records stay apart however the passes bring them together."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from caseworker.linkage.blocking import RULES, block_keys, candidate_pairs
from caseworker.linkage.clustering import cluster
from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import Params

SARAH = PersonFields("Sarah", "Pritchard", date(1988, 3, 14), "female", "CF10 1AA", "12 Heol Fair")


def _pairs(*records: PersonFields, other_names=None) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return candidate_pairs(list(records), other_names)


def test_each_pass_has_its_own_tag_and_says_what_it_forgives() -> None:
    tags = [rule.tag for rule in RULES]
    assert len(tags) == len(set(tags)) >= 6
    assert all(rule.forgives for rule in RULES)
    assert {key.split(":")[0] for key in block_keys(SARAH)} == set(tags)


def test_a_mistyped_birth_date_and_a_missing_postcode_still_meet() -> None:
    typo = PersonFields("Sarah", "Pritchard", date(1988, 3, 15), "female", None, None)
    assert _pairs(SARAH, typo) == {(0, 1)}  # by the names' sounds, by surname and month


def test_a_misspelt_surname_with_no_birth_date_still_meets() -> None:
    other = PersonFields("Sarah", "Prichard", None, None, None, None)
    assert _pairs(SARAH, other) == {(0, 1)}


def test_a_married_name_meets_the_maiden_name_through_other_names() -> None:
    married = PersonFields("Sarah", "Morgan", date(1989, 3, 14), "female", "CF10 1AA", None)
    assert _pairs(SARAH, replace(married, postcode=None)) == set()  # no pass in common
    others = [(), ((None, "Pritchard"),)]  # her newer record keeps the maiden name
    assert _pairs(SARAH, replace(married, postcode=None), other_names=others) == {(0, 1)}
    apart = cluster([SARAH, married], Params(), None, None)
    assert apart[0] != apart[1]  # by her new name alone, not the same person
    labels = cluster([SARAH, married], Params(), None, others)
    assert labels[0] == labels[1]  # the maiden name is compared too, not only blocked on


def test_a_key_shared_by_more_records_than_its_rule_allows_is_not_compared_on() -> None:
    born = next(rule for rule in RULES if rule.tag == "b")
    crowd = [PersonFields(None, None, date(2001, 1, 1), None, None, None)] * born.max_block
    assert len(_pairs(*crowd)) == born.max_block * (born.max_block - 1) // 2
    assert _pairs(*crowd, crowd[0]) == set()  # one more: a birthday alone says too little


def test_twins_with_a_mistyped_birth_date_are_not_linked() -> None:
    """A first name that differs explains one typo only when the birth dates agree."""
    gordon = PersonFields("Gordon", "Stevenson", date(2024, 3, 24), "male", "M45 6YG", "5 Jones")
    molly = PersonFields("Molly", "Stevenson", date(2024, 3, 25), "male", "M45 6YG", "5 Jones")
    labels = cluster([gordon, molly], Params(), None, None, ["nhs", "council"])
    assert labels[0] != labels[1]


def test_one_partners_two_records_are_never_joined() -> None:
    marion = PersonFields("Marion", "Wright", date(2025, 5, 6), "female", "HA1 9QS", "2 Walton")
    marian = PersonFields("Marian", "Wright", date(2025, 5, 6), "female", "HA1 9QS", "2 Walton")
    joined = cluster([marion, marian], Params(), None, None, [None, None])
    assert joined[0] == joined[1]  # alike enough to link when nothing says otherwise
    apart = cluster([marion, marian], Params(), None, None, ["nhs", "nhs"])
    assert apart[0] != apart[1]  # but the trust keeps one record per person: two people
