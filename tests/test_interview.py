"""Interviews: answers after a person's label are that person's quotations; questions are nobody's."""

import pytest


def interview_answers(run_text, text):
    """The interview answers found in `text`."""
    return [q for q in run_text(text) if q.rule.startswith("direct:interview")]

INTERVIEW = ("Der Experte Michael Lüders warnt vor einer Eskalation in Syrien. DW: Wie überrascht waren Sie "
             "von dem Angriff? Michael Lüders: Ich war sehr überrascht. Die Gefahr der Eskalation ist groß. "
             "Was könnte daraus entstehen? Die USA sehen in Russland ihren größten Widersacher. "
             "Das kann sich aber schnell ändern.")

PARAGRAPHS = ("Die Ministerin Anna Roth über die Verhandlungen.\n\nFrage: Frau Roth, sind Sie zufrieden?\n\n"
              "Anna Roth: Wir haben viel erreicht. Aber der Weg ist noch weit.\n\n"
              "Frage: Was kommt als Nächstes?\n\nAnna Roth: Wir sprechen am Montag weiter.")


# labels in capitals (`MICHAL:` for Kristen Michal); an answer holds a report of its own speaker
CAPITALS = ("Der estnische Regierungschef Kristen Michal warnt vor der Bedrohung.\n\nFRAGE: Herr Ministerpräsident, "
            "fürchten Sie einen Angriff?\n\nMICHAL: Wir nehmen die Bedrohung ernst. Russland werde nicht aufhören, "
            "sagen viele.\n\nFRAGE: Was erwarten Sie von Deutschland?\n\nMICHAL: Wir brauchen mehr Tempo.")

# the interviewee's label is named nowhere else: its turns, answering the questions, make it a person
UNNAMED = ("Der Botschafter über die Lage.\n\nZDF: Herr Botschafter, wie bewerten Sie die Lage?\n\n"
           "Netschajew: Wir sehen die Lage mit Sorge.\n\nZDF: Sehen Sie einen Ausweg?\n\n"
           "Netschajew: Ein Ausweg ist immer möglich.")

# unlabelled questions, the first before the first answer; the article goes on after the last one
UNLABELLED = ("Die Opposition fordert einen Krisengipfel, sagte der Fraktionschef Mathias Wagner.\n\n"
              "Herr Wagner, was muss jetzt passieren?\n\nWagner: Das Land muss sofort handeln. Wir reden seit "
              "Monaten darüber.\n\nUnd der Bund?\n\nWagner: Auch Berlin ist in der Pflicht.\n\n"
              "Der Landkreis zeigt sich zuversichtlich. Die Container sind bestellt.")

# after the last answer: the credit line, then the rest of the page (teasers, another article)
TRAILING = ("Die Ministerin Anna Roth über die Verhandlungen.\n\nFrage: Frau Roth, sind Sie zufrieden?\n\n"
            "Anna Roth: Wir haben viel erreicht.\n\nFrage: Was kommt als Nächstes?\n\n"
            "Anna Roth: Wir sprechen am Montag weiter.\n\n"
            "Die Wetterlage in Bayern bleibt unbeständig. Am Wochenende wird es wieder kälter.\n\n"
            "Neue Zahlen zur Inflation liegen vor.")
CREDIT = ("Die Ministerin Anna Roth über die Verhandlungen.\n\nFrage: Frau Roth, sind Sie zufrieden?\n\n"
          "Anna Roth: Wir haben viel erreicht.\n\nFrage: Was kommt als Nächstes?\n\n"
          "Anna Roth: Wir sprechen am Montag weiter. Das Interview führte Marc Saha.")

