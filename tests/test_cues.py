"""The words that frame speech (quotes/cues.py): speech verbs with their particles, `heißt es`,
passive and refused cues; on real parses of made-up sentences and on hand-built ones."""

import pytest

from quotes.cues import cue_lemma, frame_auxiliary, impersonal_cue, inside_report, is_cue, passive


@pytest.mark.parametrize("text, form, lemma", [
    ("Der Minister kündigte am Montag seinen Rücktritt an.", "kündigte", "ankündigen"),
    ("Wie die Polizei bekannt gab, wurde niemand verletzt.", "gab", "bekanntgeben"),
    ("Die Sprecherin wies die Vorwürfe zurück.", "wies", "zurückweisen"),
    ("Der Konzern ließ verlauten, man prüfe den Fall.", "ließ", "verlauten"),
    # the particle after a name set off by commas, right before the stop
    ("Das sei schwierig, räumte die Präsidentin der Arbeitgeber, Karin Welge, ein.", "räumte", "einräumen"),
])
def test_a_cue_with_its_particle(parsed_word, text, form, lemma):
    sent, w = parsed_word(text, form)
    assert is_cue(sent, w) and cue_lemma(sent, w) == lemma


@pytest.mark.parametrize("text, form", [
    ("Der bekannte Autor las aus seinem Buch.", "bekannte"),  # an adjective, not `bekennen`
    # `bekannt` as an adjective, tagged `bekennen`'s participle: only with `sich` is it confessed
    ("Der Hang sei seit Jahren als gefährdet bekannt gewesen, man habe keine Mittel erhalten.", "bekannt"),
    ("Das Buch heißt „Sturm“.", "heißt"),  # names a thing; `heißt es` reports
    ("Der Zug fährt morgen ab.", "fährt"),
    # an attribute opened by an article and `als` before its noun, whatever the tag
    ("Der als Roma-König bekannte Kiril Raschkow soll die Familie bedroht haben.", "bekannte"),
    # `zu` before an infinitive is no particle: `geben` is no `zugeben`
    ("Es sei höchste Zeit, der Ukraine zu geben, was sie brauche.", "geben"),
])
def test_no_cue(parsed_word, text, form):
    assert not is_cue(*parsed_word(text, form))


@pytest.mark.parametrize("text, form, expected", [
    # a verb speaks with a noun of its clause (lexicon/phrase_cues.tsv), past a name set off by commas
    ("Am Rande nahm auch der Ministerpräsident, Christian Wulff (CDU), zu der Frage Stellung.", "nahm", True),
    ("Später meldete sich auch Wulff zu Wort.", "meldete", True),
    ("Als er dazu Stellung nahm, war es spät.", "nahm", True),
    ("Die Polizei nahm die Verdächtigen fest.", "nahm", False),
    ("Die Soldaten brachten sich in Stellung.", "brachten", False),
    ("Beide Regierungen legten aber Wert darauf, dass auch andere Länder Soldaten stellen.", "legten", True),
    ("Die Daten seien lückenhaft, gab der Astrophysiker zu bedenken.", "gab", True),
    ("Er gab zu verstehen, dass er bleiben wolle.", "gab", True),
    ("Die Regierung gab weitere Mittel frei.", "gab", False),
])
def test_a_phrase_makes_a_verb_speak(parsed_word, text, form, expected):
    assert is_cue(*parsed_word(text, form)) is expected


@pytest.mark.parametrize("text, form, expected", [
    ("In der Erklärung heißt es, die Lage sei ernst.", "heißt", True),
    ("Aus Regierungskreisen war zu hören, der Plan sei gescheitert.", "hören", True),
    ("Der Name heißt übersetzt Frieden.", "heißt", False),
    # the expletive `es` with adverbs and auxiliaries between
    ("Am Vormittag hatte es zunächst geheißen, die Demonstration falle aus.", "geheißen", True),
    ("Es hatte geheißen, die Demonstration falle aus.", "geheißen", True),
    ("Das Kind hatte zunächst Anna geheißen.", "geheißen", False),
])
def test_impersonal_cue(parsed_word, text, form, expected):
    assert impersonal_cue(*parsed_word(text, form)) is expected


@pytest.mark.parametrize("text, form, expected", [
    ("Ihm wird vorgeworfen, Geld veruntreut zu haben.", "vorgeworfen", True),
    ("Im April wurde bekannt, dass die Firma schließt.", "bekannt", True),
    ("Die Gruppen hatten angekündigt, weiter zu streiken.", "angekündigt", False),
    # a `wie` clause with an agent and no auxiliary
    ("Die Regel verstoße, wie schon vom Bundesgerichtshof entschieden, gegen das Grundgesetz.", "entschieden", True),
    ("Die Behörden sperrten, wie die BBC berichtet, den Zugang.", "berichtet", False),
])
def test_passive_cue(parsed_word, text, form, expected):
    assert passive(*parsed_word(text, form)) is expected


