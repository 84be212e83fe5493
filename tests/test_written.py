"""Written words (quotes/written.py) on real parses of made-up sentences: the bearer of a sign, the
text a quotation stands in."""

import pytest

from quotes.types import Candidate
from quotes.written import written_in, written_on


def _cand(text: str, quote: str) -> Candidate:
    start = text.index(quote)
    return Candidate(start, start + len(quote), "direct", "direct:marks", 0.9)


@pytest.mark.parametrize("text, quote, source, cue", [
    ("Viele Demonstranten mit der Parole „Frieden jetzt“ zogen durch die Stadt.", "Frieden jetzt",
     "Viele Demonstranten", "parole"),
    ("Auf dem Transparent war die Parole „Frieden jetzt“ zu lesen.", "Frieden jetzt", "Transparent", "parole"),
])
def test_the_bearer_of_a_sign(nlp, text, quote, source, cue):
    m, found = written_on(nlp.parse(text), _cand(text, quote))
    assert (m.text, found) == (source, cue)


@pytest.mark.parametrize("text, quote, source", [
    ("Auf dem Plakat stand: „Wir bleiben hier.“", "Wir bleiben hier.", "Plakat"),
    ("Im Entwurf steht der Passus: „Die Regierung prüft alle Optionen.“", "Die Regierung prüft alle Optionen.",
     "Entwurf"),
])
def test_the_text_a_quotation_stands_in(nlp, text, quote, source):
    from quotes.frames import _clause_before

    parsed = nlp.parse(text)
    cand = _cand(text, quote)
    m, cue = written_in(parsed, cand, _clause_before(parsed.sentence_at(cand.start), cand))
    assert (source in m.text, cue) == (True, "schreiben")


def test_a_quotation_with_no_sign_or_text(nlp):
    text = "Der Minister sagte: „Wir bleiben hier.“"
    assert written_on(nlp.parse(text), _cand(text, "Wir bleiben hier.")) is None
