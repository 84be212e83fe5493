"""Direct speech without marks found by layout (quotes/blocks.py) on real parses of made-up
articles: block quotes, signed blocks, embedded posts, and what is none of them."""

import pytest

from quotes.blocks import POST, SIGNED, block_quotes, colon_blocks, embedded_posts, signed_blocks, signed_quotes
from quotes.marks import direct_candidates

_BODY = "Wir werden der Ukraine helfen, so lange es nötig ist. Das ist unser Versprechen."


@pytest.mark.parametrize("text, body", [
    ("Wir haben unsere Vorschläge klar formuliert und warten auf eine Antwort.\n\n"
     "Das sagte Lawrow am Montag in Moskau.", "Wir haben unsere Vorschläge klar formuliert und warten auf eine Antwort."),
    # a paragraph in Konjunktiv is reported speech: the indirect rules take it
    ("Man habe die Vorschläge klar formuliert und warte auf eine Antwort.\n\n"
     "Das sagte Lawrow am Montag in Moskau.", None),
    # the next paragraph does not open with a frame of saying
    ("Wir haben unsere Vorschläge klar formuliert und warten auf eine Antwort.\n\n"
     "Lawrow reiste danach nach Minsk.", None),
])
def test_a_paragraph_attributed_by_the_next_is_a_block_quote(nlp, text, body):
    found = [(c.rule, text[c.start:c.end]) for c in block_quotes(nlp.parse(text), [])]
    assert found == ([("direct:block", body)] if body else [])


@pytest.mark.parametrize("text, body", [
    ("Auf Telegram schrieb der Vize-Chef des Sicherheitsrats:\n\nDie Lieferung von Langstreckenwaffen ist ein Spiel "
     "mit dem Feuer. Wir werden reagieren.\n\nIn Kiew wurden die Drohungen abgetan.",
     "Die Lieferung von Langstreckenwaffen ist ein Spiel mit dem Feuer. Wir werden reagieren."),
    # a short post after the colon, in English (`the` is no Konjunktiv of an unknown verb)
    ("Auf seiner Plattform X schrieb er am Sonntag:\n\nOnly the AfD can save Germany.\n\nDer Regierungssprecher "
     "reagierte gelassen.", "Only the AfD can save Germany."),
    # a paragraph opening in Konjunktiv after the colon is reported speech: the indirect rules take it
    ("Auf Telegram schrieb der Vize-Chef des Sicherheitsrats:\n\nDie Lieferung von Langstreckenwaffen sei ein Spiel "
     "mit dem Feuer.\n\nIn Kiew wurden die Drohungen abgetan.", None),
    # a passive names no speaker: a list follows, not someone's words
    ("Den Mitgliedern der Gruppe wird vorgeworfen:\n\nEine Kofferbombe wurde 1997 vor dem Theater in Jena "
     "abgelegt.\n\nDie Ermittlungen dauern an.", None),
    # a published statement (`folgende Erklärung veröffentlicht:`) goes on over its paragraphs in the first
    # person, until the article's own words
    ("Die Außenminister der G7 haben folgende Erklärung veröffentlicht:\n\nWir verurteilen die Angriffe auf die "
     "zivile Infrastruktur.\n\nWir bekräftigen unsere Unterstützung für die Ukraine.\n\nDie Bundesregierung "
     "schloss sich der Erklärung an.",
     ["Wir verurteilen die Angriffe auf die zivile Infrastruktur.", "Wir bekräftigen unsere Unterstützung für die Ukraine."]),
    # an interview's turns after its lead-in are turns, read by the interview reader
    ("Im Interview sagte der Sprecher der Grünen, Anton Hofreiter:\n\nFrage: Herr Hofreiter, reicht das Ziel von "
     "fünf Prozent?\n\nHofreiter: Nein. Wir haben viel zu lange gezögert.", None),
    # publishing a report is no statement of one's own words
    ("Die Behörde hat gestern ihre Zahlen veröffentlicht:\n\nIm Oktober kamen 2000 Menschen über die Grenze "
     "nach Polen.\n\nDie Zahl ist gestiegen.", None),
])
def test_a_paragraph_after_a_speech_verbs_colon_is_a_block_quote(nlp, text, body):
    found = [(c.rule, text[c.start:c.end]) for c in colon_blocks(nlp.parse(text), [])]
    bodies = body if isinstance(body, list) else [body] if body else []
    assert found == [("direct:block", b) for b in bodies]


@pytest.mark.parametrize("text, signed", [
    (f"Die Ministerin reiste nach Kiew.\n\n{_BODY}\n\nDie Außenministerin Annalena Baerbock\n\nDanach traf sie "
     "den Präsidenten.", True),
    (f"Die Ministerin reiste nach Kiew.\n\n{_BODY}\nAnnalena Baerbock, Außenministerin\n\nDanach traf sie den "
     "Präsidenten.", True),
    # the signature may go on with the occasion, and the block may open the article
    (f"{_BODY}\nDie Außenministerin Annalena Baerbock in ihrer Rede vor dem Europäischen Parlament\n\nDanach traf "
     "sie den Präsidenten.", True),
    # a name closing the article is its author's; a photo credit signs nothing
    (f"Die Regierung berät.\n\n{_BODY}\n\nPeter Müller", False),
    # … unless an office says whose voice it is (with the full stop the pipeline closes a text with)
    (f"Die Regierung berät.\n\n{_BODY}\n\nUngarns Ministerpräsident Viktor Orbán", True),
    (f"Die Regierung berät.\n\n{_BODY}\n\nUngarns Ministerpräsident Viktor Orbán.", True),
    (f"Die Regierung berät.\n\n{_BODY}\n\nVon unserem Korrespondenten Peter Müller", False),
    (f"Die Regierung berät.\n\n{_BODY}\n\nFoto: Peter Müller\n\nDanach ging es weiter.", False),
])
def test_a_paragraph_signed_by_a_line_naming_its_speaker(nlp, text, signed):
    found = [(c.rule, text[c.start:c.end]) for c in signed_blocks(nlp.parse(text), [])]
    assert found == ([(SIGNED, _BODY)] if signed else [])


