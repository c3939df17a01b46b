"""While a sync runs, the collector's full collections (which stop the window) wait."""

from __future__ import annotations

import gc

import pytest

from caseworker.sync.collector import FULL_DEFERRED, full_collections_deferred


def test_full_collections_wait_for_the_last_sync_and_then_resume() -> None:
    before = gc.get_threshold()
    with full_collections_deferred():
        assert gc.get_threshold() == (before[0], before[1], FULL_DEFERRED)
        with full_collections_deferred():  # a second sync alongside
            pass
        assert gc.get_threshold()[2] == FULL_DEFERRED  # the first is still running
        # The young generations are still collected: cycles made now are freed.
        young = gc.get_count()
        for _ in range(before[0] * 3):
            cycle: list[object] = []
            cycle.append(cycle)
        assert gc.get_count()[0] < young[0] + before[0] * 3
    assert gc.get_threshold() == before


def test_a_sync_that_fails_still_restores_the_collector() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), full_collections_deferred():
        raise RuntimeError("partner down")
    assert gc.get_threshold() == before
