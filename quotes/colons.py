"""A colon before a quotation (`Koppelin wörtlich: „…“`, `Die Firma empfindet die Kritik als
ungerechtfertigt: „…“`, `Scholz sagte nach dem Treffen:` + a paragraph): the phrase before it that
names a speaker, the verbs of the clause it closes, the sentence ending in it before the quote's
paragraph. Which of these frames decides is quotes/frames.py's.
"""

from __future__ import annotations

from quotes.clauses import comma_between, finite_form, is_subjunctive, last_comma_before
from quotes.cues import STRONG_FINITE
from quotes.lexicon import NOT_NAMES, NOT_VERBS, SENTENCE_ADVERBS, TITLE_NOUNS
from quotes.mentions import mention_from_words, np_stretch
from quotes.neighbours import sentence_beside
from quotes.types import Candidate, Mention, Parsed, Sentence, Word


def _before_colon(sent: Sentence, start: int) -> list[Word] | None:
    """The words before `: „` when a colon introduces the quote at `start`, without the colon."""
    before = [w for w in sent.words if w.end <= start]
    while before and before[-1].text in ("„", "»", "«", '"', "“"):
        before.pop()
    if not before or before[-1].text != ":":
        return None
    return before[:-1]


def colon_speaker(text: str, sent: Sentence, start: int) -> Mention | None:
    """`Koppelin wörtlich: „…“`: a verbless phrase before a colon names the speaker."""
    before = _before_colon(sent, start)
    if not before or len(before) > 1 and before[0].text in ("Wir", "Ich"):
        return None  # `Wir dokumentieren Auszüge:` (the verb tagged an adjective): the writer's own clause
    if before[-1].text == ")":
        # `Nuri Şahin (Trainer Dortmund): „…“`: what the brackets say of the speaker is no speaker
        opening = next((k for k in range(len(before) - 2, -1, -1) if before[k].text == "("), None)
        before = before[:opening] if opening else before
    while before and before[-1].upos == "PUNCT":
        before.pop()
    last_comma = last_comma_before(before, len(before))
    if last_comma is not None and last_comma + 2 < len(before) and before[last_comma + 1].text.lower() == "so":
        before = before[last_comma + 2:]  # `…, so Elshorst weiter: „…“`
    if before and any(w.upos in ("VERB", "AUX") or w.text in STRONG_FINITE for w in before):
        return _listed_speaker(text, sent, before, start)
    if not before:
        return None
    comma = next((i for i, w in enumerate(before) if w.text == ","), None)
    if len(before) > 6 and comma is not None and 0 < comma <= 4:
        before = before[:comma]  # `Erkki Tuomioja, Präsident des Rats der EU: „…“`: the name before the apposition
    if len(before) > 2 and before[0].text in ("Interview", "Gespräch", "Doppelinterview") and before[1].text == "mit":
        before = before[2:]  # `Interview mit Nato-Generalsekretär Mark Rutte: „…“`: whom the interview is with
    adp = next((i for i, w in enumerate(before) if i > 0 and w.upos == "ADP" and w.text not in ("von", "vom")), None)
    if adp is not None:
        before = before[:adp]  # `Ein Hauptkommissar nach der Festnahme: „…“`: the phrase before the preposition
    if len(before) > 6:
        return _listed_speaker(text, sent, before, start)
    while before and before[-1].upos in ("ADV", "ADJ") and before[-1].text[:1].islower():
        before.pop()  # wörtlich, dazu, weiter
    if len(before) == 1 and before[0].index == 1 and before[0].upos in ("ADV", "ADJ", "X") and \
            name_shaped(before[0].text):
        # `Baerbock in Kiew: „…“`: a headline's name the small tagger took for an adverb
        return Mention(before[0].text, before[0].start, before[0].end, "name")
    # (the phrase ends where `before` was cut: `Bürgermeisterin zur Flüchtlingsunterkunft: „…“`)
    m = mention_from_words(text, sent, [w for w in np_stretch(sent, before[-1].index - 1, (start, start))
                                        if w.start < before[-1].end]) if before else None
    if m is not None and m.text.split()[-1].lower() in _LABEL_NOUNS:
        return None  # `Der Titel: „…“`, `Fazit: „…“`: a label, not someone speaking
    return m


