"""Whether a name is its sentence's subject (quotes/subject_names.py), on real parses of made-up sentences."""

import pytest

from quotes.names import name_runs
from quotes.subject_names import is_subject


@pytest.mark.parametrize("text, name, subject", [
    ("Kremlsprecher Dmitri Peskow sagte, man sei bereit.", "Dmitri Peskow", True),
    # … also when the parser took a place's genitive before the office for the subject
    ("Auch Österreichs Innenminister Gerhard Karner zeigte sich verärgert.", "Gerhard Karner", True),
    # the role is the subject, the name hung elsewhere by the parser
    ("Berlin - Im Streit um den Haushalt hat Finanzminister Christian Lindner eine Lockerung der "
     "Schuldenbremse erneut abgelehnt.", "Christian Lindner", True),
    # the opening noun phrase before the finite verb, with the parser's subject its genitive
    ("Leverkusens Coach Erik ten Hag war zufrieden.", "Erik ten Hag", True),
    # a role's phrase and the name set off after it, right after the verb that follows a fronted adverbial
    ("Besonders deutlich wurde der Chef der Jungen Union, Johannes Winkel.", "Johannes Winkel", True),
    # a copula's topic
    ("Nachfolger wird der bisherige Heereschef Olexander Syrskyj.", "Olexander Syrskyj", True),
    # after a reflexive
    ("Ähnlich äußerte sich auch Bundeskanzlerin Angela Merkel.", "Angela Merkel", True),
    ("In Moskau äußerte sich Sacharowa zurückhaltend.", "Sacharowa", True),
    ("Ähnlich äußerte sich der Präsident des Bundesverbands der Deutschen Industrie, Siegfried Russwurm.",
     "Siegfried Russwurm", True),
    ("Ähnlich äußerte sich auch Verbandschef Peter Adrian, der die Pläne kritisierte.", "Peter Adrian", True),
    ("Die Ministerin traf sich mit dem Präsidenten des Verbands, Siegfried Russwurm.", "Siegfried Russwurm", False),
    ("Davon ist jedenfalls die Präsidentin des Städtetags, Eva Weber, überzeugt.", "Eva Weber", True),
    # after a fronted phrase and clause, right after the speech verb (tagged an adjective here)
    ("Auf die Frage, ob die Ukraine bald Mitglied werde, antwortete Blinken ausweichend.", "Blinken", True),
    # the source of a reaction that comes from someone
    ("Kritik kam vom ungarischen Außenminister Peter Szijjarto.", "Peter Szijjarto", True),
    ("Scharfe Kritik kam auch von Friedrich Merz.", "Friedrich Merz", True),
    # (not of something else that comes: the name is no agent)
    ("Der Brief kam von Friedrich Merz.", "Friedrich Merz", False),
    # a headline's label with where it was said
    ("Baerbock in Kiew: „Die Ukraine verteidigt auch unsere Freiheit“", "Baerbock", True),
    # before a strong verb's past the tagger took for a preposition
    ("Wadephul wich einer klaren Antwort aus.", "Wadephul", True),
    # an object after the subject named first
    ("Donald Trump traf am Montag Wladimir Putin in Alaska.", "Wladimir Putin", False),
])
def test_is_subject(nlp, text, name, subject):
    sent = nlp.parse(text).sentences[0]
    run = next(r for r in name_runs(sent) if " ".join(w.text for w in r) == name)
    assert is_subject(sent, run) is subject
