"""Frames outside a quotation's own sentence (quotes/neighbours.py), on real parses of made-up
German sentences."""

import pytest

from quotes.neighbours import (document_before, headline_speaker, lead_frame, owner_of_text, whole_headline,
                               with_words_verb)
from quotes.types import Candidate, Mention


@pytest.mark.parametrize("text, document", [
    ("Das geht aus einem internen Papier des Auswärtigen Amts hervor. Darin heißt es, die Lage sei angespannt.",
     "einem internen Papier des Auswärtigen Amts"),
    ("Der Kreml veröffentlichte ein Dokument. Darin heißt es, Russland sei bedroht.", "Der Kreml"),
    ("Er fuhr nach Berlin. Dort hieß es, alles sei gut.", None),
])
def test_document_before(nlp, text, document):
    parsed = nlp.parse(text)
    m = document_before(parsed, parsed.sentences[-1])
    assert (m.text if m else None) == document


@pytest.mark.parametrize("text, mention, owner", [
    ("In seiner „Thronrede“ mahnte Harper zu einem sparsamen Haushalt. Auch die Korruption war Thema. „Wir "
     "arbeiten zusammen“, hieß es in der Rede.", "Rede", "Harper"),
    ("Merkel hielt am Montag eine Rede im Bundestag. „Wir schaffen das“, hieß es in der Rede.", "Rede", "Merkel"),
    ("Putin wandte sich am Abend in einer Fernsehansprache an die Nation. „Wir weichen nicht“, hieß es in der "
     "Ansprache.", "Ansprache", "Putin"),
    ("Die Erklärung des Kremls kam am Abend. „Wir weichen nicht“, hieß es in der Erklärung.", "Erklärung",
     "des Kremls"),
    # another word for the same text
    ("Oberbürgermeister Claudio Griese wandte sich mit einem Brandbrief an das Land. „Wir sind am Ende“, heißt es "
     "in dem Schreiben.", "Schreiben", "Claudio Griese"),
    # whose speech Merz criticised is not said; a report is a source of its own
    ("Merz kritisierte die Rede scharf. „Wir weichen nicht“, hieß es in der Rede.", "Rede", None),
    ("Die Regierung legte einen Bericht vor. „Die Lage ist ernst“, hieß es in dem Bericht.", "Bericht", None),
])
def test_owner_of_text(nlp, text, mention, owner):
    parsed = nlp.parse(text)
    at = text.rindex(mention)
    found = owner_of_text(parsed, parsed.sentences[-1], Mention(mention, at, at + len(mention), "org"))
    assert (found.text if found else None) == owner


@pytest.mark.parametrize("text, verb", [
    ("Mit scharfen Worten hat Viktor Orbán auf die Sanktionen reagiert.", "reagiert"),
    ("Mit diesen Worten reagierte Selenskyj auf die Gerüchte.", "reagierte"),
    ("Mit dem Zug fuhr Selenskyj nach Kiew.", None),
])
def test_with_words_verb(nlp, text, verb):
    sent = nlp.parse(text).sentences[0]
    found = with_words_verb(sent, list(sent.words))
    assert (found.text if found else None) == verb


@pytest.mark.parametrize("text, name", [
    ("„Die Nato ist hirntot“ – Macron verteidigt umstrittene Äußerung\n\nText.", "Macron"),
    ("„Wir sind nicht Kriegspartei“ – Interview mit Außenministerin Annalena Baerbock\n\nText.", "Annalena Baerbock"),
    ("„Nord Stream 2“ – Scholz verteidigt Pipeline\n\nText.", None),
    # or what they spoke about
    ("„Wir sind nicht naiv“ – Kallas über Russland und die EU\n\nText.", "Kallas"),
    ("„Die Pflicht muss kommen“ – Söder zur Wehrpflicht\n\nText.", "Söder"),
    # or an office or body, whom the article may name below
    ("„Wir werden nicht zurückweichen“ – Kiews Unterhändler bleibt hart\n\nText.", "Kiews Unterhändler"),
    ("„Wir haben alles versucht“ – Gewerkschaft bricht Gespräche ab\n\nText.", "Gewerkschaft"),
    # a clause with no speaker after the dash
    ("„Die Lage ist ernst“ – Warnungen aus Kiew\n\nText.", None),
    # a menu masked above the headline leaves blank lines: the headline is the first line with words
    ("\n\n„Die Nato ist hirntot“ – Macron verteidigt umstrittene Äußerung\n\nText.", "Macron"),
])
def test_headline_speaker(nlp, text, name):
    parsed = nlp.parse(text)
    cand = Candidate(text.index("„") + 1, text.index("“"), "direct", "direct:marks")
    found = headline_speaker(parsed, cand, list(parsed.sentences[:2]))
    assert (found[0].text if found else None) == name


