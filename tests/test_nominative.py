"""Bodies' and offices' names into the nominative (quotes/nominative.py)."""

import pytest

from quotes.nominative import body_in_nominative, person_in_nominative, strong_form, weak_singular


@pytest.mark.parametrize("article, phrase, name", [
    ("des", "österreichischen Außenministeriums", "österreichisches Außenministerium"),
    ("des", "Nationalen Sicherheitsrats", "Nationaler Sicherheitsrat"),
    ("der", "israelischen Streitkräfte", "israelische Streitkräfte"),
    ("des", "Pentagons", "Pentagon"),
    ("der", "Weltbank", "Weltbank"),
    # the seat stays after the name
    ("des", "Auswärtigen Amts in Berlin", "Auswärtiges Amt in Berlin"),
    # a capitalised adjective after `der` takes `e` whatever the gender; after `des` it stays as written
    ("der", "Letzten Generation", "Letzte Generation"), ("der", "Vereinten Nationen", "Vereinte Nationen"),
    ("des", "Roten Kreuzes", "Roten Kreuzes"),
    # so does a genitive of the name's own
    ("des", "Bundesverbands der Deutschen Industrie", "Bundesverband der Deutschen Industrie"),
])
def test_a_spokespersons_body_as_a_name(article, phrase, name):
    assert body_in_nominative(article, phrase) == name


@pytest.mark.parametrize("article, rest, name", [
    ("das", "Auswärtige Amt", "Auswärtiges Amt"),
    ("der", "stellvertretende russische Außenminister", "stellvertretender russischer Außenminister"),
    ("der", "junge Mann", "junger Mann"),
    ("die", "Europäische Kommission", "Europäische Kommission"),
    ("der", "Kollege Schmidt", "Kollege Schmidt"),  # a noun in -e keeps its form
    ("der", "Deutsche", "Deutsche"),
    # a body's name with its adjectives capitalised
    ("der", "Deutsche Mieterbund", "Deutscher Mieterbund"),
    ("das", "Deutsche Rote Kreuz", "Deutsches Rotes Kreuz"),
    ("das", "Östliche Kommando der Armee", "Östliches Kommando der Armee"),
    ("die", "Deutsche Bahn", "Deutsche Bahn"),
    ("der", "Vorsitzende Richter", "Vorsitzender Richter"),
    ("der", "Vorsitzende der Gewerkschaft", "Vorsitzende der Gewerkschaft"),  # a noun before its genitive stays
    ("der", "Musikverantwortliche der Eröffnungsfeier", "Musikverantwortliche der Eröffnungsfeier"),
])
def test_strong_form_without_the_article(article, rest, name):
    assert strong_form(article, rest) == name


@pytest.mark.parametrize("article, phrase, name", [
    # adjectival person nouns and their adjectives
    ("einen", "Regierungsbeamten", "Regierungsbeamter"), ("einen", "ranghohen Beamten", "ranghoher Beamter"),
    ("einem", "Abgeordneten der Grünen", "Abgeordneter der Grünen"),
    # weak nouns, and a strong noun's genitive
    ("einem", "westlichen Diplomaten", "westlicher Diplomat"), ("einen", "Experten", "Experte"),
    ("eines", "hochrangigen Mitarbeiters des Ministeriums", "hochrangiger Mitarbeiter des Ministeriums"),
    # nouns that do not inflect, and a feminine article, stay as written
    ("einem", "Sprecher", "Sprecher"), ("einer", "ranghohen Beamtin", "ranghohen Beamtin"),
])
def test_a_person_after_an_indefinite_article_in_the_nominative(article, phrase, name):
    assert person_in_nominative(article, phrase) == name


@pytest.mark.parametrize("noun, singular", [
    ("Präsidenten", "Präsident"), ("Piloten", "Pilot"), ("Kollegen", "Kollege"), ("Boten", "Bote"),
    ("Astronomen", "Astronom"), ("Minister", None), ("Unternehmen", None),
])
def test_a_weak_nouns_singular(noun, singular):
    assert weak_singular(noun) == singular
