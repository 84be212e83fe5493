"""Reported-speech candidates (quotes/detect.py) on real parses of made-up
sentences: which rule finds the report and where its span starts and ends."""

import pytest

from quotes.detect import indirect_candidates
from quotes.marks import direct_candidates


@pytest.fixture(scope="module")
def reports(nlp):
    def run(text: str) -> list[tuple[str, str]]:
        parsed = nlp.parse(text)
        return [(c.rule, text[c.start:c.end]) for c in indirect_candidates(parsed, [])]
    return run


@pytest.fixture(scope="module")
def marked_reports(nlp):
    """(rule, span) of the reports, with the text's quotations in marks found first, as the pipeline does."""
    def run(text: str) -> list[tuple[str, str]]:
        parsed = nlp.parse(text)
        direct = [(c.start - 1, c.end + 1) for c in direct_candidates(parsed.text)]
        return [(c.rule, text[c.start:c.end]) for c in indirect_candidates(parsed, direct)]
    return run


@pytest.mark.parametrize("text, rule, span", [
    ("Der Minister sagte, dass die Lage ernst sei.", "indirect:dass", "dass die Lage ernst sei"),
    # a relative clause whose own verb frames a report is no report of the verb before it
    ("Das bestätigte Innenminister Hans Maier, der zugleich betonte, die Lage sei unter Kontrolle.",
     "indirect:konjunktiv", "die Lage sei unter Kontrolle."),
    # a question word the tagger takes for a conjunction opens the reported question
    ("Sie fragte, warum Journalisten immer das Schlimmste annähmen.", "indirect:konjunktiv",
     "warum Journalisten immer das Schlimmste annähmen"),
    # a Konjunktiv clause with a `dass` clause inside it is reported whole
    ("Der Minister sagte, er sei zuversichtlich, dass eine Lösung gefunden werde.", "indirect:konjunktiv",
     "er sei zuversichtlich, dass eine Lösung gefunden werde."),
    ("Der Minister sagte, die Lage sei ernst.", "indirect:konjunktiv", "die Lage sei ernst."),
    ("Die Ministerin kündigte an, im Herbst zurückzutreten.", "indirect:zu", "im Herbst zurückzutreten."),
    ("Wie die Polizei mitteilte, wurde niemand verletzt.", "indirect:wie", "wurde niemand verletzt."),
    ("Denn wie die Zeitung am Montag berichtete, leidet der Schauspieler an Alzheimer.", "indirect:wie",
     "leidet der Schauspieler an Alzheimer."),
    ("Laut der Polizei wurden zwei Menschen verletzt.", "indirect:laut", "wurden zwei Menschen verletzt."),
    ("Nach Auskunft der Polizei wurden zwei Menschen verletzt.", "indirect:nach", "wurden zwei Menschen verletzt."),
    ("Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf dem Rückflug.", "indirect:nach",
     "befand sich der Hubschrauber auf dem Rückflug."),
    # a title in marks closes the source phrase, whatever the tagger made of the verb after it
    ("Laut einem Bericht der „New York Times“ plant Washington neue Hilfen.", "indirect:laut",
     "plant Washington neue Hilfen."),
    # … and so does a lower-case word after its noun (`telefonierte` tagged an adjective)
    ("Nach Angaben des Weißen Hauses telefonierte Biden am Abend mit Netanjahu.", "indirect:nach",
     "telefonierte Biden am Abend mit Netanjahu."),
    # … not the participle closing an attribute opened by `von` after the article
    ("Nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums wurden 15.000 Menschen getötet.",
     "indirect:nach", "wurden 15.000 Menschen getötet."),
    ("Dem Kreml zufolge war das Treffen nützlich.", "indirect:zufolge", "war das Treffen nützlich."),
    # a source phrase with an owner after `von` and owners joined by `und` stays out of the report
    ("Recherchen von NDR und WDR zufolge sollen jährlich bis zu 1,5 Milliarden Euro eingespart werden.",
     "indirect:zufolge", "sollen jährlich bis zu 1,5 Milliarden Euro eingespart werden."),
    # someone's view, read as `nach Ansicht`
    ("Aus Sicht des Kremls ist das Angebot unrealistisch.", "indirect:nach", "ist das Angebot unrealistisch."),
    ("Aus seiner Sicht ist das Angebot unrealistisch.", "indirect:nach", "ist das Angebot unrealistisch."),
    ("Ihm zufolge fehlen allein in diesem Jahr zwei Millionen Euro.", "indirect:zufolge",
     "fehlen allein in diesem Jahr zwei Millionen Euro."),
    ("Die Preise steigen weiter, so die Bundesbank.", "indirect:so", "Die Preise steigen weiter"),
    ("Der Umsatz wird steigen, teilte das Unternehmen mit.", "indirect:frame-after", "Der Umsatz wird steigen"),
    # a zu-infinitive outside the marks reports, whatever share the marks hold
    ("Die Präsidentin kündigte an, die Hilfen „auf die eine oder andere Weise“ bereitzustellen.", "indirect:zu",
     "die Hilfen „auf die eine oder andere Weise“ bereitzustellen."),
    # a conclusion the next sentence says someone reached
    ("Die Wirtschaft wird in diesem Jahr erneut schrumpfen. Zu diesem Ergebnis kommt das Ifo-Institut in seiner "
     "Prognose.", "indirect:frame-after", "Die Wirtschaft wird in diesem Jahr erneut schrumpfen."),
    # a known verb's past form the tagger took for an adjective
    ("Schon jetzt schrieben zwei Drittel der Häuser rote Zahlen, sagte Vorstandschef Gerald Gaß.",
     "indirect:frame-after", "Schon jetzt schrieben zwei Drittel der Häuser rote Zahlen"),
    # a list of names set off by commas after the cue is its subject, not the report
    ("In einer gemeinsamen Erklärung betonten Merz, Macron und Starmer, Grenzen dürften nicht verschoben werden.",
     "indirect:konjunktiv", "Grenzen dürften nicht verschoben werden."),
    # a belief framing the sentence before (`Das glaubt X`), past a particle before the subject
    ("Die Lage in den Kommunen ist dramatisch. Das glaubt jedenfalls die Präsidentin des Städtetags, Eva Weber.",
     "indirect:frame-after", "Die Lage in den Kommunen ist dramatisch."),
    # `Damit` right before a finite verb (a strong verb's plural past tagged an adjective) is an adverb
    ("Damit gingen Hunderte Arbeitsplätze verloren, warnte die Gewerkschaft.", "indirect:frame-after",
     "Damit gingen Hunderte Arbeitsplätze verloren"),
    # after a colon a verb the lemmatizer does not know is Konjunktiv I in the clause's verb slot
    ("Ratsmitglied Veronika Grimm widersprach teilweise: Ohne Reformen verpuffe jedes Investitionsprogramm.",
     "indirect:konjunktiv", "Ohne Reformen verpuffe jedes Investitionsprogramm."),
    # a verb with its own subject and article after the comma frames the clause before it in any mood,
    # however the parser coordinated the two
    ("Die Substanzen wirkten auch gegen multiresistente Keime, berichten die Wissenschaftler im Fachjournal "
     "„Nature“.", "indirect:frame-after", "Die Substanzen wirkten auch gegen multiresistente Keime"),
    # a belief shown after the clause believed (`sein`, `sich zeigen`, `sich geben` + lexicon/attitude_adjectives.txt)
    ("Das Gesetz werde die Genehmigungen beschleunigen, ist Verena Hubertz überzeugt.", "indirect:frame-after",
     "Das Gesetz werde die Genehmigungen beschleunigen"),
    ("Der Konflikt lasse sich nur politisch lösen, zeigte sich der Außenminister sicher.", "indirect:frame-after",
     "Der Konflikt lasse sich nur politisch lösen"),
    ("Ein Durchbruch sei möglich, gab sich Kanzler Merz zuversichtlich.", "indirect:frame-after",
     "Ein Durchbruch sei möglich"),
    # a phrase closing the frame as a particle does (`gab … zu bedenken`, lexicon/phrase_cues.tsv)
    ("Die Daten reichten noch nicht aus, um Aussagen zu treffen, gab der Astrophysiker Thomas Henning zu bedenken.",
     "indirect:frame-after", "Die Daten reichten noch nicht aus, um Aussagen zu treffen"),
    # a long frame counted in words, not in the tokens of a hyphenated name
    ("Die Daten reichten nicht aus, gab der Astrophysiker Thomas Henning vom Max-Planck-Institut für Astronomie in "
     "Heidelberg zu bedenken.", "indirect:frame-after", "Die Daten reichten nicht aus"),
    # a frame in the pluperfect, with an adverb the tagger called a verb (`bereits`) inside it
    ("China trage Mitverantwortung für den Krieg, hatte der CDU-Politiker bereits vor seiner Abreise gesagt.",
     "indirect:frame-after", "China trage Mitverantwortung für den Krieg"),
    # a verb with its own subject after a Konjunktiv clause frames it, however the parser coordinated them
    ("Die Regierung plane neue Sanktionen, berichtete die Zeitung unter Berufung auf Regierungskreise.",
     "indirect:frame-after", "Die Regierung plane neue Sanktionen"),
    ("Die Lage sei ernst. So äußerte sich der Minister am Montag.", "indirect:frame-after", "Die Lage sei ernst."),
    ("Sie äußerte die Hoffnung, dass der Krieg bald ende.", "indirect:dass", "dass der Krieg bald ende."),
    # a name set off by commas between the verb and its particle belongs to the frame
    ("Am Montag teilte der Sprecher der Regierung, Steffen Seibert, mit, dass die Gespräche fortgesetzt würden.",
     "indirect:dass", "dass die Gespräche fortgesetzt würden."),
    ("Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass das Handy eingeloggt war.",
     "indirect:dass", "dass das Handy eingeloggt war."),
    ("Zudem teilte der Chef der Behörde, Thomas Müller, am Montag in Berlin mit, die Kontrollen würden verschärft.",
     "indirect:konjunktiv", "die Kontrollen würden verschärft."),
    ("Am Montag sagte der Sprecher der Regierung, Steffen Seibert, die Gespräche würden fortgesetzt.",
     "indirect:konjunktiv", "die Gespräche würden fortgesetzt."),
    # a speech verb inside another verb's clause frames the report itself
    ("Nach dem Treffen zeigte sich Scholz zufrieden und sagte, man sei auf einem guten Weg.",
     "indirect:konjunktiv", "man sei auf einem guten Weg."),
    # `…, das teilte X mit` after a main clause opening with a preposition that can also open a clause
    ("Seit dem 19. Juni ist die Hauptkamera ausgefallen, das teilte das „Space Telescope Science Institute“ mit.",
     "indirect:frame-after", "Seit dem 19. Juni ist die Hauptkamera ausgefallen"),
    # a verb after a comma frames the clause before it as well as the one it goes on with (without `und`)
    ("Kontakt zu seinem früheren Geschäftspartner habe er aber nicht, sagt er am Telefon und er könne aus Gründen "
     "der Schweigepflicht auch nichts sagen.", "indirect:frame-after",
     "Kontakt zu seinem früheren Geschäftspartner habe er aber nicht"),
    ("Kontakt zu seinem früheren Geschäftspartner habe er aber nicht, sagt er am Telefon und er könne aus Gründen "
     "der Schweigepflicht auch nichts sagen.", "indirect:konjunktiv",
     "er könne aus Gründen der Schweigepflicht auch nichts sagen"),
    # a subordinate clause, then the main clause opening with its finite verb, then the frame
    ("Seit er im Amt ist, hat sich viel geändert, sagte Müller.", "indirect:frame-after",
     "Seit er im Amt ist, hat sich viel geändert"),
    # a Konjunktiv conjunct opening with its verb after the report's comma goes on with the report
    ("Aus Kiew hieß es, man respektiere die Entscheidung, hoffe aber auf ein Umdenken.", "indirect:konjunktiv",
     "man respektiere die Entscheidung, hoffe aber auf ein Umdenken."),
    # a fronted phrase, then a Konjunktiv verb: a main clause the frame after it reports
    ("Ohne die Umlage drohe der Zusammenbruch des Gasmarkts, sagte Habeck am Montag in Berlin.",
     "indirect:frame-after", "Ohne die Umlage drohe der Zusammenbruch des Gasmarkts"),
    # … and before `und` and a second speaker's frame, however long that speaker's name
    ("Die Grünen sagten, die EU-Kommission habe sich den Interessen von BASF untergeordnet und die Fraktion der "
     "Grünen im Landtag von Mecklenburg-Vorpommern forderte vom Minister einen Anbaustopp.", "indirect:konjunktiv",
     "die EU-Kommission habe sich den Interessen von BASF untergeordnet"),
    # a report ends before `, und` and a second speech verb, without the comma
    ("Lawrow erklärte zudem, man wolle keine Eskalation, und fügte hinzu, der Westen trage die Verantwortung.",
     "indirect:konjunktiv", "man wolle keine Eskalation"),
    # a speech verb in a relative clause frames nothing after it
    ("Stoltenberg, der sich am Rande des Gipfels äußerte, sagte, die Nato sei geeinter denn je.",
     "indirect:konjunktiv", "die Nato sei geeinter denn je."),
    # a source opening the sentence holds the speech verb's report: hearsay, not the verb subject's words
    ("Lawrow zufolge hat Washington zugesagt, bis Ende der Woche schriftlich zu antworten.", "indirect:zufolge",
     "hat Washington zugesagt, bis Ende der Woche schriftlich zu antworten."),
    # a word the tagger called punctuation still ends the report (`je` tagged PUNCT)
    ("Die Allianz sei stärker denn je, sagte Austin.", "indirect:konjunktiv", "Die Allianz sei stärker denn je"),
    # `soll` after a speech verb and its comma: that verb's report, however the parser hung it
    ("Die Zeitung berichtete, 200 Mitarbeiter sollen entlassen werden.", "indirect:v2",
     "200 Mitarbeiter sollen entlassen werden."),
    ("Die Zeitung berichtete, die Mitarbeiter sollen entlassen werden.", "indirect:v2",
     "die Mitarbeiter sollen entlassen werden."),
    # a source phrase between the cue and the comma is no part of the report, nor is the report's
    # subject part of the source
    ("Kremlsprecher Dmitri Peskow sagte der Agentur Interfax zufolge, Moskau sei zu Gesprächen bereit.",
     "indirect:konjunktiv", "Moskau sei zu Gesprächen bereit."),
    ("Peskow sagte laut Interfax, Moskau sei zu Gesprächen bereit.", "indirect:konjunktiv",
     "Moskau sei zu Gesprächen bereit."),
    # a noun's owner after `aus`/`von` before the comma; the main clause and an indicative concession
    # after the report are not reported
    ("Es gab die erste Rüge aus dem Kreml, der Angriff sei eine Aggression, auch wenn die Russen gewarnt "
     "worden waren.", "indirect:konjunktiv", "der Angriff sei eine Aggression"),
    ("Die Forderung von Scholz, die Ukraine müsse verhandeln, stieß auf Kritik.", "indirect:konjunktiv",
     "die Ukraine müsse verhandeln"),
    ("Lawrow sagte, man sei bereit, auch wenn der Westen das nicht glauben wolle.", "indirect:konjunktiv",
     "man sei bereit, auch wenn der Westen das nicht glauben wolle."),
    ("Die Lage bleibe ernst, wie Burt Rutan, Chef der Firma, mitteilte.", "indirect:wie", "Die Lage bleibe ernst"),
    # a main clause whose verb of thinking has no clause of its own is what the `wie` clause's source told
    ("Wie die Zeitung berichtet, rechnet das Ressort mit hohen Ausfällen.", "indirect:wie",
     "rechnet das Ressort mit hohen Ausfällen."),
    # `…, wie … es wäre, …, sagte X`: the inverted verb after a comma frames all before it; the
    # `wie` clause is part of the report, not its frame
    ("Jeder neue Premier müsse wissen, wie illegitim es wäre, den Schotten die Abstimmung zu verweigern, "
     "sagte Sturgeon.", "indirect:konjunktiv",
     "Jeder neue Premier müsse wissen, wie illegitim es wäre, den Schotten die Abstimmung zu verweigern"),
    # a frame after the report may open with its finite auxiliary (the participle closes it)
    ("Man werde nicht zustimmen, hatte ein Sprecher am Freitag gesagt.", "indirect:frame-after",
     "Man werde nicht zustimmen"),
    ("Die Preise werden steigen, hat der Konzern am Montag mitgeteilt.", "indirect:frame-after",
     "Die Preise werden steigen"),
    # an infinitive speech verb closing the report after `und` is its own, no second frame
    ("Mario Voigt sagte, er wolle mit BSW und SPD sprechen.", "indirect:konjunktiv", "er wolle mit BSW und SPD sprechen."),
    # … however short the clause, in any mood
    ("Die Maßnahmen wirkten, sagte eine Sprecherin.", "indirect:frame-after", "Die Maßnahmen wirkten"),
    # a noun set off before `dass` right after the cue's comma is the report's subject: its clause is
    # the report, the `dass` clause a part of it
    ("Stoltenberg warnte, jede Andeutung, dass die Verbündeten sich nicht verteidigen, untergrabe die Sicherheit.",
     "indirect:konjunktiv", "jede Andeutung, dass die Verbündeten sich nicht verteidigen, untergrabe die Sicherheit."),
    # a sentence adverb the parser took for the reported clause's verb (`dagegen`, `bereits`) is no verb
    ("In Kiew hieß es dagegen, man sei zu einem Treffen bereit.", "indirect:konjunktiv",
     "man sei zu einem Treffen bereit."),
    ("So betonte Sarkozy bereits im Vorfeld des Treffens, sein Land habe nicht die Absicht, Truppen abzuziehen.",
     "indirect:konjunktiv", "sein Land habe nicht die Absicht, Truppen abzuziehen."),
    # `hieß es` after the report frames it, however the parser hung it (as a conjunct of the report's verb)
    ("Man kommentiere solche Äußerungen nicht, hieß es aus dem Ministerium.", "indirect:frame-after",
     "Man kommentiere solche Äußerungen nicht"),
    # … and `zitierte ihn` (the quoted one's pronoun before the outlet) when parsed so too
    ("Beide Seiten sollten Partner statt Rivalen sein, zitierte ihn die staatliche Nachrichtenagentur Xinhua.",
     "indirect:frame-after", "Beide Seiten sollten Partner statt Rivalen sein"),
    # a second speech verb coordinated after the first report has its own report
    ("Der Minister sagte, die Regierung sei entschlossen, und erklärte, das Ministerium arbeite an einem Gesetz.",
     "indirect:konjunktiv", "das Ministerium arbeite an einem Gesetz."),
    # the parser hangs the end of the frame's noun into the report, which opens after the comma
    ("Der Sprecher sagte gegenüber der Deutschen Presse-Agentur, Deutschland stehe fest an der Seite seiner Partner.",
     "indirect:konjunktiv", "Deutschland stehe fest an der Seite seiner Partner."),
    # free indirect speech: a Konjunktiv main clause with no cue of its own
    ("Die Regierung plane keine Steuererhöhung.", "indirect:free", "Die Regierung plane keine Steuererhöhung."),
    # … however the parser hung its verb (`wüssten` as the auxiliary of the clause after it)
    ("Viele Rentner wüssten nicht, wie sie eine neue Heizung bezahlen sollten.", "indirect:free",
     "Viele Rentner wüssten nicht, wie sie eine neue Heizung bezahlen sollten."),
    # … or after an opening noun phrase and its apposition (`sei` tagged an indicative copula)
    ("Der Tatverdächtige, ein 25-jähriger Afghane, sei in Untersuchungshaft.", "indirect:free",
     "Der Tatverdächtige, ein 25-jähriger Afghane, sei in Untersuchungshaft."),
    # … or after an opening noun phrase and its relative clause
    ("Die Zeiten, in denen Europa sicherheitspolitisch Trittbrett fahren konnte, seien vorbei.", "indirect:free",
     "Die Zeiten, in denen Europa sicherheitspolitisch Trittbrett fahren konnte, seien vorbei."),
    # … a speech verb in Konjunktiv is reported, no frame of it
    ("Im Jahr 1990 sei der Vorschlag des Runden Tisches abgelehnt worden, zugunsten von Brechts Lied auf beide Hymnen "
     "zu verzichten.", "indirect:free", "Im Jahr 1990 sei der Vorschlag des Runden Tisches abgelehnt worden, zugunsten "
     "von Brechts Lied auf beide Hymnen zu verzichten."),
    # a main clause right after a verb that passes on information and its comma, in a mood the form
    # does not show (Konjunktiv II like the preterite, or the indicative): a candidate the filter weighs
    ("Die Nachrichtenagentur DHA berichtete, die Ermittlungen richteten sich gegen Medien.", "indirect:v2",
     "die Ermittlungen richteten sich gegen Medien."),
    ("Der Minister sagte, die Lage ist ernst.", "indirect:v2", "die Lage ist ernst."),
    # a Konjunktiv clause after a colon reports the words of the subject before it, whatever the verb
    ("Der Minister verteidigte sich: Er wolle niemandem Angst machen, aber man müsse ehrlich sein.",
     "indirect:konjunktiv", "Er wolle niemandem Angst machen, aber man müsse ehrlich sein."),
    # … also when the parser made the speech verb a copula
    ("Scholz wies das zurück: Deutschland sei der zweitgrößte Unterstützer der Ukraine.", "indirect:konjunktiv",
     "Deutschland sei der zweitgrößte Unterstützer der Ukraine."),
    # … also before a speech verb after the report
    ("Der Präsident äußerte sich deutlich schärfer: Europa dürfe sich nicht erpressen lassen, sagte Macron.",
     "indirect:konjunktiv", "Europa dürfe sich nicht erpressen lassen"),
    # … but a Konjunktiv before the colon is itself reported: the whole sentence is one free report
    ("Der Fall verdeutliche: Eine gute Ausstattung sei das A und O.", "indirect:free",
     "Der Fall verdeutliche: Eine gute Ausstattung sei das A und O."),
    ("Er betont: Die tunesischen Gesetze aus der Zeit vor dem Protektorat kannten keine Kriminalisierung.",
     "indirect:v2", "Die tunesischen Gesetze aus der Zeit vor dem Protektorat kannten keine Kriminalisierung."),
    # a full verb the parser hangs as an auxiliary is still a Konjunktiv verb
    ("Ken Rice vom Institut für Astronomie in Edinburgh erklärte, die Entdeckung werfe ein neues Licht auf die "
     "Theorie.", "indirect:konjunktiv", "die Entdeckung werfe ein neues Licht auf die Theorie."),
    # a frame closed by its particle holds an apposition; a main clause may open with a preposition
    ("Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Direktor der Behörde, Bagus Puruhito, mit.",
     "indirect:frame-after", "Vor dem Absturz wurde kein Notsignal gesendet"),
    # … and so does one whose commas only set off the speaker's name, but not a second clause
    ("Die Vorschläge gingen an der Lebenswirklichkeit vorbei, erklärte die Präsidentin des VdK, Verena Bentele, "
     "am Mittwoch.", "indirect:frame-after", "Die Vorschläge gingen an der Lebenswirklichkeit vorbei"),
    # clauses the parser hangs on the cue one by one, before it, are one report
    ("Wer jetzt spare, gefährde den Zusammenhalt im Land, warnte sie.", "indirect:konjunktiv",
     "Wer jetzt spare, gefährde den Zusammenhalt im Land"),
    # a main clause after `sagte,` whose verb the tagger missed (`schadeten` tagged an adjective)
    ("Der ungarische Regierungschef sagte, Sanktionen schadeten Europa mehr als Russland.", "indirect:v2",
     "Sanktionen schadeten Europa mehr als Russland."),
    ("Er sagte, die harten Sanktionen schadeten Europa.", "indirect:v2", "die harten Sanktionen schadeten Europa."),
    # the report after a colon holds what its own frames report (`zuversichtlich, dass …`), also when
    # the tokenizer splits the sentence at the colon (an attitude with its copula in Konjunktiv is
    # itself reported: one free report)
    ("Stoltenberg äußerte sich optimistisch: Er sei zuversichtlich, dass Schweden bald Mitglied werde.",
     "indirect:konjunktiv", "Er sei zuversichtlich, dass Schweden bald Mitglied werde."),
    ("Nato-Generalsekretär Jens Stoltenberg äußerte sich optimistisch: Er sei zuversichtlich, dass Schweden bald "
     "Mitglied werde.", "indirect:free", "Er sei zuversichtlich, dass Schweden bald Mitglied werde."),
    # … not a speech verb the parser made the predicate of the report's copula
    ("Der russische Präsident Wladimir Putin hat erklärt, Moskau sei weiterhin offen für Gespräche über die Ukraine. "
     "Dies berichtet die Nachrichtenagentur RIA Nowosti.", "indirect:konjunktiv",
     "Moskau sei weiterhin offen für Gespräche über die Ukraine."),
    # the noun phrase opening the sentence is the subject of the report before its frame, wherever the
    # parser hung it
    ("Ein Tempolimit sei die „einfachste und billigste Klimaschutzmaßnahme“, erklärte der BUND.",
     "indirect:konjunktiv", "Ein Tempolimit sei die „einfachste und billigste Klimaschutzmaßnahme“"),
    # … so does one after a colon
    ("Moskau reagierte mit Spott: Großbritannien habe „nicht einmal genug Soldaten“, schrieb der Botschafter.",
     "indirect:konjunktiv", "Großbritannien habe „nicht einmal genug Soldaten“"),
    # a report after a colon opens after it, whatever word before it the parser hung in the clause
    ("Sie lehnte ab: Ein Wiedereinstieg sei wirtschaftlich nicht sinnvoll.", "indirect:konjunktiv",
     "Ein Wiedereinstieg sei wirtschaftlich nicht sinnvoll."),
    # a phrase in marks closing the report is part of it, wherever the parser hung it
    ("Kremlsprecher Dmitri Peskow sagte, die Entsendung sei „nicht in ihrem Interesse“, und lachte.",
     "indirect:konjunktiv", "die Entsendung sei „nicht in ihrem Interesse“"),
    # a report opening with a phrase in marks starts at the mark: the phrase lies inside it
    ("Der Machthaber fügte hinzu, „der Westen“ habe keine Ahnung.", "indirect:konjunktiv",
     "„der Westen“ habe keine Ahnung."),
    # a conditional or subordinate clause in the report's first place is part of it
    ("Sollten westliche Staaten Langstreckenwaffen freigeben, bedeute dies, dass die Nato-Länder mit Russland "
     "im Krieg seien, sagte Putin.", "indirect:konjunktiv", "Sollten westliche Staaten Langstreckenwaffen freigeben, "
     "bedeute dies, dass die Nato-Länder mit Russland im Krieg seien"),
    ("Wenn die Preise weiter steigen, müsse die Regierung handeln, sagte der Ökonom.", "indirect:konjunktiv",
     "Wenn die Preise weiter steigen, müsse die Regierung handeln"),
    # a cue right after the comma takes the sentence's second place: all before it is the report,
    # whatever the parser hung on the cue (`Washington` as the subject of `fügte`)
    ("Washington und Brüssel hätten kein Interesse an Verhandlungen, fügte der Minister hinzu.", "indirect:konjunktiv",
     "Washington und Brüssel hätten kein Interesse an Verhandlungen"),
    ("Wer Städte bombardiere, könne nicht von Frieden reden, schrieb er auf X.", "indirect:konjunktiv",
     "Wer Städte bombardiere, könne nicht von Frieden reden"),
    # … also with a short phrase in marks inside the report (the parser hung its end on the cue)
    ("Die USA stünden „in Solidarität“ an der Seite ihres engsten Verbündeten, erklärte die Sprecherin des "
     "Weißen Hauses, Sarah Sanders.", "indirect:konjunktiv",
     "Die USA stünden „in Solidarität“ an der Seite ihres engsten Verbündeten"),
    # a report after its cue that opens with its verb takes the clause before it as its first place
    ("Bundesaußenminister Heiko Maas sagte der „Süddeutschen Zeitung“, wer an der Beistandspflicht rüttele, "
     "schwäche das ganze Bündnis.", "indirect:konjunktiv",
     "wer an der Beistandspflicht rüttele, schwäche das ganze Bündnis."),
    # a hearsay frame after the report (`…, soll X gesagt haben`) reports it in any mood
    ("Die Wagner-Kämpfer in Belarus wollten „nach Warschau“, soll Lukaschenko bei einem Treffen mit Putin "
     "gesagt haben.", "indirect:frame-after", "Die Wagner-Kämpfer in Belarus wollten „nach Warschau“"),
    # `…, so X` closing the sentence frames all of it, a speech verb before it included
    ("Die Äußerungen zeigten, dass Kiew nicht zu ernsthaften Verhandlungen bereit sei, so Peskow.", "indirect:so",
     "Die Äußerungen zeigten, dass Kiew nicht zu ernsthaften Verhandlungen bereit sei"),
    # a clause after a comma that shares the report's subject goes on with it: one statement
    ("Regierungssprecher Steffen Hebestreit sagte, man nehme die Drohungen ernst, sehe aber keinen Anlass zur Sorge.",
     "indirect:konjunktiv", "man nehme die Drohungen ernst, sehe aber keinen Anlass zur Sorge."),
    # a Konjunktiv form before the frame is a verb whatever its tag
    ("Deutschland übernehme Verantwortung für die Sicherheit des Bündnisses, teilte Rutte über den "
     "Kurznachrichtendienst X mit.", "indirect:frame-after",
     "Deutschland übernehme Verantwortung für die Sicherheit des Bündnisses"),
    # `hieß es` passes on information like `teilte mit`: a main clause after it is reported in any mood
    ("Aus dem Kreml hieß es, die Gespräche mit der Ukraine werden in der kommenden Woche fortgesetzt.", "indirect:v2",
     "die Gespräche mit der Ukraine werden in der kommenden Woche fortgesetzt"),
    # adverbs after `hieß es` go on with the frame, up to the comma that opens the report
    ("Aus seinem Ministerium hieß es am Abend lediglich, man prüfe alle Optionen.", "indirect:konjunktiv",
     "man prüfe alle Optionen."),
    # a clause inserted before the cue's particle: the report follows the particle
    ("Die Kampagne warf Obama, nachdem dessen Entscheidung bekannt wurde, vor, er habe seine Glaubwürdigkeit "
     "verspielt.", "indirect:konjunktiv", "er habe seine Glaubwürdigkeit verspielt."),
    # a clause with its own subject right after the frame's comma, parsed as the cue's conjunct
    ("Am Vormittag hatte es zunächst geheißen, die Opposition hätte die Demonstration abgesagt.",
     "indirect:konjunktiv", "die Opposition hätte die Demonstration abgesagt."),
])
def test_reported_speech(reports, text, rule, span):
    assert (rule, span) in reports(text)


