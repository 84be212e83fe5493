"""quotes.lemmas: dictionary first, then a known tail, then a learned ending."""
import pytest

from quotes.lemmas import LemmaGuesser

ENTRIES = {
    "*": {"Haus": "Haus", "die": "der"},
    "NOUN": {"Studenten": "Student", "Tage": "Tag", "Häuser": "Haus"},
    "VERB": {"gerufen": "rufen", "tritt": "treten", "informiert": "informieren",
             "reserviert": "reservieren", "markiert": "markieren", "fragte": "fragen"},
    "ADJ": {"ausländische": "ausländisch"},
}


@pytest.mark.parametrize("form, upos, lemma, how", [
    ("Studenten", "NOUN", "Student", "dict"),
    ("Haus", "NOUN", "Haus", "dict"),  # POS-independent entry
    ("Medizinstudenten", "NOUN", "Medizinstudent", "tail"),
    ("Karenztage", "NOUN", "Karenztage", "form"),  # `tage` is too short a tail, one entry too few for an ending
    ("ausgerufen", "VERB", "ausrufen", "tail"),
    ("zusammentritt", "VERB", "zusammentreten", "tail"),
    ("taxiert", "VERB", "taxieren", "ending"),  # -iert -> -ieren, three entries agree
    ("Ausländische", "ADJ", "ausländisch", "lower"),  # a sentence-initial capital
    ("Kohls", "PROPN", "Kohls", "form"),  # names are left as written
    ("xyzabc", "VERB", "xyzabc", "form"),
])
def test_lemma_guesses(form, upos, lemma, how):
    assert LemmaGuesser(ENTRIES).guess(form, upos) == (lemma, how)


def test_an_ending_split_between_edits_decides_nothing():
    entries = {"NOUN": {"Wagen": "Wagen", "Lagen": "Lage", "Kragen": "Krag"}}
    assert LemmaGuesser(entries).guess("Zagen", "NOUN") == ("Zagen", "form")
    entries["NOUN"]["Magen"] = "Mage"
    assert LemmaGuesser(entries).guess("Zagen", "NOUN") == ("Zage", "ending")
