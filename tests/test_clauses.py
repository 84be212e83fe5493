"""Clause structure and Konjunktiv (quotes/clauses.py), on real and hand-built parses."""

import pytest

from quotes.clauses import comma_between, is_subjunctive, verb_second
from quotes.types import Sentence, Word


@pytest.mark.parametrize("text, form, expected", [
    ("Er sagte, sie sei krank.", "sei", True),
    ("Die Regierung plane keine Steuererhöhung.", "plane", True),
    ("Ich habe das nicht gewusst.", "habe", False),  # first person: indicative
    ("Die Firma plant keine Entlassungen.", "plant", False),
    ("Er sagte, er habe nichts gewusst.", "habe", True),
    # `tun` ends in -n: `tue` is its Konjunktiv I, unless `ich` says it
    ("Die Bundesregierung tue viel zu wenig gegen die Klimakrise.", "tue", True),
    ("Ich tue, was ich kann.", "tue", False),
    # a verb with its stem in t (lexicon/t_stem_verbs.txt): -te is its Konjunktiv I, not a preterite
    ("Der Minister sagte, der Mann beobachte die Lage.", "beobachte", True),
    ("Der Minister sagte, der Mann plante nichts.", "plante", False),
    # … also when the lemmatizer reads it as another verb's preterite (`richte` → `richen`)
    ("Er betonte, die Stationierung richte sich gegen niemanden.", "richte", True),
    ("Ich richte mich danach.", "richte", False),
    # … and when the parser hung it as an auxiliary
    ("Gary Moore berichtete im Fernsehen, er warte auf Rettung.", "warte", True),
    # an -e form right after a comma and a bare name stands in the verb slot
    ("In einem Interview erklärte er, Nordkorea besitze vier Atomwaffen.", "besitze", True),
    # … or after a comma, an article, adjectives and a noun (`nütze` tagged an adverb)
    ("Er sagte, eine solche Pause nütze nur der Ukraine.", "nütze", True),
    # … and right after the subject opening the sentence or the clause after a colon
    ("Das ändere nichts.", "ändere", True),
    ("Peskow sagte: Die Reise ändere nichts.", "ändere", True),
    ("Das andere ist egal.", "andere", False),
    ("Das andere Problem bleibt.", "andere", False),
    # … or a bare name opening the sentence (the small tagger reads both words as adverbs)
    ("Russland suche nur einen Vorwand, sagte er.", "suche", True),
    # an ordinal on its noun is no verb, whatever its lemma (`achte` as `achten`)
    ("Es ist ihre achte Reise in die Ukraine.", "achte", False),
    ("Sie habe den Abschied akzeptiert und frage Corbyn, ob er gehe.", "frage", True),
    # an -e form the lemmatizer does not know, right after one opening phrase (the verb's slot)
    ("Vor allem die Industrie leide unter hohen Energiepreisen.", "leide", True),
    # … also one it knows, after a phrase with a preposition, after a colon (`koste` tagged a preposition)
    ("Gleichzeitig mahnte er mehr Tempo an: Jeder Tag ohne Flugabwehr koste Menschenleben.", "koste", True),
    ("Am Montag jede Menge Arbeit.", "jede", False),
    # a verb in -eln or -ern has its own -e forms (`sammle` tagged an adjective)
    ("Moskau sammle Reserven für einen großen Angriff, schrieben die Analysten.", "sammle", True),
    ("Die Gewerkschaft fordere mehr Geld, sagte er.", "fordere", True),
    ("Ich sammle Briefmarken.", "sammle", False),
    # a conjunction is none, whatever its shape
    ("Die Ansichten des Piloten, der Firma sowie des Staatsanwaltes weichen voneinander ab.", "sowie", False),
])
def test_konjunktiv(parsed_word, text, form, expected):
    sent, w = parsed_word(text, form)
    assert is_subjunctive(w, sent) is expected


