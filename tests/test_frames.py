"""The frame around a quotation in its own sentence (quotes/frames.py), on real parses of made-up
German sentences: which frame names the speaker (`how`), the mention as written and the cue."""

import pytest

from quotes.frames import find_attribution
from quotes.types import Candidate


def _candidate(text: str, quote: str, rule: str = "direct:marks") -> Candidate:
    start = text.index(quote)
    return Candidate(start, start + len(quote), "direct", rule)


@pytest.mark.parametrize("text, quote, rule, how, mention, cue", [
    ("„Wir werden nicht nachgeben“, sagte die Ministerin am Montag.", "Wir werden nicht nachgeben",
     "direct:marks", "cue-after", "die Ministerin", "sagen"),
    ("Der Kanzler erklärte: „Die Lage ist ernst.“", "Die Lage ist ernst.", "direct:marks",
     "cue-before", "Der Kanzler", "erklären"),
    ("Dazu Kremlsprecher Peskow: „Das ist eine Provokation.“", "Das ist eine Provokation.", "direct:marks",
     "colon", "Peskow", None),
    ("„Das ist absurd“, so Lawrow.", "Das ist absurd", "direct:marks", "cue-after", "Lawrow", "so"),
    # `Diese Worte wählte X` in the next sentence: the words are its object, the quote
    ("„Die Einsatzbereitschaft ist gefährdet.“ Diese drastischen Worte wählte ein hoher Offizier.",
     "Die Einsatzbereitschaft ist gefährdet.", "direct:marks", "frame-after", "ein hoher Offizier", "wählen"),
    # `mit diesen Worten` opens the clause whose verb frames the quote, whatever verb it is
    ("„Die Pünktlichkeit ist inakzeptabel“ – mit diesen Worten hatte Minister Patrick Schnieder die Bahn kritisiert.",
     "Die Pünktlichkeit ist inakzeptabel", "direct:phrase", "cue-after", "Patrick Schnieder", "kritisieren"),
    # a term in marks needs a verb of its own clause that judges it
    ("Die Opposition nannte den Plan einen „Skandal“.", "Skandal", "direct:short", "cue-before",
     "Die Opposition", "nennen"),
    ("Der Staatsanwalt hält den Mann für „gefährlich“.", "gefährlich", "direct:short", "cue-before",
     "Der Staatsanwalt", "halten"),
    # written words: the sign or the bearer is the source
    ("Viele Demonstranten mit der Parole „Frieden jetzt“ zogen durch die Stadt.", "Frieden jetzt",
     "direct:marks", "cue-before", "Viele Demonstranten", "parole"),
    ("Auf dem Transparent war die Parole „Frieden jetzt“ zu lesen.", "Frieden jetzt", "direct:marks",
     "cue-before", "Transparent", "parole"),
    ("„Die Praxis widerspricht den Grundsätzen“ – so die Abgeordnete Agnieszka Brugger.",
     "Die Praxis widerspricht den Grundsätzen", "direct:marks", "cue-after", "Agnieszka Brugger", "so"),
    ("Laut Rjabkow waren die Gespräche „schwierig, aber nützlich“.", "schwierig, aber nützlich",
     "direct:phrase", "construction", "Rjabkow", "laut"),
    # … and one word in lower case, a judgement (a two-word term there is mostly a name: `des „… Blocks“`)
    ("Vize-Außenminister Sergej Rjabkow zufolge ist der Schritt „destabilisierend“.", "destabilisierend",
     "direct:short", "construction", "Sergej Rjabkow", "zufolge"),
    # `für X` and a copula: X's judgement, unless a reporter's verb before makes it reported
    ("Für den Gesundheitsminister Lauterbach ist die Lage „alarmierend“.", "alarmierend", "direct:short",
     "viewpoint", "Lauterbach", None),
    ("Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“.",
     "aus vielen Gründen verständlich", "direct:phrase", "viewpoint", "Hans Küng", None),
    ("Minister Peter Struck sagte, der Zapfenstreich sei für die Mehrheit der Bevölkerung „ein gutes Ereignis“.",
     "ein gutes Ereignis", "direct:phrase", "cue-before", "Peter Struck", "sagen"),
    # a quote standing alone, then a sentence pointing back at it with a noun of saying
    ("Die Lage ist ernst. „Wir werden nicht nachgeben.“ Diese Worte des Kanzlers Olaf Scholz sorgten für Aufsehen.",
     "Wir werden nicht nachgeben.", "direct:marks", "frame-after", "Olaf Scholz", None),
    ("Die Lage ist ernst. „Jeder Dritte glaubt nicht mehr an die Politik.“ Das ist die zentrale Aussage einer Studie.",
     "Jeder Dritte glaubt nicht mehr an die Politik.", "direct:marks", "frame-after", "Studie", None),
    ("Die Lage ist ernst. „Wer zu spät kommt, den bestraft das Leben!“ Diese oft dem früheren Staatschef Michail "
     "Gorbatschow zugeschriebene Weisheit gilt bis heute.", "Wer zu spät kommt, den bestraft das Leben!",
     "direct:marks", "frame-after", "Michail Gorbatschow", None),
    ("Lawrow war in Genf. „Wir werden nicht nachgeben.“ Seine Worte sorgten für Aufsehen.",
     "Wir werden nicht nachgeben.", "direct:marks", "frame-after", "er", None),
])
def test_the_frame_that_names_the_speaker(nlp, text, quote, rule, how, mention, cue):
    att = find_attribution(nlp.parse(text), _candidate(text, quote, rule))
    assert att is not None
    assert (att.how, att.mention.text if att.mention else None, att.cue) == (how, mention, cue)


