"""Alembic environment: runs inside the process that opened the store, on the connection it passes in."""

from alembic import context

from notifier.delivery.store import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the notifier migrates programmatically: open the store with store.open_engine")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
