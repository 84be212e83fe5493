"""The lexicon files load into the typed constants the rules use."""

import pytest

from quotes.lexicon import AUX_FORMS, aux_forms, generic_stem, is_generic_body, is_named_body


@pytest.mark.parametrize("lemmas, kinds, present, absent", [
    (("haben",), ("present", "past"), {"hat", "hatten"}, {"hätte", "ist"}),
    (("haben",), ("subjunctive2",), {"hätte", "hätten"}, {"hat"}),
    (("werden",), ("present", "past", "passive-participle"), {"wird", "wurden", "worden"}, {"geworden", "würde"}),
    (("müssen", "wollen"), ("past",), {"musste", "wollten"}, {"muss", "hatte"}),
])
def test_aux_forms_by_lemma_and_kind(lemmas, kinds, present, absent):
    forms = aux_forms(lemmas, kinds)
    assert present <= forms
    assert not absent & forms


def test_every_aux_form_has_a_known_kind():
    kinds = {"present", "past", "subjunctive1", "subjunctive2", "participle", "passive-participle"}
    assert {k for _, k in AUX_FORMS.values()} <= kinds


def test_places_include_their_genitives():
    from quotes.lexicon import PLACES
    assert {"Myanmar", "Myanmars", "Russlands", "Sri Lanka"} <= PLACES
    assert "Paris" in PLACES and "Pariss" not in PLACES


@pytest.mark.parametrize("word, expected", [
    ("Aussage", True), ("Kernaussage", True), ("Hauptforderung", True), ("Kritik", True),
    ("Aussagen", False), ("Sachverhalt", False), ("kernaussage", False),
])
def test_report_nouns_match_compounds_by_their_last_part(word, expected):
    from quotes.lexicon import is_report_noun
    assert is_report_noun(word) is expected


@pytest.mark.parametrize("form, expected", [
    ("sei", True), ("befänden", True), ("entstünde", True), ("erhielte", True), ("trügen", True), ("beitrügen", True),
    ("befanden", False), ("bestanden", False), ("bei", False),
])
def test_konjunktiv_forms_also_after_a_verb_prefix(form, expected):
    from quotes.lexicon import is_konjunktiv_form
    assert is_konjunktiv_form(form) is expected


@pytest.mark.parametrize("word, expected", [
    ("Angaben", True), ("Polizeiangaben", True), ("Fernsehbericht", True), ("Medienberichten", True),
    ("Antworten", False), ("Energiequellen", False), ("Bericht", True), ("Strecke", False),
    ("Expertenmeinung", True), ("Meinung", True), ("Berechnungen", True), ("Planungen", True),
])
def test_source_nouns_include_compounds(word, expected):
    from quotes.lexicon import is_source_noun
    assert is_source_noun(word) is expected


def test_generated_first_names_join_the_hand_kept_ones_without_common_words():
    from quotes.lexicon import FIRST_NAMES, GENERATED_FIRST_NAMES
    assert {"Sascha", "Salvatore", "Hansjörg"} <= FIRST_NAMES
    assert GENERATED_FIRST_NAMES["Salvatore"] == "m"
    # words of other parts of speech, months and places stay out
    assert not {"Mark", "Juni", "August", "Mercedes", "Don"} & set(GENERATED_FIRST_NAMES)


@pytest.mark.parametrize("text, first_person", [
    ("Wir werden nicht nachgeben.", True),
    ("Das liegt in unserem Interesse.", True),
    ("Mir ist das egal.", True),
    # a verb or noun that begins like a possessive is no first person
    ("Er meint, das sei falsch.", False),
    ("Nach Meinung der Regierung ist das falsch.", False),
])
def test_first_person_words_are_whole_words(text, first_person):
    from quotes.lexicon import FIRST_PERSON

    assert bool(FIRST_PERSON.search(text)) == first_person


@pytest.mark.parametrize("word, stem, generic", [
    ("Organisation", "organisation", True), ("Vereins", "verein", True), ("Konzernsprecher", "konzern", True),
    ("Unternehmenssprecher", "unternehmen", True),
    # a compound refers back only to a body it described: no generic word
    ("Energiekonzerns", "energiekonzern", False), ("Automobilclub", "automobilclub", False),
    ("Regierungssprecher", None, False), ("Sprecher", None, False), ("Kreml", None, False),
    ("Deutsche Bahn", None, False),
])
def test_generic_body_words_in_the_genitive_compounds_and_spokespeople(word, stem, generic):
    assert generic_stem(word) == stem
    assert is_generic_body(word) is generic


@pytest.mark.parametrize("name, expected", [
    ("Ärzte ohne Grenzen", True), ("Ärzte", False),
])
def test_named_bodies_as_written(name, expected):
    assert is_named_body(name) is expected
