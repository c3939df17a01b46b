"""NHS numbers: normalising and the modulus 11 check digit.

An NHS number is ten ASCII digits once spaces and dashes are removed. Other characters that
Unicode calls digits (superscripts, full-width, Arabic-Indic) are not: such a value is kept
as an unverified identifier, never used to link or search."""

from __future__ import annotations

_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)
_ASCII_DIGITS = frozenset("0123456789")


def check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no valid number has them (remainder 10)."""
    total = sum(int(d) * w for d, w in zip(first_nine, _WEIGHTS, strict=True))
    digit = 11 - total % 11
    if digit == 11:
        return 0
    return None if digit == 10 else digit


def normalise(value: str | None) -> str | None:
    """Ten digits with spaces and dashes removed, or None if it is not a valid NHS number."""
    if not value:
        return None
    digits = "".join(ch for ch in value if ch not in " -")
    if len(digits) != 10 or not _ASCII_DIGITS.issuperset(digits):
        return None
    return digits if check_digit(digits[:9]) == int(digits[9]) else None


VERIFIED = "01"
"""'Number present and verified': the only status under which a number is used to link."""
VERIFICATION_STATUSES = {
    "01": "present and verified",
    "02": "present but not traced",
    "03": "trace required",
    "04": "trace attempted, no match or multiple matches",
    "05": "trace needs to be resolved",
    "06": "trace in progress",
    "07": "number not present and trace not required",
    "08": "trace postponed (baby under six weeks old)",
}
"""The verification statuses of UK Core (UKCore-NHSNumberVerificationStatusEngland), in words."""
