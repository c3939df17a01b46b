"""Fetching a partner's next pages while the last ones are stored.

A sync alternated: fetch a page (the partner builds it, the network carries it, it is
parsed), then store a batch, then fetch again. While the sync stored, the partner waited; while
the partner built a page, the sync waited. `read_ahead` runs the fetching on a thread of its
own, at most `limit` pages ahead, so both go on at once (on a machine with two cores, or a
partner across a network, each wait is the other's work).

The pages still come out one by one in the partner's order, so a cursor is stored only
after every page before it, as before. An error while fetching comes out where it happened,
after the pages fetched before it, which are whole and kept (sync/engine.py). When the
consumer stops early (a cancel, a store error), the fetching stops after the page in hand.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_END = object()
PUT_WAIT_S = 0.1
"""How often a fetcher waiting for room looks whether it should stop."""


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


@contextmanager
def read_ahead(
    pages: Iterator[T], limit: int, prepare: Callable[[T], object] | None = None
) -> Iterator[Iterator[T]]:
    """`pages`, fetched (and each `prepare`d) on a thread of its own up to `limit` ahead."""
    ready: queue.Queue[object] = queue.Queue(maxsize=max(1, limit))
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=PUT_WAIT_S)
                return True
            except queue.Full:
                continue
        return False

    def fetch() -> None:
        try:
            for page in pages:
                if prepare is not None:
                    prepare(page)
                if not put(page):
                    return
            put(_END)
        except BaseException as error:  # handed to the consumer, in order
            put(_Failed(error))
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()

    fetcher = threading.Thread(target=fetch, name="sync-read-ahead", daemon=True)

    def taken() -> Iterator[T]:
        while True:
            item = ready.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]

    fetcher.start()
    try:
        yield taken()
    finally:
        stop.set()
        fetcher.join()
