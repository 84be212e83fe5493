"""What the words around a name say about the person (quotes/descriptors.py)."""

import pytest

from quotes.descriptors import descriptor_before, predicate_role, speaks_for_the_body_before


@pytest.mark.parametrize("text, first, descriptor", [
    ("Russlands Vize-Außenminister Sergej Rjabkow warnte den Westen.", "Sergej", "Russlands Vize-Außenminister"),
    # an apposition after the office and its comma
    ("Der Sprecher des Kreml, Dmitri Peskow, wies das zurück.", "Dmitri", "Der Sprecher des Kreml,"),
    # a title and `a. D.` stand between the office and the name
    ("Gesundheitsministerin a. D. Petra Schulz widersprach.", "Petra", "Gesundheitsministerin a. D."),
    # a dateline's dash ends the description
    ("Kiew - Nato-Generalsekretär Mark Rutte ist eingetroffen.", "Mark", "Nato-Generalsekretär"),
    ("Wolodymyr Selenskyj hat gewarnt.", "Wolodymyr", ""),
])
def test_the_description_before_a_name(parsed_word, text, first, descriptor):
    sent, w = parsed_word(text, first)
    assert descriptor_before(text, sent, w) == descriptor


@pytest.mark.parametrize("text, role", [
    ("Kaja Kallas ist die Außenbeauftragte der EU.", "Außenbeauftragte der EU"),
    ("Kaja Kallas ist in Brüssel.", ""),
])
def test_an_office_said_after_the_copula(nlp, text, role):
    sent = nlp.parse(text).sentences[0]
    assert predicate_role(text, sent, list(sent.words[:2])) == role


@pytest.mark.parametrize("text, descriptor, speaks_for", [
    ("Der Geheimdienst sprach von Erfolgen. Sprecher Andrij Jusow sagte, man sei zufrieden.", "Sprecher", True),
    # a rank alone after a sentence opened by a spokesperson named by role
    ("Der Sprecher der ukrainischen Streitkräfte wies das zurück. Das sei falsch, sagte Oberst Andrij Kowaljow.",
     "Oberst", True),
    ("Die Armee wies das zurück. Das sei falsch, sagte Oberst Andrij Kowaljow.", "Oberst", False),
])
def test_a_name_without_office_speaks_for_the_body_before(nlp, text, descriptor, speaks_for):
    parsed = nlp.parse(text)
    assert speaks_for_the_body_before(parsed, parsed.sentences[1], descriptor) == speaks_for
