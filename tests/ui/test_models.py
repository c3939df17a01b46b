"""Every item model passes Qt's model tester, and PySide6 does not leak None refcounts."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex

from caseworker.views.citizen import Item
from caseworker.views.provenance import Source
from caseworker.views.search import CitizenSummary
from ui.person.chronology_model import ChronologyModel
from ui.search.results_model import SearchResultsModel

SOURCE = Source("police", "Constabulary", "police", "POL-R1", datetime(2026, 1, 1, tzinfo=UTC))


def test_search_results_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    model.set_results(
        [
            CitizenSummary(1, "Ada Test", date(2015, 1, 2), "AB1 2CD", "9990000000", ("health",)),
            CitizenSummary(2, "Bo Test", None, None, None, ("police", "housing")),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_chronology_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ChronologyModel()
    model.set_items(
        (
            Item(
                "event",
                "safety",
                "x",
                "Domestic abuse incident",
                "DASH: high",
                "high",
                None,
                date(2026, 3, 1),
                True,
                SOURCE,
            ),
            Item(
                "event",
                "safety",
                "y",
                "Anti-social behaviour report",
                None,
                None,
                None,
                None,
                False,
                SOURCE,
            ),
        )
    )
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == "Significant"
    assert model.index(1, 0).data() == "—"


class _Growing(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.n = 0

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.n

    def data(self, index: QModelIndex, role: int = 0) -> object:
        return None

    def grow(self) -> None:
        self.beginInsertRows(QModelIndex(), self.n, self.n)
        self.n += 1
        self.endInsertRows()


def test_insert_rows_do_not_release_none(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 drops a None reference per call and aborts the process
    (shared/PLATFORM.md); the pin to 6.11 must keep this from happening."""
    model = _Growing()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        model.grow()
    assert sys.getrefcount(None) >= before - 100


def test_work_finishing_or_asked_for_as_the_window_closes_is_dropped_quietly(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from ui.ops.taskman import TaskManager

    taskman = TaskManager()
    shown: list[object] = []
    gate = threading.Event()
    finished = taskman.run_on_store(lambda: gate.wait(5) and "a result", shown.append, shown.append)
    gate.set()
    finished.result(timeout=5)  # done on the worker, its report queued for the GUI thread
    taskman.shutdown()
    later = taskman.run_on_store(lambda: "too late", shown.append, shown.append)
    qtbot.wait(50)  # the queued report is delivered now: nothing may run
    assert later.cancelled()
    assert shown == []
