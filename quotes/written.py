"""Written words: a quotation on a sign or in a text (`Demonstranten mit der Parole „…“`, `Auf dem
Plakat stand: „…“`) has its bearer or the text it stands in as its source."""

from __future__ import annotations

from quotes.lexicon import STRONG_VERBS, TIME_NOUNS
from quotes.mentions import mention_from_words, np_stretch, surface_np
from quotes.phrases import object_of_preposition
from quotes.types import Candidate, Mention, Parsed, Word


# nouns of slogans and writing: the words in marks after them were chanted or written
SLOGAN_NOUNS = frozenset("Parole Parolen Aufschrift Aufschriften Schriftzug Spruchband Transparent "
                         "Transparenten Plakat Plakaten Sprechchor Sprechchören".split())
WRITTEN_CUES = frozenset(n.lower() for n in SLOGAN_NOUNS)


def written_on(parsed: Parsed, cand: Candidate) -> tuple[Mention, str] | None:
    """`Stoffbänder mit der Aufschrift „Kritik = Terror“`, `Demonstranten mit der Parole „…“`: the
    bearer before `mit`; `Auf dem Transparent war die Parole „…“ zu lesen`: the place it is written."""
    sent = parsed.sentence_at(cand.start)
    if sent is None:
        return None
    before = [w for w in sent.words if w.end <= cand.start and w.text not in "„»«\"‚"]
    if not before or before[-1].text not in SLOGAN_NOUNS:
        return None
    k = len(before) - 2
    while k >= 0 and before[k].upos in ("DET", "ADJ"):
        k -= 1
    text = parsed.text
    if k >= 1 and before[k].text.lower() == "mit":
        m = surface_np(text, sent, before[k].index - 2, -1, (cand.start, cand.end))
        return (m, before[-1].text.lower()) if m is not None else None
    opening = sent.words[0]
    if opening.text.lower() in ("auf", "an") and before[-1] is not opening:
        m = object_of_preposition(text, sent, 0, (cand.start, cand.end))
        return (m, before[-1].text.lower()) if m is not None else None
    return None


# `Auf dem Plakat stand: „…“`, `In der Zeitung fand sich die Feststellung „…“`: where words are written
_STANDS = frozenset(f for f in STRONG_VERBS["stehen"] if not f.startswith("ge")) | {"stehen"}
_FINDS = frozenset("findet finden fand fanden fände".split())
_WHERE_WRITTEN = ("in", "im", "auf", "an", "am")
_RELATIVE_ARTICLES = frozenset("dem der denen welchem welcher".split())


def written_in(parsed: Parsed, cand: Candidate, clause: list[Word]) -> tuple[Mention, str] | None:
    """A quote whose clause (`clause`, its words before the quote) says where it stands written, `Auf
    dem Plakat stand: „…“`, `ein Zettel, auf dem geschrieben stand: „…“`, `steht im Entwurf der
    Passus: „…“`: the text it stands in."""
    sent = parsed.sentence_at(cand.start)
    if sent is None:
        return None
    clause = clause[1:] if clause and clause[0].text == "," else clause
    # the words are introduced by a colon or a noun (`der Passus: „…“`, `die Feststellung „…“`)
    if len(clause) < 3 or not (clause[-2].text == ":" or clause[-2].upos == "NOUN"):
        return None
    # lower case: `der große Stand in Halle 4` is no verb
    verb = next((w for w in clause if w.text in _STANDS or
                 w.text in _FINDS and any(x.text.lower() == "sich" for x in clause)), None)
    if verb is None or any(w.upos in ("VERB", "AUX") and w.start > verb.end and w.text != "geschrieben" for w in clause):
        return None
    text, span = parsed.text, (cand.start, cand.end)
    head = clause[0].index - 1
    if clause[0].text.lower() in _WHERE_WRITTEN and len(clause) > 1 and clause[1].text.lower() in _RELATIVE_ARTICLES \
            and head >= 2 and sent.words[head - 1].text == ",":
        # a relative clause: the noun it hangs on, also past a verb (`ein Zettel kleben, auf dem …`)
        k = next((k for k in range(head - 2, max(head - 5, -1), -1) if sent.words[k].upos in ("NOUN", "PROPN")), None)
        m = mention_from_words(text, sent, np_stretch(sent, k, span, expand_left=False)) if k is not None else None
    else:
        places = (object_of_preposition(text, sent, w.index - 1, span) for w in clause if w.text.lower() in _WHERE_WRITTEN)
        m = next((p for p in places if p is not None and p.text not in TIME_NOUNS), None)  # not `Am Montag`
    return (m, "schreiben") if m is not None else None
