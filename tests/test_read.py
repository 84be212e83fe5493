"""Readers: encodings, formats, bad input, page junk."""

import json

import pytest

from quotes.errors import InputError, InputWarning
from datetime import date

from quotes.read import glued_headings, inline_teasers, junk_spans, mask, read_path, signs_speech, text_metadata
from quotes.types import Article


def read_one(path):
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def test_utf8_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("„Wir kommen“, sagte er.", encoding="utf-8")
    a = read_one(p)
    assert isinstance(a, Article) and a.doc == "a.txt" and a.text.startswith("„Wir")


def test_cp1252_is_decoded(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Die Gespräche über Sicherheit sind „schwierig“, sagte er.".encode("cp1252"))
    a = read_one(p)
    assert "Gespräche" in a.text and "„schwierig“" in a.text


@pytest.mark.parametrize("data, text, offsets", [
    # UTF-8 with two stray bytes: stays UTF-8, the bytes replaced and named
    ("Die Gespräche über „Sicherheit“ sind schwierig.".encode() + b" \xff und \xe4 so.",
     "Die Gespräche über „Sicherheit“ sind schwierig. \ufffd und \ufffd so.", [54, 60]),
    # with a byte order mark the offsets still count from the file's first byte
    (b"\xef\xbb\xbf" + "Größe".encode() + b"\x80", "Größe\ufffd", [10]),
])
def test_utf8_with_a_few_bad_bytes_is_replaced_with_one_warning(tmp_path, data, text, offsets):
    p = tmp_path / "broken.txt"
    p.write_bytes(data)
    items = list(read_path(p))
    assert [type(i) for i in items] == [InputWarning, Article]
    warning, article = items
    assert article.text == text and "Ã" not in article.text
    assert "broken.txt" in str(warning) and ", ".join(map(str, offsets)) in str(warning)


def test_legacy_cp1252_with_many_umlauts_is_not_taken_for_broken_utf8(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Äußerst schwierige Gespräche über Größe, Maß und Bürgschaften.".encode("cp1252"))
    items = list(read_path(p))
    assert len(items) == 1 and items[0].text.startswith("Äußerst") and "\ufffd" not in items[0].text


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00" * 50, "binary file"),
])
def test_bad_files_name_the_problem(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    e = read_one(p)
    assert isinstance(e, InputError) and problem in str(e) and "bad.txt" in str(e)


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"Wort " * 1000)
    e = next(read_path(p, max_bytes=100))
    assert isinstance(e, InputError) and "too large" in e.problem


def test_html_article_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><head><title>T</title><script>var x='„nein“';</script></head><body>"
                 "<nav>Start Politik Sport</nav><article><h1>Titel hier</h1>"
                 "<p>„Wir bleiben“, sagte die Ministerin am Montag in Berlin.</p></article></body></html>",
                 encoding="utf-8")
    a = read_one(p)
    assert "Wir bleiben" in a.text and "var x" not in a.text and "Politik" not in a.text
    assert a.title == "Titel hier"


def test_html_block_quote_keeps_its_signature(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><body><article><p>Moskau droht Polen, sagte der Minister am Dienstag in Moskau.</p>"
                 "<blockquote><p>»Wir werden unsere Sicherheit verteidigen.«</p><footer>— Sergej Schoigu, "
                 "Verteidigungsminister</footer></blockquote><p>Die Nato reagierte am Abend.</p></article>"
                 "<footer>Impressum | Datenschutz</footer></body></html>", encoding="utf-8")
    a = read_one(p)
    assert "»Wir werden unsere Sicherheit verteidigen.«\n\n— Sergej Schoigu, Verteidigungsminister" in a.text
    assert "Impressum" not in a.text
    assert "Sergej Schoigu" in mask(a.text, junk_spans(a.text))


def test_html_without_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav>Menü</nav></body></html>", encoding="utf-8")
    assert isinstance(read_one(p), InputError)