@pytest.mark.parametrize("text, name", [
    # a name and a colon opening the headline: words in marks further on are that person's, when the
    # article names them with a first name or an office
    ("Macron: Bodentruppen „nicht ausgeschlossen“\n\nFrankreichs Präsident Emmanuel Macron sprach in Paris.", "Macron"),
    ("Putin: Westen will Russland „zerstückeln“\n\nPräsident Putin sprach im Fernsehen.", "Putin"),
    # a topic before the colon, or a name the article never gives a first name or office
    ("Ukraine-Krieg: Lage in Bachmut „dramatisch“\n\nDie Lage ist ernst.", None),
    ("Brüssel: Gipfel „ohne Ergebnis“\n\nDie Staats- und Regierungschefs trafen sich in Brüssel.", None),
    ("\n\nPutin: Westen will Russland „zerstückeln“\n\nPräsident Putin sprach im Fernsehen.", "Putin"),
    # a body of a side that the article names below speaks too; a body of no side does not
    ("Weißes Haus: Gespräche „konstruktiv“\n\nDas teilte eine Sprecherin des Weißen Hauses mit.", "Weißes Haus"),
    ("Kreml: Treffen „nicht geplant“\n\nKremlsprecher Dmitri Peskow sagte das am Montag.", "Kreml"),
    ("Rathaus: Sanierung „dringend nötig“\n\nDas Rathaus ist alt.", None),
])
def test_a_name_labelling_a_headline(nlp, text, name):
    parsed = nlp.parse(text)
    start = text.index("„") + 1
    cand = Candidate(start, text.index("“"), "direct", "direct:short")
    found = headline_speaker(parsed, cand, list(parsed.sentences[:2]))
    assert (found[0].text if found else None) == name


@pytest.mark.parametrize("text, subject", [
    ("„Die Lage an der Front ist schwierig“\n\nKiew. Der Oberbefehlshaber Olexander Syrskyj hat die Lage als "
     "schwierig bezeichnet.", "Olexander Syrskyj"),
    # the lead's verb says nothing: no one
    ("„Die Lage an der Front ist schwierig“\n\nDer Oberbefehlshaber Olexander Syrskyj besuchte die Front.", None),
    # a first line that is a paragraph is no headline the lead frames
    ("Der Verein zeigte den Hinweis „Wir sind umgezogen“ auf seiner Seite.\n\nDer Vorstand erklärte den Schritt.",
     None),
])
def test_lead_frame(nlp, text, subject):
    parsed = nlp.parse(text)
    cand = Candidate(text.index("„") + 1, text.index("“"), "direct", "direct:marks")
    found = lead_frame(parsed, cand)
    assert (found[0].text if found else None) == subject


@pytest.mark.parametrize("text, whole", [
    ("„Europa muss aufwachen“\n\nText.", True),
    ("Sikorski: „Europa muss aufwachen“\n\nText.", True),
    ("Sikorski warnt in Warschau: „Europa muss aufwachen“\n\nText.", False),
    # a first line that is a paragraph
    ("Er sagte „Europa muss aufwachen“ und ging.", False),
])
def test_whole_headline(text, whole):
    cand = Candidate(text.index("„") + 1, text.index("“"), "direct", "direct:phrase")
    assert whole_headline(text, cand) is whole
