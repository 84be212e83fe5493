"""A colon before a quotation (quotes/colons.py), on hand-built parses: which phrase before it names
a speaker whatever the small tagger made of its words."""

import pytest

from quotes.colons import colon_speaker


@pytest.mark.parametrize("tagged, speaker", [
    ("Koppelin/PROPN wörtlich/ADJ :/PUNCT „/PUNCT Das/PRON ist/AUX falsch/ADJ ./PUNCT “/PUNCT", "Koppelin"),
    # a label before the colon names no one
    ("Das/DET Fazit/NOUN :/PUNCT „/PUNCT Das/PRON ist/AUX falsch/ADJ ./PUNCT “/PUNCT", None),
    # the writer's own clause, its verb tagged an adjective
    ("Wir/PRON dokumentieren/ADJ Auszüge/NOUN :/PUNCT „/PUNCT Das/PRON ist/AUX falsch/ADJ ./PUNCT “/PUNCT", None),
])
def test_colon_speaker(hand_parse, tagged, speaker):
    text, sent = hand_parse(tagged)
    opening = next(w for w in sent.words if w.text == "„")
    found = colon_speaker(text, sent, opening.end + 1)
    assert (found.text if found else None) == speaker
