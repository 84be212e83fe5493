"""Where a phrase stands around a speech verb (quotes/positions.py), on hand-built parses: the
positions the subject rules read whatever the small parser made of the sentence."""

import pytest

from quotes.positions import (after_preposition, before_example, before_relative_clause, before_seat,
                              fronted_adverbial, in_marks, opening_with_apposition, opens_sentence)
from quotes.types import Mention


def _mention(text, words, kind="name"):
    start = text.index(words)
    return Mention(words, start, start + len(words), kind)


def _verb(sent):
    return next(w for w in sent.words if w.upos in ("VERB", "AUX"))


@pytest.mark.parametrize("tagged, opening", [
    ("Tony/PROPN Auden/PROPN ,/PUNCT ein/DET Sprecher/NOUN des/DET Zentrums/NOUN ,/PUNCT wies/VERB", "Tony Auden"),
    # after a role the apposition is the person
    ("Der/DET Direktor/NOUN des/DET Senders/NOUN ,/PUNCT Peter/PROPN Horrocks/PROPN ,/PUNCT sagte/VERB",
     "Peter Horrocks"),
    # a relative clause between the commas is no apposition
    ("Jimmy/PROPN Carter/PROPN ,/PUNCT der/PRON im/ADP Land/NOUN war/AUX ,/PUNCT sagte/VERB", None),
    # a fronted prepositional phrase opens no subject
    ("Nach/ADP dem/DET Treffen/NOUN ,/PUNCT am/ADP Abend/NOUN ,/PUNCT sagte/VERB", None),
])
def test_opening_with_apposition(hand_parse, tagged, opening):
    text, sent = hand_parse(tagged)
    k = _verb(sent).index - 2  # the comma right before the verb
    m = opening_with_apposition(text, sent, k, (len(text), len(text)))
    assert (m.text if m else None) == opening


@pytest.mark.parametrize("tagged, subject", [
    ("Jimmy/PROPN Carter/PROPN ,/PUNCT der/PRON als/ADP Wahlbeobachter/NOUN im/ADP Land/NOUN war/AUX ,/PUNCT "
     "sagte/VERB", "Jimmy Carter"),
    # no comma right before the verb: no relative clause ends there
    ("Jimmy/PROPN Carter/PROPN sagte/VERB", None),
])
def test_before_relative_clause(hand_parse, tagged, subject):
    text, sent = hand_parse(tagged)
    m = before_relative_clause(text, sent, len(sent.words) - 1, (len(text), len(text)))  # the verb last
    assert (m.text if m else None) == subject


@pytest.mark.parametrize("tagged, end", [
    # the embassy, not Berlin, stands before the verb
    ("Die/DET russische/ADJ Botschaft/NOUN in/ADP Berlin/PROPN wies/VERB", "Botschaft"),
    # a place after a noun that names no body stays
    ("Das/DET Konzert/NOUN in/ADP Berlin/PROPN begann/VERB", "Berlin"),
])
def test_before_seat(hand_parse, tagged, end):
    _, sent = hand_parse(tagged)
    k = _verb(sent).index - 2
    assert sent.words[before_seat(sent, k)].text == end


@pytest.mark.parametrize("tagged, phrase, subject", [
    ("Die/DET Unterstützer/NOUN ,/PUNCT darunter/ADV auch/ADV die/DET Bürgerfraktion/NOUN ,/PUNCT verwiesen/VERB",
     "die Bürgerfraktion", "Die Unterstützer"),
    ("Die/DET Bürgerfraktion/NOUN verwies/VERB", "Die Bürgerfraktion", "Die Bürgerfraktion"),
])
def test_before_example(hand_parse, tagged, phrase, subject):
    text, sent = hand_parse(tagged)
    m = before_example(text, sent, _mention(text, phrase, "org"), (len(text), len(text)))
    assert m.text == subject


@pytest.mark.parametrize("tagged, clause_open, fronted", [
    ("Am/ADP Montag/NOUN hat/AUX die/DET Ministerin/NOUN", 0, True),
    ("Später/ADV meldete/VERB sich/PRON Wulff/PROPN", 0, True),
    ("Der/DET Minister/NOUN sagte/VERB", 0, False),
    # a quotation before the verb is no adverbial
    ("„/PUNCT Nein/ADV “/PUNCT sagte/VERB er/PRON", 0, False),
])
def test_fronted_adverbial(hand_parse, tagged, clause_open, fronted):
    _, sent = hand_parse(tagged)
    assert fronted_adverbial(sent, clause_open, _verb(sent)) is fronted


@pytest.mark.parametrize("tagged, phrase, result", [
    ("Auch/ADV von/ADP Rassismus/NOUN spricht/VERB der/DET Mann/NOUN", "Rassismus", True),
    # `von` attaches the name to the noun before it
    ("Ein/DET Sprecher/NOUN von/ADP Tesla/PROPN sagte/VERB", "Tesla", False),
    # `laut` names a source
    ("Laut/ADP Polizei/NOUN gab/VERB es/PRON", "Polizei", False),
])
def test_after_preposition(hand_parse, tagged, phrase, result):
    text, sent = hand_parse(tagged)
    assert after_preposition(sent, _mention(text, phrase)) is result


@pytest.mark.parametrize("tagged, phrase, result", [
    ("Der/DET „/PUNCT Spiegel/PROPN “/PUNCT berichtete/VERB", "Spiegel", True),
    ("Der/DET Spiegel/PROPN berichtete/VERB", "Spiegel", False),
])
def test_in_marks(hand_parse, tagged, phrase, result):
    text, sent = hand_parse(tagged)
    assert in_marks(sent, _mention(text, phrase, "org")) is result


@pytest.mark.parametrize("tagged, phrase, result", [
    ("Auch/ADV die/DET Ministerin/NOUN äußerte/VERB sich/PRON", "die Ministerin", True),
    ("Die/DET Ministerin/NOUN Renate/PROPN Kluge/PROPN sagte/VERB", "Renate Kluge", True),
    # a fronted prepositional phrase: the phrase after it does not open the sentence
    ("Nach/ADP dem/DET Treffen/NOUN sagte/VERB die/DET Ministerin/NOUN", "die Ministerin", False),
    # a main clause after `, und` opens anew
    ("Er/PRON kam/VERB ,/PUNCT und/CCONJ die/DET Ministerin/NOUN sagte/VERB", "die Ministerin", True),
])
def test_opens_sentence(hand_parse, tagged, phrase, result):
    text, sent = hand_parse(tagged)
    assert opens_sentence(sent, _mention(text, phrase, "role")) is result