# the questions stop: the page goes on with another article, whose own question is no turn
OTHER = "\n\n".join(f"Der Stadtrat berät am {d} über den Haushalt." for d in
                      ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"))
STOPPED = TRAILING.replace("Neue Zahlen zur Inflation liegen vor.", OTHER + "\n\nWer soll das bezahlen? "
                           "Die Opposition fordert Einsparungen.\n\nWer hilft? Der Bund zahlt.")


@pytest.mark.parametrize("text, answers", [
    (INTERVIEW, ["Ich war sehr überrascht. Die Gefahr der Eskalation ist groß.",
                 "Die USA sehen in Russland ihren größten Widersacher. Das kann sich aber schnell ändern."]),
    (PARAGRAPHS, ["Wir haben viel erreicht. Aber der Weg ist noch weit.", "Wir sprechen am Montag weiter."]),
    # the last answer spans no more paragraphs than the longest before it
    (TRAILING, ["Wir haben viel erreicht.", "Wir sprechen am Montag weiter."]),
    # the interview ends at its credit line
    (CREDIT, ["Wir haben viel erreicht.", "Wir sprechen am Montag weiter."]),
    # the interview is over where questions stop following its turns
    (STOPPED, ["Wir haben viel erreicht.", "Wir sprechen am Montag weiter."]),
    (UNNAMED, ["Wir sehen die Lage mit Sorge.", "Ein Ausweg ist immer möglich."]),
    (UNLABELLED, ["Das Land muss sofort handeln. Wir reden seit Monaten darüber.", "Auch Berlin ist in der Pflicht."]),
    (CAPITALS, ["Wir nehmen die Bedrohung ernst. Russland werde nicht aufhören, sagen viele.",
                "Wir brauchen mehr Tempo."]),
])
def test_answers_are_the_interviewees_quotes(run_text, text, answers):
    quotes = interview_answers(run_text, text)
    assert [q.text for q in quotes] == answers
    speaker = next(n for n in ("Michael Lüders", "Anna Roth", "Netschajew", "Mathias Wagner", "Kristen Michal")
                   if n.split()[-1] in text)
    assert {q.speaker.split()[-1] for q in quotes} == {speaker.split()[-1]}


def test_questions_are_no_reports(run_text):
    assert not [q for q in run_text(INTERVIEW) if "Was könnte daraus entstehen" in q.text]


@pytest.mark.parametrize("text, speaker, answers", [
    # `Antwort:` turns are the interviewee's, named in the headline or addressed in the questions
    ("Interview mit dem Politologen Thomas Jäger\n\nFrage: Herr Jäger, wie gefährlich ist die Lage?\n\nAntwort: "
     "Sehr gefährlich. Russland testet die Nato.\n\nFrage: Was sollte der Westen tun?\n\nAntwort: Geschlossen "
     "bleiben und abschrecken.", "Thomas Jäger",
     ["Sehr gefährlich. Russland testet die Nato.", "Geschlossen bleiben und abschrecken."]),
    # an outlet's label in lower case asks; a question opening the article counts
    ("t-online: Herr Kiesewetter, was erwarten Sie vom Gipfel?\n\nRoderich Kiesewetter: Ich erwarte klare "
     "Zusagen.\n\nt-online: Reicht das?\n\nKiesewetter: Nein, wir müssen mehr tun.", "Roderich Kiesewetter",
     ["Ich erwarte klare Zusagen.", "Nein, wir müssen mehr tun."]),
    # … or in the credit line below, when the questions address a title (`Herr Professor`)
    ("Frage: Herr Professor, wie gefährlich ist die Lage?\n\nAntwort: Sehr gefährlich. Wir erleben eine Eskalation."
     "\n\nFrage: Was sollte der Westen tun?\n\nAntwort: Er muss mit einer Stimme sprechen.\n\nDas Interview mit "
     "dem Politologen Carlo Masala führte Julia Weber.", "Carlo Masala",
     ["Sehr gefährlich. Wir erleben eine Eskalation.", "Er muss mit einer Stimme sprechen."]),
    # … or named by the credit line after the interviewer (`führte X mit dem Botschafter Y`)
    ("Frage: Herr Botschafter, wie bewerten Sie die Lage?\n\nAntwort: Die Lage ist ernst. Wir haben viel erreicht.\n\n"
     "Frage: Was erwarten Sie?\n\nAntwort: Mehr Tempo. Jede Verzögerung kostet Leben.\n\n"
     "Das Interview führte Maria Müller mit dem ukrainischen Botschafter Oleksij Makejew.", "Oleksij Makejew",
     ["Die Lage ist ernst. Wir haben viel erreicht.", "Mehr Tempo. Jede Verzögerung kostet Leben."]),
    # an outlet asks, and a label the questions address by name answers, though no one is named in full
    ("„Wir brauchen mehr Tempo“\n\nSPIEGEL: Frau Grimm, wie steht es um die Industrie?\n\nGrimm: Die Lage ist "
     "ernst. Viele Unternehmen investieren im Ausland.\n\nSPIEGEL: Was muss die Regierung tun?\n\nGrimm: Sie muss "
     "die Energiepreise senken.", "Grimm",
     ["Wir brauchen mehr Tempo", "Die Lage ist ernst. Viele Unternehmen investieren im Ausland.",
      "Sie muss die Energiepreise senken."]),
    # an explainer's questions and answers name no one: no interview
    ("Frage: Was ist ein Tarifvertrag?\n\nAntwort: Ein Vertrag zwischen Gewerkschaft und Arbeitgebern.\n\n"
     "Frage: Wer schließt ihn?\n\nAntwort: Die Tarifparteien.", None, []),
])
def test_answers_labelled_answer_or_asked_by_an_outlet(run_text, text, speaker, answers):
    quotes = interview_answers(run_text, text)
    assert [q.text for q in quotes] == answers
    assert {q.speaker for q in quotes} == ({speaker} if speaker else set())


# no labels at all: the questions set apart by their paragraphs, the interviewee addressed by name
NO_LABELS = ("Der ukrainische Botschafter Andrij Melnyk fordert schwere Waffen. Im Gespräch mit unserer Zeitung "
             "erklärt er, warum.\n\nHerr Melnyk, was erwarten Sie von Berlin?\n\nWir erwarten, dass Deutschland "
             "endlich liefert. Jeder Tag zählt.\n\nKanzler Scholz sagt, Deutschland tue bereits viel.\n\n"
             "Das reicht nicht. Andere Länder liefern mehr.\n\nWas sagen Sie zu den Sanktionen?\n\n"
             "Sie wirken, aber zu langsam.\n\nDas Interview führte Marc Saha.")


def test_an_interview_without_labels(run_text):
    # every paragraph after the first question is an answer, but the questions and a statement put to
    # the interviewee (someone else's words, in no first person, between two answers)
    quotes = interview_answers(run_text, NO_LABELS)
    assert [q.text for q in quotes] == ["Wir erwarten, dass Deutschland endlich liefert. Jeder Tag zählt.",
                                        "Das reicht nicht. Andere Länder liefern mehr.",
                                        "Sie wirken, aber zu langsam."]
    assert {q.speaker for q in quotes} == {"Andrij Melnyk"}


def test_a_genre_heading_is_no_turns_label(run_text):
    """`Interview: Finanzminister X über …` over the questions is a heading, not a labelled turn."""
    text = ("Interview: Finanzminister Christian Lindner über Russland und die Schuldenbremse\n\n"
            "Herr Lindner, wirken die Sanktionen gegen Russland?\n\nJa, die Sanktionen wirken. Die russische "
            "Wirtschaft ist in einer schwierigen Lage.\n\nMüssen wir mehr Schulden machen?\n\nNein. Wir setzen "
            "Prioritäten im Haushalt.\n\nDie Fragen stellte Markus Decker.")
    quotes = interview_answers(run_text, text)
    assert [q.text for q in quotes] == ["Ja, die Sanktionen wirken. Die russische Wirtschaft ist in einer schwierigen "
                                        "Lage.", "Nein. Wir setzen Prioritäten im Haushalt."]
    assert {q.speaker for q in quotes} == {"Christian Lindner"}


@pytest.mark.parametrize("text", [
    # questions closing paragraphs, but no one addressed or named as the interview's partner
    "Die Lage bleibt ernst.\n\nWer hilft?\n\nDer Bund zahlt nicht.\n\nWer dann?\n\nNiemand weiß es.",
    # one question, and the lead does not say it is an interview
    "Der Minister Peter Wagner reiste nach Kiew.\n\nHerr Wagner, was nun?\n\nWir helfen, wo wir können.",
    # a name and a colon once, with no questions after it: a heading, not an interview
    "Michael Lüders: Alarmstufe Rot. Der Experte sieht die Lage in Syrien mit Sorge.",
    # a headline quote is a quote in marks, not an interview turn
    'Lüders: "Alarmstufe Rot im Syrien-Konflikt". Der Experte sieht die Lage mit Sorge.',
    "Fazit: Die Lage bleibt ernst. Wer hilft? Wer zahlt? Niemand weiß es.",
    # one question before a label and none after it: a heading, not an interview
    "Was sagt die Opposition?\n\nMathias Wagner: Die Lage ist ernst.\n\nDer Landtag berät am Montag.",
    # a label opening two statements in a row and a question between them is a list, not turns
    "Fazit: Die Lage bleibt ernst.\n\nFrage: Wer hilft?\n\nFazit: Niemand weiß es.",
    # a name and a colon, then a long article: its questions, far from the label, are no interview
    "Michael Lüders: Die Lage ist ernst.\n\n" + OTHER + "\n\nWer hilft? Wer zahlt? Niemand weiß es.",
])
def test_no_interview(run_text, text):
    assert not interview_answers(run_text, text)


@pytest.mark.parametrize("text, answers", [
    (STOPPED, 2),
    # a name and a colon, then a long article whose questions come far from the label
    ("Michael Lüders: Die Lage ist ernst.\n\n" + OTHER + "\n\nWer hilft? Wer zahlt? Niemand weiß es.", 0),
])
def test_turns_end_where_the_questions_stop(nlp, text, answers):
    from quotes.interview import turns
    from quotes.pipeline import prepare_text
    from quotes.types import Article

    parsed = nlp.parse(prepare_text(Article("t.txt", text)))
    assert len(turns(parsed, {"Lüders", "Roth"}).answers) == answers


def test_a_masthead_asks_the_questions(run_text):
    """`ZEIT ONLINE:` in capitals is the outlet asking, not a second person answering."""
    text = ("Der frühere Nato-Generalsekretär Anders Fogh Rasmussen über die Lage in der Ukraine.\n\n"
            "ZEIT ONLINE: Herr Rasmussen, wie gefährlich ist die Lage?\n\n"
            "Rasmussen: Sehr gefährlich. Putin testet unsere Entschlossenheit.\n\n"
            "ZEIT ONLINE: Was sollte der Westen tun?\n\nRasmussen: Wir müssen die Ukraine unterstützen.")
    quotes = interview_answers(run_text, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Sehr gefährlich. Putin testet unsere Entschlossenheit.", "Anders Fogh Rasmussen"),
        ("Wir müssen die Ukraine unterstützen.", "Anders Fogh Rasmussen")]


def test_an_interviewers_statement_is_no_answer(run_text):
    """`SPIEGEL: Der Botschafter hat Ihnen … vorgeworfen.` puts a statement to the interviewee: it is
    the interviewer's turn, like a question, and no report runs over the next turn's label."""
    text = ("Die Außenministerin Annalena Baerbock über China.\n\nSPIEGEL: Frau Baerbock, ist der Westen zu naiv?\n\n"
            "Baerbock: Wir waren zu lange zu naiv. Das ändern wir jetzt.\n\n"
            "SPIEGEL: Der chinesische Botschafter hat Ihnen Einmischung vorgeworfen.\n\n"
            "Baerbock: Das weise ich zurück. Menschenrechte sind keine innere Angelegenheit.")
    quotes = run_text(text)
    assert [q.text for q in quotes if q.rule.startswith("direct:interview")] == [
        "Wir waren zu lange zu naiv. Das ändern wir jetzt.",
        "Das weise ich zurück. Menschenrechte sind keine innere Angelegenheit."]
    assert not [q for q in quotes if "Botschafter" in q.text or "Baerbock:" in q.text]


def test_unlabelled_questions_and_a_statement_put_between_two_turns(run_text):
    """Questions with no label, the first closing a paragraph that opens with a statement; a
    statement with no question mark between two turns of the same person is the interviewer's
    (a label comes again only after someone else spoke)."""
    text = ("«Wir lassen die Ukraine nicht im Stich»\n\nInterview mit Außenminister Johann Wadephul\n\n"
            "Herr Minister, die USA haben ihre Hilfe für die Ukraine eingeschränkt. Kann Europa die Lücke füllen?\n\n"
            "Wadephul: Europa kann und muss mehr tun. Wir haben die Mittel, wir haben die Industrie.\n\n"
            "Ist dieser Wille jetzt da?\n\nWadephul: Ich bin zuversichtlich.\n\n"
            "Moskau droht mit Konsequenzen, falls Taurus-Marschflugkörper geliefert werden.\n\n"
            "Wadephul: Drohungen aus dem Kreml sind nichts Neues. Wir lassen uns davon nicht einschüchtern.\n\n"
            "Das Gespräch führte Anna Schmidt.")
    quotes = interview_answers(run_text, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Wir lassen die Ukraine nicht im Stich", "Johann Wadephul"),
        ("Europa kann und muss mehr tun. Wir haben die Mittel, wir haben die Industrie.", "Johann Wadephul"),
        ("Ich bin zuversichtlich.", "Johann Wadephul"),
        ("Drohungen aus dem Kreml sind nichts Neues. Wir lassen uns davon nicht einschüchtern.", "Johann Wadephul")]


def test_a_label_that_mostly_asks_is_the_interviewer_even_if_taken_for_a_person(run_text):
    """`ZDFheute:` opens two questions and one statement: the statement is the interviewer's too."""
    text = ("Der CDU-Außenpolitiker Norbert Röttgen fordert mehr Unterstützung für Kiew. Im Interview mit ZDFheute "
            "erklärt er, warum.\n\nZDFheute: Herr Röttgen, wie bewerten Sie die aktuelle Lage?\n\nNorbert Röttgen: Sie "
            "ist ernst. Russland rückt langsam vor, und wir liefern zu zögerlich.\n\nZDFheute: Was muss die "
            "Bundesregierung tun?\n\nRöttgen: Sie muss endlich den Taurus liefern. Alles andere ist ein Signal der "
            "Schwäche an Putin.\n\nZDFheute: Der Kanzler sagt, das Risiko einer Eskalation sei zu groß.\n\nRöttgen: Das "
            "Gegenteil ist richtig. Schwäche lädt Putin ein, weiterzumachen.\n\nDas Interview führte Anna Schmidt.")
    quotes = run_text(text)
    assert [q.speaker for q in quotes if q.rule.startswith("direct:interview")] == ["Norbert Röttgen"] * 3


def test_a_web_name_in_lower_case_labels_the_interviewer(run_text):
    """`tagesschau.de:` opens the questions and a statement put to the interviewee: neither is an answer."""
    text = ("Der CDU-Politiker Roderich Kiesewetter kritisiert die Bundesregierung.\n\ntagesschau.de: Herr Kiesewetter, "
            "hat Deutschland genug getan?\n\nRoderich Kiesewetter: Nein. Wir liefern zu wenig und zu spät.\n\n"
            "tagesschau.de: Der Kanzler verweist auf die Milliardenhilfen.\n\nKiesewetter: Die Summen sind "
            "beeindruckend, aber entscheidend ist, was an der Front ankommt.\n\ntagesschau.de: Was erwarten Sie?\n\n"
            "Kiesewetter: Dass wir Kurs halten, auch wenn es unbequem wird.")
    assert [q.text for q in interview_answers(run_text, text)] == [
        "Nein. Wir liefern zu wenig und zu spät.",
        "Die Summen sind beeindruckend, aber entscheidend ist, was an der Front ankommt.",
        "Dass wir Kurs halten, auch wenn es unbequem wird."]


@pytest.mark.parametrize("headline, speaker", [
    # the headline's quotation over an interview, with only the genre beside it: the interviewee's
    ("Interview: „Wir sprechen bald wieder“", "Anna Roth"),
    ("„Wir sprechen bald wieder“", "Anna Roth"),
    # one the answer says again word for word is one statement with it: the answer's row alone
    ("Interview: „Wir haben viel erreicht“", None),
])
def test_headline_quote_over_an_interview(run_text, headline, speaker):
    text = headline + "\n\n" + PARAGRAPHS.split("\n\n", 1)[1]
    found = run_text(text)
    quotes = [q for q in found if q.end < len(headline) + 2]
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])
    assert any(q.speaker == "Anna Roth" and q.text.startswith("Wir haben viel erreicht") for q in found)