def test_two_cues_of_one_report_give_one_candidate(reports):
    assert reports("Ministerpräsident Mark Rutte ließ mitteilen, die Niederlande stünden bereit.") == \
        [("indirect:konjunktiv", "die Niederlande stünden bereit.")]


@pytest.mark.parametrize("text, expected", [
    # a clause hung on a verb of the report itself is part of that one report
    ("Laut Verteidigungsminister Boris Pistorius zeigt die Reaktion Moskaus, wie nötig die Abschreckung sei.",
     [("indirect:laut", "zeigt die Reaktion Moskaus, wie nötig die Abschreckung sei.")]),
    ("Laut CNN hat der Minister auf einer Pressekonferenz verkündet, der Übergangsrat wolle die Truppen behalten.",
     [("indirect:laut", "hat der Minister auf einer Pressekonferenz verkündet, der Übergangsrat wolle die "
                        "Truppen behalten.")]),
    # a source noun compounded with a hyphen the tokenizer split
    ("Nach UN-Angaben sind seit Beginn des Krieges mehr als zehn Millionen Menschen geflohen.",
     [("indirect:nach", "sind seit Beginn des Krieges mehr als zehn Millionen Menschen geflohen.")]),
    # … but a speech verb in a clause of its own (a relative clause) has a report of its own
    ("Nach Angaben der Polizei habe der Mann Briefe geschrieben, in denen er verlangt, dass die Regierung "
     "zurücktrete.", [("indirect:dass", "dass die Regierung zurücktrete"),
                      ("indirect:nach", "habe der Mann Briefe geschrieben")]),
])
def test_a_source_frame_reports_its_whole_sentence(reports, text, expected):
    assert reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a `wie` clause after a comma that names its source is the frame of the clause before, not a
    # report of that clause's verb
    ("Die Polizei schließt Brandstiftung nicht aus, wie eine Sprecherin sagte.",
     [("indirect:wie", "Die Polizei schließt Brandstiftung nicht aus")]),
    # … one that says how something happened is reported
    ("Er erklärte, wie die Bombe gebaut wurde.", [("indirect:dass", "wie die Bombe gebaut wurde.")]),
    # … one after `so` and an adjective compares: no source
    ("Die Folgen werden nicht so verheerend sein, wie zunächst angenommen, weil der Sturm abgedreht hat.", []),
    ("Es folgte ein Schlusswort, das so beeindruckend klang, wie man es nicht erwartet hatte.", []),
    ("So kam es, wie der Minister sagte, zu einer Einigung.",
     [("indirect:wie", "So kam es, wie der Minister sagte, zu einer Einigung.")]),
    # … and `wie` with a phrase of its own before a comma compares the verb's subject to it
    ("Für sie ist die Zeit vorbei, wenn sie, wie auch schon der Kollege von der FDP, auf die Steuer hinweist.", []),
    # (an apposition after the name, and words after it, stay inside the clause)
    ("Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, hat die Regierung nur sechs "
     "Hubschrauber im Einsatz.", [("indirect:wie", "hat die Regierung nur sechs Hubschrauber im Einsatz.")]),
])
def test_a_wie_clause_after_a_comma(reports, text, expected):
    assert reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # before its frame, a report keeps the subject of a relative clause the parser hung on the frame (and
    # the speech verb-like participle in the relative clause frames nothing)
    ("Ein Tiefdruckgebiet, das tagelang über der Bucht gestanden hatte, habe nun das Festland erreicht, teilte "
     "die Behörde mit.", [("indirect:konjunktiv", "Ein Tiefdruckgebiet, das tagelang über der Bucht gestanden "
                                               "hatte, habe nun das Festland erreicht")]),
    ("Die Regierung, die seit Wochen unter Druck steht, werde nicht zurücktreten, sagte ein Sprecher.",
     [("indirect:konjunktiv", "Die Regierung, die seit Wochen unter Druck steht, werde nicht zurücktreten")]),
    # a main clause after an adverbial clause (not a relative one) is still what its verb's subject thinks
    ("Obwohl Steinbrück mit Mehreinnahmen rechnet, sei man von einer Entschuldung weit entfernt.",
     [("indirect:konjunktiv", "sei man von einer Entschuldung weit entfernt.")]),
    # the frame's subject after the cue is no second report (`einer von ihnen`, parsed into the clause)
    ("Russische Militärblogger bestätigten die Verluste. Die Lage an der Front sei „kritisch“, schrieb einer von "
     "ihnen.", [("indirect:frame-after", "Die Lage an der Front sei „kritisch“")]),
    # `beide` after the verb is its subject, however the tagger read it
    ("Putin und Xi trafen sich in Peking. Die Beziehungen seien so gut wie nie zuvor, sagten beide nach den "
     "Gesprächen.", [("indirect:frame-after", "Die Beziehungen seien so gut wie nie zuvor")]),
])
def test_a_report_before_its_frame_keeps_its_subject(reports, text, expected):
    assert reports(text) == expected


