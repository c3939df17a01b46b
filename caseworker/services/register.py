"""The data-flow register for the current profile, and its CSV export (audited)."""

from __future__ import annotations

from pathlib import Path

from caseworker.exports.audited import Release, attempt, deliver
from caseworker.exports.target import checked_target
from caseworker.insight.register import RegisterRow, register, register_csv
from caseworker.profile import require_profile
from caseworker.store.store import Store
from caseworker.words import ENGLISH, Words


def load_register(store: Store) -> list[RegisterRow]:
    with store.session() as session:
        return register(session, require_profile(session).viewer)


def export_register(store: Store, path: Path, *, force: bool = False, say: Words = ENGLISH) -> int:
    """Write the register to `path` as CSV (headers and words in the language of `say`),
    owner-only; audited as attempted, then as written or failed. Returns how many rows."""
    checked_target(path, force=force)
    rows = load_register(store)
    leaving = Release("register", "csv", entries=len(rows))
    attempt(store, leaving)
    deliver(store, leaving, path, register_csv(rows, say).encode("utf-8"), force=force)
    return len(rows)