def test_a_cue_in_konjunktiv_is_part_of_a_report(parsed_word):
    text = "Er sagte, der Minister habe erklärt, alles sei in Ordnung."
    assert inside_report(*parsed_word(text, "erklärt")) and not inside_report(*parsed_word(text, "sagte"))


@pytest.mark.parametrize("text, form, expected", [
    # an infinitive whose finite auxiliary in Konjunktiv the parser hung elsewhere
    ("Russland werde \"angemessen\" antworten.", "antworten", True),
    ("Russland wird \"angemessen\" antworten.", "antworten", False),
    # a Konjunktiv before the comma belongs to another clause
    ("Wenn es nötig sei, wird Russland antworten.", "antworten", False),
    # … but a comma inside marks does not end the clause
    ("Man müsse „nicht über X, sondern über Y“ sprechen.", "sprechen", True),
    # a modal in Konjunktiv II the tagger calls a full verb
    ("Die Regierenden dürften nicht einfach sagen, das interessiere sie nicht.", "sagen", True),
])
def test_an_infinitive_cue_under_a_konjunktiv_auxiliary_is_reported(parsed_word, text, form, expected):
    assert inside_report(*parsed_word(text, form)) is expected


def test_strong_verb_forms_are_cues_whatever_the_tag(hand_parse):
    # the small tagger calls `wies` a conjunction; the form is a verb and the particle makes it a cue
    _, sent = hand_parse("Primus/PROPN wies/SCONJ den/DET Vorwurf/NOUN zurück/ADP ./PUNCT")
    assert is_cue(sent, sent.words[1]) and cue_lemma(sent, sent.words[1]) == "zurückweisen"
    # ambiguous forms are not in that list: `bekannte` tagged as a conjunction is no cue
    _, sent = hand_parse("Der/DET bekannte/SCONJ Autor/NOUN schrieb/VERB ./PUNCT")
    assert not is_cue(sent, sent.words[1])


@pytest.mark.parametrize("text, form, aux", [
    ("Man werde nicht zustimmen, hatte ein Sprecher am Freitag gesagt.", "gesagt", "hatte"),
    ("Die Preise werden steigen, hat der Konzern am Montag mitgeteilt.", "mitgeteilt", "hat"),
    # past a name set off by commas inside the frame
    ("Die Kommunen seien am Limit, hatte der Präsident des Landkreistags, Achim Brötel, vor dem Treffen gewarnt.",
     "gewarnt", "hatte"),
    # no subject after the auxiliary: a second verb of the sentence's own subject, no frame
    ("Der Konzern wuchs weiter, hatte aber nichts mitgeteilt.", "mitgeteilt", None),
    ("Der Minister hat den Plan gestern mitgeteilt.", "mitgeteilt", None),  # no comma: no frame after
    # the passive of `zitieren` names the one quoted; other passives are no such frame
    ("China unterstütze alle Bemühungen, wurde er von der Agentur Xinhua zitiert.", "zitiert", "wurde"),
    ("Die Preise würden steigen, wurde am Montag mitgeteilt.", "mitgeteilt", None),
])
def test_a_frame_after_the_report_opened_by_its_auxiliary(parsed_word, text, form, aux):
    found = frame_auxiliary(*parsed_word(text, form))
    assert (found.text if found is not None else None) == aux


@pytest.mark.parametrize("text, form, denied", [
    ("Ein Sprecher wollte nicht bestätigen, dass alle Insassen Soldaten waren.", "bestätigen", True),
    ("Die Tests haben den Verdacht nicht bestätigt, dass sie an der Grippe starb.", "bestätigt", True),
    ("Ein Sprecher bestätigte, dass alle Insassen Soldaten waren.", "bestätigte", False),
    # ruling something out is a statement, whatever the negation
    ("Der Minister schloss nicht aus, dass er kandidiert.", "schloss", False),
])
def test_a_confirmation_refused(parsed_word, text, form, denied):
    from quotes.cues import denied_confirmation

    sent, w = parsed_word(text, form)
    assert denied_confirmation(sent, w) is denied


@pytest.mark.parametrize("text, form, report, denied", [
    # any speech verb refused a question says nothing of it
    ("Wieso die Maschine den Flug abbrach, gab die Flugsicherung nicht bekannt.", "gab",
     "Wieso die Maschine den Flug abbrach", True),
    ("Ich kann nicht wirklich erklären, was mich inspiriert.", "erklären", "was mich inspiriert", True),
    ("Die Flugsicherung teilte mit, wann die Maschine gestartet war.", "teilte", "wann die Maschine gestartet war",
     False),
    # a negation inside the report is the report's
    ("Der Pilot sagte, dass er nicht zurückkehre.", "sagte", "dass er nicht zurückkehre", False),
])
def test_an_answer_refused(parsed_word, text, form, report, denied):
    from quotes.cues import denied_confirmation

    sent, w = parsed_word(text, form)
    start = text.index(report)
    assert denied_confirmation(sent, w, (start, start + len(report))) is denied
