"""While a sync runs, the collector's full collections (which stop the window) wait."""

from __future__ import annotations

import gc

import pytest

from caseworker.sync.collector import (
    FULL_DEFERRED,
    collect_between_batches,
    full_collections_deferred,
)


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


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector can free it


def test_cycles_a_sync_makes_are_collected_between_its_batches() -> None:
    import weakref

    due_after = gc.get_threshold()[2] + 1
    with full_collections_deferred():
        node = _Node()
        gone = weakref.ref(node)
        gc.collect(1)  # young collections while the sync still uses it: into the old generation
        del node  # now garbage, in a cycle, where only a full collection looks
        for _ in range(due_after):
            gc.collect(1)  # as many young collections as make a full one due
        assert gone() is not None
        collect_between_batches()
        assert gone() is None


def test_threads_switch_more_often_while_a_sync_runs() -> None:
    import sys

    from caseworker.sync.collector import SWITCH_S

    before = sys.getswitchinterval()
    with full_collections_deferred():
        with full_collections_deferred():
            assert sys.getswitchinterval() == min(SWITCH_S, before)
        assert sys.getswitchinterval() == min(SWITCH_S, before)
    assert sys.getswitchinterval() == before


def test_what_was_held_before_a_sync_is_not_walked_during_it_and_tidied_after() -> None:
    """Collections during a sync walk only what it made (they stopped the window 65-90 ms
    each when they walked everything). A cycle held before the sync that became garbage
    during it is freed by collect_everything, which the window runs when nobody is using it,
    and which does nothing while a sync runs."""
    import weakref

    from caseworker.sync.collector import collect_everything

    node = _Node()
    gone = weakref.ref(node)
    with full_collections_deferred():
        assert gc.get_freeze_count() > 0  # set aside: not walked by this sync's collections
        del node
        gc.collect()
        assert gone() is not None
        assert not collect_everything()  # not while a sync runs
    gc.collect()
    assert gone() is not None  # set aside still, with what the sync left
    assert collect_everything()
    assert gone() is None
    assert not collect_everything()  # nothing new to tidy until another sync ends
