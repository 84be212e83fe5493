"""Shared fixtures: the real stanza pipeline with the bundled pack, loaded once per session."""

from __future__ import annotations

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


@pytest.fixture()
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'test.db'}"
