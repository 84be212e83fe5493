"""Schema migrations: a database made by quotes 0.1 upgrades without losing data, on both backends."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from db.migrate import SchemaOutdated, current, ensure_schema, head, upgrade
from db.models import Base
from db.repository import search
from db.speakers import list_speakers
from db.session import make_engine, session_factory
from quotes.store_rules import STORE_RULES


def make_v01_database(url: str):
    """The 0.1 layout with one article, quote and stance, and no alembic_version (0.1 had none)."""
    engine = make_engine(url)
    upgrade(engine, "0001", STORE_RULES)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("INSERT INTO articles (id, doc, source, text, content_hash, ingested_at) "
                          "VALUES (1, 'a.txt', 'dpa', :t, 'h1', CURRENT_TIMESTAMP)"),
                     {"t": "„Wir machen Zugeständnisse“, sagte Rjabkow."})
        conn.execute(text("INSERT INTO speakers (id, name, key, last_key, side) "
                          "VALUES (1, 'Sergej Rjabkow', 'sergei riabkov', 'riabkov', 'RU')"))
        conn.execute(text('INSERT INTO quotes (id, article_id, speaker_id, text, kind, start, "end", rule, confidence) '
                          "VALUES (1, 1, 1, 'Wir machen Zugeständnisse', 'direct', 1, 26, 'direct:marks', 0.9)"))
        conn.execute(text("INSERT INTO stances (quote_id, label, score, evidence) "
                          "VALUES (1, 'concession', 0.8, 'Zugeständnisse')"))
    return engine


def test_v01_database_is_refused_then_upgraded_with_its_data(db_url):
    engine = make_v01_database(db_url)
    assert current(engine) == "0001"
    with pytest.raises(SchemaOutdated, match="quotes db upgrade"):
        ensure_schema(engine, STORE_RULES)
    assert upgrade(engine, rules=STORE_RULES) == ("0001", head())
    ensure_schema(engine, STORE_RULES)
    with session_factory(engine, STORE_RULES)() as s:
        rows = search(s, speaker="Rjabkow")
        assert [(r["text"], r["side"], r["stance"]) for r in rows] == [("Wir machen Zugeständnisse", "RU",
                                                                        ["concession"])]
        # the full-text index covers rows written before it existed
        assert [r["id"] for r in search(s, text="Zugeständnis")] == [1]
        assert list_speakers(s)[0]["quotes"] == 1  # the count column is filled from existing quotes


def test_speaker_keys_are_folded_anew(db_url):
    """0013: keys stored with the old folding (`tsch` → `tsh`) meet the English spelling after the upgrade."""
    engine = make_engine(db_url)
    upgrade(engine, "0012", STORE_RULES)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO speakers (id, name, key, last_key, side) "
                          "VALUES (1, 'Witali Klitschko', 'vitali klitshko', 'klitshko', 'UA')"))
        conn.execute(text("INSERT INTO speaker_aliases (id, speaker_id, alias, key) VALUES (1, 1, 'Klitschko', 'klitshko')"))
    upgrade(engine, rules=STORE_RULES)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT key, last_key FROM speakers")).one() == ("vitali klichko", "klichko")
        assert conn.execute(text("SELECT key FROM speaker_aliases")).scalar() == "klichko"


def test_recomputing_speaker_keys_needs_the_store_rules(db_url):
    """0013 on a database holding speakers, without the rules `db` cannot import: one clear error."""
    engine = make_engine(db_url)
    upgrade(engine, "0012")  # (an empty database needs no rules)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO speakers (id, name, key, last_key, side) "
                          "VALUES (1, 'Witali Klitschko', 'vitali klitshko', 'klitshko', 'UA')"))
    with pytest.raises(RuntimeError, match="store's rules"):
        upgrade(engine)
    assert current(engine) == "0012"


def test_upgrade_twice_changes_nothing(db_url):
    engine = make_engine(db_url)
    assert upgrade(engine, rules=STORE_RULES) == (None, head())
    assert upgrade(engine, rules=STORE_RULES) == (head(), head())


# Alembic cannot compare expression indexes (ix_articles_source_lower on lower(source)) and says so
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_match_the_migrations(db_url):
    engine = make_engine(db_url)
    upgrade(engine, rules=STORE_RULES)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # the full-text structures (FTS5 tables, the GIN index, PostgreSQL's word postings) are created by the
    # migration only, on purpose
    # ix_quotes_newest needs per-dialect DDL (NULLS LAST), so it lives in the migration only too, as
    # does ix_quotes_matched (SQLite only: PostgreSQL has the word postings)
    def migration_only(d):
        if d[0] in ("remove_table", "remove_index"):
            return "_fts" in d[1].name or d[1].name in ("ix_quotes_newest", "ix_quotes_speaker_newest", "ix_quotes_text_tsv",
                                                         "quote_words", "ix_quote_words", "ix_quotes_matched")
        if d[0] in ("remove_fk", "add_fk") and engine.dialect.name == "sqlite":
            # SQLite's reflection reads neither the name nor ON DELETE of a foreign key added with
            # ALTER TABLE ADD COLUMN (0009); the database has both
            return d[1].table.name == "stances" and [c.name for c in d[1].columns] == ["speaker_id"]
        return d[0] == "remove_column" and d[3].name == "text_tsv"  # PostgreSQL's stored tsvector

    assert [d for d in diff if not migration_only(d)] == []
    if engine.dialect.name == "sqlite":
        assert inspect(engine).has_table("quotes_fts")


def test_cli_refuses_old_database_then_upgrades_it(db_url):
    from quotes.cli import app

    make_v01_database(db_url).dispose()
    runner = CliRunner()
    res = runner.invoke(app, ["--db", db_url, "search", "--speaker", "Rjabkow"])
    assert res.exit_code == 1 and "quotes db upgrade" in res.output
    res = runner.invoke(app, ["--db", db_url, "db"])
    assert res.exit_code == 0 and "schema revision: 0001" in res.output
    res = runner.invoke(app, ["--db", db_url, "db", "upgrade"])
    assert res.exit_code == 0 and f"0001 -> {head()}" in res.output
    res = runner.invoke(app, ["--db", db_url, "search", "--text", "Zugeständnisse", "--format", "json"])
    assert res.exit_code == 0 and "Rjabkow" in res.output


def test_outlet_lookup_has_its_index(tmp_path):
    """`search --source` matches `lower(source)`; migration 0010 indexes exactly that expression."""
    engine = make_engine(f"sqlite:///{tmp_path / 'q.db'}")
    upgrade(engine, rules=STORE_RULES)
    with engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE lower(source) = 'dpa'")))
    assert "ix_articles_source_lower" in plan


def test_a_topics_quotes_and_tags_are_read_from_covering_indexes(tmp_path):
    """`compare --topic` on SQLite: the matches' counted columns from ix_quotes_matched (0012, named
    by the query), their tags from the stance index alone — never the wide rows."""
    from db.compare import _matched
    from db.models import QuoteRow
    from db.session import session_factory

    engine = make_engine(f"sqlite:///{tmp_path / 'q.db'}")
    upgrade(engine, rules=STORE_RULES)
    with session_factory(engine, STORE_RULES)() as session:
        stmt = _matched(session, QuoteRow.speaker_id, None, None, "Nato")
        sql = str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(r[-1]) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
        assert "COVERING INDEX ix_quotes_matched" in plan
        plan = " ".join(str(r[-1]) for r in session.execute(text(
            "EXPLAIN QUERY PLAN SELECT quote_id, label, score FROM stances WHERE quote_id IN (1, 2) AND confident IS 1")))
        assert "COVERING INDEX ix_stances_quote_id" in plan