@pytest.mark.parametrize("text, verb, expected", [
    ("Die Regierung plane keine Steuererhöhung.", "plane", True),
    ("Weil die Regierung keine Steuererhöhung plane, sei alles gut.", "plane", False),
    ("Um dem Trend zu begegnen, müsse die Partei handeln.", "müsse", True),
    # a three-word first clause with its verb second, however the parser hung it
    ("Trump habe recht, dass Europa mehr tun müsse.", "habe", True),
    # the verb right after an opening noun phrase, in a short first clause
    ("Viele Rentner wüssten nicht, wie sie eine neue Heizung bezahlen sollten.", "wüssten", True),
    ("Die Regierung habe versagt, sagte er.", "habe", True),
    # … not at the clause's end (`Die Regierung habe.` is no clause of that shape)
    ("Wie die Regierung mitteilen ließ, sei alles gut.", "ließ", False),
    # after a conditional clause opening with its verb, a Konjunktiv I only (`seien`, whatever its tag)
    ("Sollte sich die Lage weiter zuspitzen, seien Preise von über 100 Dollar möglich.", "seien", True),
    # a pronoun right before the finite verb with more after it is a demonstrative, no relative clause
    ("Das sei „unehrlich gegenüber den Wählern“.", "sei", True),
    # a comma in a list of nouns closed by `und` ends no clause
    ("Ohne Investitionen in Schienen, Brücken und Schulen verliere Deutschland den Anschluss.", "verliere", True),
    # the verb right after a list of subjects closed by `und`, one word before the clause's end
    ("Präsident Putin, Russland und Iran trügen Verantwortung, weil sie Assad unterstützten.", "trügen", True),
])
def test_verb_second(nlp, text, verb, expected):
    sent = nlp.parse(text).sentences[0]
    words = list(sent.words)
    assert verb_second(words, [w for w in words if w.text == verb]) is expected


@pytest.mark.parametrize("text, expected", [
    ("der die Regierung kritisiert", True),
    # (a relative clause of two words before a clause of its own)
    ("der sagte , dass er gehe", True),
    ("das sei falsch", False),
    ("Das sei „ unehrlich “", False),
])
def test_a_relative_pronoun_opens_a_subordinate_clause_unless_a_finite_verb_follows(nlp, text, expected):
    from quotes.clauses import subordinate_opening
    words = list(nlp.parse(f"Er meinte, {text}.").sentences[0].words)
    k = next(i for i, w in enumerate(words) if w.text == ",")
    assert subordinate_opening(words[k + 1:-1]) is expected


def test_comma_between(nlp):
    sent = nlp.parse("Der Minister, der gestern sprach, lobte den Plan.").sentences[0]
    at = {w.text: w.start for w in sent.words}
    assert comma_between(sent, at["Minister"], at["sprach"]) and not comma_between(sent, at["lobte"], at["Plan"])


@pytest.mark.parametrize("form, expected", [("ruhe", True), ("live", False), ("tagesschau.de", False)])
def test_unknown_e_form_with_a_subject_is_konjunktiv(hand_parse, form, expected):
    # `Jedoch ruhe die Mitgliedschaft …`: the -e form of a verb the lemmatizer does not know is
    # Konjunktiv I; `live` (`die Agentur live übertrug`) is no verb whatever the tag
    _, sent = hand_parse(f"Die/DET Agentur/NOUN {form}/VERB ./PUNCT", heads={2: (3, "nsubj")})
    assert is_subjunctive(sent.words[2], sent) is expected


@pytest.mark.parametrize("form, lemma", [("handle", "handeln"), ("handele", "handeln"), ("ändere", "ändern")])
def test_konjunktiv_of_verbs_in_eln_and_ern(hand_parse, form, lemma):
    # `Er meinte, es handle sich um eine Familienangelegenheit`
    _, sent = hand_parse(f"es/PRON {form}/VERB sich/PRON ./PUNCT")
    w = sent.words[1]
    w = Word(w.index, w.text, lemma, w.upos, w.feats, w.head, w.deprel, w.start, w.end)
    assert is_subjunctive(w, Sentence(0, 0, sent.end, (sent.words[0], w) + sent.words[2:]))


