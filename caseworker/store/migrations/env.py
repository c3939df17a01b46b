"""Alembic environment: runs on the connection the store hands over; never builds an engine."""

from __future__ import annotations

from alembic import context

from caseworker.store import models  # every model is imported so autogenerate sees it

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through caseworker.store.migrate, with an open store.")

context.configure(
    connection=connection,
    target_metadata=models.Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=models.managed_by_models,
)
with context.begin_transaction():
    context.run_migrations()
