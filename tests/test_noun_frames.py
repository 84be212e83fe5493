"""Reports framed by a noun of saying, an adjective of belief or a colon (quotes/noun_frames.py)."""

import pytest

from quotes.noun_frames import attitude_frame, colon_report, noun_frame


@pytest.mark.parametrize("frame, text, span", [
    (noun_frame, "Sie äußerte die Hoffnung, dass der Krieg bald ende.", "dass der Krieg bald ende."),
    (noun_frame, "Er lehnte ab, mit der Begründung, die Forderung könne nur schaden.", "die Forderung könne nur schaden."),
    (noun_frame, "Es habe nie ein Versprechen gegeben, die Allianz nicht zu erweitern.", None),
    # a zu-infinitive after the noun ends where the sentence's own clause goes on
    (noun_frame, "Die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die FDP zuzugehen, stieß auf Kritik.",
     "auf die FDP zuzugehen"),
    # a request the sentence answers (`Auf die Bitte, …, erfolgte`) is no report of its subject's; a noun
    # the subject insists on is
    (noun_frame, "Auf die Bitte, ihm Abschlagszahlungen zu gewähren, erfolgte keine Reaktion.", None),
    (noun_frame, "Frankreich pochte auf die Zusicherung, dass diese Subventionen nicht angetastet würden.",
     "dass diese Subventionen nicht angetastet würden."),
    # a claim rejected is its owner's report when the owner is named with it
    (lambda sent, direct: noun_frame(sent, direct, owned=True),
     "Stoltenberg wies den Vorwurf des Kreml zurück, die Nato provoziere Russland.", "die Nato provoziere Russland."),
    (lambda sent, direct: noun_frame(sent, direct, owned=True),
     "Sie äußerte die Hoffnung, dass der Krieg bald ende.", None),
    (attitude_frame, "Die Staatsanwaltschaft war sich sicher, dass der Mann gelogen hatte.",
     "dass der Mann gelogen hatte."),
    (attitude_frame, "Er war müde, dass er schlief.", None),
    (colon_report, "Der Minister verteidigte sich: Er wolle niemandem Angst machen.",
     "Er wolle niemandem Angst machen."),
    (colon_report, "Der Minister verteidigte sich: Er will niemandem Angst machen.", None),
    # … also when the tagger missed the name before the verb as its subject
    (colon_report, "Kretschmer verteidigte sich am Abend auf X: Er habe nie gefordert, die Ukraine im Stich zu lassen.",
     "Er habe nie gefordert, die Ukraine im Stich zu lassen."),
    # a sentence after the colon with a speech verb of its own is framed by that verb
    (colon_report, "Republikaner sehen das anders: Sprecher Mike Johnson sagte, man müsse die Grenze sichern.", None),
    # a weak verb's plural past after a speech verb's colon stands for Konjunktiv II; told in the
    # first person, or after a verb that frames no speech, it is told
    (colon_report, "Die Ministerin äußerte sich besorgt: Zölle schadeten am Ende allen.", "Zölle schadeten am Ende allen."),
    (colon_report, "Die Ministerin äußerte sich besorgt: Wir arbeiteten die ganze Nacht.", None),
    (colon_report, "Die Lage änderte sich: Die Preise stiegen, die Firmen zahlten mehr.", None),
])
def test_frames_without_a_speech_verb(nlp, frame, text, span):
    sent = nlp.parse(text).sentences[0]
    found = frame(sent, [])
    assert (text[found.start:found.end] if found else None) == span


@pytest.mark.parametrize("frame, text, span", [
    # a Konjunktiv clause whose verb stands outside the marks is a report, whatever share they hold
    (noun_frame, "Er äußerte die Hoffnung, man finde „eine tragfähige Lösung für alle Beteiligten“.",
     "man finde „eine tragfähige Lösung für alle Beteiligten“."),
    # a clause all in marks is the quotation's
    (noun_frame, "Er äußerte die Hoffnung, „dass wir eine tragfähige Lösung für alle finden“.", None),
    # … so for a colon's report
    (colon_report, "Dafür drohte ihm Trump mit Konsequenzen: Spanien werde „doppelt so viel zahlen“ müssen.",
     "Spanien werde „doppelt so viel zahlen“ müssen."),
    (colon_report, "Dafür drohte ihm Trump mit Konsequenzen: „Spanien wird doppelt so viel zahlen müssen“.", None),
])
def test_marks_inside_a_frames_report(nlp, frame, text, span):
    from quotes.marks import marked_quotes
    from quotes.spans import Spans
    sent = nlp.parse(text).sentences[0]
    found = frame(sent, Spans([(c.start - 1, c.end + 1) for c in marked_quotes(text)]))
    assert (text[found.start:found.end] if found else None) == span
