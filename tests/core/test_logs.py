"""The log guard: text arguments, numbers, addresses and tracebacks are redacted before a
record is written; other libraries' chatter is not written at all."""

from __future__ import annotations

import logging

from caseworker.logs import Redactor, Safe, configure
from caseworker.paths import Paths


def _written(paths: Paths) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (paths.log_dir / "caseworker.log").read_text()


def test_what_might_be_personal_is_redacted_before_it_is_written(paths: Paths) -> None:
    configure(paths, level=logging.DEBUG)
    log = logging.getLogger("caseworker.example")
    log.warning("Could not match %s born %s", "Jane Smith", "03/02/2015")
    log.warning("Partner %s failed: %s (%d tries)", "police", "partner_unavailable", 3)
    log.info("Retrying %s", Safe("Riverside NHS Foundation Trust"))
    log.info("Raw: 999 123 4567 jane@example.org MK8 2PQ 3.2.15 'Flat 2, High St'")
    try:
        raise ValueError("bad value for Jane Smith, NHS 9991234567")
    except ValueError:
        log.exception("Failed")
    logging.getLogger("urllib3.connectionpool").debug("GET /patients?name=Jane")
    text = _written(paths)
    assert "Jane" not in text and "Smith" not in text and "03/02/2015" not in text
    assert "9991234567" not in text and "999 123 4567" not in text
    assert "jane@example.org" not in text and "MK8 2PQ" not in text and "High St" not in text
    assert "Partner police failed: partner_unavailable (3 tries)" in text
    assert "Retrying Riverside NHS Foundation Trust" in text
    assert "[number] [email] [postcode] [date] [text]" in text
    assert "ValueError" in text  # the kind of failure stays, for the developer
    assert "urllib3" not in text
    mode = (paths.log_dir / "caseworker.log").stat().st_mode & 0o777
    assert mode == 0o600


def test_the_filter_keeps_ints_and_codes_as_they_are() -> None:
    record = logging.LogRecord(
        "caseworker.x", logging.INFO, __file__, 1, "%s %d %s", ("a_b", 4, "A B"), None
    )
    assert Redactor().filter(record)
    assert record.getMessage() == "a_b 4 [text]"


def test_a_crash_says_what_kind_of_failure_and_nothing_more(
    paths: Paths,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    import sys

    configure(paths)
    try:
        raise KeyError("Qxcanaryname of 12 High Street")
    except KeyError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    shown = capsys.readouterr().err
    assert "Caseworker stopped unexpectedly (KeyError)" in shown and "caseworker.log" in shown
    assert "Qxcanary" not in shown and "Qxcanary" not in _written(paths)
    assert "test_a_crash_says" in _written(paths)  # where it happened is kept
