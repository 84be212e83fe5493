"""Model choice and loading: official models when installed, the bundled pack otherwise."""

import pytest

from quotes.errors import ModelsMissingError
from quotes.nlp import PACK_DIR, choose_models, download_official, pack_available


def test_pack_is_bundled():
    assert pack_available()
    assert (PACK_DIR / "LICENSE").exists() and (PACK_DIR / "resources.json").exists()


def test_auto_falls_back_to_pack_without_official_models(tmp_path):
    info = choose_models("auto", models_dir=tmp_path)
    assert info.kind == "pack" and "bundled offline pack" in info.describe()


def test_missing_official_models_say_what_to_run(tmp_path):
    with pytest.raises(ModelsMissingError, match="quotes models download"):
        choose_models("official", models_dir=tmp_path)


def test_download_failure_is_one_clear_error(tmp_path, monkeypatch):
    import stanza

    def offline(*args, **kwargs):
        raise ConnectionError("Failed to resolve host")

    # the real download path, with the network failure it meets on an offline machine
    monkeypatch.setattr(stanza, "download", offline)
    with pytest.raises(ModelsMissingError, match="could not download stanza German models"):
        download_official(tmp_path)


def test_pipeline_splits_german_marks_and_parses(nlp):
    parsed = nlp.parse("„Wir kommen“, sagte er. »Nein«, sagte sie.")
    words = [w.text for s in parsed.sentences for w in s.words]
    assert words[:4] == ["„", "Wir", "kommen", "“"]
    assert "»" in words and "«" in words
    first = parsed.sentences[0]
    sagte = next(w for w in first.words if w.text == "sagte")
    assert sagte.lemma == "sagen" and sagte.upos == "VERB"
    # offsets point into the text
    assert all(parsed.text[w.start:w.end] == w.text for s in parsed.sentences for w in s.words)


@pytest.mark.parametrize("sentence, word, lemma", [
    # words the treebank never shows, lemmatised from the HanTa-filled dictionary
    ("Die Abgeordneten stimmten dem Antrag zu.", "stimmten", "stimmen"),
    ("Die Abgeordneten forderten Aufklärung.", "forderten", "fordern"),
    # in no dictionary: a known tail or a learned ending (quotes.lemmas)
    ("Die Medizinstudenten protestierten.", "Medizinstudenten", "Medizinstudent"),
    ("Der Notstand wurde ausgerufen.", "ausgerufen", "ausrufen"),
])
def test_pack_lemmatises_words_beyond_the_treebank(nlp, sentence, word, lemma):
    parsed = nlp.parse(sentence)
    assert next(w.lemma for s in parsed.sentences for w in s.words if w.text == word) == lemma


def test_batch_parse_keeps_documents_apart(nlp):
    texts = ["Er kam.", "", "Sie ging. Dann kam sie wieder."]
    parsed = nlp.parse_many(texts)
    assert [len(p.sentences) for p in parsed] == [1, 0, 2]


