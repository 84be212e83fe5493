"""Attribution rules on hand-built parses: what they do when the small parser gives no help."""

from quotes.attribute import subject_of
from quotes.types import Sentence, Word


def _sentence(tagged: str) -> tuple[str, Sentence]:
    """`Ärzte/NOUN ohne/ADP …` → the text and a Sentence without dependencies (every head 0)."""
    words, pos = [], 0
    for i, item in enumerate(tagged.split(), 1):
        form, upos = item.rsplit("/", 1)
        words.append(Word(i, form, form, upos, "", 0, "dep", pos, pos + len(form)))
        pos += len(form) + 1
    text = " ".join(w.text for w in words)
    return text, Sentence(0, 0, len(text), tuple(words))


def test_verb_second_last_resort_takes_the_phrase_before_the_verb():
    # no parse subject, and the name before the verb follows a preposition: the whole first phrase
    text, sent = _sentence("Ärzte/NOUN ohne/ADP Grenzen/NOUN teilte/VERB mit/ADP ,/PUNCT drei/NUM "
                           "Flugzeuge/NOUN seien/AUX gelandet/VERB ./PUNCT")
    m = subject_of(text, sent, sent.words[3], (sent.words[6].start, len(text)))
    assert m is not None and m.text == "Ärzte ohne Grenzen"


def test_no_subject_from_a_fronted_prepositional_phrase():
    # `Bezüglich` tagged as a noun opens a prepositional phrase, not the subject
    text, sent = _sentence("Bezüglich/NOUN des/DET Startortes/NOUN meldet/VERB die/DET Agentur/NOUN Xinhua/PROPN "
                           ",/PUNCT die/DET Maschine/NOUN sei/AUX gestartet/VERB ./PUNCT")
    m = subject_of(text, sent, sent.words[3], (sent.words[8].start, len(text)))
    assert m is not None and "Startortes" not in m.text


def test_a_finite_strong_verb_the_tagger_missed_makes_the_colon_phrase_a_clause():
    # `weist` tagged as a preposition: the words before the colon are a clause, not a speaker's name
    from quotes.attribute import _colon_speaker
    text, sent = _sentence("Jegliche/ADJ Mitverantwortung/NOUN weist/ADP Hartmann/NOUN von/ADP sich/PRON :/PUNCT "
                           "„/PUNCT Das/PRON ist/AUX falsch/ADJ ./PUNCT “/PUNCT")
    assert _colon_speaker(text, sent, sent.words[7].end) is None



def test_person_runs_are_capitalised_words_or_joining_hyphens():
    from quotes.mentions import person_like
    _, sent = _sentence("neoliberale/ADJ kapitalistische/ADJ Wirtschaftsordnung/PROPN")
    assert not person_like(sent, list(sent.words))
    text, sent = _sentence("Damazo/PROPN Ruiz/PROPN -/PUNCT Jarabo/PROPN Colomer/PROPN")
    # glue the hyphen to its neighbours, as the tokenizer leaves it in `Ruiz-Jarabo`
    words = [Word(w.index, w.text, w.lemma, w.upos, w.feats, 0, "dep", s, s + len(w.text))
             for w, s in zip(sent.words, (0, 7, 11, 12, 19))]
    assert person_like(Sentence(0, 0, 27, tuple(words)), words)


def test_an_adverbial_participle_opening_the_sentence_is_no_subject():
    # `empfahl` tagged as a preposition is still the verb; the subject follows it
    text, sent = _sentence("Stellvertretend/NOUN für/ADP die/DET Kommission/NOUN empfahl/ADP der/DET Kommissar/NOUN "
                           ",/PUNCT Verhandlungen/NOUN einzuleiten/VERB ./PUNCT")
    m = subject_of(text, sent, sent.words[4], (sent.words[8].start, len(text)))
    assert m is not None and m.text == "der Kommissar"