def test_jsonl_good_and_bad_lines(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"text": "Er sagte, er komme.", "source": "dpa", "date": "2022-01-10"}) + "\n"
                 "{not json\n" + json.dumps({"title": "ohne Text"}) + "\n", encoding="utf-8")
    items = list(read_path(p))
    assert isinstance(items[0], Article) and items[0].source == "dpa" and str(items[0].published) == "2022-01-10"
    assert isinstance(items[1], InputError) and "a.jsonl:2" in str(items[1])
    assert isinstance(items[2], InputError) and "no 'text'" in str(items[2])


def test_junk_blocks_are_masked_with_offsets_kept():
    body = ("Die Regierung hat am Montag neue Pläne vorgestellt, die viele Fragen offen lassen. " * 2).strip()
    text = (f"{body}\n\n{body}\n\nWeitere News\n\nSport: Titelverteidiger verliert\n\n"
            "Disney reagiert auf «Snow White»-Remake")
    masked = mask(text, junk_spans(text))
    assert len(masked) == len(text)
    assert "Snow White" not in masked and "Weitere News" not in masked and body in masked


@pytest.mark.parametrize("marker", ["Weitere News", "Auch interessant:", "Zum Thema", "Weitere Meldungen:"])
def test_a_teaser_list_after_its_marker_is_junk(marker):
    body = ("Die Regierung hat am Montag neue Pläne vorgestellt, die viele Fragen offen lassen. " * 2).strip()
    text = f'{body}\n\n{body}\n\n{marker}\nLawrow: "Wir sind zu Gesprächen bereit"\nKreml warnt vor Eskalation'
    masked = mask(text, junk_spans(text))
    assert "Lawrow" not in masked and body in masked


@pytest.mark.parametrize("tail", [
    "Teilen auf Facebook | Teilen auf X\nDas könnte Sie auch interessieren: „Putin will die Nato testen“ – Experte warnt",
    "Artikel drucken\nMehr zum Thema\nLawrow: \"Wir sind zu Gesprächen bereit\"",
])
def test_a_teaser_marker_below_sharing_links_is_junk(tail):
    """The marker opens no block of its own: the teaser below a line of sharing links went through."""
    body = ("Die Regierung hat am Montag neue Pläne vorgestellt, die viele Fragen offen lassen. " * 2).strip()
    text = f"{body}\n\n{body}\n\n{tail}"
    masked = mask(text, junk_spans(text))
    assert "Putin" not in masked and "Lawrow" not in masked and masked.count(body) == 2


@pytest.mark.parametrize("title, kept", [
    # the title line stays for its names (the interview's `Annalena Baerbock`); a one-word heading does not
    ("SPIEGEL-Gespräch mit Annalena Baerbock", True),
    ("Interview", False),
])
def test_the_title_line_is_no_junk(title, kept):
    text = f"{title}\n\nDie Außenministerin über China, Russland und die Zukunft der Nato."
    assert (title in mask(text, junk_spans(text))) is kept


def test_a_live_blogs_time_and_headline_above_the_text_are_masked():
    """`17:02 Uhr` / `London sagt weitere Hilfe zu` / the entry's text: both lines above it are
    headings; a headline's label with a name (`Selenskyj: …`) stays for its name."""
    text = ("Liveblog: Krieg in der Ukraine\n\n17:02 Uhr\nLondon sagt weitere Hilfe zu\nGroßbritannien stellt der "
            "Ukraine weitere Hilfe bereit. Das kündigte Premierminister Keir Starmer an.\n\n18:12 Uhr\nSelenskyj: "
            "Russland verschleppt Waffenruhe\nDer ukrainische Präsident wirft Moskau Verzögerung vor.")
    masked = mask(text, junk_spans(text))
    assert "17:02" not in masked and "London sagt" not in masked and "Großbritannien stellt" in masked
    assert "18:12" not in masked and "Selenskyj: Russland" in masked