@pytest.mark.parametrize("text", [
    "Der Minister sagte nichts.",
    "Die Brücke soll 2030 fertig sein.",  # a plan, kept only inside a report (attribution decides)
    "Er fuhr nach Hause, so dass er den Zug verpasste.",  # a consequence
    "Nach dem Spiel fuhren alle nach Hause.",
    # not after a verb of judging or doing, nor inside a relative clause
    "Das Unternehmen wollte das Doppelte verlangen, doch das Ministerium stimmte nicht zu.",
    "Der Manager, der gegen ihn ausgesagt hatte, war schwer belastet worden.",
    # a relative clause after the subject, then its own verb: no frame (`denen` is Dem,Rel)
    "Jüngste Umfragen, in denen die Beteiligten mit diesem Szenario konfrontiert wurden, haben einen Sieg "
    "Hollandes prognostiziert.",
    # a main clause after a comma narrates after verbs other than saying, and in the preterite
    "Unter den Zuhörern waren auch Serben, die ihn für einen Helden halten, sie applaudierten.",
    "Als fünfte Athletin ging sie auf die Piste, sie schaffte den zweiten Platz.",
    # a name and its apposition before a speech verb's auxiliary is no report (`gestorbenen` is a participle)
    "Julia Nawalnaja, die Witwe des in Haft gestorbenen Oppositionspolitikers Alexej Nawalny, hat das "
    "Parlament zu mehr Härte aufgerufen.",
    # a `wie` inside a clause compares
    "Der Politiker hatte wie dieser die neoliberale Wirtschaftsordnung angeprangert.",
    # `Das heißt` explains, it reports nothing
    "Das heißt, die Regierung prüft alle Optionen für eine Lösung des Konflikts.",
    # a subject with its relative clause before the frame's verb is no report
    "Nato-Generalsekretär Mark Rutte, der Trump im Oval Office getroffen hatte, begrüßte die Ankündigung.",
    # a `wo` clause after a place is where the speaker spoke, not what
    "„Wir sind jetzt Teil des Bündnisses“, sagte er in Washington, wo die Urkunde hinterlegt wurde.",
    # `aus technischer Sicht` is a way of looking, no one's view
    "Aus technischer Sicht steht der Ausgabe der neuen Pässe nichts mehr im Wege.",
    # an indicative clause before a frame that goes on with a second clause after its commas
    "Die Kommission tagte am Montag, erklärte die Sprecherin, Anna Berg, die den Bericht vorstellte.",
    # what an accusation says, rejected by the subject: others' claim, not the subject's words
    "Russland hat die Vorwürfe zurückgewiesen, hinter den Sabotageakten in Europa zu stecken.",
    # `wie lange` asks a question; it cites no source
    "Wer das hört, fragt sich: Wie lange hält diese Koalition noch?",
    # a second verb of the same subject after `aber`, however its particle closes the sentence
    "Regierungschef Donald Tusk gratulierte dem Wahlsieger, kündigte aber eine harte Auseinandersetzung an.",
])
def test_no_report(reports, text):
    assert [r for r in reports(text) if r[0] != "indirect:plan"] == []