# nouns that label what follows a colon rather than name a speaker
# (and the genre a headline names: `Interview: „…“`, `Kommentar: „…“`)
_LABEL_NOUNS = TITLE_NOUNS | frozenset("fazit frage antwort überschrift schlagzeile thema zitat text inhalt interview "
                                       "kommentar analyse gastbeitrag leitartikel reportage porträt hintergrund "
                                       "liveblog ticker exklusiv video rezension kolumne glosse buchtipp filmtipp "
                                       "lesetipp".split())


def name_shaped(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 2 \
        and word not in NOT_NAMES and word.lower() not in SENTENCE_ADVERBS


def _listed_speaker(text: str, sent: Sentence, before: list[Word], start: int) -> Mention | None:
    """`…, gratulierten X, Y und der norwegische Ministerpräsident Jens Stoltenberg: „…“`: after
    a clause or in a long list, the last item, when it ends in a name right before the colon, speaks."""
    cut = max((i for i, w in enumerate(before) if w.text == "," or w.text.lower() == "und"), default=None)
    tail = before[cut + 1:] if cut is not None else []
    if not tail or len(tail) > 6 or any(w.upos in ("VERB", "AUX", "ADP") or w.text in STRONG_FINITE for w in tail):
        return None
    m = mention_from_words(text, sent, np_stretch(sent, tail[-1].index - 1, (start, start)))
    return m if m is not None and m.kind == "name" and m.end == tail[-1].end else None


def colon_clause_verbs(sent: Sentence, start: int) -> list[Word]:
    """`Die Firma empfindet die Kritik als ungerechtfertigt: „…“`: a colon right before the
    quote makes the clause before it the frame, whatever its verb; that clause's verb nearest the
    colon, and the finite verbs before it in the same clause when that one is an adjective."""
    before = _before_colon(sent, start)
    if before is None:
        return []
    verbs = [w for w in before if w.upos in ("VERB", "AUX") and w.text not in NOT_VERBS]
    finite = [w for w in verbs if finite_form(w)]
    # the clause right before the colon frames the quote, not a first clause further back
    # (`Damit wird die Marke unterschritten, die Schröder zum Ziel erklärt hatte: „…“`), unless
    # that clause is itself reported (`wandte sich gegen die Behauptung, die Sorte werde …: „…“`)
    own = [w for w in finite if not is_subjunctive(w, sent)]
    if finite and not own:
        # the clause is itself reported (`Auch sein Umfeld habe ihn darauf hingewiesen: „…“`): the
        # quote goes on with the report's speaker, not with the reported clause's subject
        return []
    # (a finite verb with no mood is an adverb the tagger took for one: `hielt dagegen: „…“`)
    ranked = [w for w in own if w.feat("Mood")] or own or verbs
    if not ranked:
        return []
    last = ranked[-1]
    # (an adverb the tagger took for the verb has no subject: `Tusk reagierte scharf: „…“`)
    if not last.text.lower().endswith(_ADJECTIVE_ENDINGS) and \
            (len(ranked) == 1 or any(c.deprel.startswith("nsubj") for c in sent.children(last.index))):
        return [last]
    # an adjective the tagger took for the verb: the finite verbs before it with no comma between
    # them are of the same clause
    return [last] + [w for w in reversed(ranked[:-1]) if not comma_between(sent, w.start, last.start)]


_ADJECTIVE_ENDINGS = ("lich", "isch", "ig", "bar", "sam", "los", "haft")


def colon_paragraph(parsed: Parsed, first: Sentence, cand: Candidate) -> Sentence | None:
    """`Scholz sagte nach dem Treffen:` + a paragraph opening with the quote: the sentence ending
    in the colon frames it, as if on one line."""
    if any(w.end <= cand.start and w.text not in ("„", "»", "«", '"', "“") for w in first.words):
        return None
    prev = sentence_beside(parsed, first, -1)
    if prev is None or not prev.words or prev.words[-1].text != ":" or parsed.text[prev.end:cand.start].strip(" \n„»«\"“"):
        return None
    return prev
