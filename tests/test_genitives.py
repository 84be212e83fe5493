"""Whose a mention is, read from what follows it (quotes/genitives.py); on real parses of made-up
German sentences."""

import pytest

from quotes.genitives import with_genitive, with_seat
from quotes.types import Mention


def _mention(text: str, phrase: str, kind: str) -> Mention:
    start = text.index(phrase)
    return Mention(phrase, start, start + len(phrase), kind)


@pytest.mark.parametrize("text, phrase, kind, whole", [
    ("Ein Sprecher der Opposition sagte, man lehne das ab.", "Ein Sprecher", "role", "Ein Sprecher der Opposition"),
    ("Der Präsident des Rates erklärte, er sei zufrieden.", "Der Präsident", "role", "Der Präsident des Rates"),
    # a hyphenated adjective is one; the body's purpose goes on
    ("Eine Sprecherin des nordrhein-westfälischen Fluchtministeriums sagte, …", "Eine Sprecherin", "role",
     "Eine Sprecherin des nordrhein-westfälischen Fluchtministeriums"),
    ("Eine Sprecherin des Bundesamts für Migration sagte, …", "Eine Sprecherin", "role",
     "Eine Sprecherin des Bundesamts für Migration"),
    # `von` after an office: whose office
    ("Der Bürgermeister von Malatya sagte, die Lage sei ernst.", "Der Bürgermeister", "role",
     "Der Bürgermeister von Malatya"),
    # whom he told, not whose diplomat
    ("Das sei inakzeptabel, sagte der Diplomat der Agentur Interfax.", "der Diplomat", "role", "der Diplomat"),
])
def test_a_genitive_says_whose(nlp, text, phrase, kind, whole):
    sent = nlp.parse(text).sentences[0]
    assert with_genitive(text, sent, _mention(text, phrase, kind), (0, 0)).text == whole


@pytest.mark.parametrize("text, phrase, kind, whole", [
    ("Das Verteidigungsministerium in Moskau teilte mit, …", "Das Verteidigungsministerium", "org",
     "Das Verteidigungsministerium in Moskau"),
    ("Die Regierung in Kiew erklärte, …", "Die Regierung", "org", "Die Regierung in Kiew"),
    # a person's place is no seat
    ("Der Bäcker in Köln sagte, …", "Der Bäcker", "role", "Der Bäcker"),
])
def test_a_seat_says_whose_body(nlp, text, phrase, kind, whole):
    sent = nlp.parse(text).sentences[0]
    assert with_seat(text, sent, _mention(text, phrase, kind), (0, 0)).text == whole
