import pytest

from quotes.layout import agency_initials, glued_headings, headline_end, headline_start, inline_teasers, junk_spans, mask, signs_speech


def test_junk_blocks_are_masked_with_offsets_kept():
    body = ("Die Regierung hat am Montag neue Pläne vorgestellt, die viele Fragen offen lassen. " * 2).strip()
    text = (f"{body}\n\n{body}\n\nWeitere News\n\nSport: Titelverteidiger verliert\n\n"
            "Disney reagiert auf «Snow White»-Remake")
    masked = mask(text, junk_spans(text))
    assert len(masked) == len(text)
    assert "Snow White" not in masked and "Weitere News" not in masked and body in masked


@pytest.mark.parametrize("chrome", [
    "Von Anna Schmidt | 12.03.2024, 14:22 Uhr", "Von Anna Schmidt, dpa", "12.03.2024, 14:22 Uhr",
    "Folgen Sie uns auf Facebook und Instagram!",
])
def test_bylines_dates_and_social_prompts_are_junk(chrome):
    body = ("Die Regierung hat am Montag neue Pläne vorgestellt, die viele Fragen offen lassen. " * 2).strip()
    text = f"Titel\n\n{chrome}\n\n{body}"
    masked = mask(text, junk_spans(text))
    assert chrome not in masked and body in masked


def test_a_sentence_opening_with_von_and_a_name_is_no_byline():
    sentence = "Von Olaf Scholz, dem Kanzler, kam keine Antwort auf die Fragen der Opposition."
    text = f"Keine Antwort\n\n{sentence}"
    assert sentence in mask(text, junk_spans(text))


@pytest.mark.parametrize("marker", ["Weitere News", "Auch interessant:", "Zum Thema", "Weitere Meldungen:",
                                    # a wiki article's related links and its sources (titles in marks)
                                    "Themenverwandte Artikel", "Quellen"])
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


def test_a_page_copied_one_paragraph_per_line_loses_only_its_junk_lines():
    """No blank line anywhere: each line is a block, so a cookie banner's line takes no article with it."""
    body = "Der Präsident hat am Montag in Washington um weitere Unterstützung für sein Land geworben."
    text = (f"Startseite Politik Wirtschaft Sport\nWir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.\n"
            f"{body}\nZur Startseite")
    masked = mask(text, junk_spans(text))
    assert body in masked and "Cookies" not in masked and "Startseite" not in masked


def test_article_lines_over_a_junk_line_in_one_block_stay():
    """`Mehr zum Thema: …` under the last paragraph with no blank line between: only the link goes."""
    body = "Der Kanzler isoliere Deutschland in Europa, sagte CDU-Chef Friedrich Merz am Montag."
    text = f"Taurus-Streit\n\n{body}\n{body}\nMehr zum Thema: Taurus-Debatte: Was Sie wissen müssen"
    masked = mask(text, junk_spans(text))
    assert masked.count(body) == 2 and "Thema" not in masked and "Debatte" not in masked


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
    ("Er sprach lange. Verkehr Wegen des Streiks fielen Züge aus.", "Verkehr"),
    # a sentence's words before a noun spelled like an opener are no heading: a verb in Konjunktiv
    # or a pronoun opening them says so, and `Wegen` opens only before an article
    ("Scholz traf Macron. Man werde nach anderen Wegen suchen.", None),
    ("Die Lage ist ernst. Kiew werde nach anderen Wegen suchen.", None),
    ("Die Lage ist ernst. Wir gehen auf neuen Wegen voran.", None),
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
    # a signature closing the article is kept when an office says whose voice it is; an author's is not
    ("Ungarns Ministerpräsident Viktor Orbán", True),
    ("Peter Müller", False),
])
def test_a_signature_closing_the_article(line, kept):
    text = f"Berlin (dpa) - Die Regierung berät über neue Hilfen.\n\nWir werden helfen. Das ist unser Versprechen.\n\n{line}"
    assert (line in mask(text, junk_spans(text))) is kept


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
    # so does a box of link titles under its marker with article prose right below it
    prose = ("Der russische Botschafter warf ihr Parteilichkeit vor. Sie missbrauche ihr Amt, sagte er. Der Westen "
             "wolle den Krieg verlängern, fügte er hinzu.")
    box = f"{body}\n\n{body}\n\nMehr zum Thema\nBaerbock: Wie die Grüne ihren neuen Job angeht\n\n{prose}"
    masked = mask(box, junk_spans(box))
    assert "neuen Job" not in masked and prose in masked
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
    # … and so is one without its stop that the next paragraph says who said (`Das sagte …`)
    for frame in ("Das sagte die Grünen-Politikerin in Italien.", "Dies erklärte der Minister.",
                  "So äußerte sich der Kanzler am Abend.", "Das fügte er hinzu."):
        text = f"Trump droht mit Zöllen\n\n{body}\n\n{heading}\n\n{frame}"
        assert "Angriff auf die regelbasierte" in mask(text, junk_spans(text)), frame
    # (a paragraph opening with `Das` and no speech verb says nothing about the words before)
    text = f"Trump droht mit Zöllen\n\n{body}\n\n{heading}\n\nDas Treffen endete ohne Ergebnis."
    assert "Angriff auf die regelbasierte" not in mask(text, junk_spans(text))


