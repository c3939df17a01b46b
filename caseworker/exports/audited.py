"""Every export, from the window or the command line, recorded as attempted and then as written
or failed.

An export is personal data leaving the encrypted store, so the log says so before the file
exists (`attempt`): a process killed half way still leaves the release on record. Then
`deliver` writes the file through caseworker.exports.target (a regular or new file in a
folder that exists, atomic, owner-only) and records what became of it: written, or failed
with the reason's code (a full disk, a refused target). An export that failed is never
recorded as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseworker.audit.log import record
from caseworker.errors import CaseworkerError
from caseworker.exports.target import write_export
from caseworker.store.store import Store

STAGES = ("attempted", "written", "failed")


@dataclass(frozen=True)
class Release:
    """What is leaving: the kind of document, its format, whom it is about and its size."""

    what: str  # chronology | sar | register | outcomes | consent_words
    format: str  # csv | html | pdf
    citizen_id: int | None = None
    entries: int | None = None

    def detail(self) -> dict[str, Any]:
        detail: dict[str, Any] = {"what": self.what, "format": self.format}
        if self.entries is not None:
            detail["entries"] = self.entries
        return detail


def attempt(store: Store, release: Release) -> None:
    """Record that `release` is about to leave the store (before anything is written)."""
    record(store, "export", citizen_id=release.citizen_id, stage="attempted", **release.detail())


def deliver(store: Store, release: Release, path: Path, data: bytes, *, force: bool) -> None:
    """Write an attempted export to `path` and record whether it was written or failed; a
    failure is raised again (ExportTargetRefused or ExportWriteFailed, in words)."""
    try:
        write_export(path, data, force=force)
    except CaseworkerError as exc:
        record(
            store,
            "export",
            citizen_id=release.citizen_id,
            stage="failed",
            problem=exc.code,
            **release.detail(),
        )
        raise
    record(store, "export", citizen_id=release.citizen_id, stage="written", **release.detail())
