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
    ("US-Außenminister Antony Blinken", {"amerikan"}),
    ("Nato-Generalsekretär Mark Rutte", set()),
    ("seinem chinesischen Kollegen", {"chines"}),
    ("die Französin", {"franzos"}),
    ("der bayerische Ministerpräsident", set()),
    ("in Russland und der Ukraine", {"russ", "ukrain"}),
    # a country or capital whose name does not start with its people's (lexicon/country_demonyms.tsv)
    ("der Präsident von Frankreich", {"franzos"}),
    ("Frankreichs Präsident", {"franzos"}),
    ("Pekings Außenamt", {"chines"}),
    ("der Botschafter in Washington", {"amerikan"}),
])
def test_nationalities_of_a_phrase(text, found):
    assert nationalities(text) == found


@pytest.mark.parametrize("text, found", [
    # Germany, the unmarked nation, only in a person's descriptions: by adjective, or a federal office
    # where no other nation is named
    ("der deutsche Außenminister", {"deutsch"}),
    ("Bundesaußenminister Johann Wadephul", {"deutsch"}),
    ("der österreichische Bundeskanzler", {"osterreich"}),
    ("Bundesliga-Trainer", set()),
])
def test_a_federal_office_names_germany(text, found):
    assert nationalities(text, offices=True) == found
    assert nationalities(text) == found - {"deutsch"}
