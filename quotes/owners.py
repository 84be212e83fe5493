"""Who a passive speech verb or a noun of saying names: the agent (`wurde von der Polizei mitgeteilt`,
`In einem Bericht der Zeitung wurde vermutet`) and the owner of `die Forderung der Opposition`,
`seine Warnung`, `X äußerte die Hoffnung`; the active verb's subject is quotes/subjects.py's."""

from __future__ import annotations

from quotes.clauses import comma_between
from quotes.cues import cue_lemma, passive
from quotes.lexicon import QUOTE_NOUNS, SPEECH_NOUNS, is_source_noun
from quotes.genitives import with_genitive
from quotes.mentions import SUBJECT_RELS, mention_of, surface_np, title_in_marks
from quotes.phrases import genitive_owner, object_of_preposition, past_contraction
from quotes.subjects import subject_of
from quotes.sources import genitive_name
from quotes.types import Mention, Sentence, Word


def agent(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`wurde von der Polizei mitgeteilt`: the agent of a passive cue, if it is named."""
    for i, w in enumerate(sent.words):
        if exclude[0] <= w.start < exclude[1] or w.end > cue.start or comma_between(sent, w.start, cue.start):
            continue
        if w.text.lower() in ("von", "vom") and _noun_complement(sent, i):
            continue  # `Angehörige von Hilfsorganisationen wurden aufgefordert`: whose relatives, no agent
        if w.text.lower() in ("von", "vom"):
            m = surface_np(text, sent, past_contraction(sent, i + 1), 1, exclude)
            if m is not None and m.text.lower() in ("seiten", "seite"):
                m = with_genitive(text, sent, m, exclude)  # `von Seiten der Delegation`
            if m is not None:
                return m
        if w.text.lower() in ("in", "im") and i + 1 < len(sent.words):
            # `In einem Bericht der Zeitung wurde vermutet, …`: a text as the source
            m = object_of_preposition(text, sent, i, exclude)
            nouns = [x for x in sent.words if m is not None and m.start <= x.start < m.end and x.upos == "NOUN"]
            if nouns and (is_source_noun(nouns[0].text) or nouns[0].text in SPEECH_NOUNS):
                return m
            title = title_in_marks(text, sent, i + (1 if w.text.lower() == "in" else 0))
            if title is not None and not exclude[0] <= title.start < exclude[1]:
                return title  # `wurden gestern im „Standard“ als „…“ bezeichnet`: the medium
    return None


def _noun_complement(sent: Sentence, i: int) -> bool:
    """The `von` at list position i completes the noun before it (the parse hangs its phrase on a
    noun): `Angehörige von Hilfsorganisationen`."""
    head = sent.word(sent.words[i].head)
    owner = sent.word(head.head) if head is not None and head.deprel == "nmod" else None
    return i > 0 and sent.words[i - 1].upos in ("NOUN", "PROPN") and owner is not None and owner.upos in ("NOUN", "PROPN")


def speaker_of_cue(text: str, sent: Sentence, cue: Word, span: tuple[int, int]) -> Mention | None:
    """The subject of an active cue, the agent of a passive one (`wurden vom Kreml als
    „Provokation“ bezeichnet`: not the plans); `wird X zitiert` quotes its subject."""
    if passive(sent, cue) and cue_lemma(sent, cue) != "zitieren":
        return agent(text, sent, cue, span)
    return subject_of(text, sent, cue, span)


_POSSESSIVE_PRONOUNS = {"sein": "er", "seine": "er", "seiner": "er", "seinem": "er", "seinen": "er",
                        "ihr": "sie", "ihre": "sie", "ihrer": "sie", "ihrem": "sie", "ihren": "sie"}


def noun_owner(text: str, sent: Sentence, noun: Word, exclude: tuple[int, int]) -> Mention | None:
    """Who hopes, demands or claims in `die Forderung der Opposition, dass …`, `seine Warnung, …`,
    `X ist der Meinung, …`, `X äußerte die Hoffnung, …`: a genitive or `von` owner, a possessive,
    the subject of a copula, or the subject of the verb the noun belongs to."""
    m = genitive_owner(text, sent, noun, exclude)
    if m is not None:
        return m
    det = sent.word(noun.index - 1)
    while det is not None and det.upos == "ADJ" and not saxon_owner(det, exclude):  # `Seine zentrale Aussage`
        det = sent.word(det.index - 1)
    if det is not None and det.text.lower() in _POSSESSIVE_PRONOUNS:
        return Mention(_POSSESSIVE_PRONOUNS[det.text.lower()], det.start, det.end, "pronoun")
    if det is not None and saxon_owner(det, exclude):
        return genitive_name(det)  # `Weselskys Warnung, man werde …`: the name in the genitive before the noun
    for c in sent.children(noun.index):
        if c.deprel in SUBJECT_RELS:
            m = mention_of(text, sent, c, exclude)
            if m is not None:
                return m
    head = sent.word(noun.head) if noun.head else None
    # the parser may hang the noun under another noun of the clause (`wandte sich an seine Anhänger
    # mit der Aufforderung, …`): the clause's verb is further up
    for _ in range(2):
        if head is None or head.upos not in ("NOUN", "PROPN") or not head.head:
            break
        head = sent.word(head.head)
    if head is not None and (head.upos in ("VERB", "AUX") or head.deprel == "root") and \
            not exclude[0] <= head.start < exclude[1]:
        return subject_of(text, sent, head, exclude)
    return None


def saxon_owner(w: Word, exclude: tuple[int, int] = (0, 0)) -> bool:
    """A capitalised name in the genitive -s (tagged an adjective too, which in -s would end in -es: `Neues`)."""
    # (or an adverb the lemmatizer reads as a genitive: `Merkels`, not `Bereits`)
    return (w.upos in ("PROPN", "NOUN", "X") or w.upos == "ADJ" and not w.text.endswith("es")
            or w.upos == "ADV" and w.lemma == w.text[:-1]) and \
        w.text.endswith("s") and w.text[:1].isupper() and len(w.text) > 3 and not exclude[0] <= w.start < exclude[1]


_POINTERS = frozenset("diese dieser dieses diesen jene jener jenes".split())
_COPULA = frozenset("ist war sind waren".split())


def owner_named_after(text: str, sent: Sentence, exclude: tuple[int, int]) -> Mention | None:
    """`„…“ Diese Worte des Kanzlers sorgten für Aufsehen.`, `„…“ Das ist die zentrale Aussage einer
    Studie.`, `„…“ Diese oft dem Ex-Präsidenten X zugeschriebene Weisheit …`: a sentence that opens
    by pointing back at the quote before it with a noun of saying names whose it is."""
    words = sent.words
    if len(words) < 3:
        return None
    first = words[0].text.lower()
    if first in _POINTERS:
        rest = words[1:]
    elif first in ("das", "dies") and words[1].text.lower() in _COPULA:
        rest = words[2:]
    elif first in _POSSESSIVE_PRONOUNS:
        rest = words[1:]
    else:
        return None
    # the phrase's noun comes first, or after a participle's phrase (`häufig dem X zugeschriebene Weisheit`)
    noun = next((w for w in rest if w.upos in ("NOUN", "PROPN")), None)
    ascribed = next((w for w in rest[:10] if w.text.lower().startswith("zugeschrieben")), None)
    if ascribed is not None and noun is not None and noun.start < ascribed.start:
        noun = sent.word(ascribed.index + 1)
    if noun is None or noun.text not in QUOTE_NOUNS or \
            any(w.text in (",", ";", ":") or w.upos in ("VERB", "AUX") and w is not ascribed for w in rest if w.end <= noun.start):
        return None
    if first in _POSSESSIVE_PRONOUNS:
        return Mention(_POSSESSIVE_PRONOUNS[first], words[0].start, words[0].end, "pronoun")
    if ascribed is not None and ascribed.end <= noun.start:
        # `dem X zugeschriebene`: the dative phrase before the participle
        det = next((w for w in rest if w.end <= ascribed.start and w.text.lower() in ("dem", "der", "den")), None)
        return surface_np(text, sent, det.index, 1, exclude) if det is not None else None
    nxt = sent.word(noun.index + 1)
    if nxt is not None and nxt.text.lower() in ("einer", "eines"):
        return surface_np(text, sent, noun.index + 1, 1, exclude)  # `die Aussage einer Studie`
    return genitive_owner(text, sent, noun, exclude)