def test_a_teaser_link_between_paragraphs_is_junk():
    """`Auch interessant: „…“` set between two paragraphs links another article: blanked, the text
    around it kept."""
    body = "Die Kämmerin bestätigte die Zahlen am Dienstag im Stadtrat."
    text = f"{body}\n\nAuch interessant: „So teuer wird das Parken in der Innenstadt“\n\n{body}"
    masked = mask(text, junk_spans(text))
    assert "Parken" not in masked and masked.count(body) == 2


def test_the_line_introducing_an_interview_under_the_title_is_no_junk():
    """`Interview mit Außenminister Johann Wadephul` under a headline quote names the interviewee."""
    text = ("«Wir lassen die Ukraine nicht im Stich»\n\nInterview mit Außenminister Johann Wadephul\n\n"
            "Herr Minister, die USA haben ihre Hilfe eingeschränkt. Kann Europa die Lücke füllen?")
    masked = mask(text, junk_spans(text))
    assert "Johann Wadephul" in masked
    # another heading under the title is still page chrome
    other = text.replace("Interview mit Außenminister Johann Wadephul", "Politik Ausland Europa")
    assert "Politik Ausland" not in mask(other, junk_spans(other))


@pytest.mark.parametrize("heading, masked", [
    # a heading on the line above its text (a live blog's entry) does not run into the text's first sentence
    ("12:40 Uhr – London: Russland verlegt Truppen", True),
    ("Selenskyj fordert mehr Flugabwehr", True),
    # a quotation in marks stays (a headline quote), and so does a line that is a sentence
    ("„Wir sind bereit“ – Peskow", False),
    ("Der Kanzler sagte am Montag in Berlin, man werde liefern.", False),
])
def test_a_heading_above_its_text_is_masked(heading, masked):
    text = f"Ukraine-Krieg im Liveticker\n\n{heading}\nRussland verlegt nach Einschätzung britischer Geheimdienste " \
           f"weitere Truppen in den Süden."
    out = mask(text, junk_spans(text))
    assert (heading not in out) is masked and "Russland verlegt nach Einschätzung" in out


def test_an_embedded_post_is_no_junk():
    post = "„Wir stehen zusammen.“ https://t.co/xyz\n— Olaf Scholz (@Bundeskanzler) March 1, 2022"
    text = f"Der Kanzler reagierte am Abend.\n\n{post}\n\nDie Lage bleibt ernst."
    assert post in mask(text, junk_spans(text))


def test_cookie_banner_is_junk():
    text = "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. „Akzeptieren“ klicken."
    assert "Cookies" not in mask(text, junk_spans(text))


@pytest.mark.parametrize("text, heading", [
    ("Die Wahl ist vorbei. Reaktionen Der Bundeskanzler nahm am Abend Stellung.", "Reaktionen"),
    ("Er gewann. Engagement Deutschlands Bereits im Dezember 2005 hatte Merkel verkündet, …", "Engagement Deutschlands"),
    ("Es wird knapp. Mehrheit wird dem Kanzler das Vertrauen nicht aussprechen Es wird eine Mehrheit geben.",
     "Mehrheit wird dem Kanzler das Vertrauen nicht aussprechen"),
    # titles and lists are no headings
    ("Marta Jandová, Sängerin der Rockband Die Happy, war in Pelz gekleidet.", None),
    ("Gewählt wurden SPD und Die Linke.", None),
    ("Das berichtet die Zeitung Die Welt.", None),
    ("Glauben Sie das?", None),
])
def test_glued_headings(text, heading):
    spans = glued_headings(text)
    assert [text[s:e] for s, e in spans] == ([heading] if heading else [])


