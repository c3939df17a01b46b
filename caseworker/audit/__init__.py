"""The append-only, hash-chained audit log: what was done, by whom, to whose record."""
