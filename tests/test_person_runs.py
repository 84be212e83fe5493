"""Which runs of name words name a person (quotes/person_runs.py), on hand-built parses."""

import pytest

from quotes.person_runs import person_like
from quotes.types import Sentence, Word


def test_person_runs_are_capitalised_words_or_joining_hyphens(hand_parse):
    _, sent = hand_parse("neoliberale/ADJ kapitalistische/ADJ Wirtschaftsordnung/PROPN")
    assert not person_like(sent, list(sent.words))
    text, sent = hand_parse("Damazo/PROPN Ruiz/PROPN -/PUNCT Jarabo/PROPN Colomer/PROPN")
    # glue the hyphen to its neighbours, as the tokenizer leaves it in `Ruiz-Jarabo`
    words = [Word(w.index, w.text, w.lemma, w.upos, w.feats, 0, "dep", s, s + len(w.text))
             for w, s in zip(sent.words, (0, 7, 11, 12, 19))]
    assert person_like(Sentence(0, 0, 27, tuple(words)), words)


@pytest.mark.parametrize("tagged, person", [
    ("Zu/ADP den/DET Opfern/PROPN", False),
    ("Von/ADP den/DET Energiekonzernen/PROPN", False),
    ("Von/ADP der/DET Leyen/PROPN", True),
    ("Zu/ADP Guttenberg/PROPN", True),
])
def test_a_preposition_with_an_article_opens_no_name(hand_parse, tagged, person):
    _, sent = hand_parse(tagged)
    assert person_like(sent, list(sent.words)) is person


@pytest.mark.parametrize("tagged, person", [
    ("um/ADP Uhr/PROPN MEZ/PROPN", False),
    ("ab/ADP Anfang/PROPN November/PROPN", False),
    ("August/PROPN Bebel/PROPN", True),
])
def test_a_time_is_no_person(hand_parse, tagged, person):
    _, sent = hand_parse(tagged)
    words = [w for w in sent.words if w.text[:1].isupper()]
    assert person_like(sent, words) is person


@pytest.mark.parametrize("tagged, first, person", [
    # a noun of feeling or thought the tagger took for a name, even as the subject of a speech verb
    ("Scholz/PROPN äußerte/VERB Unverständnis/PROPN", 2, False),
    ("Anna/PROPN Tennis/PROPN", 0, True),
    # a last name with the ending of an abstract noun after a first name
    ("Klaus/PROPN Iohannis/PROPN", 0, True),
    ("Großes/ADJ Verständnis/PROPN", 0, False),
])
def test_an_abstract_noun_is_no_person(hand_parse, tagged, first, person):
    _, sent = hand_parse(tagged)
    assert person_like(sent, list(sent.words[first:])) is person


def test_a_datelines_place_is_no_person(hand_parse):
    text, sent = hand_parse("Vilnius/PROPN –/PUNCT Der/DET Gipfel/NOUN beginnt/VERB ./PUNCT")
    assert not person_like(sent, [sent.words[0]])
