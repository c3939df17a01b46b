"""Cooperative cancellation: long loops check the token between partner pages."""

from __future__ import annotations

import threading


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> None:
        """Sleep for `seconds`, or less if cancelled meanwhile: a retry's back-off (up to a
        partner's Retry-After) never keeps a closing window waiting."""
        self._event.wait(max(0.0, seconds))