def test_headline_quote_under_an_interview_heading(run_text):
    """`Interview mit X` above the headline in marks: the headline is no subheading, and it is X's."""
    text = ("Interview mit Außenminister Johann Wadephul\n\n„Wir lassen die Ukraine nicht im Stich“\n\n"
            "SPIEGEL: Herr Wadephul, wie lange kann Deutschland die Ukraine noch unterstützen?\n\n"
            "Wadephul: So lange wie nötig. Das ist keine Frage des Geldes, sondern unserer Sicherheit.\n\n"
            "SPIEGEL: Die AfD sagt, die Hilfe verlängere nur den Krieg.\n\n"
            "Wadephul: Das ist falsch. Wer das behauptet, spielt Putins Spiel.")
    found = {q.text: q.speaker for q in run_text(text)}
    assert found.get("Wir lassen die Ukraine nicht im Stich") == "Johann Wadephul", found


def test_the_lead_in_of_an_unlabelled_question_is_the_interviewers(run_text):
    """`Der Kanzler zögert bei Taurus. Zu Recht?` between labelled answers: the whole paragraph is
    asked, not the end of the answer before it."""
    text = ("Interview mit Ex-General Domröse\n\nHerr Domröse, wie ist die Lage?\n\n"
            "Domröse: Sehr ernst. Die Russen haben mehr Munition.\n\nWas muss der Westen tun?\n\n"
            "Domröse: Vor allem Luftabwehr liefern.\n\nDer Kanzler zögert bei Taurus. Zu Recht?\n\n"
            "Domröse: Nein. Ich halte das für einen Fehler.")
    quotes = interview_answers(run_text, text)
    assert [q.text for q in quotes] == ["Sehr ernst. Die Russen haben mehr Munition.", "Vor allem Luftabwehr liefern.",
                                        "Nein. Ich halte das für einen Fehler."]


