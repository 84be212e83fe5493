"""Database layer on a temporary SQLite file."""

from datetime import date

import pytest

from db.repository import get_quote, search
from db.writes import save_result
from db.speakers import list_speakers
from db.session import init_db, make_engine, session_factory
from quotes.types import Article, ArticleResult, Mention, Quote, Speaker, StanceTag
from quotes.store_rules import STORE_RULES


def make_result(doc, text, speaker, source="dpa", side="RU", published=date(2022, 1, 10)):
    q = Quote(start=1, end=10, text=text[1:10], kind="direct", rule="direct:marks+cue-after", confidence=0.9,
              speaker=speaker, side=side, mention=Mention(speaker.split()[-1], 20, 30, "name"), cue="sagen",
              stance=(StanceTag("threat", 0.8, "Folgen"),))
    return ArticleResult(Article(doc=doc, text=text, source=source, published=published), (q,))


def session(db_url):
    engine = make_engine(db_url)
    init_db(engine)
    return session_factory(engine, STORE_RULES)


def test_a_session_without_the_store_rules_says_so(db_url):
    from sqlalchemy.orm import sessionmaker
    engine = make_engine(db_url)
    init_db(engine)
    with sessionmaker(engine)() as s, s.begin(), pytest.raises(RuntimeError, match="session_factory"):
        save_result(s, make_result("a.txt", "„Wir kommen“, sagte Rjabkow.", "Sergej Rjabkow"))


def test_spellings_from_outlets_merge_into_one_speaker(db_url):
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Sergej Rjabkow.", "Sergej Rjabkow", "dpa"))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte Sergei Ryabkov.", "Sergei Ryabkov", "RT DE"))
        save_result(s, make_result("c.txt", "„Sieben acht neun“, sagte Rjabkow.", "Rjabkow", "ZDF"))
    with Session() as s:
        rows = search(s, speaker="Rjabkow")
        assert {r["source"] for r in rows} == {"dpa", "RT DE", "ZDF"}
        assert len({r["speaker"] for r in rows}) == 1
        speakers = list_speakers(s)
        assert len(speakers) == 1 and speakers[0]["quotes"] == 3


def test_first_names_transliterated_apart_merge_into_one_speaker(db_url):
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Olexander Syrskyj.", "Olexander Syrskyj", "dpa"))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte Oleksandr Syrskyi.", "Oleksandr Syrskyi", "ZDF"))
        save_result(s, make_result("c.txt", "„Sieben acht neun“, sagte Olena Syrskyj.", "Olena Syrskyj", "ZDF"))
    with Session() as s:
        assert sorted(r["quotes"] for r in list_speakers(s)) == [1, 2]


def test_search_filters_and_show(db_url):
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Wendy Sherman.", "Wendy Sherman", side="US",
                                   published=date(2022, 1, 10)))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte Dmitri Peskow.", "Dmitri Peskow",
                                   source="ZDF", published=date(2022, 1, 12)))
    with Session() as s:
        assert [r["speaker"] for r in search(s, side="US")] == ["Wendy Sherman"]
        assert [r["speaker"] for r in search(s, source="zdf")] == ["Dmitri Peskow"]
        assert [r["speaker"] for r in search(s, since=date(2022, 1, 11))] == ["Dmitri Peskow"]
        assert search(s, text="fünf")[0]["speaker"] == "Dmitri Peskow"
        # hostile input is a parameter, never SQL
        assert search(s, speaker="'; DROP TABLE quotes; --") == []
        assert search(s, text="%' OR 1=1 --") == []
        q = get_quote(s, search(s, side="US")[0]["id"])
        assert q["stance"] == ["threat"] and q["stances"][0]["evidence"] == "Folgen" and q["context"]


@pytest.mark.parametrize("filters", [
    {"side": "US"}, {"side": "ru"}, {"source": "ZDF"}, {"stance": "threat"}, {"kind": "indirect"},
    {"side": "RU", "kind": "direct"}, {"side": "RU", "stance": "threat", "source": "ZDF"},
    {"stance": "threat", "borderline": True}, {"min_confidence": 0.6}, {"side": "RU", "min_confidence": 0.5},
])


@pytest.mark.parametrize("words_first_below", [0.0, 1.0])


