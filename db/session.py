"""Engine and sessions from a URL; the default is an SQLite file. A session carries the store's rules
(`quotes.types.StoreRules`: who is the same person, which reports are one statement), which the caller
hands over: `db` imports nothing else of `quotes`."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.orm import Session, sessionmaker

from quotes.types import StoreRules


class _HintedSQLiteCompiler(SQLiteCompiler):
    """SQLite's statement compiler, rendering table hints (`INDEXED BY …` from `Select.with_hint`),
    which SQLAlchemy passes on for other databases only."""

    def get_from_hint_text(self, table, text):
        return text


def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "quotes" / "quotes.db"


class DatabaseMissing(Exception):
    """A command that only reads was pointed at a database that does not exist."""


def resolve_url(url: str | None = None, create: bool = True) -> str:
    """--db, else QUOTES_DB, else the default SQLite file. A bare path means SQLite.
    With `create` false, a missing SQLite file is an error instead of a new database."""
    url = url or os.environ.get("QUOTES_DB") or str(default_db_path())
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = Path(url.removeprefix("sqlite:///"))
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.exists():
            raise DatabaseMissing(f"no database at {path} (run `quotes ingest` first, or give --db)")
    return url


def make_engine(url: str | None = None, create: bool = True, write: bool = True, prepared: bool = False) -> Engine:
    """An engine for `url`; `write` false makes SQLite transactions deferred (readers share the
    file) instead of taking the write lock at BEGIN; `prepared` lets PostgreSQL keep the plans of
    statements run again and again (ingest: see db.store)."""
    url = resolve_url(url, create)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        engine.dialect.statement_compiler = _HintedSQLiteCompiler

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # WAL lets readers and one writer work at once; the busy timeout makes a
            # second ingest process wait for the lock instead of failing.
            dbapi_conn.isolation_level = None  # transactions are begun below, not by the driver
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            # with WAL, NORMAL syncs at checkpoints, not at every commit (SQLite's advice for WAL): a
            # crash never corrupts the file; a power cut may lose the last articles, which the
            # next ingest adds again (articles are keyed by their text's hash)
            cur.execute("PRAGMA synchronous=NORMAL")
            # reads through a memory map skip a system call and a copy per page: a topic
            # comparison reads tens of thousands of scattered quote rows (~25 % faster at 1M quotes)
            cur.execute("PRAGMA mmap_size=1073741824")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn):
            # Take the write lock at BEGIN: a deferred transaction that reads, then writes,
            # fails at once with "database is locked" if another process wrote in between.
            # Read-only work begins deferred, so readers do not queue behind each other.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    else:
        # psycopg prepares a statement run five times, and PostgreSQL may then switch it to a
        # generic plan: one plan for every side, word and period, 3-4x slower for some of them
        # (search --side UA --text W: 27 ms planned for the values, 230 ms generic). Storing
        # articles runs the same key lookups and inserts thousands of times, where a generic plan
        # is the plan and preparing saves the parsing and planning of each (~20 % of storing).
        connect_args = {"prepare_threshold": None} if url.startswith("postgresql+psycopg") and not prepared else {}
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    return engine


def init_db(engine: Engine, create: bool = True, rules: StoreRules | None = None) -> None:
    """Create the schema in a new database (through the migrations); refuse an outdated one.
    With `create` false, a database without the schema is an error, not created."""
    from db.migrate import current, ensure_schema

    if not create and current(engine) is None:
        raise DatabaseMissing(f"{engine.url.render_as_string(hide_password=True)} holds no quotes database "
                              "(run `quotes ingest` first)")
    ensure_schema(engine, rules)


def session_factory(engine: Engine, rules: StoreRules) -> sessionmaker[Session]:
    """Sessions that carry the store's rules (read by `rules_of`)."""
    return sessionmaker(engine, expire_on_commit=False, info={"rules": rules})


def rules_of(session: Session) -> StoreRules:
    """The rules the session was made with (`session_factory`)."""
    rules = session.info.get("rules")
    if rules is None:
        raise RuntimeError("this session carries no store rules: make it with db.session.session_factory(engine, rules)")
    return rules
