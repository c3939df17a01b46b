"""One statement over many rows, in slices that let the window's thread in between them.

The SQLite driver lets go of the interpreter lock while SQLite works on each row, and takes
it straight back for the next: the window's thread, woken each time, almost never wins the
race. One `executemany` of a sync's 20,000 rows therefore kept the window from repainting
for as long as it ran, up to 300 ms at a million records, where every row's index entries
land on pages that must be read and decrypted (docs/performance.md). Between two slices the
interpreter runs Python again, and there it hands the lock over to a thread that has asked
for it. A slice of SLICE rows takes a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Executable

SLICE = 500


def execute_many(
    connection: Connection, statement: Executable, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Run `statement` once per row of `rows`, SLICE rows to each call."""
    for start in range(0, len(rows), SLICE):
        connection.execute(statement, rows[start : start + SLICE])
