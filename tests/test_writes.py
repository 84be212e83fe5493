"""Storing an article (db.writes): what a save stores (unchanged, replaced, one statement for a
phrase inside its report, nothing of an article whose save fails), what it sends, and two workers
saving the same article. Storing's cost is mostly Python per statement sent (BENCHMARKS.md, Speed);
the count is the figure machine noise does not move, so a save that starts sending more (a lookup
per quote, rows written one by one) shows here."""

from datetime import date

import pytest
from sqlalchemy import event

from db.repository import search
from db.store import ArticleStore
from db.writes import save_result
from db.session import init_db, make_engine
from quotes.types import Article, ArticleResult, Mention, Quote, Speaker, StanceTag
from tests.test_db import make_result, session
from quotes.store_rules import STORE_RULES


def quote(text: str, start: int, speaker: str, co: tuple[str, ...] = ()) -> Quote:
    end = start + len(text)
    return Quote(start=start, end=end, text=text, kind="direct", rule="direct:marks+cue-after", confidence=0.9,
                 speaker=speaker, side="RU", mention=Mention(speaker.split()[-1], end + 8, end + 20, "name"),
                 cue="sagen", stance=(StanceTag("threat", 0.8, "Folgen"), StanceTag("optimism", 0.4, "hoffen", False)),
                 co_speakers=tuple(Speaker(c, "US") for c in co))


def article(doc: str, day: int, quotes: tuple[Quote, ...]) -> ArticleResult:
    text = " ".join(f"„{q.text}“, sagte {q.speaker}." for q in quotes) + f" ({doc})"
    return ArticleResult(Article(doc=doc, text=text, source="dpa", published=date(2022, 1, day)), quotes)


@pytest.mark.parametrize("quotes, at_most", [
    # (quotes of the article, statements sent at most on SQLite / PostgreSQL: the lookups before
    # saving, the speaker lookups, the earlier reports, the inserts, the counters; SQLite also
    # sends its BEGIN, and inserts rows one by one where ids must come back in order)
    ((quote("Wir werden antworten", 1, "Sergej Rjabkow"),), (11, 10)),
    ((quote("Wir werden antworten", 1, "Sergej Rjabkow"), quote("Das ist klar", 40, "Sergej Rjabkow")), (13, 10)),
    ((quote("Wir reden weiter", 1, "Sergej Rjabkow", co=("Wendy Sherman",)),), (14, 13)),
])


def test_a_save_sends_a_few_statements_whatever_the_quotes(db_url, quotes, at_most):
    init_db(make_engine(db_url))
    save = ArticleStore(db_url, STORE_RULES)
    save(article("warm.txt", 1, (quote("Es wird kalt", 1, "Sergej Rjabkow"),)))  # the speaker is known now
    sent: list[str] = []
    event.listen(save.engine, "before_cursor_execute", lambda _c, _cur, statement, *_: sent.append(statement))
    status, n = save(article("a.txt", 2, quotes))
    assert (status, n) == ("added", len(quotes))
    assert len(sent) <= at_most[db_url.startswith("postgresql")], "\n".join(sent)
    assert not any(s.lstrip().upper().startswith("UPDATE QUOTES") for s in sent)  # rows written whole, not patched


def test_the_same_article_stored_by_two_workers_at_once_is_stored_once(db_url):
    """The second worker waits for the first's transaction (PostgreSQL: on the unique text hash;
    SQLite: on the write lock), then finds the article: `unchanged`, nothing doubled."""
    import threading

    from sqlalchemy import text

    from db.session import session_factory
    from db.writes import save_result

    engine = make_engine(db_url)
    init_db(engine)
    result = article("a.txt", 2, (quote("Wir werden antworten", 1, "Sergej Rjabkow"),))
    second: list = []
    with session_factory(engine, STORE_RULES)() as first:
        first.begin()
        assert save_result(first, result).status == "added"
        worker = threading.Thread(target=lambda: second.append(ArticleStore(db_url, STORE_RULES)(result)))
        worker.start()
        worker.join(1.0)
        assert worker.is_alive(), "the second save did not wait for the first transaction"
        first.commit()
    worker.join(30)
    assert second == [("unchanged", 0)]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar() == 1


