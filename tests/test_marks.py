"""Direct quotation marks (quotes/marks.py) and what is not speech; no model needed."""

import pytest

from quotes.marks import direct_candidates, guillemet_style, scan_marks


def inner(text):
    return [text[c.start:c.end] for c in direct_candidates(text)]


@pytest.mark.parametrize("text, expected", [
    ("„Wir kommen morgen wieder“, sagte er.", ["Wir kommen morgen wieder"]),
    ("»Wir kommen morgen wieder«, sagte er.", ["Wir kommen morgen wieder"]),
    ("«Wir kommen morgen wieder», sagte er.", ["Wir kommen morgen wieder"]),
    # French spacing inside the marks
    ("Er wies das zurück: « Wir kommen morgen wieder. »", ["Wir kommen morgen wieder."]),
    ('"Wir kommen morgen wieder", sagte er.', ["Wir kommen morgen wieder"]),
    ("“Wir kommen morgen wieder”, sagte er.", ["Wir kommen morgen wieder"]),
    ("‚Wir kommen morgen wieder‘, sagte er.", ["Wir kommen morgen wieder"]),
    # … closed by a typewriter's straight mark
    ("‚Mit uns nicht', sagte er.", ["Mit uns nicht"]),
    # English and straight single marks before a word, closed in their paragraph
    ("‘Wir kommen morgen wieder’, sagte er.", ["Wir kommen morgen wieder"]),
    ("'Wir kommen morgen wieder', sagte er.", ["Wir kommen morgen wieder"]),
    # … but an apostrophe or a transliterated letter left open is none (`geht's`, `in ‘Adi`)
    ("So geht's nicht weiter, sagte er.", []),
    ("Der Angriff traf ‘Adi, östlich der Stadt.\n\n„Wir trauern“, sagte er.", ["Wir trauern"]),
    # nested single quote stays inside the outer quote
    ("„Er nannte es ‚absurd‘ und ging“, sagte sie.", ["Er nannte es ‚absurd‘ und ging"]),
    # apostrophes are no quotation marks
    ("„So geht’s nicht weiter“, sagte er.", ["So geht’s nicht weiter"]),
    # two quotes in one sentence
    ("„Das ist gut“, sagte er, „aber nicht genug.“", ["Das ist gut", "aber nicht genug."]),
    # a quote of the same style nested inside: the outer closes at the second closing mark
    ("„Wir haben „Small Business“ angemeldet“, sagte er.", ["Wir haben „Small Business“ angemeldet"]),
    ("»Wir haben »Small Business« angemeldet«, sagte er.", ["Wir haben »Small Business« angemeldet"]),
    # an outer mark never closed is no nesting: it ends where the next quote opens, or at a frame of
    # saying inside it, and the next quotes stay apart
    ("„Wir haben „Small Business“ angemeldet und „Big“ abgelehnt.", ["Wir haben", "Small Business", "Big"]),
    ("„Die Union ist geschlossen, sagte er. Linnemann sprach von „Einzelstimmen“.",
     ["Die Union ist geschlossen", "Einzelstimmen"]),
    # German and Swiss guillemets in one article: each opens before its word
    ("»Wir lassen uns nicht erpressen«, sagte er. «Russland wird sich verteidigen», fügte er hinzu.",
     ["Wir lassen uns nicht erpressen", "Russland wird sich verteidigen"]),
])
def test_mark_styles(text, expected):
    assert inner(text) == expected


@pytest.mark.parametrize("text", [
    "Disney reagiert auf Kritik an «Snow White»-Remake.",
    "Im ZDF-„heute journal“ sagte die Ministerin, es gehe voran.",
    # a broadcast written in lower case, named with no title noun before it
    "Im „heute journal“ sagte die Ministerin, es gehe voran.",
    "Bei „Markus Lanz“ verteidigte er die Pläne.",
    # the outlet whose report is named, before a verb that would judge a term in marks
    "Russland hat einen Bericht der „New York Times“ über Sabotagepläne zurückgewiesen.",
    "Der Film „Die große Stille“ läuft im Kino.",
    "Die Operation „Wüstensturm“ begann im Januar.",
    "Das hatte er laut „tagesschau.de“ kritisiert.",
    # a title noun in the genitive
    "Laut einem Test des Magazines „auto, motor und sport“ sind die Wagen sicher.",
    # what a group calls itself is its name
    "Das Bündnis, das sich selbst „Allianz für die Freiheit der Presse“ (AFP) nennt, gewann.",
    "Die Gruppe nennt sich „Freunde der offenen Grenzen“ seit dem Jahr 2009.",
])
def test_titles_are_not_quotes(text):
    assert inner(text) == []


