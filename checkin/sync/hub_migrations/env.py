"""Alembic environment of the hub schema: runs on a connection handed in."""

from alembic import context

from checkin.sync.hub_schema import HubBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=HubBase.metadata)
with context.begin_transaction():
    context.run_migrations()
