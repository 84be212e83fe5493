"""Word postings of quotes (PostgreSQL only): one row per distinct lexeme of a quote's stored
tsvector, with the columns `compare --topic` counts (speaker, outlet, date, statement, stance bits).

Counting a common word's quotes through the GIN index visits every heap page holding one of them
(a quarter of the quotes table for a word in 2.6 % of 1M quotes: ~23k pages); the postings of a
word are adjacent entries of one B-tree index that carries the counted columns, so the same count
is an index-only scan of a few hundred pages. A trigger on `quotes` keeps the postings in step with
every insert, update and delete (cascades included), so no write path has to know about them.
SQLite has no such table: its FTS5 index answers the same counts fast enough.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

TABLE = "quote_words"

# columns copied from quotes, in the order of the table
_COPIED = ("article_id", "speaker_id", "published", "start", "statement_id", "stance_mask", "borderline_mask")

# (lexeme, quote_id) finds a quote's postings when it changes; the rest rides along for index-only counts
_INDEX = f"CREATE INDEX ix_{TABLE} ON {TABLE} (lexeme, quote_id) INCLUDE ({', '.join(_COPIED)})"

CREATE = [
    f"""CREATE TABLE {TABLE} (lexeme text NOT NULL, quote_id integer NOT NULL, article_id integer NOT NULL,
        speaker_id integer, published date, start integer NOT NULL, statement_id integer,
        stance_mask integer NOT NULL, borderline_mask integer NOT NULL)""",
    _INDEX,
    f"""CREATE FUNCTION {TABLE}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM {TABLE} WHERE lexeme = ANY(tsvector_to_array(OLD.text_tsv)) AND quote_id = OLD.id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO {TABLE} SELECT w, NEW.id, {', '.join('NEW.' + c for c in _COPIED)}
            FROM unnest(tsvector_to_array(NEW.text_tsv)) AS w;
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER {TABLE}_sync AFTER INSERT OR DELETE OR UPDATE OF text, {', '.join(_COPIED)}
        ON quotes FOR EACH ROW EXECUTE FUNCTION {TABLE}_sync()""",
]

DROP = [f"DROP TRIGGER IF EXISTS {TABLE}_sync ON quotes", f"DROP FUNCTION IF EXISTS {TABLE}_sync()",
        f"DROP TABLE IF EXISTS {TABLE}"]

_FILL = (f"INSERT INTO {TABLE} SELECT w, id, {', '.join(_COPIED)} "
         "FROM quotes, unnest(tsvector_to_array(text_tsv)) AS w")

POSTINGS = table(TABLE, column("lexeme"), column("quote_id"), *[column(c) for c in _COPIED])


def rebuild(conn: Connection | Session) -> None:
    """Recompute every posting from the quotes (the migration and bulk loads use it)."""
    conn.execute(text(f"TRUNCATE {TABLE}"))
    # an index built after the rows is several times faster than one kept up row by row
    conn.execute(text(f"DROP INDEX ix_{TABLE}"))
    conn.execute(text(_FILL))
    conn.execute(text(_INDEX))


def lexeme(session: Session, word: str) -> str | None:
    """The one lexeme PostgreSQL's German configuration makes of `word`, or None (a stop word, or
    a token it splits into several)."""
    found = session.scalar(select(func.tsvector_to_array(func.to_tsvector(literal_column("'german'::regconfig"), word))))
    return found[0] if found and len(found) == 1 else None


def _holding(lexeme: str, since: date | None, until: date | None, *columns):
    """`columns` of the postings of `lexeme` in the period."""
    p = POSTINGS.c
    stmt = select(*columns).where(p.lexeme == lexeme)
    if since:
        stmt = stmt.where(p.published >= since)
    if until:
        stmt = stmt.where(p.published <= until)
    return stmt


def matching(lexeme: str, key: str, since: date | None, until: date | None):
    """(id, k, sm, bm, st) of the quotes holding `lexeme` in the period, `k` being the quote's
    `key` column (speaker_id or article_id) — the columns `compare` groups and counts."""
    p = POSTINGS.c
    return _holding(lexeme, since, until, p.quote_id.label("id"), p[key].label("k"), p.stance_mask.label("sm"),
                    p.borderline_mask.label("bm"), p.statement_id.label("st"))


def newest(lexeme: str, since: date | None, until: date | None):
    """(id, published, article_id, start) of the quotes holding `lexeme` in the period, in the
    order of `search` (add filters on POSTINGS.c and a limit)."""
    p = POSTINGS.c
    return _holding(lexeme, since, until, p.quote_id.label("id"), p.published, p.article_id, p.start).order_by(
        p.published.desc().nulls_last(), p.article_id.desc(), p.start)


def snapshot(session: Session) -> list[tuple]:
    """Every posting, sorted (tests compare the kept postings with a rebuild)."""
    return sorted(tuple(r) for r in session.execute(select(POSTINGS)))
