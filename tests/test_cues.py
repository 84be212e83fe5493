"""The words that frame speech (quotes/cues.py): speech verbs with their particles, `heißt es`,
source frames, passive cues; on real parses of made-up sentences and on hand-built ones."""

import pytest

from quotes.cues import according_to_frame, cue_lemma, impersonal_cue, inside_report, is_cue, passive


def _word(sent, form):
    return next(w for w in sent.words if w.text == form)


@pytest.mark.parametrize("text, form, lemma", [
    ("Der Minister kündigte am Montag seinen Rücktritt an.", "kündigte", "ankündigen"),
    ("Wie die Polizei bekannt gab, wurde niemand verletzt.", "gab", "bekanntgeben"),
    ("Die Sprecherin wies die Vorwürfe zurück.", "wies", "zurückweisen"),
    ("Der Konzern ließ verlauten, man prüfe den Fall.", "ließ", "verlauten"),
])
def test_a_cue_with_its_particle(nlp, text, form, lemma):
    sent = nlp.parse(text).sentences[0]
    w = _word(sent, form)
    assert is_cue(sent, w) and cue_lemma(sent, w) == lemma


@pytest.mark.parametrize("text, form", [
    ("Der bekannte Autor las aus seinem Buch.", "bekannte"),  # an adjective, not `bekennen`
    ("Das Buch heißt „Sturm“.", "heißt"),  # names a thing; `heißt es` reports
    ("Der Zug fährt morgen ab.", "fährt"),
])
def test_no_cue(nlp, text, form):
    sent = nlp.parse(text).sentences[0]
    assert not is_cue(sent, _word(sent, form))


@pytest.mark.parametrize("text, form, expected", [
    ("In der Erklärung heißt es, die Lage sei ernst.", "heißt", True),
    ("Aus Regierungskreisen war zu hören, der Plan sei gescheitert.", "hören", True),
    ("Der Name heißt übersetzt Frieden.", "heißt", False),
])
def test_impersonal_cue(nlp, text, form, expected):
    sent = nlp.parse(text).sentences[0]
    assert impersonal_cue(sent, _word(sent, form)) is expected


@pytest.mark.parametrize("text, form, expected", [
    ("Ihm wird vorgeworfen, Geld veruntreut zu haben.", "vorgeworfen", True),
    ("Im April wurde bekannt, dass die Firma schließt.", "bekannt", True),
    ("Die Gruppen hatten angekündigt, weiter zu streiken.", "angekündigt", False),
])
def test_passive_cue(nlp, text, form, expected):
    sent = nlp.parse(text).sentences[0]
    assert passive(sent, _word(sent, form)) is expected


def test_a_cue_in_konjunktiv_is_part_of_a_report(nlp):
    sent = nlp.parse("Er sagte, der Minister habe erklärt, alles sei in Ordnung.").sentences[0]
    assert inside_report(sent, _word(sent, "erklärt")) and not inside_report(sent, _word(sent, "sagte"))


@pytest.mark.parametrize("text, form, frame", [
    ("Laut der Polizei wurden zwei Menschen verletzt.", "Laut", "laut"),
    ("Dem Kreml zufolge war das Treffen nützlich.", "zufolge", "zufolge"),
    ("Nach Angaben der Behörden brennt es noch.", "Nach", "nach"),
    ("Nach dem Spiel fuhren alle heim.", "Nach", None),
    ("Die Fans sangen laut und lange.", "laut", None),
])
def test_source_frames(nlp, text, form, frame):
    sent = nlp.parse(text).sentences[0]
    assert according_to_frame(sent, sent.words.index(_word(sent, form))) == frame


def test_strong_verb_forms_are_cues_whatever_the_tag(hand_parse):
    # the small tagger calls `wies` a conjunction; the form is a verb and the particle makes it a cue
    _, sent = hand_parse("Primus/PROPN wies/SCONJ den/DET Vorwurf/NOUN zurück/ADP ./PUNCT")
    assert is_cue(sent, sent.words[1]) and cue_lemma(sent, sent.words[1]) == "zurückweisen"
    # ambiguous forms are not in that list: `bekannte` tagged as a conjunction is no cue
    _, sent = hand_parse("Der/DET bekannte/SCONJ Autor/NOUN schrieb/VERB ./PUNCT")
    assert not is_cue(sent, sent.words[1])
