"""The kept stance counters (db/rollup.py) stay equal to a recount from the quotes through every
kind of write, on SQLite and PostgreSQL; compare reads the same figures from them as from the quotes."""

from datetime import date

import pytest

from sqlalchemy import func, select

from db import rollup, words
from db.models import QuoteRow, StanceRow
from db.compare import _counts_from_quotes, _counts_kept, compare
from db.repository import get_quote, search, stance_mask
from db.writes import fix_quote, save_result
from db.speakers import apply_speaker_entries, list_speakers, merge_speakers, set_speaker_side
from db.session import init_db, make_engine, session_factory
from quotes.corrections import SpeakerEntry
from quotes.types import Article, ArticleResult, Mention, Quote, StanceTag
from quotes.store_rules import STORE_RULES

THREAT = stance_mask(["threat"])
SAID = "Die Nato darf sich nicht weiter nach Osten ausdehnen, das ist eine rote Linie"


def result(doc, quotes, source="dpa", published=date(2022, 1, 10)):
    """An article whose quotes are (text, speaker, side, labels, confident)."""
    text = " ".join(f"„{t}“, sagte {spk}." for t, spk, *_ in quotes) + f" ({source})"
    rows, at = [], 0
    for t, spk, side, labels, confident in quotes:
        start = text.index(t, at)
        at = start + len(t)
        rows.append(Quote(start=start, end=at, text=t, kind="direct", rule="test", confidence=0.9, speaker=spk,
                          side=side, mention=Mention(spk.split()[-1], at + 8, at + 8 + len(spk), "name"), cue="sagen",
                          stance=tuple(StanceTag(label, _score(t, confident), "", confident) for label in labels)))
    return ArticleResult(Article(doc=doc, text=text, source=source, published=published), tuple(rows))


def _score(text, confident):
    """Distinct scores, so that every cell has one strongest tag."""
    return (0.5 if confident else 0.2) + (sum(map(ord, text)) % 997) / 4000


def assert_kept(s):
    # tags carry their quote's speaker
    assert s.execute(select(func.count()).select_from(StanceRow).join(QuoteRow, QuoteRow.id == StanceRow.quote_id)
                     .where(StanceRow.speaker_id.is_distinct_from(QuoteRow.speaker_id))).scalar() == 0
    kept = rollup.snapshot(s)
    rollup.rebuild(s)
    assert kept == rollup.snapshot(s)
    if s.get_bind().dialect.name == "postgresql":  # the word postings, kept by a trigger
        postings = words.snapshot(s)
        words.rebuild(s)
        assert postings == words.snapshot(s) and postings
    return kept


@pytest.fixture
def Session(db_url):
    engine = make_engine(db_url)
    init_db(engine)
    return session_factory(engine, STORE_RULES)


def test_counters_follow_every_kind_of_write(Session):
    with Session() as s, s.begin():
        # one statement reported by three outlets on two days; a speaker first seen without a side
        save_result(s, result("a.txt", [(SAID, "Sergej Lawrow", "RU", ["threat"], True),
                                        ("Wir sind zu Gesprächen bereit", "Wendy Sherman", "US", ["concession"], False),
                                        ("Das Wetter ist schön heute", "Hans Meier", None, [], True)]))
        save_result(s, result("b.txt", [(SAID, "Sergej Lawrow", "RU", ["threat"], True)], source="ZDF"))
        save_result(s, result("c.txt", [(SAID, "Sergej Lawrow", "RU", [], True)], source="RT DE",
                              published=date(2022, 1, 11)))
        save_result(s, result("d.txt", [("Ohne Datum gesagt", "Jens Stoltenberg", "NATO", ["optimism"], True)],
                              published=None))
        kept = assert_kept(s)
        assert kept["side", "RU", rollup.ALL_DAYS, THREAT, 0] == (2, 1)  # two reports, one statement
        assert kept["side", "RU", rollup.ALL_DAYS, 0, 0] == (1, 0)
    with Session() as s, s.begin():
        # the first report's article changes: the statement now counts at the next report
        save_result(s, result("a.txt", [("Wir sind zu Gesprächen bereit", "Wendy Sherman", "US", [], True),
                                        ("Das Wetter ist schön morgen", "Hans Meier", "OTHER", [], True)]))
        kept = assert_kept(s)
        assert kept["side", "RU", rollup.ALL_DAYS, THREAT, 0] == (1, 1)
    with Session() as s, s.begin():
        # a later article gives the side-less speaker a side: his counters move with him
        save_result(s, result("e.txt", [("Wir verhandeln weiter", "Hans Meier", "EU", ["optimism"], True)]))
        assert_kept(s)
    with Session() as s, s.begin():
        rows = {r["text"]: r["id"] for r in search(s, limit=None)}
        fix_quote(s, rows["Ohne Datum gesagt"], speaker="Sergej Lawrow")
        assert_kept(s)
        fix_quote(s, rows["Wir verhandeln weiter"], not_a_quote=True)
        assert_kept(s)
    with Session() as s, s.begin():
        speakers = {r["name"]: r["id"] for r in list_speakers(s)}
        set_speaker_side(s, speakers["Wendy Sherman"], "EU")
        assert_kept(s)
        merge_speakers(s, speakers["Hans Meier"], speakers["Sergej Lawrow"])
        assert_kept(s)
        apply_speaker_entries(s, [SpeakerEntry("Wendy Sherman", "US", ("W. Sherman",))])
        assert_kept(s)