@pytest.mark.parametrize("text, sentences", [
    # a full stop the tokenizer split off, then a capitalised word: two sentences it ran together
    ("Die Nato stimmte zu. Russland sieht das anders.", ["Die Nato stimmte zu.", "Russland sieht das anders."]),
    ("Er stimmte zu. Putin nicht.", ["Er stimmte zu.", "Putin nicht."]),
    # an ordinal's stop ends nothing
    ("Am 3. Oktober feiert Deutschland.", ["Am 3. Oktober feiert Deutschland."]),
    # the platform X and its full stop read as one ordinal-like token
    ("„Wir brauchen Waffen“, schrieb er auf X. Kremlsprecher Peskow sagte dagegen, das sei falsch.",
     ["„Wir brauchen Waffen“, schrieb er auf X.", "Kremlsprecher Peskow sagte dagegen, das sei falsch."]),
    ("Papst Benedikt XVI. besuchte Berlin.", ["Papst Benedikt XVI. besuchte Berlin."]),
    # the next sentence may open with a quotation mark (a space before it, none after)
    ("Trump spiele ein Spiel, schrieb er auf X. \"Russland ist nicht Israel\", fügte er hinzu.",
     ["Trump spiele ein Spiel, schrieb er auf X.", "\"Russland ist nicht Israel\", fügte er hinzu."]),
    ("Er schrieb auf X. »Wir bleiben«, fügte er hinzu.", ["Er schrieb auf X.", "»Wir bleiben«, fügte er hinzu."]),
    # a short name glued to its stop ends one (`Yi.` read like an abbreviation); a title does not
    ("Er traf Wang Yi. Wang sagte, man liefere nichts.", ["Er traf Wang Yi.", "Wang sagte, man liefere nichts."]),
    ("Er traf Prof. Dr. Müller. Dann ging er.", ["Er traf Prof. Dr. Müller.", "Dann ging er."]),
    # so does a longer name after its verb (`Merz.`); a month's short form before a year does not
    ("Das erklärte Merz. Kritik kam aus Spanien.", ["Das erklärte Merz.", "Kritik kam aus Spanien."]),
    ("Er kam im Sept. 2024 nach Berlin.", ["Er kam im Sept. 2024 nach Berlin."]),
    ("Das sagte er der NW. Man habe viel erlebt.", ["Das sagte er der NW.", "Man habe viel erlebt."]),
    ("Ludwig XIV. baute Versailles.", ["Ludwig XIV. baute Versailles."]),
    # a verb's particle read with its stop as one token (`bei.`)
    ("Wang pflichtete ihm bei. China werde helfen, sagte er.", ["Wang pflichtete ihm bei.", "China werde helfen, sagte er."]),
    ("Er kam am 3. Jan. Dann ging er.", ["Er kam am 3. Jan.", "Dann ging er."]),
    # a noun after its article glued to its stop (`Weg.`): no abbreviation follows an article
    ("Weitere Waffen sind auf dem Weg. Pentagon-Sprecher Pat Ryder sagte, die Lieferungen umfassten Munition.",
     ["Weitere Waffen sind auf dem Weg.", "Pentagon-Sprecher Pat Ryder sagte, die Lieferungen umfassten Munition."]),
    ("Er wohnt in der Str. Am Markt.", ["Er wohnt in der Str. Am Markt."]),
    # a number's stop before a quotation mark ends a sentence; an ordinal's before its noun does not
    ("Der Stand ist in Halle 4. \"Vielfalt ist Programm\", erklärte Oliver Zille.",
     ["Der Stand ist in Halle 4.", "\"Vielfalt ist Programm\", erklärte Oliver Zille."]),
    ("Am Samstag beginnt die 2. „Nacht der Museen“ in Berlin.", ["Am Samstag beginnt die 2. „Nacht der Museen“ in Berlin."]),
    # a dateline's place glued to its stop, in any spelling of the place
    ("Kyiv. Volodymyr Zelensky erklärte, man brauche Frieden.", ["Kyiv.", "Volodymyr Zelensky erklärte, man brauche Frieden."]),
    # nor does a word without any stop inside a paragraph (the tokenizer cut after `Vincent`)
    ("Wie der belgische Finanzminister Vincent Van Peteghem mitteilte, lagern 190 Milliarden Euro beim "
     "Finanzdienstleister Euroclear in Brüssel.", ["Wie der belgische Finanzminister Vincent Van Peteghem mitteilte, "
                                                    "lagern 190 Milliarden Euro beim Finanzdienstleister Euroclear in Brüssel."]),
    # a web page's subheading in marks run into the next sentence is a sentence of its own; a quote
    # with its comma is not
    ("Er sprach. \"Risiken überwiegen\" Obwohl die Erholung voranschreite, würden die Risiken überwiegen.",
     ["Er sprach.", "\"Risiken überwiegen\"", "Obwohl die Erholung voranschreite, würden die Risiken überwiegen."]),
    ("„Wir bleiben“, sagte er.", ["„Wir bleiben“, sagte er."]),
    # a year's stop ends a sentence; an ordinal's does not
    ("Eine Option sei ein Börsengang nach 2011. Premium Aerotec rechnet mit Gewinn.",
     ["Eine Option sei ein Börsengang nach 2011.", "Premium Aerotec rechnet mit Gewinn."]),
    # a short heading line with no stop is a sentence of its own; a line ending in a colon, or a long
    # line (text wrapped by hand), is not
    ("Selenskyj: Russland verschleppt Waffenruhe\nDer ukrainische Präsident wirft Moskau Verzögerung vor.",
     ["Selenskyj: Russland verschleppt Waffenruhe", "Der ukrainische Präsident wirft Moskau Verzögerung vor."]),
    # heading lines one above the other, each its own sentence (marks and colons count as no words)
    ("17:45 Uhr\nKreml: Gespräche mit den USA \"konstruktiv\"\nKremlsprecher Peskow hat die Gespräche als "
     "\"konstruktiv\" bezeichnet.", ["17:45 Uhr", "Kreml: Gespräche mit den USA \"konstruktiv\"",
                                     "Kremlsprecher Peskow hat die Gespräche als \"konstruktiv\" bezeichnet."]),
    # a live ticker's entry heading: its time and `+++` count as no words
    ("Er kam.\n\n+++ 17:15 Uhr: Kreml: Keine Verhandlungen unter Druck +++\nKremlsprecher Peskow hat Forderungen "
     "zurückgewiesen.", ["Er kam.", "+++ 17:15 Uhr: Kreml: Keine Verhandlungen unter Druck +++",
                         "Kremlsprecher Peskow hat Forderungen zurückgewiesen."]),
    ("Zwangsabstiege und Punktabzüge:\nJuventus soll absteigen.", ["Zwangsabstiege und Punktabzüge:\nJuventus soll absteigen."]),
    ("Die Regierung in Berlin hat am Montag nach langen Beratungen\nNeue Pläne vorgestellt.",
     ["Die Regierung in Berlin hat am Montag nach langen Beratungen\nNeue Pläne vorgestellt."]),
    # a stop before a line break ends the sentence whatever the next line opens with (a list's dash)
    ("- CDU: „Wir wollen mehr“, sagte Friedrich Merz.\n- SPD: Olaf Scholz versprach, die Renten zu halten.",
     ["- CDU: „Wir wollen mehr“, sagte Friedrich Merz.", "- SPD: Olaf Scholz versprach, die Renten zu halten."]),
    # a name's initials end no sentence (the tokenizer cut after `J.D.`)
    ("Vizepräsident J.D. Vance sagte, man sei nah. Er kam.", ["Vizepräsident J.D. Vance sagte, man sei nah.", "Er kam."]),
])
def test_sentences_run_together_are_split_with_one_root_each(nlp, text, sentences):
    parsed = nlp.parse(text)
    assert [text[s.start:s.end] for s in parsed.sentences] == sentences
    for s in parsed.sentences:
        assert [w.index for w in s.words] == list(range(1, len(s.words) + 1))
        assert sum(w.head == 0 for w in s.words) == 1
        assert all(0 <= w.head <= len(s.words) for w in s.words)


