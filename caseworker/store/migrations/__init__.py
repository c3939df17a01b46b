"""Alembic migrations of the store schema (date-prefixed revisions, batch mode for SQLite)."""