@pytest.mark.parametrize("text, quote, rule", [
    # the writer's own words: no frame in the sentence
    ("Das Wort „Zeitenwende“ ist in aller Munde.", "Zeitenwende", "direct:label"),
    ("„Wir bleiben hier.“", "Wir bleiben hier.", "direct:marks"),
    # the next sentence's first noun is no noun of saying (a noun of saying further on is not pointed at)
    ("Die Lage ist ernst. „Wir geben nicht nach.“ Diesen Vorgaben entspricht der Entwurf nach Meinung der SPD nicht.",
     "Wir geben nicht nach.", "direct:marks"),
    ("Die Lage ist ernst. „Wir geben nicht nach.“ Diese Woche wird entscheidend.", "Wir geben nicht nach.", "direct:marks"),
    # a judgement ascribed to no one in particular, or to a thing (`ein Treffen` tagged a name)
    ("Für viele Menschen ist das ein „Skandal“.", "Skandal", "direct:label"),
    ("Für ein Treffen sei es „noch zu früh“.", "noch zu früh", "direct:phrase"),
    # … or to a country in a reported clause: what the judgement concerns
    ("Eine Erhöhung auf fünf Prozent sei für Spanien jedoch „unvernünftig“.", "unvernünftig", "direct:short"),
    # a speech verb after the phrase in a clause in Konjunktiv is itself reported: it frames nothing
    ("Russland werde \"angemessen\" antworten.", "angemessen", "direct:short"),
    ("Laut Polizei habe es eine Überprüfung des „antikapitalistischen Blocks“ gegeben.", "antikapitalistischen Blocks",
     "direct:short"),
])
def test_no_frame(nlp, text, quote, rule):
    assert find_attribution(nlp.parse(text), _candidate(text, quote, rule)) is None


def test_a_finite_strong_verb_the_tagger_missed_makes_the_colon_phrase_a_clause(hand_parse):
    # `weist` tagged as a preposition: the words before the colon are a clause, not a speaker's name
    from quotes.colons import colon_speaker
    text, sent = hand_parse("Jegliche/ADJ Mitverantwortung/NOUN weist/ADP Hartmann/NOUN von/ADP sich/PRON :/PUNCT "
                            "„/PUNCT Das/PRON ist/AUX falsch/ADJ ./PUNCT “/PUNCT")
    assert colon_speaker(text, sent, sent.words[7].end) is None



@pytest.mark.parametrize("text, speaker", [
    # `Darin heißt es`: the text named in the sentence before, with whose it is
    ("Das geht aus einem internen Papier des Auswärtigen Amts hervor. Darin heißt es, die Lage sei angespannt.",
     "einem internen Papier des Auswärtigen Amts"),
    # … its author, the subject, when no genitive says whose
    ("Der Kreml veröffentlichte ein Dokument. Darin heißt es, Russland sei bedroht.", "Der Kreml"),
    # no text named before: no one
    ("Er fuhr nach Berlin. Dort hieß es, alles sei gut.", None),
])
def test_darin_heisst_es_names_the_text_before(nlp, text, speaker):
    from quotes.detect import indirect_candidates
    from quotes.frames import find_attribution
    parsed = nlp.parse(text)
    cand = list(indirect_candidates(parsed, []))[-1]
    att = find_attribution(parsed, cand)
    assert (att.mention.text if att.mention else None) == speaker
