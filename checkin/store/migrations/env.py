"""Alembic environment: migrations always run on a connection handed in by
`checkin.store.connection`, never on a URL read from an ini file."""

from alembic import context

from checkin.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
)
with context.begin_transaction():
    context.run_migrations()
