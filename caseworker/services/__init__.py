"""Use cases, the only door the window has into the core: reads that build views and writes
that return the `Changes` they made. `Store` is the handle every one of them takes."""

from caseworker.store.store import Store

__all__ = ["Store"]
