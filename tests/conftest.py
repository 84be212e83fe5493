"""Shared fixtures: the real stanza pipeline with the bundled pack, loaded once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from quotes.nlp import NLP, choose_models

    return NLP(choose_models("pack"))


@pytest.fixture(scope="session")
def extractor(nlp):
    from quotes.pipeline import Extractor

    return Extractor(nlp)


@pytest.fixture(scope="session")
def run_text(extractor):
    """Extract the quotes of a German text through the real pipeline."""
    from quotes.types import Article

    def run(text: str):
        return next(extractor.run([Article(doc="t.txt", text=text)])).quotes

    return run


@pytest.fixture(scope="session")
def run_rules(nlp):
    """The rule stages' quotes of a German text (no learned ranker or filter): for tests of what
    the rules find and whom they name, which the filter's threshold should not decide."""
    from quotes.pipeline import extract
    from quotes.types import Article

    def run(text: str):
        return extract(Article(doc="t.txt", text=text), nlp.parse(text), learned=None).quotes

    return run


@pytest.fixture(scope="session")
def parsed_word(nlp):
    """(first sentence, the word written `form` in it) of a made-up text, parsed for real."""
    def find(text: str, form: str):
        sent = nlp.parse(text).sentences[0]
        return sent, next(w for w in sent.words if w.text == form)

    return find


@pytest.fixture(scope="session")
def hand_parse():
    """`Ärzte/NOUN ohne/ADP …` → the text and a Sentence with offsets into it, without dependencies
    unless given (`heads`: word number → (head, deprel)): what the rules do when the parser gives
    no help."""
    from quotes.types import Sentence, Word

    def parse(tagged: str, heads: dict[int, tuple[int, str]] | None = None):
        words, pos = [], 0
        for i, item in enumerate(tagged.split(), 1):
            form, upos = item.rsplit("/", 1)
            head, deprel = (heads or {}).get(i, (0, "dep"))
            words.append(Word(i, form, form, upos, "", head, deprel, pos, pos + len(form)))
            pos += len(form) + 1
        text = " ".join(w.text for w in words)
        return text, Sentence(0, 0, len(text), tuple(words))

    return parse


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Each database test runs on an SQLite file and on the PostgreSQL server that .ci/run starts."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def pg_url():
    """The PostgreSQL server that .ci/run starts, with an empty schema."""
    url = os.environ.get("QUOTES_TEST_PG")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("QUOTES_TEST_PG is not set: .ci/run must start PostgreSQL (scripts/start_postgres.sh)")
        pytest.skip("no PostgreSQL server (set QUOTES_TEST_PG, see scripts/start_postgres.sh)")
    from sqlalchemy import text

    from db.session import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:  # a clean database for every test, migrations included
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(autouse=True)
def no_user_speaker_file(tmp_path, monkeypatch):
    """A developer's own ~/.config/quotes/speakers.tsv must not change test outcomes."""
    monkeypatch.setenv("QUOTES_SPEAKERS", str(tmp_path / "no-speakers.tsv"))
