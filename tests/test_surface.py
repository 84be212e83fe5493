"""Reported speech read on the surface (quotes/surface.py), on real parses of made-up sentences."""

import pytest

from quotes.surface import surface_indirect


@pytest.mark.parametrize("text, rule, span", [
    ("Laut der Polizei wurden zwei Menschen verletzt.", "indirect:laut", "wurden zwei Menschen verletzt."),
    # a clause between semicolons is a sentence of its own for the frame
    ("Die Veranstalter schätzten 1.500 Teilnehmer; nach Polizeiangaben waren es zirka 1.000.", "indirect:nach",
     "waren es zirka 1.000."),
    ("Die Preise steigen weiter, so die Bundesbank.", "indirect:so", "Die Preise steigen weiter"),
    ("Die Praxis widerspreche den Grundsätzen – so die Abgeordnete.", "indirect:so",
     "Die Praxis widerspreche den Grundsätzen"),
    # an adverb after the speaker (`weiter` tagged a verb) leaves the frame closing
    ("Die NATO bereite sich auf einen Krieg mit Russland vor, so der Minister weiter.", "indirect:so",
     "Die NATO bereite sich auf einen Krieg mit Russland vor"),
    # a compound in lower case before its hyphen opens the speaker's phrase, whatever its tag
    ("Während der Feiertage sollen die Streiks ausgesetzt werden, so verdi-Verhandlungsführer Frank Bäsler.",
     "indirect:so", "Während der Feiertage sollen die Streiks ausgesetzt werden"),
    # `nach der Ankündigung X`, `nach dem Gesetzentwurf X`: a source frame
    ("Nach dem Gesetzentwurf der Koalition sollen künftig auch die Jugendämter informiert werden.", "indirect:nach",
     "sollen künftig auch die Jugendämter informiert werden."),
    # a free report: a Konjunktiv main clause with no speech verb of its own
    ("Die Lage habe sich beruhigt.", "indirect:free", "Die Lage habe sich beruhigt."),
    ("Bei einer Pandemie sei weltweit mit Millionen von Toten zu rechnen.", "indirect:free",
     "Bei einer Pandemie sei weltweit mit Millionen von Toten zu rechnen."),
    # a Konjunktiv I after a conditional opening with its verb is reported (`würde` stays hypothetical)
    ("Sollte Iran erneut angreifen, werde Israel reagieren.", "indirect:free",
     "Sollte Iran erneut angreifen, werde Israel reagieren."),
    # `soll` with a perfect infinitive is hearsay, not a plan, also before a clause after a comma
    ("Er soll zwei Menschen illegal eingeschleust haben, indem er sie als Spieler ausgab.", "indirect:free",
     "Er soll zwei Menschen illegal eingeschleust haben, indem er sie als Spieler ausgab."),
    # `soll` after a speech verb and its comma is that verb's report
    ("Die Zeitung berichtete, 200 Mitarbeiter sollen entlassen werden.", "indirect:v2",
     "200 Mitarbeiter sollen entlassen werden."),
])
def test_a_surface_report(nlp, text, rule, span):
    sent = nlp.parse(text).sentences[0]
    cand = surface_indirect(sent, [])
    assert cand is not None and (cand.rule, text[cand.start:cand.end]) == (rule, span)


@pytest.mark.parametrize("text, span", [
    # a source frame's clause holds the phrase in marks inside it (without it the phrase has no speaker)
    ("Außenminister Marco Rubio zufolge gibt es „vorsichtigen Optimismus“.", "gibt es „vorsichtigen Optimismus“."),
    ("Laut Rubio herrscht in Washington „vorsichtiger Optimismus“.", "herrscht in Washington „vorsichtiger Optimismus“."),
    # a free report whose Konjunktiv follows a fronted conditional clause, with a phrase in marks the parser
    # hung the verbs on
    ("Sollte Israel zurückschlagen, werde Teheran „noch härter“ antworten.",
     "Sollte Israel zurückschlagen, werde Teheran „noch härter“ antworten."),
])
def test_a_source_frame_holds_a_phrase_in_marks(nlp, text, span):
    from quotes.marks import direct_candidates

    parsed = nlp.parse(text)
    direct = [(c.start - 1, c.end + 1) for c in direct_candidates(parsed.text)]
    cand = surface_indirect(parsed.sentences[0], direct)
    assert cand is not None and text[cand.start:cand.end] == span


def test_a_short_first_clause_with_its_konjunktiv_second_is_a_free_report(nlp):
    # (the parser makes the infinitive the root here: `Ziel sei es, … zu verringern`)
    text = "Das teilte die Ratspräsidentschaft am Mittwochabend mit. Ziel sei es, die Einnahmen Moskaus aus dem " \
           "Ölgeschäft weiter zu verringern."
    cand = surface_indirect(nlp.parse(text).sentences[1], [])
    assert cand is not None and text[cand.start:cand.end].startswith("Ziel sei es")


@pytest.mark.parametrize("text", [
    "Die Firma plant keine Entlassungen.",  # indicative, no frame
    # a frame whose report the marks decided is no free report of the whole sentence
    "Er hatte gesagt, es sei ihm „ein aufrichtiges Anliegen, mich an der Klärung zu beteiligen“.",
    # a quotation filling most of the sentence: its forms (`werden`, `solange`) are its own
    "„Wir werden den Druck auf den Kreml aufrechterhalten, solange es nötig ist“, sagte die deutsche Politikerin.",
    # a Konjunktiv only inside an `ob` clause is the question's, not a report of the sentence
    "Auf die Frage, ob er an einen Sieg glaube, schweigt der Soldat lange.",
    # a `so` phrase between two dashes is an aside, not a frame
    "Die Zeitung hat eine neue Gestaltung und – so der eigene Wunsch – ein schärferes Profil.",
    "Sollte es zum Krieg kommen, würde die Wirtschaft schwer leiden.",
    # quoted words with a verb are the quotation the frame attributes
    "Rubio zufolge gibt es „vorsichtigen Optimismus, dass wir vorankommen“.",
    # a condition opening the sentence and only Konjunktiv II: the writer's reckoning
    "Bei einem Sieg Uruguays müssten die Franzosen fünf Tore mehr erzielen.",
    "Im Falle eines Programmstopps müsste der Konzern die Zahlungen zurückerstatten.",
    # `möchte` alone says a wish in the indicative's sense
    "Diesen Druck möchte der Präsident vermeiden.",
])
def test_no_surface_report(nlp, text):
    from quotes.marks import direct_candidates

    parsed = nlp.parse(text)
    direct = [(c.start - 1, c.end + 1) for c in direct_candidates(parsed.text)]
    assert surface_indirect(parsed.sentences[0], direct) is None