@pytest.mark.parametrize("text, teaser", [
    # heading, three kicker titles; the last headline ends at a word that only opens a sentence
    ("Er warnte. Das interessiert andere MSN-Leser: Nach Absturz: Elf Tote auf Hawaii Wahl in Istanbul: Ergebnis "
     "offen Kritik: Entscheidung im Herzen der Türkei Um dem Trend zu begegnen, müsse die Partei handeln.",
     "Das interessiert andere MSN-Leser: Nach Absturz: Elf Tote auf Hawaii Wahl in Istanbul: Ergebnis offen "
     "Kritik: Entscheidung im Herzen der Türkei"),
    # a last headline in marks goes up to its closing mark
    ("Die Top-Themen der MSN-Leser: Europawahl: London will teilnehmen Greta Thunberg: Kritik an Medien Roth "
     "kritisiert Erdogan: \"Das ist eine Kriegserklärung\" Während Trump das Abkommen aufkündigte, blieb Iran.",
     "Die Top-Themen der MSN-Leser: Europawahl: London will teilnehmen Greta Thunberg: Kritik an Medien Roth "
     "kritisiert Erdogan: \"Das ist eine Kriegserklärung\""),
    # no end in sight: up to the last kicker only, never the article's words
    ("Die Top-News der MSN-Leser: Fall A: Haft B in Polen: Hotel storniert Medien: Bundeswehr geht von "
     "Pilotenfehler aus Johnson äußerte sich.", "Die Top-News der MSN-Leser: Fall A: Haft B in Polen: Hotel "
     "storniert Medien: "),
    # a title without a kicker: two kickers of three will do
    ("Mehr Top-Nachrichten auf MSN: Weber: \"Bin noch immer tief enttäuscht\" Kein Plan vom Brexit? Interview "
     "von Johnson Österreich: Politiker schießt wild um sich Auch die Fraktion hatte sich offen gezeigt.",
     "Mehr Top-Nachrichten auf MSN: Weber: \"Bin noch immer tief enttäuscht\" Kein Plan vom Brexit? Interview "
     "von Johnson Österreich: Politiker schießt wild um sich"),
    # a colon in an article sentence is no teaser
    ("Das interessiert auch die Nachbarn: Sie fragen nach dem Lärm.", None),
])
def test_inline_teasers(text, teaser):
    assert [text[s:e] for s, e in inline_teasers(text)] == ([teaser] if teaser else [])



@pytest.mark.parametrize("text, title, published", [
    ("Moskau lässt Vorgehen offen\n\n11.01.2022 Die ersten Gespräche haben wenig gebracht.", "Moskau lässt Vorgehen offen",
     date(2022, 1, 11)),
    ("Freitag, 21.01.2022 15:41 von dpa-AFX | Aufrufe: 171\n\nROUNDUP 2/Ukraine: USA und Russland reden weiter\n\n"
     "GENF (dpa-AFX) - Die USA wollen antworten.", "ROUNDUP 2/Ukraine: USA und Russland reden weiter", date(2022, 1, 21)),
    ("Gespräche in Genf\n21. Januar 2022\nDie Runde endete.", "Gespräche in Genf", date(2022, 1, 21)),
    ("Berlin, 3. Dez. 2021 – Die Regierung schweigt.", None, date(2021, 12, 3)),
    # a first line that is a sentence is no headline; a month without a day is no date
    (" date 2022-01 Das Treffen ist am Montag in Genf zu Ende gegangen.", None, None),
    ("Der Sprecher sagte am 31.02.2022, man warte ab.", None, None),
])
def test_headline_and_date_from_the_top_of_a_text_file(text, title, published):
    assert text_metadata(text) == (title, published)


def test_html_date_from_markup_and_title_from_h1(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><meta property='article:published_time' content='2022-01-12T09:00:00+01:00'>"
                 "<title>X | Zeitung</title></head><body><nav>Startseite Politik</nav><article><h1>Nato-Rat tagt</h1>"
                 "<p>Der Rat tagte am Mittwoch in Brüssel und beriet lange.</p></article></body></html>", encoding="utf-8")
    a = read_one(p)
    assert (a.title, a.published) == ("Nato-Rat tagt", date(2022, 1, 12)) and "Startseite" not in a.text


