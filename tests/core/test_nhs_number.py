"""NHS numbers: ten ASCII digits with a valid check digit, or not an NHS number at all.

A value that Unicode calls digits but is not ASCII (superscripts stopped every sync with a
ValueError; full-width digits were taken as a verified number that search could not find)
is kept as an unverified identifier instead, and never stops the reading of a record."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caseworker import nhs_number
from caseworker.partners.validation import checked_nhs_number


def test_spaces_and_dashes_are_removed_from_a_valid_number() -> None:
    assert nhs_number.normalise("943 476 5919") == "9434765919"
    assert nhs_number.normalise("943-476-5919") == "9434765919"


def test_a_number_failing_the_check_digit_is_not_an_nhs_number() -> None:
    assert nhs_number.normalise("9912003890") is None  # UK Core's own invalid example
    assert checked_nhs_number("9912003890") == (None, "9912003890")


def test_superscript_digits_are_unverified_not_a_crash() -> None:
    assert nhs_number.normalise("²²²²²²²²²²") is None
    assert checked_nhs_number("²²²²²²²²²²") == (None, "²²²²²²²²²²")


def test_full_width_digits_are_not_a_verified_number() -> None:
    full_width = "９４３４７６５９１９"  # 9434765919 in full-width digits
    assert nhs_number.normalise(full_width) is None
    assert checked_nhs_number(full_width) == (None, full_width)


@given(st.text(max_size=40))
def test_any_text_is_either_ten_ascii_digits_or_none(value: str) -> None:
    found = nhs_number.normalise(value)
    assert found is None or (len(found) == 10 and found.isascii() and found.isdigit())
