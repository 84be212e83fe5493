"""Names beside a mention (quotes/appositions.py) on real parses of made-up sentences."""

import pytest

from quotes.appositions import appositive_name, coordinated
from quotes.types import Mention


def _mention(text: str, phrase: str, kind: str) -> Mention:
    i = text.index(phrase)
    return Mention(phrase, i, i + len(phrase), kind)


@pytest.mark.parametrize("text, phrase, expected", [
    # a name set off by commas after a role is that person
    ("Der Sprecher des Pentagons, John Kirby, sagte, die Hilfe gehe weiter.", "Der Sprecher des Pentagons",
     "John Kirby"),
    # a role set off by commas after a name describes it: the name
    ("Katja Kipping, die Chefin der Linkspartei, sagte, das sei falsch.", "die Chefin der Linkspartei",
     "Katja Kipping"),
    # a name with a lower-case particle the tokenizer split off (`el`, `-`, `Baradei`)
    ("Dazu erklärte der Direktor der IAEO, Mohammed el-Baradei, die Lage sei ernst.", "der Direktor der IAEO",
     "Mohammed el-Baradei"),
    # a rank or title before the name is no part of it
    ("„Die Schiffe sind eine Gefahr“, sagte der Inspekteur der Marine, Vizeadmiral Jan Christian Kaack.",
     "der Inspekteur der Marine", "Jan Christian Kaack"),
    # where the person works belongs to the apposition, up to its comma or the sentence's end
    ("„Das ist gut“, sagte die Leiterin der Studie, Laura Kreidberg vom Max-Planck-Institut für Astronomie.",
     "die Leiterin der Studie", "Laura Kreidberg"),
    # (a verb after the preposition's phrase: the name goes on into a clause of its own)
    ("Der Chef der Firma, Peter Müller aus Köln kam zu spät, sagte der Sprecher.", "Der Chef der Firma",
     "Der Chef der Firma"),
    # no name beside the role: the role itself
    ("Der Minister sagte, das sei falsch.", "Der Minister", "Der Minister"),
])
def test_appositive_name(nlp, text, phrase, expected):
    sent = nlp.parse(text).sentences[0]
    assert appositive_name(text, sent, _mention(text, phrase, "role")).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Scholz und Macron erklärten, Europa müsse handeln.", ["Macron"]),
    # an object after the verb is no co-speaker
    ("Scholz traf Macron und sagte, Europa müsse handeln.", []),
])
def test_coordinated_speakers(nlp, text, expected):
    sent = nlp.parse(text).sentences[0]
    found = coordinated(text, sent, _mention(text, "Scholz", "name"), (len(text), len(text)))
    assert [m.text for m in found] == expected
