"""A sync's report crosses from the sync's process to the window's whole: every citizen it
touched, however many, so the window refreshes exactly what changed."""

from __future__ import annotations

import pickle

from caseworker.changes import Changes
from caseworker.sync import apart
from caseworker.sync.engine import SyncReport


def test_a_large_report_arrives_whole() -> None:
    touched = frozenset(range(1, 3 * apart.GATHER_STEP * 5, 3)) | {2**40}
    report = SyncReport((), Changes(touched, frozenset({"health"}), people=True), cancelled=True)

    sent = pickle.dumps(apart._without_citizens(report))
    arrived = apart._with_citizens(*pickle.loads(sent))

    assert arrived == report
    assert isinstance(arrived.changes.citizens, frozenset)


def test_a_report_that_touched_nobody_arrives_as_it_left() -> None:
    report = SyncReport(())
    assert apart._with_citizens(*apart._without_citizens(report)) == report