@pytest.mark.parametrize("text, noun_frame", [
    ("Er gab das Versprechen, die Allianz nicht zu erweitern.", True),
    # a noun of saying inside reported words frames nothing of its own: the sentence is one report
    ("Es habe nie ein Versprechen gegeben, die Allianz nicht zu erweitern.", False),
])
def test_a_noun_frame_inside_reported_words(reports, text, noun_frame):
    assert any(rule == "indirect:zu" for rule, _ in reports(text)) == noun_frame


def test_the_frames_own_words_are_no_report_of_it(reports):
    # `erneut` tagged a verb and hung on `erklärt` with `Er habe Blinken`: no comma, no report
    assert reports("Er habe Blinken erneut erklärt, dass Russland keine Pläne habe, die Ukraine anzugreifen.") == [
        ("indirect:dass", "dass Russland keine Pläne habe, die Ukraine anzugreifen.")]


def test_a_report_with_a_phrase_in_marks_before_its_frame(marked_reports):
    """The Konjunktiv outside the marks makes the clause a report, however much the marks cover;
    its span keeps the closing mark and leaves out the frame (`, sagte sie`)."""
    text = "Dröge widersprach. Merz betreibe „billige Polemik“, sagte sie."
    found = marked_reports(text)
    assert found == [("indirect:konjunktiv", "Merz betreibe „billige Polemik“")]


