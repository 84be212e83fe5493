"""Who a passive speech verb or a noun of saying names (quotes/owners.py), on real parses."""

import pytest

from quotes.owners import agent, noun_owner


@pytest.mark.parametrize("text, form, expected", [
    ("Das wurde von der Polizei mitgeteilt.", "mitgeteilt", "Polizei"),
    # a text as the source of a passive
    ("In einem Bericht der Zeitung wurde vermutet, dass der Minister zurücktritt.", "vermutet", "Bericht der Zeitung"),
    # `von` completing a noun is no agent
    ("Angehörige von Hilfsorganisationen wurden aufgefordert, das Land zu verlassen.", "aufgefordert", None),
])
def test_the_agent_of_a_passive_cue(parsed_word, text, form, expected):
    sent, w = parsed_word(text, form)
    m = agent(text, sent, w, (len(text), len(text)))
    assert m is None if expected is None else m is not None and expected in m.text


@pytest.mark.parametrize("text, noun, expected", [
    ("Die Forderung der Opposition, dass der Minister zurücktritt, wurde abgelehnt.", "Forderung", "Opposition"),
    ("Seine Warnung, die Lage werde sich verschärfen, blieb ungehört.", "Warnung", "er"),
    ("Die Ministerin äußerte die Hoffnung, dass der Krieg bald ende.", "Hoffnung", "Ministerin"),
    # a name in the genitive before the noun, whatever its tag
    ("Weselskys Warnung, man werde notfalls wochenlang streiken, sorgte für Unruhe.", "Warnung", "Weselsky"),
    ("Merkels jüngste Warnung, die Lage werde sich verschärfen, blieb ungehört.", "Warnung", "Merkel"),
])
def test_the_owner_of_a_noun_of_saying(parsed_word, text, noun, expected):
    sent, w = parsed_word(text, noun)
    m = noun_owner(text, sent, w, (text.index(",") if "," in text else len(text), len(text)))
    assert m is not None and expected in m.text
