"""Alembic environment: runs on the connection `db.migrate` hands over, never from alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from db.models import Base

# Any number taken by the migration transaction: two first-time `quotes` processes on one
# PostgreSQL database then create the schema one after the other instead of racing.
_PG_LOCK_KEY = 7_141_705


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        context.run_migrations()


run_migrations_online()
