"""Schema versions with Alembic: create, check and upgrade a database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from quotes.types import StoreRules

_SCRIPTS = str(Path(__file__).with_name("migrations"))
# Databases made by quotes 0.1 (before migrations) have these tables and no alembic_version.
_BASELINE = "0001"


class SchemaOutdated(RuntimeError):
    """The database was created by an older version and needs `quotes db upgrade`."""


def _config(connection, rules: StoreRules | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", _SCRIPTS)
    cfg.attributes["connection"] = connection
    cfg.attributes["rules"] = rules  # for a data step that recomputes speaker keys (0013)
    return cfg


def head() -> str:
    return ScriptDirectory.from_config(_config(None)).get_current_head()


def current(engine: Engine) -> str | None:
    """The revision the database is at; the baseline for a pre-migration database; None when empty."""
    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        if rev is None and inspect(conn).has_table("quotes"):
            return _BASELINE
        return rev


def upgrade(engine: Engine, revision: str = "head", rules: StoreRules | None = None) -> tuple[str | None, str]:
    """Bring the schema to `revision`; returns (from, to). Data is kept (a database holding speakers
    needs the store's `rules` to pass revision 0013)."""
    before = current(engine)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it and dropping the old one; with foreign keys
            # on, that DROP would cascade into the rows that point at it. The pragma only
            # takes effect outside a transaction, hence the driver connection.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg = _config(conn, rules)
            if before == _BASELINE and MigrationContext.configure(conn).get_current_revision() is None:
                command.stamp(cfg, _BASELINE)
            command.upgrade(cfg, revision)
            conn.commit()
        finally:
            if sqlite:
                conn.rollback()
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    return before, current(engine)


def ensure_schema(engine: Engine, rules: StoreRules | None = None) -> None:
    """Create the schema in an empty database; refuse to work on an older one."""
    rev = current(engine)
    if rev is None:
        upgrade(engine, rules=rules)
    elif rev != head():
        raise SchemaOutdated(f"the database schema is at revision {rev}, this version needs {head()}: "
                             "run `quotes db upgrade` (back the database up first)")