_THIRD = "Dieser Gipfel hat gezeigt, dass Europa handlungsfähig ist. Die Hilfen für die Ukraine sind gesichert."


@pytest.mark.parametrize("text, signed", [
    # words in no first person, signed right below by a name, a comma and an office (a page's voices)
    (f"Eine Auswahl der Stimmen:\n\n{_THIRD}\nOlaf Scholz, Bundeskanzler\n\nDie Einigung ist ein Erfolg.\n"
     "Viktor Orbán, ungarischer Ministerpräsident", True),
    # … set apart by a blank line, a name and office may be the author's; a name alone signs no such words
    (f"Die Regierung berät.\n\n{_THIRD}\n\nJulia Weber, Leiterin des Hauptstadtstudios", False),
    (f"Eine Auswahl der Stimmen:\n\n{_THIRD}\nOlaf Scholz\n\nDanach ging es weiter.", False),
])
def test_a_paragraph_in_no_first_person_signed_with_an_office(nlp, text, signed):
    found = [text[c.start:c.end] for c in signed_blocks(nlp.parse(text), [])]
    assert (_THIRD in found) is signed


_MARKED = "„Wir müssen über eine neue Sicherheitsarchitektur nachdenken.\nDie Zeit dafür ist reif.“"


@pytest.mark.parametrize("text, signature", [
    (f"Macron sprach in Paris.\n\n{_MARKED}\nDer französische Präsident Emmanuel Macron\n\nDanach reiste er ab.",
     "Der französische Präsident Emmanuel Macron"),
    (f"Macron sprach in Paris.\n\n{_MARKED}\n\nKremlsprecher Dmitri Peskow im Staatsfernsehen\n\nMehr folgt.",
     "Kremlsprecher Dmitri Peskow im Staatsfernsehen"),
    # a subheading after the quotation names no person; a quote that does not fill its paragraph is signed by nothing
    (f"Macron sprach in Paris.\n\n{_MARKED}\n\nDie Lage in Charkiw\n\nMehr folgt.", None),
    (f"Macron sprach in Paris. {_MARKED}\nDer französische Präsident Emmanuel Macron\n\nMehr folgt.", None),
])
def test_a_quotation_filling_its_paragraph_signed_by_a_line(nlp, text, signature):
    parsed = nlp.parse(text)
    signed = [c for c in signed_quotes(parsed, list(direct_candidates(text))) if c.rule == SIGNED]
    assert [text[c.cue_start:c.cue_end] for c in signed] == ([signature] if signature else [])


@pytest.mark.parametrize("text, body", [
    ("Sie schrieb:\n\nDas ist ein Angriff auf uns alle. pic.twitter.com/abc123\n"
     "— Annalena Baerbock (@ABaerbock) 10. Oktober 2022\n\nMehr dazu später.", "Das ist ein Angriff auf uns alle."),
    ("„Wir stehen zusammen.“ https://t.co/xyz\n— Olaf Scholz (@Bundeskanzler) March 1, 2022", "Wir stehen zusammen."),
    # a blank line between the post and its signature, as pages copied to text have it
    ("Peskow schrieb:\n\nRussland wird darauf reagieren.\n\n— Dmitri Peskow (@peskov) 12. März 2024\n\nMehr später.",
     "Russland wird darauf reagieren."),
    # the line that introduces the embed is the page's
    ("Er legte nach.\n\nTwitter-Beitrag von @peskov:\nRussland wird darauf reagieren.\n"
     "— Dmitri Peskow (@peskov) 12. März 2024", "Russland wird darauf reagieren."),
    # a post card: the author's line with the handle above, the time line below
    ("Er schrieb auf X:\n\nDmitri Peskow @peskov\nRussland wird darauf reagieren. https://t.co/abc\n"
     "12:45 PM · 3. Mai 2024\n\nMehr später.", "Russland wird darauf reagieren."),
    ("Er schrieb auf X:\n\nOlaf Scholz @Bundeskanzler\n\nWir stehen zusammen.\n\n12:45 · 1. März 2022\n\nMehr.",
     "Wir stehen zusammen."),
])
def test_embedded_post_is_its_authors(nlp, text, body):
    parsed = nlp.parse(text)
    (cand,) = embedded_posts(parsed)
    assert (cand.rule, parsed.text[cand.start:cand.end]) == (POST, body)
    assert parsed.text[cand.cue_start:cand.cue_end] in ("Annalena Baerbock", "Olaf Scholz", "Dmitri Peskow")


def test_a_byline_with_a_handle_is_no_post(nlp):
    # without the card's time line, the author's line is as likely a byline
    parsed = nlp.parse("Von Max Mustermann @mmuster\nDer Kanzler sagte, man sei bereit.\n\nMehr Text folgt hier.")
    assert list(embedded_posts(parsed)) == []
