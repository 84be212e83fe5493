"""The subject of a speech verb (quotes/subjects.py) on hand-built parses: what the rules do when
the small parser gives no help."""

import pytest

from quotes.subjects import reaction_source, subject_of


def test_verb_second_last_resort_takes_the_phrase_before_the_verb(hand_parse):
    # no parse subject, and the name before the verb follows a preposition: the whole first phrase
    text, sent = hand_parse("Ärzte/NOUN ohne/ADP Grenzen/NOUN teilte/VERB mit/ADP ,/PUNCT drei/NUM "
                           "Flugzeuge/NOUN seien/AUX gelandet/VERB ./PUNCT")
    m = subject_of(text, sent, sent.words[3], (sent.words[6].start, len(text)))
    assert m is not None and m.text == "Ärzte ohne Grenzen"


def test_the_second_of_two_verbs_takes_the_opening_phrase(hand_parse):
    # `biss` taken for a preposition: the phrase before `und rief` is two phrases, and the opening one speaks
    text, sent = hand_parse("Der/DET Mann/NOUN biss/ADP den/DET Fluggast/NOUN und/CCONJ rief/VERB :/PUNCT "
                           "Lasst/ADV mich/PRON raus/ADJ !/PUNCT")
    m = subject_of(text, sent, sent.words[6], (sent.words[8].start, len(text)))
    assert m is not None and m.text == "Der Mann"


def test_no_subject_from_a_fronted_prepositional_phrase(hand_parse):
    # `Bezüglich` tagged as a noun opens a prepositional phrase, not the subject
    text, sent = hand_parse("Bezüglich/NOUN des/DET Startortes/NOUN meldet/VERB die/DET Agentur/NOUN Xinhua/PROPN "
                           ",/PUNCT die/DET Maschine/NOUN sei/AUX gestartet/VERB ./PUNCT")
    m = subject_of(text, sent, sent.words[3], (sent.words[8].start, len(text)))
    assert m is not None and "Startortes" not in m.text


def test_an_adverbial_participle_opening_the_sentence_is_no_subject(hand_parse):
    # `empfahl` tagged as a preposition is still the verb; the subject follows it
    text, sent = hand_parse("Stellvertretend/NOUN für/ADP die/DET Kommission/NOUN empfahl/ADP der/DET Kommissar/NOUN "
                           ",/PUNCT Verhandlungen/NOUN einzuleiten/VERB ./PUNCT")
    m = subject_of(text, sent, sent.words[4], (sent.words[8].start, len(text)))
    assert m is not None and m.text == "der Kommissar"


def test_a_frame_after_the_report_has_its_subject_after_the_auxiliary(hand_parse):
    # `…, hatte ein Sprecher am Freitag gesagt`: the parser made the speaker the object
    text, sent = hand_parse("Man/PRON werde/AUX nicht/PART zustimmen/VERB ,/PUNCT hatte/AUX ein/DET Sprecher/NOUN "
                           "am/ADP Freitag/NOUN gesagt/VERB ./PUNCT")
    m = subject_of(text, sent, sent.words[10], (sent.words[0].start, sent.words[3].end))
    assert m is not None and m.text == "ein Sprecher"


@pytest.mark.parametrize("text, form, subject", [
    # after a fronted adverbial the subject follows the finite verb, past `sich`, particles and a dative pronoun
    ("Später meldete sich auch Wulff zu Wort.", "meldete", "Wulff"),
    ("Dort sagte ihm der Minister, er werde kommen.", "sagte", "der Minister"),
    ("Am Montag hat sich die Ministerin gegen die Pläne ausgesprochen.", "ausgesprochen", "die Ministerin"),
    # the phrase opening the sentence before the finite auxiliary, whatever the parser took for the verb
    ("Manfred Berg, der Dekan der Fakultät, hatte in der vergangenen Woche gegenüber der Tageszeitung „Die Welt“ "
     "mitgeteilt, dass sich die Hochschule wehren werde.", "mitgeteilt", "Manfred Berg"),
    # a body's seat after it is no subject of its own
    ("Die russische Botschaft in Berlin wies die Vorwürfe als haltlos zurück.", "wies", "Die russische Botschaft"),
    # a contracted preposition opening the sentence is no name, whatever the tagger says
    ("Zur Taiwan-Frage äußerte sich der Chefdiplomat unmissverständlich.", "äußerte", "der Chefdiplomat"),
    # sentence adverbs between the opening subject and the verb, whatever the tagger made of them
    ("McCains Kampagne selber dagegen warf Obama vor, er habe gelogen.", "warf", "McCains Kampagne"),
    # a particle before the fronted phrase
    ("Bereits im Frühjahr hatte Wladimir Putin die Ministerin als Kriegstreiberin bezeichnet.", "bezeichnet",
     "Wladimir Putin"),
])
def test_the_subject_after_a_fronted_adverbial(parsed_word, text, form, subject):
    sent, w = parsed_word(text, form)
    m = subject_of(text, sent, w, (len(text), len(text)))
    assert m is not None and m.text == subject


def test_man_names_no_subject_and_the_object_is_none(parsed_word):
    """`man halte eine Übernahme für „nicht akzeptabel“`: the object after the verb is no speaker."""
    text = "Ein Sprecher bekräftigte, man halte eine feindliche Übernahme für „nicht akzeptabel“."
    sent, w = parsed_word(text, "halte")
    assert subject_of(text, sent, w, (len(text), len(text))) is None


