"""The source a `laut`/`zufolge`/`nach Angaben` frame names (quotes/sources.py), on real parses."""

import pytest

from quotes.sources import frame_source


@pytest.mark.parametrize("text, cue, source", [
    ("Laut Polizei wurden zwei Menschen verletzt.", "Laut", "Polizei"),
    ("Dem Kreml zufolge war das Treffen nützlich.", "zufolge", "Kreml"),
    # the report before `, wonach`, also inside a prepositional phrase, and a source noun's genitive owner
    ("Die Hamas wies Berichte zurück, wonach sie Geiseln getötet habe.", "wonach", "Berichte"),
    ("Sie beriefen sich auf einen Bericht, wonach die Armee Giftgas eingesetzt habe.", "wonach", "einen Bericht"),
    ("Sie beriefen sich auf einen Bericht der Vereinten Nationen, wonach die Armee Giftgas eingesetzt habe.", "wonach",
     "der Vereinten Nationen"),
    ("Nach Angaben des Gesundheitsministeriums starben drei Menschen.", "Nach", "Gesundheitsministeriums"),
    # a medium in marks, whatever its case
    ("Laut „tagesschau.de“ ist die Lage unklar.", "Laut", "tagesschau.de"),
    # a title in marks as the owner of the source noun
    ("Nach Informationen des „Spiegel“ soll der Minister zurücktreten.", "Nach", "Spiegel"),
    ("Laut einem Bericht der „New York Times“ plant Washington neue Hilfen.", "Laut", "New York Times"),
    # a compound the tokenizer split at its hyphen, after `aus`
    ("Laut Dokumenten aus der Birthler-Behörde handelte es sich um Mitglieder der DKP.", "Laut", "Birthler-Behörde"),
    ("Nach Lawrows Worten ist die Lage ernst.", "Nach", "Lawrow"),
    # someone's view: `aus Sicht` as `nach Ansicht`
    ("Aus Sicht der russischen Delegation verliefen die Gespräche konstruktiv.", "Aus", "russischen Delegation"),
    ("Aus Moskaus Sicht ist die Nato schuld.", "Aus", "Moskau"),
    ("Die Gespräche sollen nach Angaben beider Seiten in Istanbul stattfinden.", "nach", "beider Seiten"),
    # an adjective of a name tagged as its noun; whose circles they are
    ("Nach Angaben aus dem Weißen Haus plant Trump ein Treffen.", "Nach", "Weißen Haus"),
    ("Nach Informationen aus Kreisen der ukrainischen Regierung plant Kiew ein Treffen.", "Nach", "ukrainischen Regierung"),
    # a compound the tokenizer split at its hyphen
    ("Nach UN-Angaben sind mehr als zehn Millionen Menschen geflohen.", "Nach", "UN-Angaben"),
    ("Nach einem EU-Dokument leben viele Roma in Armut.", "Nach", "EU-Dokument"),
    # a body's seat is part of the source
    ("Nach Angaben des Verteidigungsministeriums in Moskau wurden 24 Drohnen abgeschossen.", "Nach",
     "Verteidigungsministeriums in Moskau"),
])
def test_the_source_a_frame_names(parsed_word, text, cue, source):
    sent, w = parsed_word(text, cue)
    m = frame_source(text, sent, w)
    assert m is not None and source in m.text


@pytest.mark.parametrize("text, cue, source", [
    # the genitive owner of a source noun before `zufolge`, as after `nach Angaben`
    ("Den Angaben des Weißen Hauses zufolge umfasst das Paket Munition.", "zufolge", "des Weißen Hauses"),
    ("Einem Bericht von Reuters zufolge plant die EU neue Sanktionen.", "zufolge", "Reuters"),
    ("Medienberichten zufolge ist der Minister zurückgetreten.", "zufolge", "Medienberichten"),
])
def test_the_owner_of_a_source_noun_before_zufolge(parsed_word, text, cue, source):
    sent, w = parsed_word(text, cue)
    assert frame_source(text, sent, w).text == source


@pytest.mark.parametrize("text, cue, source", [
    ("„Wir prüfen das“, hieß es in einer Erklärung des Außenministeriums.", "hieß", "des Außenministeriums"),
    ("In dem Schreiben heißt es, die Lage sei ernst.", "heißt", "Schreiben"),
    ("Wie aus Regierungskreisen verlautete, ist der Plan vom Tisch.", "verlautete", "Regierungskreisen"),
    # a day between the cue and the source
    ("Die Lage sei ernst, hieß es am Montag aus dem Kreml.", "hieß", "Kreml"),
    # a participle's phrase between the article and the noun describes the noun
    ("Die Lage sei nicht geprüft worden, heißt es in dem am Freitag veröffentlichten Beschluss.", "heißt",
     "Beschluss"),
    ("Die Ausgaben seien gestiegen, heißt es in der vom Ministerium vorgelegten Studie.", "heißt", "Studie"),
    # an adverbial adjective between the cue and the source
    ("Man habe offen gesprochen, hieß es anschließend aus der US-Delegation.", "hieß", "US-Delegation"),
])
def test_the_source_of_an_impersonal_frame(parsed_word, text, cue, source):
    from quotes.sources import impersonal_source

    sent, w = parsed_word(text, cue)
    found = impersonal_source(text, sent, w, (0, 0))
    assert (found.text if found else None) == source