# --- what a save stores -------------------------------------------------------------------------


def test_reingest_unchanged_adds_nothing(db_url):
    Session = session(db_url)
    r = make_result("a.txt", "„Wir kommen“, sagte Sergej Rjabkow.", "Sergej Rjabkow")
    with Session() as s, s.begin():
        assert save_result(s, r).status == "added"
    with Session() as s, s.begin():
        assert save_result(s, r).status == "unchanged"
    with Session() as s:
        assert len(search(s)) == 1


def test_changed_article_replaces_its_quotes(db_url):
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Wir kommen“, sagte Sergej Rjabkow.", "Sergej Rjabkow"))
    with Session() as s, s.begin():
        assert save_result(s, make_result("a.txt", "„Wir gehen“, sagte Sergej Rjabkow.", "Sergej Rjabkow")
                           ).status == "replaced"
    with Session() as s:
        rows = search(s)
        assert len(rows) == 1 and "gehen" in rows[0]["text"]


def test_phrase_inside_a_report_is_part_of_its_statement(db_url):
    Session = session(db_url)
    text = 'Johnson habe "Schwule beleidigt", sagte Nicola Sturgeon.'
    report = Quote(start=0, end=32, text=text[:32], kind="indirect", rule="indirect:frame-after+construction",
                   confidence=0.8, speaker="Nicola Sturgeon", side="OTHER", cue="sagen")
    phrase = Quote(start=14, end=31, text=text[14:31], kind="direct", rule="direct:short+inside", confidence=0.8,
                   speaker="Nicola Sturgeon", side="OTHER", cue="sagen")
    with Session() as s, s.begin():
        save_result(s, ArticleResult(Article(doc="a.txt", text=text, source="dpa", published=date(2022, 1, 10)),
                                     (report, phrase)))
    with Session() as s:
        rows = search(s, speaker="Sturgeon")
        assert len(rows) == 2 and rows[0]["statement_id"] == rows[1]["statement_id"] is not None
        assert len(search(s, speaker="Sturgeon", statements=True)) == 1


def test_a_headline_quotation_repeated_in_the_body_is_one_statement(db_url):
    Session = session(db_url)
    headline = quote("Wir werden keinen Zentimeter aufgeben", 11, "Wolodymyr Selenskyj")
    body = quote("Wir werden keinen Zentimeter unseres Landes aufgeben", 80, "Wolodymyr Selenskyj")
    other = quote("Die Front hält", 160, "Wolodymyr Selenskyj")
    with Session() as s, s.begin():
        save_result(s, article("a.txt", 10, (headline, body, other)))
    with Session() as s:
        rows = search(s, speaker="Selenskyj")
        ids = {r["text"]: r["statement_id"] for r in rows}
        assert ids[headline.text] == ids[body.text] != ids[other.text]
        assert len(search(s, speaker="Selenskyj", statements=True)) == 2


def test_article_store_saves_each_article_once(db_url):
    from db.store import ArticleStore

    session(db_url)
    save = ArticleStore(db_url, STORE_RULES)
    r = make_result("a.txt", "„Wir kommen“, sagte Sergej Rjabkow.", "Sergej Rjabkow")
    assert save(r) == ("added", 1)
    assert save(r) == ("unchanged", 0)


def test_a_database_error_fails_that_article_and_stores_none_of_it(tmp_path):
    from sqlalchemy import text

    from db.store import ArticleStore
    from quotes.engines import store

    url = f"sqlite:///{tmp_path / 'test.db'}"
    Session = session(url)
    with Session() as s, s.begin():
        s.execute(text("DROP TABLE stances"))  # the quote's stance tag cannot be written
    doc, status, n, problem = store(ArticleStore(url, STORE_RULES), make_result("a.txt", "„Wir kommen“, sagte Rjabkow.", "Rjabkow"))
    assert (doc, status, n) == ("a.txt", "failed", 0) and problem.startswith("not stored (") and "\n" not in problem
    with Session() as s:
        assert s.execute(text("SELECT count(*) FROM articles")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM quotes")).scalar() == 0