@pytest.mark.parametrize("text, rule", [
    # a phrase opening the report stays fronted when the only comma before the frame is inside marks
    ("In diesem Fall müsse man „nicht über die Wahrscheinlichkeit, sondern über die Unvermeidlichkeit“ eines "
     "Konflikts sprechen, sagte Kremlsprecher Dmitri Peskow.", "indirect:frame-after"),
    # a relative clause inside marks is the quotation's, not one the frame's verb closes
    ("Er sehe keinen Sinn darin, „Geld in einen Krieg zu pumpen, der nicht zu gewinnen ist“, sagte Orbán im Rundfunk.",
     "indirect:konjunktiv"),
])
def test_a_comma_inside_marks_is_the_quotations(marked_reports, text, rule):
    found = marked_reports(text)
    assert found == [(rule, text[:text.index(", sagte")])]


@pytest.mark.parametrize("text, expected", [
    # however much of it the marks cover, a `dass` clause is a report
    ("Rutte nahm das Gesuch an, bedauerte jedoch zugleich auf Twitter, dass sein Kabinett einen „solch "
     "talentierten und engagierten Liberalen“ verliere.",
     "dass sein Kabinett einen „solch talentierten und engagierten Liberalen“ verliere."),
    # … and so is a Konjunktiv clause whose verb stands outside the marks (SpkAtt's gold: one report
    # holding the quote)
    ("Sie sagte, es sei „eine große und schwere Enttäuschung für alle“.",
     "es sei „eine große und schwere Enttäuschung für alle“."),
    ("Im Fernsehen sagte der CDU-Politiker, man prüfe „alle Optionen“.", "man prüfe „alle Optionen“"),
    ("Im „heute journal“ sagte der CDU-Politiker, man prüfe „alle Optionen“.", "man prüfe „alle Optionen“."),
    # … but a clause wholly in marks is the direct quote's
    ("Sie sagte: „Es ist eine große und schwere Enttäuschung für alle.“", None),
])
def test_a_dass_clause_is_a_report_whatever_it_quotes(marked_reports, text, expected):
    found = [span for _, span in marked_reports(text)]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("text, span", [
    ("Diese seien „unsozial“, sagte sie der Zeitung.", "Diese seien „unsozial“"),
    ("Man sei ‚vorsichtig optimistisch‘, sagte Rubio.", "Man sei ‚vorsichtig optimistisch‘"),
])
def test_a_report_that_opened_a_mark_ends_after_its_closing_one(marked_reports, text, span):
    assert [s for _, s in marked_reports(text)] == [span]