@pytest.mark.parametrize("text, rule", [
    # long terms without closing punctuation: a title after a title noun, a name after an article
    ("Er recherchierte für sein Buch „Cobra II – die wirkliche Geschichte der Invasion und der Besetzung Iraks“.",
     None),
    ("1997 wurde ihm das „Große Goldene Ehrenzeichen mit dem Stern für Verdienste um die Republik“ verliehen.",
     "direct:label"),
    # a long phrase after an article that opens with a lower-case word, or after a preposition, stays a quote
    ("Sie forderte die „Stärkung der internationalen Diplomatie und der Zusammenarbeit aller Staaten“.",
     "direct:marks"),
    ("Er erklärte das mit „Null Toleranz gegenüber der Kriminalität und dem Parasitentum der Banden“.",
     "direct:marks"),
])
def test_long_terms_after_titles_and_articles(text, rule):
    assert [c.rule for c in direct_candidates(text)] == ([rule] if rule else [])


def test_quote_over_paragraphs_continues_when_reopened():
    text = "„Wir bleiben hier.\n\n„Und wir kämpfen weiter“, sagte sie."
    got = inner(text)
    assert len(got) == 1 and got[0].startswith("Wir bleiben hier.") and got[0].endswith("kämpfen weiter")


def test_quote_over_paragraphs_continues_to_a_paragraph_that_only_closes_it():
    text = "Sie betonte:\n\n„Wir stehen fest an der Seite der Ukraine.\n\nUnd das bleibt so.“\n\nSie reiste ab."
    assert inner(text) == ["Wir stehen fest an der Seite der Ukraine.\n\nUnd das bleibt so."]
    # a closing mark inside a word or after a new opening mark is no continuation
    text = "Er sagte: „Wir werden das nicht hinnehmen.\n\nDer Film „Stille“ läuft."
    assert inner(text)[0] == "Wir werden das nicht hinnehmen."


def test_quote_over_paragraphs_with_no_marks_between_runs_to_its_closing_paragraph():
    text = ("Sie sagte:\n\n„Ich habe mir nichts vorzuwerfen.\n\nDass das nicht gelungen ist, bedauere ich.\n\n"
            "Niemand konnte das wissen.“\n\nKritik kam von der Union.")
    assert inner(text) == ["Ich habe mir nichts vorzuwerfen.\n\nDass das nicht gelungen ist, bedauere ich.\n\n"
                           "Niemand konnte das wissen."]
    # a paragraph between that opens a quote of its own ends the open one at its paragraph
    text = "Er sagte: „Wir bleiben.\n\nDann sprach sie: „Wir gehen.“\n\nEnde.“"
    assert inner(text)[0] == "Wir bleiben."


def test_unbalanced_mark_closes_at_paragraph_end():
    text = "Er sagte: „Wir werden das nicht hinnehmen.\n\nNeuer Absatz ohne Zitat."
    spans = scan_marks(text)
    assert len(spans) == 1 and spans[0].close_at is None
    assert text[spans[0].start:spans[0].end] == "Wir werden das nicht hinnehmen."


@pytest.mark.parametrize("text, said", [
    # a mark left open before its frame of saying: the frame ends the quote
    ('Die Opposition ist empört. "Das Ministerium hat geschlafen, sagte der Abgeordnete Roderich Kiesewetter.',
     "Das Ministerium hat geschlafen"),
    ("Die Opposition ist empört. „Das Ministerium hat geschlafen, so Kiesewetter am Montag.", "Das Ministerium hat geschlafen"),
    # a comma before a word that is no speech verb ends nothing
    ("Er sagte: „Wir warten, bis alle zustimmen.\n\nNeuer Absatz.", "Wir warten, bis alle zustimmen."),
    # one opened inside a sentence is a term or phrase that ends with its sentence; one opened after a
    # colon may go on over sentences
    ("Die Grünen warnten vor einer „Neiddebatte. Sozialverbände kritisierten die Pläne.", "Neiddebatte."),
    ("Er sagte: „Wir warten. Alle müssen zustimmen.\n\nNeuer Absatz.", "Wir warten. Alle müssen zustimmen."),
])
def test_unbalanced_mark_closes_before_a_frame(text, said):
    (span,) = [s for s in scan_marks(text) if s.close_at is None]
    assert text[span.start:span.end] == said


