"""The guard on vetoes: twins and namesakes stay apart; a mistyped name or date does not."""

from __future__ import annotations

from datetime import date

from caseworker.linkage.compare import PersonFields
from caseworker.linkage.fellegi_sunter import Params, score
from caseworker.linkage.guard import Guard

BORN = date(2014, 6, 25)
HOME = ("W42 1BR", "12 Mill Lane, Hatton")


def _p(given: str, born: date = BORN, sex: str | None = None) -> PersonFields:
    return PersonFields(given, "Robinson", born, sex, *HOME)


def _decide(records: list[PersonFields], sources: list[str | None] | None = None) -> str:
    guard = Guard(records, sources)
    return guard.check(0, 1, score(records[0], records[1], Params())).decision(Params())


def test_twins_each_on_two_records_stay_apart() -> None:
    records = [_p("Julian"), _p("Dominic"), _p("Julian"), _p("Dominic")]
    assert _decide(records) == "no_link"


def test_a_first_name_borne_out_nowhere_else_is_a_mistake_and_links() -> None:
    records = [_p("Julian"), _p("Bailey"), _p("Julian"), _p("Julien")]
    assert _decide(records) == "link"


def test_a_twin_on_one_record_stays_apart_when_a_partner_holds_both() -> None:
    # Health holds Julian; housing holds Dominic and Julian: one partner, two people.
    records = [_p("Julian"), _p("Dominic"), _p("Julian")]
    assert _decide(records, ["nhs", "housing", "housing"]) == "no_link"
    # Without that, a first name seen once beside a twin seen twice reads as a typo.
    lone = [_p("Julian"), _p("Dominic"), _p("Dominic")]
    assert _decide(lone, ["nhs", "housing", "school"]) == "link"


def test_twins_of_different_sexes_stay_apart_on_a_single_record_each() -> None:
    assert _decide([_p("Alex", sex="male"), _p("Olivia", sex="female")]) == "no_link"


def test_a_namesake_parent_stays_apart_and_a_mistyped_year_does_not() -> None:
    parent = date(1983, 9, 19)
    records = [_p("Brenda", parent), _p("Brenda"), _p("Brenda", parent), _p("Brnda")]
    assert _decide(records) == "no_link"
    typo = [_p("Brenda", date(1914, 6, 25)), _p("Brenda"), _p("Brenda")]
    assert _decide(typo) == "link"
