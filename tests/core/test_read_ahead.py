"""Pages fetched ahead come out whole and in order; an error comes out where it happened,
after the pages before it; a consumer that stops early stops the fetching."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from caseworker.errors import PartnerUnavailable
from caseworker.sync.read_ahead import read_ahead


def test_pages_come_out_in_order_each_prepared_off_the_consumer_s_thread() -> None:
    prepared_on: set[str] = set()

    def prepare(page: list[int]) -> None:
        prepared_on.add(threading.current_thread().name)
        page.append(-1)

    with read_ahead(iter([[n] for n in range(50)]), 4, prepare) as pages:
        got = list(pages)
    assert got == [[n, -1] for n in range(50)]
    assert prepared_on == {"sync-read-ahead"}


def test_fetching_goes_on_while_the_consumer_stores() -> None:
    """While the first page is being stored, the next ones are fetched (the partner's time and
    the store's overlap), up to the limit and no further."""
    third_fetched = threading.Event()
    fetched: list[int] = []

    def pages() -> Iterator[int]:
        for n in range(10):
            fetched.append(n)
            if n == 2:
                third_fetched.set()
            yield n

    with read_ahead(pages(), 3) as ahead:
        first = next(ahead)
        assert third_fetched.wait(5)  # fetched while the first is still in hand
        time.sleep(0.2)
        assert first == 0 and len(fetched) <= 1 + 3 + 1
        assert list(ahead) == list(range(1, 10))


def test_an_error_comes_out_after_the_pages_fetched_before_it() -> None:
    def failing() -> Iterator[int]:
        yield 1
        yield 2
        raise PartnerUnavailable("The partner went away.")

    got: list[int] = []
    with pytest.raises(PartnerUnavailable), read_ahead(failing(), 8) as pages:
        for page in pages:
            got.append(page)
    assert got == [1, 2]


def test_stopping_early_stops_the_fetching_and_closes_the_pages() -> None:
    fetched: list[int] = []
    closed = threading.Event()

    def endless() -> Iterator[int]:
        try:
            n = 0
            while True:
                fetched.append(n)
                yield n
                n += 1
        finally:
            closed.set()

    with read_ahead(endless(), 3) as pages:
        for page in pages:
            if page == 5:
                break
    assert closed.is_set()
    assert len(fetched) <= 5 + 1 + 3 + 1  # at most the limit ahead, and the one in hand
