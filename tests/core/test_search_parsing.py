"""Reading what a worker types into the search box: dates in the forms people write them,
NHS numbers with spaces, postcodes and districts, and the words left over as names."""

from __future__ import annotations

from datetime import date

import pytest

from caseworker.linkage.normalise import format_postcode
from caseworker.views.search import parse_query


@pytest.mark.parametrize(
    "text",
    [
        "03/02/2015",
        "3/2/2015",
        "3.2.15",
        "03-02-2015",
        "2015-02-03",
        "03022015",
        "3 Feb 2015",
        "3rd February 2015",
        "3 feb. 2015",
    ],
)
def test_a_date_of_birth_in_any_common_form(text: str) -> None:
    query = parse_query(f"Smith {text}")
    assert query.birth_date == date(2015, 2, 3) and query.names == ("smith",)


def test_an_impossible_date_is_ignored_not_guessed() -> None:
    assert parse_query("Smith 31/02/2015").birth_date is None


@pytest.mark.parametrize("text", ["999 098 4182", "9990984182", " 999 0984182 "])
def test_an_nhs_number_with_or_without_spaces(text: str) -> None:
    assert parse_query(text).nhs_number == "9990984182"


@pytest.mark.parametrize(
    ("text", "postcode", "names"),
    [
        ("MK8 2PQ", "MK8 2PQ", ()),
        ("mk82pq", "MK8 2PQ", ()),
        ("Holt mk8 2pq", "MK8 2PQ", ("holt",)),
        ("Holt MK8", "MK8 ", ("holt",)),
        ("SW1A 1AA", "SW1A 1AA", ()),
    ],
)
def test_postcodes_and_districts(text: str, postcode: str, names: tuple[str, ...]) -> None:
    query = parse_query(text)
    assert query.postcode == postcode and query.names == names


def test_postcodes_are_stored_in_one_form() -> None:
    assert format_postcode(" mk82pq ") == "MK8 2PQ"
    assert format_postcode("MK8  2PQ") == "MK8 2PQ"
    assert format_postcode("not a postcode") == "NOT A POSTCODE"
    assert format_postcode("  ") is None
