"""Words in marks that are no quotation, or said after all (quotes/terms.py), on real parses of
made-up German sentences and the frame `quotes.frames` finds for them."""

import pytest

from quotes.frames import find_attribution
from quotes.terms import after_copula, label_fails, said_phrase
from quotes.types import Candidate


def _candidate(text: str, quote: str, rule: str) -> Candidate:
    start = text.index(quote)
    return Candidate(start, start + len(quote), "direct", rule)


@pytest.mark.parametrize("text, quote, rule, fails", [
    # a person's verb that judges the term makes it theirs
    ("Die Ministerin nannte den Vorschlag einen „Skandal“.", "Skandal", "direct:label", None),
    ("Der Kanzler wies die Kritik als „Unverschämtheit“ zurück.", "Unverschämtheit", "direct:label", None),
    ("Dabei rief er „Allahu Akbar“.", "Allahu Akbar", "direct:label", None),
    # a term the writer sets apart, with no verb that judges it
    ("Der Minister sagte, das Programm „Sichere Häfen“ werde verlängert.", "Sichere Häfen", "direct:label",
     "a capitalised term in marks that no person's verb judges"),
    # the marks name the body of the speaker before them
    ("Ein Vertreter der „con energy ag“ sagte, man prüfe den Fall.", "con energy ag", "direct:marks",
     "names the body of its own speaker"),
])
def test_a_term_in_marks(nlp, text, quote, rule, fails):
    parsed = nlp.parse(text)
    cand = _candidate(text, quote, rule)
    att = find_attribution(parsed, cand)
    assert att is not None
    assert label_fails(parsed, cand, att) == fails


@pytest.mark.parametrize("text, quote, said", [
    # words that say something
    ("Er habe „Schwule beleidigt“.", "Schwule beleidigt", True),
    ("Das sei „völlig unrealistisch“.", "völlig unrealistisch", True),
    # a noun phrase is a term
    ("Die Partei lehnt die „grüne Gentechnik“ ab.", "grüne Gentechnik", False),
    ("Es gebe eine „Präferenz der USA“.", "Präferenz der USA", False),
    # one word is a term
    ("Das sei „Heuchelei“.", "Heuchelei", False),
])
def test_a_phrase_that_says_something(nlp, text, quote, said):
    assert said_phrase(nlp.parse(text), _candidate(text, quote, "direct:short")) is said


@pytest.mark.parametrize("text, quote, copula", [
    ("Das sei «Heuchelei in Reinform».", "Heuchelei in Reinform", True),
    ("Er sprach von «Heuchelei in Reinform».", "Heuchelei in Reinform", False),
])
def test_a_term_after_a_copula(text, quote, copula):
    assert after_copula(text, _candidate(text, quote, "direct:label")) is copula
