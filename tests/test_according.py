"""The source frames (quotes/according.py): which word opens `laut X`, `X zufolge`, `nach Angaben X`,
and which words such a frame reports; on real parses of made-up sentences."""

import pytest

from quotes.according import according_to_frame, frame_clause, relative_laut, reported_after_frame


@pytest.mark.parametrize("text, form, frame", [
    ("Laut der Polizei wurden zwei Menschen verletzt.", "Laut", "laut"),
    ("Dem Kreml zufolge war das Treffen nützlich.", "zufolge", "zufolge"),
    ("Nach Angaben der Behörden brennt es noch.", "Nach", "nach"),
    ("Seiner Ansicht nach ist der Plan gescheitert.", "nach", "nach"),
    # the plural's dative, or adjectives alone, before the source noun
    ("Seinen Worten nach hat Russland 400 Gleitbomben eingesetzt.", "nach", "nach"),
    ("Den Angaben nach wurden drei Menschen verletzt.", "nach", "nach"),
    ("Ersten Erkenntnissen nach war der Fahrer betrunken.", "nach", "nach"),
    ("Ihren Kindern nach benannte sie die Straßen.", "nach", None),
    # inside a noun phrase after its article, the source of a figure only
    ("Gerettet wurden 246 der nach Behördenangaben 350 Passagiere.", "nach", None),
    ("Gerettet wurden 246 der laut Polizei 350 Passagiere.", "laut", None),
    ("Aus Sicht des Kremls ist das unrealistisch.", "Aus", "nach"),
    ("Es gab Medienberichte, wonach Zeugen Schüsse gehört haben.", "wonach", "wonach"),
    ("Nach dem Spiel fuhren alle heim.", "Nach", None),
    ("Die Fans sangen laut und lange.", "laut", None),
    ("Aus technischer Sicht ist das machbar.", "Aus", None),
    # a name's particles after `Laut` opening the sentence
    ("Laut de Maizières Ministerium wird der Vorfall geprüft.", "Laut", "laut"),
    ("Laut von der Leyen ist die Kommission bereit.", "Laut", "laut"),
    ("Die Fans sangen laut von der Tribüne.", "laut", None),
])
def test_source_frames(parsed_word, text, form, frame):
    sent, w = parsed_word(text, form)
    assert according_to_frame(sent, sent.words.index(w)) == frame


@pytest.mark.parametrize("text, form, reported", [
    ("Laut der Polizei wurden zwei Menschen verletzt.", "Laut", "wurden zwei Menschen verletzt ."),
    ("Dem Kreml zufolge war das Treffen nützlich.", "zufolge", "war das Treffen nützlich ."),
    ("Nach Angaben des Ministeriums in Moskau wurden drei Drohnen abgeschossen.", "Nach",
     "wurden drei Drohnen abgeschossen ."),
    ("Seiner Ansicht nach ist der Plan gescheitert.", "nach", "ist der Plan gescheitert ."),
    ("Die Veranstalter zählten 1.500 Menschen; nach Polizeiangaben waren es 1.000.", "nach",
     "waren es 1.000 ."),
])
def test_what_a_frame_reports(parsed_word, text, form, reported):
    sent, w = parsed_word(text, form)
    i = sent.words.index(w)
    words = reported_after_frame(sent, i, according_to_frame(sent, i))
    assert " ".join(x.text for x in words) == reported


def test_a_frame_in_a_relative_clause_reports_that_clause(parsed_word):
    sent, w = parsed_word("Das Gesetz, das nach Angaben eines Sprechers nicht rechtzeitig fertig wurde, tritt "
                          "später in Kraft.", "nach")
    clause = frame_clause(sent, sent.words.index(w))
    assert " ".join(x.text for x in clause) == "das nach Angaben eines Sprechers nicht rechtzeitig fertig wurde"


@pytest.mark.parametrize("text, clause", [
    # `laut` and a relative pronoun after a comma, the clause ending in its finite verb: a relative clause
    ("Es gibt einen Bericht, laut dem Russland die Angriffe verstärkt hat.", "Russland die Angriffe verstärkt hat"),
    ("Sie legten eine Studie vor, laut der die Zahl der Wölfe gestiegen ist.", "die Zahl der Wölfe gestiegen ist"),
    # a source phrase set off by commas is none
    ("Die Zahl ist, laut dem Bericht der Polizei, gestiegen.", None),
    ("Laut dem Bericht ist die Zahl gestiegen.", None),
])
def test_a_relative_clause_after_laut(parsed_word, text, clause):
    sent, w = parsed_word(text, "laut" if " laut " in text else "Laut")
    found = relative_laut(sent, sent.words.index(w))
    assert (" ".join(x.text for x in found) if found is not None else None) == clause