def test_a_letter_split_off_its_word_is_glued_back(nlp):
    """`Szijjártó.` was tokenized `Szijjárt` `ó` `.`: the name lost its last letter."""
    text = "Budapest werde keine Maßnahmen unterstützen, sagte Außenminister Péter Szijjártó."
    (sent,) = nlp.parse(text).sentences
    assert [w.text for w in sent.words][-2:] == ["Szijjártó", "."]
    assert [w.index for w in sent.words] == list(range(1, len(sent.words) + 1))
    assert all(0 <= w.head <= len(sent.words) for w in sent.words)



@pytest.mark.parametrize("text", [
    "Orbán verteidigte sein Vorgehen auf der Plattform X: „Die Politik der EU ist gescheitert.“",
    "Selenskyj schrieb auf X: „Wir danken Dänemark.“",
])
def test_the_platform_x_and_its_colon_are_two_words(nlp, text):
    # the tokenizer read `X:` as one token, like a list's `A:`, and the colon before the quote was lost
    (sent,) = nlp.parse(text).sentences
    texts = [w.text for w in sent.words]
    i = texts.index("X")
    assert texts[i + 1] == ":" and sent.words[i + 1].start == sent.words[i].end
    assert [w.index for w in sent.words] == list(range(1, len(sent.words) + 1))
    assert all(0 <= w.head <= len(sent.words) for w in sent.words)


def test_a_name_in_cyrillic_is_parsed_as_a_name_and_kept_as_written(nlp):
    # the models never saw Cyrillic letters: `Лавров` was a number, and no one's name
    text = "Russland werde reagieren, sagte Лавров in Moskau."
    parsed = nlp.parse(text)
    [name] = [w for w in parsed.sentences[0].words if w.text == "Лавров"]
    assert name.upos in ("PROPN", "NOUN") and name.deprel.startswith("nsubj") and parsed.text == text
    assert text[name.start:name.end] == "Лавров"


def test_a_quote_by_a_name_in_cyrillic_goes_to_the_actor(run_text):
    [report] = run_text("Russland werde darauf reagieren, sagte Лавров nach Angaben der Agentur TASS.")
    assert (report.speaker, report.side) == ("Sergej Lawrow", "RU")


def test_a_name_with_foreign_marks_is_parsed_as_a_name_and_kept_as_written(nlp):
    # `Šefčovič` was tagged a verb and `Maroš` a noun: the parser reads their base letters
    text = "Handelskommissar Maroš Šefčovič betonte, die EU setze weiter auf Verhandlungen."
    words = nlp.parse(text).sentences[0].words
    names = [w for w in words if w.text in ("Maroš", "Šefčovič")]
    assert len(names) == 2 and all(w.upos in ("PROPN", "NOUN") and text[w.start:w.end] == w.text for w in names)
    assert not any(w.text in ("Maros", "Sefcovic") for w in words)  # German's own letters and all others as written


def test_a_report_by_a_name_with_foreign_marks_goes_to_that_name(run_text):
    [report] = run_text("Handelskommissar Maroš Šefčovič betonte, die EU setze weiter auf Verhandlungen.")
    assert report.speaker == "Maroš Šefčovič"


@pytest.mark.parametrize("text", ["Die taz vermutet, dass der Minister davon wusste.",
                                  "Der Minister habe davon gewusst, schreibt die taz."])
def test_a_name_written_in_lower_case_is_a_proper_noun(nlp, text):
    (w,) = [w for s in nlp.parse(text).sentences for w in s.words if w.text == "taz"]
    assert (w.upos, w.feats) == ("PROPN", "")


def test_a_letter_cut_off_its_word_into_the_next_sentence_is_glued_back(nlp):
    """`Olha Stefanischyna` at a line's end was tokenized `Stefanischyn` | `a`, two sentences."""
    text = "Interview mit der ukrainischen Vizeregierungschefin Olha Stefanischyna\n\nFrage: Wie weit ist die Ukraine?"
    sentences = nlp.parse(text).sentences
    assert [text[s.start:s.end] for s in sentences][0].endswith("Olha Stefanischyna")
    assert sentences[0].words[-1].text == "Stefanischyna"
    for s in sentences:
        assert [w.index for w in s.words] == list(range(1, len(s.words) + 1))
        assert sum(w.head == 0 for w in s.words) == 1
