"""Silver tags for the tagger: HanTa's STTS mapped to UD, written as CoNLL-U."""

import pytest

from quotes.learn.silver import conllu_lines, stts, upos_of


@pytest.mark.parametrize("hanta, tag", [("VV(FIN)", "VVFIN"), ("ADJ(A)", "ADJA"), ("NE", "NE"), ("$,", "$,")])
def test_hanta_tags_are_stts(hanta, tag):
    assert stts(hanta) == tag


@pytest.mark.parametrize("tag, word, upos", [
    ("NE", "Lawrow", "PROPN"), ("VAFIN", "habe", "AUX"), ("VVFIN", "sagte", "VERB"), ("ADJD", "schnell", "ADJ"),
    ("PTKVZ", "an", "ADP"), ("PROAV", "dazu", "ADV"), ("XY", "§", "PUNCT"), ("XY", "B52", "X"),
])
def test_stts_maps_to_ud(tag, word, upos):
    assert upos_of(tag, word) == upos


def test_silver_sentences_carry_tags_and_no_features():
    lines = conllu_lines(["Lawrow", "sagte", "."], [("Lawrow", "NE", "PROPN"), ("sagen", "VVFIN", "VERB"),
                                                    (".", "$.", "PUNCT")], "silver-0")
    cols = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert [(c[1], c[3], c[4], c[5]) for c in cols] == [("Lawrow", "PROPN", "NE", "_"), ("sagte", "VERB", "VVFIN", "_"),
                                                        (".", "PUNCT", "$.", "_")]
    assert cols[0][6] == "0" and all(c[6] == "1" for c in cols[1:])


def test_hanta_tags_german_when_installed():
    pytest.importorskip("HanTa")
    from quotes.learn.silver import Tagger

    tags = Tagger().tag(["Der", "Minister", "sagte", ",", "er", "komme", "."])
    assert [u for _, _, u in tags] == ["DET", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"]


@pytest.mark.parametrize("word, hanta, lemma", [
    ("SPD", "Spd", "SPD"), ("USA", "Usa", "USA"), ("Münchner", "münchner", "Münchner"),
    ("Häuser", "Haus", "Haus"), ("sagte", "sagen", "sagen"), ("A", "a", "A"),
])
def test_silver_lemmas_keep_acronyms_and_capitals_as_written(word, hanta, lemma):
    from quotes.learn.silver import _as_written

    assert _as_written(word, hanta) == lemma