@pytest.mark.parametrize("text, said", [
    # a closed quote holding its own frame and going on after it: the marks around the frame were forgotten
    ('Der Vertrag ist gekündigt. "Wir sind enttäuscht, sagte die Sprecherin des Vereins. Die Stadt hat uns nicht '
     'angehört."', ["Wir sind enttäuscht", "Die Stadt hat uns nicht angehört."]),
    ("„Wir sind enttäuscht, so Müller. Die Stadt hat uns nicht angehört.“",
     ["Wir sind enttäuscht", "Die Stadt hat uns nicht angehört."]),
    # a first-person frame, or one that goes on as a clause, is the speaker's own words
    ("„Ich weiß nicht, sagte ich mir. Dann ging ich.“", ["Ich weiß nicht, sagte ich mir. Dann ging ich."]),
    ("„Als er kam, sagte der Chef, dass alles gut werde. Das war gelogen.“",
     ["Als er kam, sagte der Chef, dass alles gut werde. Das war gelogen."]),
    # no speaker after the verb: no frame (`droht` threatens no one here)
    ("„Wenn die Behörden davon erfahren, droht ihm eine Verhaftung. Seine Frau ist schwanger.“",
     ["Wenn die Behörden davon erfahren, droht ihm eine Verhaftung. Seine Frau ist schwanger."]),
])
def test_a_quote_split_by_its_forgotten_marks(text, said):
    assert [text[s.start:s.end] for s in scan_marks(text)] == said


def test_guillemet_direction():
    assert guillemet_style("Er sagte: »Ja.« Dann ging er.") == "german"
    assert guillemet_style("Er sagte: «Ja.» Dann ging er.") == "swiss"


def test_short_terms_are_only_candidates():
    assert {c.rule for c in direct_candidates('Sie nannten das Treffen "nützlich".')} == {"direct:short"}


@pytest.mark.parametrize("text", [
    "Der Staatssekretär sagte der „Berliner Zeitung“, es gehe voran.",
    "Im Interview mit dem «heute journal» sagte die Ministerin, es gehe voran.",
    "Die Nachrichtenagentur „Xinhua“ meldete den Absturz.",
    "Eine Maschine des Typs „Boeing 767 - 300“ stürzte ab.",
    "Unterstützt wird die Aktion von der „Deutschen Krebshilfe“.",
    "Er spielte in „Nackt unter Wölfen“ mit.",
    "Er spielte in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“ mit.",
    "Er startete mit seiner „Gardan GY-80 Horizon 180“ in Zell am See.",
    "Am Abend erklärte sich der neue „Oberste Rat zur Wiederherstellung der Demokratie“ zur Regierung.",
    # a short name of capitals and digits
    "Der Planet begleitet den Stern „HD 13189“ in großem Abstand.",
    # a short name opening the sentence that a conjunction or verb continues
    "Die Hilfe lief an. „Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an, mehr Helfer zu schicken.",
])
def test_labels_names_and_titles_are_not_quotes(text):
    # a capitalised short term may still be a `direct:label` candidate: attribution keeps it only
    # after a judging verb (tests/test_pipeline.py)
    assert [text[c.start:c.end] for c in direct_candidates(text) if c.rule != "direct:label"] == []