def test_a_word_beside_other_filters_finds_what_each_finds(db_url, filters, words_first_below, monkeypatch):
    """PostgreSQL starts such searches from the word's matches, or walks the date index for a word
    in many quotes (db.repository.search; both forced here): the rows and their order are those of
    the word alone, filtered."""
    monkeypatch.setattr("db.repository.WORDS_FIRST_BELOW", words_first_below)
    Session = session(db_url)
    with Session() as s, s.begin():
        for i in range(12):
            text = f"„Gespräche in Genf Nummer {i}“, sagte Sprecher{i}." if i % 4 else f"„Anderes {i}“, sagte Sprecher{i}."
            tag = (StanceTag("threat", 0.8 if i % 3 else 0.4, "Folgen", confident=bool(i % 3)),) if i % 2 else ()
            q = Quote(start=1, end=20, text=text[1:text.index("“")], kind="indirect" if i % 3 == 1 else "direct",
                      rule="direct:marks", confidence=0.3 + 0.05 * i, speaker=f"Sprecher{i}", side=("US", "RU", "EU")[i % 3],
                      mention=Mention(f"Sprecher{i}", 30, 40, "name"), cue="sagen", stance=tag)
            save_result(s, ArticleResult(Article(doc=f"{i}.txt", text=text, source=("dpa", "ZDF")[i % 2],
                                                 published=date(2022, 1, 1 + i % 5)), (q,)))
    with Session() as s:
        everything = search(s, text="Genf")
        labels = lambda r: r["stance"] + (r["stance_borderline"] if filters.get("borderline") else [])
        wanted = [r["id"] for r in everything
                  if r["side"] == filters.get("side", r["side"] or "").upper()
                  and r["source"] == filters.get("source", r["source"])
                  and r["kind"] == filters.get("kind", r["kind"])
                  and ("stance" not in filters or filters["stance"] in labels(r))
                  and r["confidence"] >= filters.get("min_confidence", 0)]
        assert len(everything) == 9 and wanted
        assert [r["id"] for r in search(s, text="Genf", **filters)] == wanted


@pytest.mark.parametrize("text, found", [("-fünf", ["Wendy Sherman"]), ("und", []), ('"Eins zwei"', ["Wendy Sherman"])])


def test_odd_words_beside_a_side(db_url, text, found):
    """An exclusion, a stop word or a phrase next to a side: PostgreSQL estimates such word sets
    before it picks a plan; the answers are the plain ones."""
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Wendy Sherman.", "Wendy Sherman", side="US"))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte Dmitri Peskow.", "Dmitri Peskow", side="US"))
    with Session() as s:
        assert [r["speaker"] for r in search(s, text=text, side="US")] == found


def test_compare_by_side_counts_stances(db_url):
    from db.compare import compare
    from db.repository import iter_quotes

    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Wendy Sherman.", "Wendy Sherman", side="US"))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte Dmitri Peskow.", "Dmitri Peskow"))
        save_result(s, make_result("c.txt", "„Sieben acht neun“, sagte Sergej Lawrow.", "Sergej Lawrow"))
    with Session() as s:
        rows = {r["group"]: r for r in compare(s, by="side")}
        assert rows["RU"]["quotes"] == 2 and rows["RU"]["threat"] == 2 and rows["RU"]["threat_share"] == 1.0
        assert rows["US"]["threat_example"] == "Eins zwei"
        assert rows["RU"]["concession"] == 0
        by_source = compare(s, by="source", topic="fünf")
        assert [(r["group"], r["quotes"]) for r in by_source] == [("dpa", 1)]
        assert len(list(iter_quotes(s, batch=2))) == 3


def test_speaker_corrections(db_url):
    import pytest

    from db.speakers import SpeakerEditError, merge_speakers, rename_speaker, set_speaker_side

    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Wolodymyr Selenskyj.", "Wolodymyr Selenskyj",
                                   side="OTHER"))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte der Präsident.", "Präsident", side="OTHER"))
    with Session() as s, s.begin():
        ids = {r["name"]: r["id"] for r in list_speakers(s)}
        merge_speakers(s, ids["Präsident"], ids["Wolodymyr Selenskyj"])
        set_speaker_side(s, ids["Wolodymyr Selenskyj"], "ua")
        rename_speaker(s, ids["Wolodymyr Selenskyj"], "Wolodymyr Selenskyj (Präsident)")
        with pytest.raises(SpeakerEditError):
            set_speaker_side(s, ids["Wolodymyr Selenskyj"], "MARS")
    with Session() as s:
        (row,) = list_speakers(s)
        assert row["side"] == "UA" and row["quotes"] == 2
        assert "Präsident" in row["aliases"] and "Wolodymyr Selenskyj" in row["aliases"]
        assert len(search(s, speaker="Selenskyj")) == 2