@pytest.mark.parametrize("before, line, signs", [
    ("Wir werden helfen. Das ist unser Versprechen.", "Die Außenministerin Annalena Baerbock", True),
    ("Wir werden helfen. Das ist unser Versprechen.", "Annalena Baerbock, Außenministerin", True),
    # third person is the writer's text; a one-word heading names nobody; a credit ends in a colon's list
    ("Die Regierung wird helfen.", "Die Außenministerin Annalena Baerbock", False),
    ("Wir werden helfen.", "Interview", False),
    ("Wir werden „helfen“.", "Annalena Baerbock", False),
])
def test_a_signature_line_after_first_person_speech_is_no_junk(before, line, signs):
    assert signs_speech(before, line) is signs
    text = f"Berlin (dpa) - Die Regierung berät am Montag über neue Hilfen.\n\n{before}\n\n{line}\n\nDanach ging es weiter."
    kept = line in mask(text, junk_spans(text))
    assert kept is signs


@pytest.mark.parametrize("line, kept", [
    # a short headline opening with a quotation says something; a short heading does not
    ("„Wir bleiben hart“: Lawrow verteidigt Kurs", True),
    ("»Keinen Zentimeter« – Selenskyj in Kiew", True),
    ("Reaktionen aus Moskau", False),
])
def test_a_short_headline_opening_with_a_quotation_is_no_junk(line, kept):
    body = "Moskau (dpa) - Der russische Außenminister hat am Montag den Kurs seines Landes verteidigt."
    text = f"{body}\n\n{line}\n\n{body}"
    assert (line in mask(text, junk_spans(text))) is kept


@pytest.mark.parametrize("before, line", [
    ("„Wir müssen nachdenken. Die Zeit ist reif.“", "Der französische Präsident Emmanuel Macron"),
    ("»Wir bleiben hart.«", "Kremlsprecher Dmitri Peskow"),
])
def test_a_signature_line_after_a_quotation_filling_its_paragraph_is_no_junk(before, line):
    text = f"Berlin (dpa) - Die Regierung berät am Montag über neue Hilfen.\n\n{before}\n\n{line}\n\nDanach ging es weiter."
    assert line in mask(text, junk_spans(text))


def test_an_inline_link_does_not_end_the_article():
    body = "Die Gespräche in Genf dauerten am Montag mehr als sieben Stunden, wie beide Seiten mitteilten."
    link = "Lesen Sie auch: „Putin droht dem Westen“ – Was der Kreml wirklich will"
    text = f"{body}\n\n{body}\n\n{link}\nMehr zum Thema: Nato: „Ein historischer Fehler“?\n\nEin Sprecher sagte, man erwarte wenig."
    masked = mask(text, junk_spans(text))
    assert "Putin droht" not in masked and "historischer Fehler" not in masked and "man erwarte wenig" in masked
    # RT DE's `Mehr zum Thema - …` with a dash is such a link too
    rt = f"{body}\n\n{body}\n\nMehr zum Thema - Russland: Westliche Waffen verlängern den Krieg\n\nEin Sprecher sagte, man erwarte wenig."
    masked = mask(rt, junk_spans(rt))
    assert "Westliche Waffen" not in masked and "man erwarte wenig" in masked
    # a marker alone on its line still opens the list that ends the article
    tail = f"{body}\n\n{body}\n\nMehr zum Thema\n\nNato: Ein historischer Fehler"
    assert "historischer Fehler" not in mask(tail, junk_spans(tail))


def test_a_subheading_in_marks_between_paragraphs_is_no_text():
    body = "Die Zölle würden vor allem die Autoindustrie treffen, sagte Clemens Fuest."
    heading = "„Das ist ein Angriff auf die regelbasierte Ordnung“"
    text = f"Trump droht mit Zöllen\n\n{body}\n\n{heading}\n\nBernd Lange sprach von einem Angriff."
    masked = mask(text, junk_spans(text))
    assert "Angriff auf die regelbasierte" not in masked and "Bernd Lange" in masked
    # a quotation paragraph with its stop is text
    quote = "„Wir wollen keinen Handelskrieg.“"
    text = f"Trump droht mit Zöllen\n\n{body}\n\n{quote}\n\nDanach reiste er ab."
    assert "keinen Handelskrieg" in mask(text, junk_spans(text))