@pytest.mark.parametrize("text, speech", [
    # a foreign title with its translation in brackets
    ("Die Dokumentation „Inside the Foreign Office“ („Hinter den Türen des Außenministeriums“) lief im Januar.", []),
    # a subheading in marks that a text without line breaks runs into, and a teaser list
    ('Das sei wichtig, sagte er. "Die Hürden so hoch wie möglich legen" Bayerns Innenminister Joachim Herrmann '
     'forderte mehr Befugnisse.', []),
    ('Das Amt prüft das. "Die Kanzlerin muss handeln" "Wer ohne Pass kommt, muss angehalten werden" 77 Prozent kommen '
     'ohne Ausweis.', []),
    # after a colon it is speech (`sagte: „…“`), even without punctuation of its own
    ('Der Minister sagte: "Wir werden antworten" Das war am Montag.', ["Wir werden antworten"]),
    # speech after a sentence end stays speech: it ends with punctuation, or a comma and cue follow
    ('Die Lage ist ernst. "Wir werden antworten", sagte der Minister.', ["Wir werden antworten"]),
    ('Die Lage ist ernst. "Wir werden antworten." Der Minister ging.', ["Wir werden antworten."]),
    # a name or title announced with a colon; `im Namen` is no name
    ("Den Namen der Sendung gab das ZDF bereits bekannt: „Karol Wojtyla – Geheimnisse eines Papstes“.", []),
    ("Der Titel des Films: „Die Stunde der Wahrheit“ läuft im Mai.", []),
    ("Im Namen der Regierung erklärte der Sprecher: „Wir bedauern das sehr“.", ["Wir bedauern das sehr"]),
    # after `nennen` and its object a lower-case word is what the thing is called, even after a title noun
    ("Der Umweltverband nannte das Gesetz „überfällig“.", ["überfällig"]),
    ("Der Verlag nannte das Buch „Die Rückkehr“.", []),
    ("Er las das Gesetz „über den Zivilschutz“.", []),
])
def test_headings_and_translated_titles_are_not_speech(text, speech):
    assert [text[c.start:c.end] for c in direct_candidates(text) if c.rule != "direct:label"] == speech


def test_a_preposition_ending_the_sentence_before_is_no_article_of_the_quote():
    text = "Die Gewerkschaft ruft zum Streik auf. „Die Arbeitgeber bieten zu wenig“, kritisierte der Verdi-Chef."
    assert inner(text) == ["Die Arbeitgeber bieten zu wenig"]


def test_partial_quote_in_reported_speech_is_kept():
    assert inner("Die Gespräche seien „offen und direkt“ verlaufen, sagte sie.") == ["offen und direkt"]


@pytest.mark.parametrize("texts, expected", [
    (["Diese", "seien", "„", "unsozial"], True),
    (["„", "unsozial", "“"], False),
    (["»", "Wir", "kommen"], True),
    (["sagte", "er"], False),
])
def test_quotation_open(texts, expected):
    from quotes.marks import quotation_open
    assert quotation_open(texts) is expected


@pytest.mark.parametrize("text, rule", [
    # a short clause in the first person is a sentence someone said, not a phrase
    ("Landrat zieht Bilanz: „Wir haben viel erreicht“", "direct:marks"),
    ("Er sagte: „Ich bin unschuldig“", "direct:marks"),
    ("Er sprach von „einer großen Gefahr“", "direct:phrase"),
])
def test_a_short_first_person_clause_is_a_quotation(text, rule):
    assert [c.rule for c in direct_candidates(text)] == [rule]


@pytest.mark.parametrize("text, rule", [
    # a noun after an article is a label to weigh when someone `sprach von` it, with words between
    ("Putin sprach von einem „Terrorakt“.", "direct:label"),
    ("Präsident Putin sprach am Sonntagabend von einem „Terrorakt“.", "direct:label"),
    # … and a title after a preposition of place otherwise
    ("Er las am Sonntagabend in einem „Spiegel“.", None),
])
def test_a_term_someone_spoke_of(text, rule):
    assert [c.rule for c in direct_candidates(text)] == ([rule] if rule else [])


@pytest.mark.parametrize("text, said", [
    # capitalised words in marks that open their sentence and a speech verb frames are said
    ("Putin lud Trump ein. „Nächstes Mal in Moskau“, sagte er auf Englisch.", ["Nächstes Mal in Moskau"]),
    # … not a nickname inside a sentence
    ("Der Versender, ein Mann mit dem Beinamen „Abu Tarbush“, bekundete Sympathie.", []),
])
def test_capitalised_words_framed_as_said(text, said):
    assert [text[c.start:c.end] for c in direct_candidates(text) if c.rule != "direct:label"] == said