def test_speaker_quote_counts_follow_saves_replacements_and_merges(db_url):
    from sqlalchemy import func, select

    from db.models import QuoteRow, SpeakerRow
    from db.compare import compare
    from db.speakers import merge_speakers

    Session = session(db_url)

    def consistent(s):
        actual = dict(s.execute(select(QuoteRow.speaker_id, func.count()).group_by(QuoteRow.speaker_id)).all())
        for row in s.scalars(select(SpeakerRow)).all():
            assert row.quote_count == actual.get(row.id, 0), row.name

    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Dmitri Peskow.", "Dmitri Peskow"))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte Wendy Sherman.", "Wendy Sherman", side="US"))
    with Session() as s, s.begin():  # b.txt changes its speaker
        save_result(s, make_result("b.txt", "„Vier fünf acht“, sagte Dmitri Peskow.", "Dmitri Peskow"))
        consistent(s)
    with Session() as s, s.begin():
        save_result(s, make_result("c.txt", "„Sieben acht neun“, sagte der Kremlsprecher.", "Kremlsprecher"))
        ids = {r["name"]: r["id"] for r in list_speakers(s)}
        merge_speakers(s, ids["Kremlsprecher"], ids["Dmitri Peskow"])
        consistent(s)
    with Session() as s:
        # the count-column path of compare agrees with counting the quotes
        fast = {r["group"]: r["quotes"] for r in compare(s, by="side")}
        slow = {r["group"]: r["quotes"] for r in compare(s, by="side", since=date(2000, 1, 1))}
        assert fast == slow == {"RU": 3}


def test_first_name_short_form_joins_the_full_name(db_url):
    # some outlets write `Thaksin` for Thaksin Shinawatra; either order of arrival gives one speaker
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Eins zwei drei“, sagte Thaksin.", "Thaksin", "ZDF", side="OTHER"))
        save_result(s, make_result("b.txt", "„Vier fünf sechs“, sagte Thaksin Shinawatra.", "Thaksin Shinawatra",
                                   "dpa", side="OTHER"))
        save_result(s, make_result("c.txt", "„Sieben acht neun“, sagte Thaksin.", "Thaksin", "taz", side="OTHER"))
        # a common first name alone stays apart from the full name
        save_result(s, make_result("d.txt", "„Zehn elf zwölf“, sagte Peter Weber.", "Peter Weber", side="OTHER"))
        save_result(s, make_result("e.txt", "„Dreizehn vierzehn“, sagte Peter.", "Peter", side="OTHER"))
    with Session() as s:
        names = {sp["name"]: sp["quotes"] for sp in list_speakers(s)}
        assert names["Thaksin Shinawatra"] == 3 and "Thaksin" not in names
        assert names["Peter Weber"] == 1 and names["Peter"] == 1


def joint_result(doc, text, first, others, source="dpa"):
    q = Quote(start=1, end=10, text=text[1:10], kind="direct", rule="direct:marks+cue-after", confidence=0.9,
              speaker=first[0], side=first[1], cue="sagen",
              co_speakers=tuple(Speaker(name, side) for name, side in others))
    return ArticleResult(Article(doc=doc, text=text, source=source, published=date(2022, 1, 10)), (q,))


def test_joint_statement_is_found_under_every_speaker(db_url):
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, joint_result("a.txt", "„Wir reden weiter“, sagten Antony Blinken und Sergej Lawrow.",
                                    ("Antony Blinken", "US"), [("Sergej Lawrow", "RU")]))
        save_result(s, make_result("b.txt", "„Nein, nein“, sagte Sergei Lavrov.", "Sergei Lavrov"))
    with Session() as s:
        rows = search(s, speaker="Lawrow")
        assert len(rows) == 2
        joint = next(r for r in rows if r["doc"] == "a.txt")
        assert joint["speaker"] == "Antony Blinken" and joint["co_speakers"] == ["Sergej Lawrow"]
        assert {r["doc"] for r in search(s, side="RU")} == {"a.txt", "b.txt"}
        assert [r["doc"] for r in search(s, side="US")] == ["a.txt"]
        by_name = {r["name"]: r for r in list_speakers(s)}
        # counts and comparisons go by the first speaker; joint statements are counted apart
        assert (by_name["Sergej Lawrow"]["quotes"], by_name["Sergej Lawrow"]["joint"]) == (1, 1)
        assert (by_name["Antony Blinken"]["quotes"], by_name["Antony Blinken"]["joint"]) == (1, 0)


def test_merge_and_replace_keep_joint_statements_consistent(db_url):
    from db.speakers import merge_speakers

    Session = session(db_url)
    text = "„Wir reden weiter“, sagten Antony Blinken, Sergej Lawrow und Lawrow."
    with Session() as s, s.begin():
        save_result(s, joint_result("a.txt", text, ("Antony Blinken", "US"),
                                    [("Sergej Lawrow", "RU"), ("Wladimir Putin", "RU")]))
    with Session() as s, s.begin():
        ids = {r["name"]: r["id"] for r in list_speakers(s)}
        merge_speakers(s, ids["Wladimir Putin"], ids["Sergej Lawrow"])  # a wrong split, corrected by hand
    with Session() as s:
        assert search(s, speaker="Lawrow")[0]["co_speakers"] == ["Sergej Lawrow"]
    with Session() as s, s.begin():
        save_result(s, joint_result("a.txt", text + " Neu.", ("Antony Blinken", "US"), []))
    with Session() as s:
        assert [r["co_speakers"] for r in search(s)] == [[]]
        assert {r["name"]: r["joint"] for r in list_speakers(s)}["Sergej Lawrow"] == 0


