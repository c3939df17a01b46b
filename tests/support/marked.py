"""Reading a marked CSV export: its protective marking is its first and last row."""

from __future__ import annotations

import csv
import io
from pathlib import Path


def read_marked_csv(path: Path) -> tuple[str, list[dict[str, str]]]:
    """(the marking, the rows as dicts); fails unless the first and last rows are the same
    single-cell marking."""
    lines = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(lines) >= 3, "a marked CSV has a marking, a header and a closing marking"
    first, last = lines[0], lines[-1]
    assert len(first) == 1 and first == last, (first, last)
    header, *rows = lines[1:-1]
    return first[0], [dict(zip(header, row, strict=True)) for row in rows]
