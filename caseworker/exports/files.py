"""Writing an export: atomically (never half a file) and readable by its owner only."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` with mode 0600, via a temporary file in the same folder, so a
    crash or a full disk leaves either the old file or the new one, never a part."""
    folder = path.resolve().parent
    handle, temp = tempfile.mkstemp(prefix=".caseworker-export-", dir=folder)
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
