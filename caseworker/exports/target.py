"""Where an export may be written: a new or regular file in a folder that exists.

Exports hold personal data, so the target is checked before anything is produced: a device
(`/dev/full`), a directory, a missing folder (never created behind the user's back) or an
existing file without `force` is refused with what to do. A full disk or a refused write is
reported in words; the atomic write leaves no partial file behind."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from caseworker.errors import CaseworkerError
from caseworker.fileio import write_atomic


class ExportTargetRefused(CaseworkerError):
    """The export's target is not somewhere an export may be written."""

    code = "export_refused"


class ExportWriteFailed(CaseworkerError):
    """The export could not be written (a full disk, no permission): nothing was left."""

    code = "export_failed"


def checked_target(path: Path, *, force: bool) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportTargetRefused(
            "The folder {folder} does not exist.",
            hint="Create it first, or choose another.",
            folder=folder,
        )
    try:
        info = path.stat()
    except FileNotFoundError:
        return path
    if stat.S_ISDIR(info.st_mode):
        raise ExportTargetRefused(
            "{path} is a folder.",
            hint="Give a file name inside it, such as chronology.csv.",
            path=path,
        )
    if not stat.S_ISREG(info.st_mode):
        raise ExportTargetRefused(
            "{path} is not an ordinary file (a device or a pipe), so nothing was written.",
            hint="Choose a file in a folder of yours.",
            path=path,
        )
    if not force:
        raise ExportTargetRefused(
            "{path} already exists.",
            hint="Choose another name, or give --force to replace it.",
            path=path,
        )
    return path


def write_export(path: Path, data: bytes, *, force: bool) -> None:
    checked_target(path, force=force)
    try:
        write_atomic(path, data)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise ExportWriteFailed(
                "The disk holding {path_parent} is full, so the export was not written.",
                hint="Free some space or choose another place; nothing was left behind.",
                path_parent=path.parent,
            ) from None
        raise ExportWriteFailed(
            "The export could not be written to {path} ({value}).",
            hint="Check you may write there, or choose another place.",
            path=path,
            value=exc.strerror or type(exc).__name__,
        ) from None
