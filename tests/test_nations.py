import pytest

from quotes.nations import nationalities, nationality


@pytest.mark.parametrize("word, stem", [
    ("chinesischen", "chines"), ("Chinese", "chines"), ("US-amerikanische", "amerikan"), ("Norwegerin", "norweg"),
    ("französische", "franzos"), ("polnische", "pol"),
    # an adjective in -isch that names no country
    ("politisch", None), ("technischen", None),
])
def test_nationality_of_an_adjective_or_noun(word, stem):
    assert nationality(word) == stem


@pytest.mark.parametrize("text, found", [
    ("der russische Außenminister", {"russ"}),
    ("Ungarns Regierungschef", {"ungar"}),
    ("US-Außenminister Antony Blinken", set()),
    ("seinem chinesischen Kollegen", {"chines"}),
    ("die Französin", {"franzos"}),
    ("der bayerische Ministerpräsident", set()),
    ("in Russland und der Ukraine", {"russ", "ukrain"}),
])
def test_nationalities_of_a_phrase(text, found):
    assert nationalities(text) == found
