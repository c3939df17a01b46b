"""Where a window export goes, and writing it: one way for every export in the window.

`choose_target` asks where (proposing the user's Documents folder, not the program's), lets
the save dialog ask before replacing a file, and checks the answer at once: a folder, a
device or a missing folder is refused in words before anything is produced. `write_released`
writes an export that has been recorded as attempted, on the store worker, through
caseworker.exports.audited: atomic, owner-only, recorded as written or failed, and a full
disk or a refused place shown in words over the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QFileDialog, QWidget

from caseworker.errors import CaseworkerError
from caseworker.services.exporting import Release, checked_target, deliver
from ui.context import Context
from ui.errors import show_error


def document_name(what: str, person: str, suffix: str, today: date | None = None) -> str:
    """A file name that says what it is, about whom and when: "Chronology - Ada Test -
    2026-12-02.pdf" (characters a file system refuses are left out)."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", person).strip(" .") or "person"
    return f"{what} - {safe} - {(today or date.today()).isoformat()}{suffix}"


def suggested(name: str) -> str:
    """`name` in the user's Documents folder (or home, where there is none)."""
    folder = Path(platformdirs.user_documents_dir())
    return str((folder if folder.is_dir() else Path.home()) / name)


def choose_target(
    parent: QWidget, title: str, name: str, formats: str, path: Path | None = None
) -> Path | None:
    """Where to write, checked; None when the user cancels or the place is refused (the
    refusal is shown). A given `path` (tests, scripts) is checked the same way."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested(name), formats)
        if not chosen:
            return None
        path = Path(chosen)
    try:
        # The save dialog has asked before replacing a file: the user's answer is the force.
        return checked_target(path, force=True)
    except CaseworkerError as error:
        show_error(parent, error)
        return None


def write_released(
    ctx: Context, leaving: Release, path: Path, data: bytes, done: Callable[[], None]
) -> None:
    """Write `data` to `path` on the store worker and record it written or failed; `done` on
    the GUI thread once the file is in place, an error shown over the window otherwise."""
    store = ctx.store
    ctx.read(lambda: deliver(store, leaving, path, data, force=True), lambda _: done())