def test_a_report_of_the_one_answering_is_part_of_the_answer(run_text):
    text = ("Der estnische Regierungschef Kristen Michal warnt vor der Bedrohung.\n\nFRAGE: Herr Ministerpräsident, "
            "fürchten Sie einen Angriff?\n\nMICHAL: Wir nehmen die Bedrohung ernst. Russland wird nicht aufhören, "
            "solange es nicht gestoppt wird.\n\nFRAGE: Was erwarten Sie?\n\nMICHAL: Wir brauchen mehr Tempo.")
    assert [q.kind for q in run_text(text) if "aufhören" in q.text] == ["direct"]


def test_an_unlabelled_interview_under_a_one_word_kicker(run_text):
    """`Interview` over the headline is page junk to the parser, yet it says the article is an interview
    (one question ends in `?`, the other is a statement put); an answer's first sentence that looks like
    a free report is the answer's, not carried from the question."""
    text = ("Interview\n\n„Wir brauchen mehr Tempo“\n\nDie Bürgermeisterin von Köln, Henriette Reker, über Wohnungsnot "
            "und Verkehr.\n\nFrau Reker, Köln fehlen Zehntausende Wohnungen. Was tun Sie dagegen?\n\nWir bauen so viel "
            "wie lange nicht. Wir brauchen mehr Tempo.\n\nViele Kölner klagen über den Verkehr.\n\nDas verstehe ich. "
            "Wir investieren massiv in Radwege.")
    found = run_text(text)
    assert [(q.speaker, q.text) for q in found] == [
        ("Henriette Reker", "Wir bauen so viel wie lange nicht. Wir brauchen mehr Tempo."),
        ("Henriette Reker", "Das verstehe ich. Wir investieren massiv in Radwege.")]


def test_the_interviewers_label_is_nobodys_name(run_text):
    """`Frage:` opens the interviewer's turns: no person a pronoun in an answer could refer to."""
    text = ("Der frühere Diplomat Wolfgang Ischinger über die Lage.\n\nFrage: Herr Ischinger, droht ein Krieg?\n\n"
            "Ischinger: Ein Krieg ist nicht unausweichlich.\n\nFrage: Was sollte die Bundesregierung tun?\n\n"
            "Ischinger: Sie sollte im Gespräch bleiben und klarmachen, dass ein Angriff einen hohen Preis hätte.")
    assert "Frage" not in {q.speaker for q in run_text(text)}
