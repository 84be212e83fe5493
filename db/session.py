"""Engine and sessions from a URL; the default is an SQLite file."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker



def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "quotes" / "quotes.db"


def resolve_url(url: str | None = None) -> str:
    """--db, else QUOTES_DB, else the default SQLite file. A bare path means SQLite."""
    url = url or os.environ.get("QUOTES_DB") or str(default_db_path())
    if "://" not in url:
        path = Path(url).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{path}"
    return url


def make_engine(url: str | None = None) -> Engine:
    url = resolve_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # WAL lets readers and one writer work at once; the busy timeout makes a
            # second ingest process wait for the lock instead of failing.
            dbapi_conn.isolation_level = None  # transactions are begun below, not by the driver
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn):
            # Take the write lock at BEGIN: a deferred transaction that reads, then writes,
            # fails at once with "database is locked" if another process wrote in between.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def init_db(engine: Engine) -> None:
    """Create the schema in a new database (through the migrations); refuse an outdated one."""
    from db.migrate import ensure_schema

    ensure_schema(engine)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