@pytest.mark.parametrize("text, headline", [
    ("Scholz warnt Moskau\n\nBerlin. Der Kanzler …", "Scholz warnt Moskau"),
    # a menu masked above the headline leaves blank lines before it
    ("\n  \n\nScholz warnt Moskau\nBerlin.", "Scholz warnt Moskau"),
    ("Scholz warnt Moskau", "Scholz warnt Moskau"),
])
def test_the_headline_is_the_first_line_with_words(text, headline):
    assert text[headline_start(text):headline_end(text)] == headline


def test_a_post_cards_author_and_time_lines_are_no_junk():
    text = ("Selenskyj auf X:\n\nWladimir Selenskyj @ZelenskyyUa\n\nHeute habe ich mit Biden gesprochen.\n\n"
            "12:45 · 3. Mai 2024\n\nDas Weiße Haus bestätigte das Telefonat.")
    blanked = [text[s:e] for s, e in junk_spans(text)]
    assert not any("@ZelenskyyUa" in b or "12:45" in b for b in blanked)


def test_a_teaser_block_early_in_the_article_is_links_and_the_article_goes_on():
    text = ("Kreml: Westen will Krieg verlängern\n\nMoskau. Russland hat dem Westen vorgeworfen, den Krieg künstlich "
            "zu verlängern. Jede neue Waffenlieferung sei ein Beweis dafür, sagte Peskow.\n\nDazu passend:\n"
            "Selenskyj: „Wir brauchen mehr Zeit“\nBaerbock in Kiew: „Wir bleiben an eurer Seite“\n\n"
            "Peskow kündigte zugleich an, Russland werde seine Offensive fortsetzen.")
    blanked = [text[s:e] for s, e in junk_spans(text)]
    assert any("Baerbock in Kiew" in b for b in blanked)
    assert not any("Offensive" in b or "Waffenlieferung" in b for b in blanked)


@pytest.mark.parametrize("byline", ["Von unserem Korrespondenten Max Berger", "Von Max Berger"])
def test_a_byline_is_no_part_of_the_article(byline):
    # the author is nobody the story's `er` refers to
    text = f"Kiew liegt im Dunkeln\n\n{byline}\n\nKiew. „Wir haben keine Angst“, sagt Olena."
    assert [text[s:e] for s, e in junk_spans(text)] == [byline]



@pytest.mark.parametrize("text, junk", [
    ("Orlopp betonte, man setze weiter auf Eigenständigkeit./bek/he", "/bek/he"),
    ("Der Dax schloss im Plus.\n/jha/fba\n", None),  # on a line of its own it is a block's junk
    ("Die Quote lag bei 5/6/7 Prozent.", None),
])
def test_an_agencys_initials_after_the_last_full_stop_are_junk(text, junk):
    found = [text[s:e] for s, e in agency_initials(text)]
    assert found == ([junk] if junk else [])