@pytest.mark.parametrize("text, word, subjunctive", [
    # the lemmatizer's guess `verlang` for `verlängere` is no verb's lemma: the -e form after a
    # third-person subject is Konjunktiv I; `ganze` read as `ganz` + e is an adjective
    ("Der Westen verlängere damit nur den Krieg.", "verlängere", True),
    ("Der Westen verlängert damit nur den Krieg.", "verlängert", False),
    # an -iere form whatever its tag; an -e form after the subject before an adverb in -lich
    ("Der Zugriff über de.wikipedia.org funktioniere weiterhin.", "funktioniere", True),
    ("Ich akzeptiere das nicht.", "akzeptiere", False),
    ("Sein Programm diene ausschließlich der friedlichen Forschung.", "diene", True),
    # a verb with its stem in t known only inside a prefixed one (`ausrüsten`): `rüste` is no preterite
    ("Russland rüste massiv auf.", "rüste", True),
    ("Russland rüstete massiv auf.", "rüstete", False),
    # a verb form whose lemma the lemmatizer read as an adjective's (`reich`), but not after an article
    ("Der Treibstoff reiche für zehn Tage.", "reiche", True),
    ("Ist das ganze eine Kampagne von der Parteispitze?", "ganze", False),
    # after the opening article and noun, whatever the tags (`diene` a determiner, `allein` a noun)
    ("Die Brigade diene allein der Abschreckung.", "diene", True),
    # `zufolge` ends in -e, but is only ever a postposition
    ("Vize-Außenminister Sergej Rjabkow zufolge ist der Schritt „destabilisierend“.", "zufolge", False),
    # an adverb in -weise, whatever its tag; a form of a verb of `weisen` is one
    ("Da Brauereien auf sauberes Wasser notwendigerweise angewiesen sind, warnte Hahn.", "notwendigerweise", False),
    ("Die Firma liefere beispielsweise Waffen.", "beispielsweise", False),
    ("Er überweise das Geld morgen, sagte er.", "überweise", True),
    # a participle closing an extended attribute after an article and a preposition; a verb of `senden` is one
    ("Der für Manchester United stürmende Nationalspieler Wayne Rooney entschuldigte sich.", "stürmende", False),
    ("Die Firma verschwende Geld, sagte er.", "verschwende", True),
    # a particle the tagger calls a verb (`innehaben`)
    ("Als letztes hatte sie den Posten der leitenden Redakteurin inne.", "inne", False),
])
def test_an_e_form_whose_lemma_is_no_verb(nlp, text, word, subjunctive):
    sent = nlp.parse(text).sentences[0]
    w = next(w for w in sent.words if w.text == word)
    assert is_subjunctive(w, sent) is subjunctive


@pytest.mark.parametrize("text, form, expected", [
    ("Er sagte es gestern.", "sagte", True),
    ("Er hat es gestern gesagt.", "hat", True),
    ("Er hat es gestern gesagt.", "gesagt", False),
])
def test_finite_form(parsed_word, text, form, expected):
    from quotes.clauses import finite_form
    assert finite_form(parsed_word(text, form)[1]) is expected


@pytest.mark.parametrize("text, expected", [
    ("das Treffen zu politisieren", True),
    # an opening mark between `zu` and its verb (the report after `warf … vor` was lost)
    ("das Treffen zu „politisieren“", True),
    ("das Treffen zu „Propaganda“", False),
])
def test_zu_infinitive(nlp, text, expected):
    from quotes.clauses import has_zu_infinitive
    assert has_zu_infinitive(_after_comma(nlp, f"Er warf ihnen vor, {text}.")) == expected


@pytest.mark.parametrize("clause, expected", [
    # a subject, then a lower-case verb form whatever its tag: the shape of a main clause
    ("Sanktionen schadeten Europa mehr als Russland", True),
    ("die Gespräche gingen weiter", True),
    # a singular preterite narrates; no subject first, no main clause
    ("sie schaffte den zweiten Platz", False),
    ("mehr als zehn Jahre", False),
])
def test_subject_then_verb(nlp, clause, expected):
    from quotes.clauses import subject_then_verb
    assert subject_then_verb(_after_comma(nlp, f"Er sagte, {clause}.")[:-1]) == expected


@pytest.mark.parametrize("clause, expected", [
    # an adverb of stance or of the present, then a lower-case finite verb: a main clause
    ("vermutlich halten sich in der Maschine zwei Verdächtige auf", True),
    ("derzeit gibt es keine Gespräche mit Moskau", True),
    # an adverb of sequence narrates; a preterite in -te after the adverb too
    ("dann ging er nach Hause", False),
    ("heute sagte er nichts mehr", False),
])
def test_adverb_then_verb(nlp, clause, expected):
    from quotes.clauses import adverb_then_verb
    assert adverb_then_verb(_after_comma(nlp, f"Er sagte, {clause}.")[:-1]) == expected


def _after_comma(nlp, text: str) -> list:
    """The words of `text` after its first comma."""
    words = list(nlp.parse(text).sentences[0].words)
    return words[next(k for k, w in enumerate(words) if w.text == ",") + 1:]


@pytest.mark.parametrize("form, lemma, upos, untagged", [
    # a lower-case inflected form of a verb lemma is a verb whatever the tag (`blieb` as an adverb)
    ("blieb", "bleiben", "ADV", True),
    ("neue", "neu", "ADJ", False),
    ("bleiben", "bleiben", "ADV", False),
    ("Wahlen", "Wahl", "NOUN", False),
])
def test_a_verb_the_tagger_missed(form, lemma, upos, untagged):
    from quotes.clauses import untagged_verb
    from quotes.types import Word
    assert untagged_verb(Word(1, form, lemma, upos, "", 0, "dep", 0, len(form))) is untagged