@pytest.mark.parametrize("text, span", [
    ("Stephen Singer, ein Klimaexperte vom WWF, erklärte, der Bericht sei „ein grundlegendes Dokument, das den Weg "
     "ebnet“.", "der Bericht sei „ein grundlegendes Dokument, das den Weg ebnet“."),
    ("Er hatte aber auch gesagt, es sei ihm „ein aufrichtiges Anliegen, mich an der Klärung zu beteiligen“.",
     "es sei ihm „ein aufrichtiges Anliegen, mich an der Klärung zu beteiligen“."),
])
def test_a_frame_whose_report_is_mostly_in_marks_reports_only_its_clause(marked_reports, text, span):
    """The clause after the frame is mostly in marks but its Konjunktiv verb is not: it is the report
    (the quote a part of it), and the whole sentence is no free report."""
    found = marked_reports(text)
    assert found == [("indirect:konjunktiv", span)]


def test_a_speech_verb_in_marks_is_no_frame(marked_reports):
    """`antworten` inside the marks is the reported words, not a frame around them: the sentence is a
    free report."""
    text = "Russland werde darauf „angemessen antworten“."
    found = marked_reports(text)
    assert found == [("indirect:free", text)]


@pytest.mark.parametrize("text, span", [
    # the parse hangs the quotation after the colon into the reported clause: the report ends at the colon
    ("Der Minister sagte der Zeitung, die Abgeordneten würden für die Kandidatin stimmen: „Wir werden "
     "sicherlich Diskussionen haben, das ist richtig.“", "die Abgeordneten würden für die Kandidatin stimmen"),
    ("Der Minister sagte, die Abgeordneten würden zustimmen: «Wir werden Diskussionen haben.»",
     "die Abgeordneten würden zustimmen"),
])
def test_a_report_ends_at_the_colon_before_a_quotation(marked_reports, text, span):
    assert [s for _, s in marked_reports(text)] == [span]