def test_compare_reads_the_same_counts_as_a_recount(Session):
    with Session() as s, s.begin():
        for i in range(12):
            side = ["RU", "US", "NATO"][i % 3]
            save_result(s, result(f"{i}.txt", [
                (f"Satz Nummer {i} über die Lage", f"Anna Sprecherin{i % 4}", side, [["threat"], [], ["optimism", "threat"]][i % 3], i % 2 == 0),
                (f"Noch ein Satz {i} zur Sache", f"Olaf Redner{i % 5}", "EU", ["concession"] if i % 4 else [], True)],
                source=["dpa", "ZDF", "taz"][i % 3], published=date(2022, 1, 1 + i)))
    with Session() as s:
        for by in ("side", "source", "speaker"):
            for borderline in (False, True):
                assert _counts_kept(s, by, None, None, False, borderline) == \
                    _counts_from_quotes(s, by, None, None, None, False, borderline)
                period = (date(2022, 1, 3), date(2022, 1, 8))
                assert _counts_kept(s, by, *period, False, borderline) == \
                    _counts_from_quotes(s, by, *period, None, False, borderline)
                # a one-word topic is read from the word postings on PostgreSQL: the same counts
                for topic in ("Lage", "Sätze", "Satz", "Nummer 3", "die"):
                    for statements in (False, True):
                        assert _counts_from_quotes(s, by, None, period[1], topic, statements, borderline) == \
                            _counts_from_quotes(s, by, None, period[1], topic, statements, borderline, postings=False)
        # the example of a cell is its strongest tag, by every path that finds one
        for by, kw in (("speaker", {}), ("side", {}), ("source", {}), ("speaker", {"since": date(2022, 1, 2)}),
                       ("side", {"topic": "Lage"}), ("speaker", {"topic": "Satz"}), ("source", {"topic": "Sache"})):
            searched = {"text" if k == "topic" else k: v for k, v in kw.items()}
            for row in compare(s, by=by, **kw):
                for label in ("threat", "optimism", "concession"):
                    if row[label]:
                        tags = [r for r in search(s, limit=None, stance=label, **searched)
                                if r[{"speaker": "speaker", "side": "side", "source": "source"}[by]] == row["group"]]
                        best = max(tags, key=lambda r: next(t["score"] for t in get_quote(s, r["id"])["stances"]
                                                            if t["label"] == label))
                        assert row[f"{label}_example"] == best["text"], (by, row["group"], label)
        rows = {r["group"]: r for r in compare(s, by="side", topic="Lage")}
        assert rows["RU"]["quotes"] == len(search(s, side="RU", text="Lage", limit=None)) > 0
        assert rows["RU"]["threat"] == len(search(s, side="RU", stance="threat", text="Lage", limit=None)) > 0
        rows = {r["group"]: r for r in compare(s, by="side", until=date(2022, 1, 6))}
        assert rows["RU"]["quotes"] == len(search(s, side="RU", until=date(2022, 1, 6), limit=None)) > 0
        assert rows["RU"]["threat"] == len(search(s, side="RU", stance="threat", until=date(2022, 1, 6), limit=None)) > 0


def test_upgrade_fills_the_counters_from_stored_quotes(tmp_path):
    from db.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    upgrade(engine, "0008", STORE_RULES)
    Session = session_factory(engine, STORE_RULES)
    with Session() as s, s.begin():
        # written by the code of revision 0008: no counters kept
        from sqlalchemy import text
        s.execute(text("INSERT INTO articles (id, doc, source, published, text, content_hash, ingested_at) "
                       "VALUES (1, 'a.txt', 'dpa', '2022-01-10', 'x', 'h', '2022-01-10 10:00:00')"))
        s.execute(text("INSERT INTO quotes (article_id, text, kind, start, \"end\", rule, confidence, stance_mask, "
                       "borderline_mask, published) VALUES (1, 'Satz', 'direct', 0, 4, 'r', 0.9, 2, 0, '2022-01-10')"))
    upgrade(engine, rules=STORE_RULES)
    with Session() as s:
        kept = rollup.snapshot(s)
        assert kept["source", "dpa", date(2022, 1, 10), THREAT, 0] == (1, 1)
        assert kept["side", "", rollup.ALL_DAYS, THREAT, 0] == (1, 1)