@pytest.mark.parametrize("text, form, subject", [
    # a title in marks before the verb is its subject, whatever the parser made of it
    ("Wie „heise online“ berichtet, sperrten die Behörden den Zugang.", "berichtet", "heise online"),
    ("Die „Bild“-Zeitung berichtete, der Minister werde zurücktreten.", "berichtete", "Bild-Zeitung"),
    ("Wie die „Aktion Deutschland hilft“ heute mitteilte, werde Hilfe geleistet.", "mitteilte",
     "Aktion Deutschland hilft"),
    # … after the verb, and a compound's noun after a title is one word with it
    ("Die Kamera ist ausgefallen, das teilte das „Space Telescope Science Institute“ mit.", "teilte",
     "Space Telescope Science Institute"),
    ("„Wir sind bereit“, sagte der „Spiegel“-Reporter.", "sagte", "Spiegel-Reporter"),
])
def test_a_title_in_marks_before_the_verb(parsed_word, text, form, subject):
    sent, w = parsed_word(text, form)
    m = subject_of(text, sent, w, (len(text), len(text)))
    assert m is not None and m.text == subject


def test_the_quote_itself_is_no_title(parsed_word):
    text = "„Ein guter Start“, sagte er."
    sent, w = parsed_word(text, "sagte")
    m = subject_of(text, sent, w, (1, 17))
    assert m is not None and m.text == "er"


@pytest.mark.parametrize("text, subject", [
    # after `sagte`, an outlet in the dative after the speaker's role is the one spoken to
    ("Man dürfe den Osten nicht abschreiben, sagte der Ministerpräsident der Deutschen Presse-Agentur.",
     "der Ministerpräsident"),
    # … but a role of the outlet's own, or another genitive, stays with it
    ("Man werde klagen, sagte der Anwalt der Familie.", "der Anwalt der Familie"),
    # `gegenüber` is a preposition whatever its tag: whom it was said to is no part of the speaker
    ("Die Schweiz bleibe neutral, sagte der Aussenminister gegenüber SRF.", "der Aussenminister"),
])
def test_an_outlet_spoken_to_is_no_genitive(parsed_word, text, subject):
    sent, w = parsed_word(text, "sagte")
    m = subject_of(text, sent, w, (0, text.index(",")))
    assert m is not None and m.text == subject


@pytest.mark.parametrize("text, form, subject", [
    # a verb coordinated after a comma shares the first verb's subject; an object the parser made its
    # subject (`mehr Tempo`) is none
    ("Der Minister bedankte sich für die Hilfe, mahnte aber mehr Tempo an: „Jede Verzögerung kostet Leben.“",
     "mahnte", "Der Minister"),
    ("Die Regierung bestätigte den Vorfall, teilte aber mit, man ermittle noch.", "teilte", "Die Regierung"),
    # after `und`, a verb the tagger called an adjective, and an adverb it called a finite verb
    ("Musk reagierte prompt und bezeichnete Kanzler Scholz auf X als „Narren“.", "bezeichnete", "Musk"),
])
def test_a_coordinated_verb_shares_the_first_ones_subject(parsed_word, text, form, subject):
    sent, w = parsed_word(text, form)
    m = subject_of(text, sent, w, (len(text), len(text)))
    assert m is not None and m.text == subject


@pytest.mark.parametrize("text, source", [
    ("Kritik kommt dagegen vom ADAC.", "ADAC"),
    ("Widerspruch kam von der Gewerkschaft EVG.", "Gewerkschaft EVG"),
    ("Lob kommt vom Bund der Steuerzahler.", "Bund der Steuerzahler"),
    # no reaction noun, no source: the sentence's own subject stands
    ("Der Zug kommt vom Bahnhof Zoo.", None),
])
def test_the_one_a_reaction_comes_from(nlp, text, source):
    parsed = nlp.parse(text)
    m = reaction_source(parsed.text, parsed.sentences[0])
    assert (m.text if m is not None else None) == source


@pytest.mark.parametrize("text, word", [
    ("Die Sprecherin hatte via Telegram mitgeteilt, Moskau werde reagieren.", "Telegram"),
    ("Das Ministerium teilte per Brief mit, man prüfe den Fall.", "Brief"),
])
def test_a_channel_after_via_or_per_is_no_mention(nlp, text, word):
    from quotes.mentions import mention_of
    sent = nlp.parse(text).sentences[0]
    w = next(x for x in sent.words if x.text == word)
    assert mention_of(text, sent, w, (0, 0)) is None


def test_the_subject_the_parser_hung_on_the_particle(hand_parse):
    # `zurück` taken for the main verb, `wies` for its auxiliary: the subject is the particle's
    text, sent = hand_parse("Ein/DET Sprecher/NOUN des/DET Amts/NOUN in/ADP Berlin/PROPN wies/AUX die/DET "
                           "Vorwürfe/NOUN zurück/VERB ./PUNCT",
                           {1: (2, "det"), 2: (10, "nsubj"), 3: (4, "det"), 4: (2, "nmod"), 5: (6, "case"),
                            6: (4, "nmod"), 7: (10, "aux"), 8: (9, "det"), 9: (10, "obj"), 11: (10, "punct")})
    m = subject_of(text, sent, sent.words[6], (len(text), len(text)))
    assert m is not None and m.text.startswith("Ein Sprecher")