@pytest.mark.parametrize("text, found", [
    # the cue's own particle after its subject is the frame's, not a reported clause the parser hung
    # on the report's verb (`der Minister hinzu`)
    ("Die Nato habe sich verkalkuliert, fügte der Minister hinzu.",
     [("indirect:frame-after", "Die Nato habe sich verkalkuliert")]),
    ("Lawrow fügte hinzu, die Nato habe sich verkalkuliert.",
     [("indirect:konjunktiv", "die Nato habe sich verkalkuliert.")]),
    # a zu-infinitive right after a noun of intent or decision is that noun's content, not the cue's report
    ("So kommentierte der ukrainische Außenminister Andrij Sybiha die Entscheidung Ungarns, die EU-Hilfen zu "
     "blockieren.", []),
    ("Sybiha kritisierte die Entscheidung der Regierung, die Hilfen zu blockieren.", []),
    # … also with the participle closing the frame before the comma
    ("Die Botschaft hat die Entscheidung der Bundesregierung kritisiert, weitere Panzer an die Ukraine zu liefern.", []),
    # … unless the noun is what the speaker calls something
    ("Horrocks bezeichnete die Störung als einen Versuch, die BBC an der Berichterstattung zu hindern.",
     [("indirect:zu", "die BBC an der Berichterstattung zu hindern.")]),
    ("Sybiha bat die Regierung in Budapest, die Hilfen nicht zu blockieren.",
     [("indirect:zu", "die Hilfen nicht zu blockieren.")]),
    ("Die Hamas warf Israel vor, die Verhandlungen zu sabotieren.",
     [("indirect:zu", "die Verhandlungen zu sabotieren.")]),
    # a `wie` clause before a main clause with its own speech verb and subject only cites where it was
    # told: the report is that verb's (a passive main clause stays the `wie` clause's)
    ("Wie RIA Nowosti berichtet, fügte sie hinzu, dass Moskau weiterhin offen für Verhandlungen sei.",
     [("indirect:dass", "dass Moskau weiterhin offen für Verhandlungen sei")]),
    ("Wie BBC berichtet, wurden heute von einem chinesischen Gericht fünf weitere Personen verurteilt.",
     [("indirect:wie", "wurden heute von einem chinesischen Gericht fünf weitere Personen verurteilt.")]),
])
def test_what_is_no_report_of_the_cue(reports, text, found):
    assert reports(text) == found
