"""The data-flow register for the current profile, and its CSV export (audited)."""

from __future__ import annotations

from pathlib import Path

from caseworker.audit.log import record
from caseworker.fileio import write_atomic
from caseworker.insight.register import RegisterRow, register, register_csv
from caseworker.profile import require_profile
from caseworker.store.store import Store


def load_register(store: Store) -> list[RegisterRow]:
    with store.session() as session:
        return register(session, require_profile(session).viewer)


def export_register(store: Store, path: Path) -> int:
    """Write the register to `path` as CSV, owner-only; the export is audited. Its rows."""
    rows = load_register(store)
    record(store, "export", what="register", format="csv", rows=len(rows))
    write_atomic(path, register_csv(rows).encode("utf-8"))
    return len(rows)