def test_name_with_particles_meets_its_short_form(db_url):
    Session = session(db_url)
    with Session() as s, s.begin():
        save_result(s, make_result("a.txt", "„Wir sind bereit“, sagte Ursula von der Leyen.", "Ursula von der Leyen",
                                   side="EU"))
        save_result(s, make_result("b.txt", "„Wir handeln jetzt“, sagte von der Leyen.", "von der Leyen", side="EU"))
    with Session() as s:
        assert [r["name"] for r in list_speakers(s)] == ["Ursula von der Leyen"]
        assert len(search(s, speaker="von der Leyen")) == 2


def test_text_syntax_means_the_same_on_both_backends(db_url):
    """Words all occur, "phrases" in order, -word excludes: one syntax, one result on SQLite and PostgreSQL."""
    Session = session(db_url)
    texts = {
        "a.txt": "„Russland droht mit Konsequenzen für die Nato“, sagte Wendy Sherman.",
        "b.txt": "„Die Nato bleibt offen für neue Mitglieder“, sagte Jens Stoltenberg.",
        "c.txt": "„Russland will Garantien von der Nato“, sagte Dmitri Peskow.",
    }
    with Session() as s, s.begin():
        for doc, text in texts.items():
            q = Quote(start=1, end=text.index("“"), text=text[1:text.index("“")], kind="direct", rule="direct:marks",
                      confidence=0.9, speaker=text.split("sagte ")[1].rstrip("."), side="OTHER")
            save_result(s, ArticleResult(Article(doc=doc, text=text), (q,)))
    cases = [
        ("Nato", {"a.txt", "b.txt", "c.txt"}),
        ("Nato -Russland", {"b.txt"}),
        ('-"neue Mitglieder"', {"a.txt", "c.txt"}),
        ("Russland Garantien", {"c.txt"}),
        ('"droht mit Konsequenzen"', {"a.txt"}),
        ('"Konsequenzen droht"', set()),
        ("Nato OR Mitglieder", set()),  # OR is a word here, not an operator, on both backends
        ("-Nato", set()),
        ("!!!", set()),
    ]
    with Session() as s:
        for query, want in cases:
            assert {r["doc"] for r in search(s, text=query)} == want, query


def test_a_body_in_the_genitive_is_the_same_speaker(db_url):
    from db.speakers import get_or_create_speaker

    Session = session(db_url)
    with Session() as s, s.begin():
        first = get_or_create_speaker(s, "Kremls", "RU")  # `nach Angaben des Kremls`
        again = get_or_create_speaker(s, "Kreml", "RU")
        assert again.id == first.id and again.name == "Kreml"  # the nominative becomes its name


def test_a_name_finds_its_speaker_by_key_before_alias_before_last_name(db_url):
    from db.speakers import get_or_create_speaker, rename_speaker

    Session = session(db_url)
    with Session() as s, s.begin():
        renamed = get_or_create_speaker(s, "Anna Muster", None)
        rename_speaker(s, renamed.id, "Berta Beispiel")  # `Anna Muster` is now an alias of hers
        other = get_or_create_speaker(s, "Carla Test", None)
        rename_speaker(s, other.id, "Anna Muster")  # and the name of another speaker
        peskow = get_or_create_speaker(s, "Dmitri Peskow", "RU")
        moved = rename_speaker(s, get_or_create_speaker(s, "Erich Alt", None).id, "Erich Neu")
        cases = [
            ("Erich Alt", moved.id),  # found by its alias alone
            ("Anna Muster", other.id),  # a speaker's own key comes before another's alias
            ("Berta Beispiel", renamed.id),
            ("Peskow", peskow.id),  # the last name alone: the one person of that name
            ("Dmitri Peskow", peskow.id),
        ]
        for name, expected in cases:
            assert get_or_create_speaker(s, name, None).id == expected, name
        assert get_or_create_speaker(s, "Wladimir Putin", None).id not in {renamed.id, other.id, peskow.id}


def test_only_the_ingest_store_prepares_its_statements(db_url):
    """PostgreSQL keeps plans for storing (the same lookups and inserts thousands of times), never
    for searches (a generic plan for every side and word was 3-4x slower for some)."""
    from db.session import make_engine
    from db.store import ArticleStore

    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite plans every statement anew")
    with ArticleStore(db_url, STORE_RULES).engine.connect() as conn:
        assert conn.connection.driver_connection.prepare_threshold == 5  # psycopg's default
    with make_engine(db_url).connect() as conn:
        assert conn.connection.driver_connection.prepare_threshold is None
