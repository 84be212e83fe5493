"""Find quotation candidates on the parse: indirect (reported) speech and block quotes (direct
speech in marks is found on the raw text by quotes/marks.py).

Indirect speech is found on the parse (speech verb + Konjunktiv or dass/ob clause, `laut X`, `X zufolge`,
`so X`, and free indirect speech in Konjunktiv I).
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from quotes.lexicon import (COGNITION_VERBS, NUMERALS, PARTICLES, REPORT_NOUNS, REPORT_VERBS, SPEECH_VERBS,
                            STRONG_VERBS, aux_forms, is_konjunktiv_form, is_source_noun)
from quotes.morph import form_table, lemma_of
from quotes.speakers import hyphen_joins
from quotes.marks import word_count
from quotes.types import Candidate, Parsed, Sentence, Word


_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")
_MARKS = frozenset("„“”»«\"‚‘’")


def block_quotes(parsed: Parsed, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A paragraph without quotation marks that the next paragraph opens by attributing
    (`Wir haben unsere Vorschläge klar formuliert. …` / `Das sagte Lawrow in Moskau.`): a block
    quote. A paragraph in Konjunktiv is reported speech, left to the indirect rules."""
    direct = Spans(direct)
    text = parsed.text
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for (a0, a1), (b0, _) in zip(paras, paras[1:]):
        body, frame = text[a0:a1].rstrip(), parsed.sentence_at(b0)
        if frame is None or frame.start < b0 or _MARKS & set(body) or overlaps_any(a0, a1, direct) \
                or word_count(body) < 6 or not re.search(r"[.!?…]$", body):
            continue
        cue = anaphoric_frame(frame)
        if cue is None or cue_lemma(frame, cue) not in SPEECH_VERBS:
            continue
        sentences = [s for s in parsed.sentences if a0 <= s.start < a1]
        if sentences and not any(is_subjunctive(w, s) for s in sentences for w in s.words):
            yield Candidate(a0, a0 + len(body), "direct", "direct:block", 0.6, cue_start=cue.start, cue_end=cue.end)


# --- indirect speech -------------------------------------------------------

def cue_lemma(sent: Sentence, w: Word, verbs: frozenset[str] = SPEECH_VERBS) -> str:
    """Lemma of a verb with its separable particle joined (kündigte … an → ankündigen), when
    that makes one of `verbs`."""
    lemma = lemma_of(w.text, w.lemma.replace("#", ""))
    if lemma in verbs:
        return lemma
    particles = [c.text.lower() for c in sent.children(w.index) if c.deprel == "compound:prt"]
    # the parser often misses the particle: take one standing later in the clause
    # the particle closes the verb's own clause: look no further than the next comma, and
    # `zu` before a verb is the infinitive marker (`gab vor, … herbeiführen zu wollen`)
    after = [x for x in sent.words if x.start > w.end]
    end = next((i for i, x in enumerate(after) if x.text in ",;:"), len(after))
    # `zum` = `zu dem` (the two words share the token's offsets) is a preposition, never a particle
    particles += [x.text for i, x in enumerate(after[:end]) if x.upos not in ("NOUN", "PROPN")
                  and x.text.islower() and x.text in PARTICLES
                  and not (i + 1 < len(after) and after[i + 1].start == x.start)
                  and not (x.text == "zu" and i + 1 < len(after) and after[i + 1].upos in ("VERB", "AUX"))]
    # a relative clause set off by commas sits inside the verb's clause (`Dies geht aus einer
    # Meldung, die … verbreitet wurde, hervor`): the particle may close the clause after it
    if end + 2 < len(after) and after[end].text == "," and after[end + 1].text.lower() in RELATIVE_PRONOUNS:
        close = next((i for i in range(end + 2, len(after)) if after[i].text in ",;:"), None)
        if close is not None and close + 1 < len(after) and after[close].text == ",":
            last = next((i for i in range(close + 1, len(after)) if after[i].text in ",;:."), len(after))
            if last == close + 2 and after[close + 1].text in PARTICLES:
                particles.append(after[close + 1].text)
    # verb-final clauses write some particles apart before the verb (`wie die Polizei bekannt gab`)
    prev = sent.word(w.index - 1)
    if prev is not None and prev.text in PARTICLES and prev.upos not in ("ADP", "DET"):
        particles.append(prev.text)
    for p in particles:
        if p + lemma in verbs:
            return p + lemma
    if lemma == "lassen" and not any(x.text.lower() == "sich" for x in after[:end]):
        # `ließ ein Sprecher verlauten`, `ließ mitteilen`: the infinitive closing the clause is the
        # cue (`musste sich … vorwerfen lassen` is said by others)
        inf = next((x for x in after[:end] if x.text.lower() in _LASSEN_CUES and x.text.lower() in verbs), None)
        if inf is not None:
            return inf.text.lower()
    return lemma


_LASSEN_CUES = ("verlauten", "mitteilen", "ausrichten", "erklären", "verkünden")


# finite forms of strong verbs that are never anything else (`wies`, `bat`, `schrieb`, `bringt`):
# the small tagger sometimes calls them SCONJ or ADV
STRONG_FINITE = frozenset(f for forms in STRONG_VERBS.values() for f in forms
                          if not f.endswith(("e", "en")) and not f.startswith("ge"))


# verbs that report only together with their pronominal adverb: `bestehen darauf, dass …`
_ADVERB_CUES = {"bestehen": "darauf", "beharren": "darauf", "pochen": "darauf", "berufen": "darauf"}


# `„Wo ist meine Stimme?“, wollen die Demonstranten wissen`, `Der NDR will wissen, dass …`: a verb
# that reports only with this modal
_MODAL_CUES = {"wissen": aux_forms(("wollen",), ("present", "past"))}


def _modal_cue(sent: Sentence, w: Word) -> bool:
    modals = _MODAL_CUES.get(lemma_of(w.text, w.lemma))
    if modals is None:
        return False
    for x in reversed(sent.words[:w.index - 1]):  # the modal stands in the verb's own clause
        if x.upos == "PUNCT":
            return False
        if x.text.lower() in modals:
            return True
    return False


def modal_frame_verb(sent: Sentence, modal: Word) -> Word | None:
    """`„…“, wollen die Demonstranten … wissen`: the verb closing a modal's clause, when the pair
    reports (the verb may stand far after the modal)."""
    if not any(modal.text.lower() in forms for forms in _MODAL_CUES.values()):
        return None
    for x in sent.words[modal.index:]:
        if x.upos == "PUNCT":
            return None
        if _modal_cue(sent, x):
            return x
    return None


def _adverb_cue(sent: Sentence, w: Word) -> bool:
    adverb = _ADVERB_CUES.get(lemma_of(w.text, w.lemma))
    return adverb is not None and any(x.text.lower() == adverb for x in sent.words[w.index:w.index + 4])


_WORDS_PHRASE = re.compile(r"\bmit (den|diesen|folgenden|seinen|ihren|deutlichen|klaren) (\w+ )?Worten\b")


def _with_words(sent: Sentence, w: Word) -> bool:
    """`mit diesen Worten reagierte X`, `meldete sich mit den Worten: …`: any verb of the clause says it."""
    if w.upos == "AUX" or "Worten" not in sent.texts:
        return False  # `wird … mit den Worten zitiert`: the participle is the cue, not `wird`
    if w.upos != "VERB":
        # a verb the tagger missed only right after the phrase (`mit diesen Worten reagierte`)
        prev = sent.word(w.index - 1)
        return w.text.islower() and w.upos in ("ADJ", "NOUN", "ADV") and prev is not None and prev.text == "Worten" \
            and bool(_WORDS_PHRASE.search(" ".join(x.text for x in sent.words[max(0, w.index - 5):w.index])))
    clause = [x for x in sent.words if not comma_between(sent, min(x.start, w.start), max(x.start, w.start))]
    return bool(_WORDS_PHRASE.search(" ".join(x.text for x in clause)))


def _short_parenthetical(sent: Sentence, w: Word) -> bool:
    """`(Wikinews berichtete)`: a cross-reference in brackets frames nothing outside them."""
    words = sent.words
    i = w.index - 1  # list position
    opening = next((k for k in range(i - 1, max(i - 4, -1), -1) if words[k].text in "()"), None)
    closing = next((k for k in range(i + 1, min(i + 4, len(words))) if words[k].text in "()"), None)
    return opening is not None and closing is not None and words[opening].text == "(" and words[closing].text == ")"


_ADVERB_PARTICIPLES = frozenset({"wiederholt"})


def is_cue(sent: Sentence, w: Word) -> bool:
    """A speech verb; lower-case words the tagger called ADJ/NOUN count too (`gesagt`, `erklärt`)."""
    nxt = sent.word(w.index + 1)
    # `Kritisiert wird vor allem, dass …`: a fronted participle the tagger takes for a noun
    fronted = w.index == 1 and nxt is not None and nxt.text.lower() in _WERDEN and w.text.lower() in form_table()
    # `„…“, meinen die beiden Mitglieder`: right after a quote and its comma a verb form is a verb,
    # whatever the tag (`meinen` tagged as the possessive)
    prev, before = sent.word(w.index - 1), sent.word(w.index - 2)
    after_quote = prev is not None and prev.text == "," and before is not None and before.text in ("“", "”", "«", "»", '"') \
        and w.text.lower() in form_table()
    # a weak preterite (`drohte`, `meldete`) is a verb whatever the small tagger calls it; after an
    # article or preposition it is an adjective (`der bekannte Autor`, `die erwähnte Studie`)
    preterite = w.text.islower() and w.text.endswith(("te", "ten")) and len(w.text) > 5 and w.text in form_table() \
        and not (prev is not None and prev.upos in ("DET", "ADP", "ADJ"))
    # `wiederholt` tagged ADJ is the adverb (`hat wiederholt Reisekosten falsch abgerechnet`)
    verbish = w.upos in ("VERB", "AUX") or w.upos in ("ADJ", "NOUN") and w.text[:1].islower() \
        and w.text not in _ADVERB_PARTICIPLES \
        or w.text in STRONG_FINITE or fronted or after_quote or preterite
    cue = verbish and (cue_lemma(sent, w) in SPEECH_VERBS or impersonal_cue(sent, w) or _adverb_cue(sent, w)
                       or _modal_cue(sent, w) or _with_words(sent, w)) or becomes_known(sent, w)
    return cue and not _short_parenthetical(sent, w)  # checked last: it is the rare case


# `wurde bekannt`, `Kritisiert wird …`, `ist bekannt geworden`, `wie bekannt ist`; not `Mir sind
# keine Gründe bekannt`, which is knowledge, not a report
_WERDEN = aux_forms(("werden",), ("present", "past", "participle", "passive-participle")) | {"ist", "war"}


def becomes_known(sent: Sentence, w: Word) -> bool:
    """`Im April wurde bekannt, dass …`, `Wie gestern bekannt wurde, …`: a report without a source."""
    if w.text.lower() != "bekannt":
        return False
    nxt = sent.word(w.index + 1)
    if nxt is not None and nxt.text.lower() in ("für", "als", "dafür"):
        return False  # `war bekannt für sein Geschick`: known for, not made known
    # `wurde inzwischen auch bekannt`: a form of werden up to four words before, in the same clause
    near = [sent.word(w.index + d) for d in (-4, -3, -2, -1, 1, 2)]
    near = [x for x in near if x is not None and not comma_between(sent, x.start, w.start)]
    if any(x.text.lower() in ("nicht", "kaum", "nie") for x in near):
        return False  # `Ob …, ist noch nicht bekannt`: nothing was reported
    return any(x.text.lower() in _WERDEN for x in near) and \
        not any(x is not None and x.text.lower() in ("gab", "gibt", "geben", "gegeben", "macht", "machte", "gemacht")
                for x in sent.words)


_HEARSAY = frozenset("hören erfahren lesen vernehmen".split())
_SEIN_FINITE = aux_forms(("sein",), ("present", "past", "subjunctive1", "subjunctive2"))


def impersonal_cue(sent: Sentence, w: Word) -> bool:
    """`heißt es`, `hieß es in der Erklärung`: `heißen` with the expletive `es` next to it reports
    a text or an unnamed source (without `es` it names things: `Das Buch heißt „…“`); so does
    `Aus der Regierung ist zu hören`, `war aus Kreisen zu erfahren`."""
    if w.text.lower() in _HEARSAY:
        prev = sent.word(w.index - 1)
        clause = [x for x in sent.words[max(0, w.index - 8):w.index - 1] if not comma_between(sent, x.start, w.start)]
        sein = next((k for k, x in enumerate(clause) if x.text.lower() in _SEIN_FINITE), None)
        if prev is None or prev.text.lower() != "zu" or sein is None:
            return False
        in_phrase = False  # `war der Fahrer zu hören`: with a subject of its own it is no hearsay
        for x in clause[sein + 1:]:
            if x.upos == "ADP":
                in_phrase = True
            elif x.upos in ("NOUN", "PROPN"):
                if not in_phrase:
                    return False
                in_phrase = False
        return True
    if lemma_of(w.text, w.lemma) != "heißen":
        return False
    near = [sent.word(w.index - 1), sent.word(w.index + 1)]
    clause = [x.text.lower() for x in sent.words[:w.index - 1]
              if x.upos != "PUNCT" and not comma_between(sent, x.start, w.start)]
    # `wie es auf einer Pressekonferenz hieß`: the verb closes a clause opened by `wie es`
    return any(x is not None and x.text.lower() == "es" for x in near) or clause[:2] == ["wie", "es"]


# lower-case words ending in -e that the tagger sometimes calls verbs (`live übertragen`)
_E_WORDS = frozenset("live gerne lange alleine bitte ehe heute orange beide ohne balde gerade".split())


def is_subjunctive(w: Word, sent: Sentence | None = None) -> bool:
    """Konjunktiv from a closed list of forms, or a 3rd-person form stem+e (`erwarte`, `plane`):
    indicative would be `erwartet`, `plant`. `ich erwarte` is indicative, so a first-person
    subject rules it out."""
    # the closed list of Konjunktiv forms holds even when the tagger misses the verb, and so does a
    # lower-case -e form whose lemma the lemmatizer knows as a verb (`sein Land plane …` tagged ADV)
    verb_lemma = w.text.islower() and w.lemma.endswith("en") and w.text == w.lemma[:-2] + "e"
    if w.upos not in ("VERB", "AUX") and not (w.text.islower() and is_konjunktiv_form(w.text)) and not verb_lemma:
        return sent is not None and _verb_slot_e_form(sent, w)
    return _subjunctive_verb(w, sent)


def _verb_slot_e_form(sent: Sentence, w: Word) -> bool:
    """`…, man rechne nicht mit …` with `rechne` tagged as an adverb: a lower-case -e form right
    after `, man/er/sie/es` stands where the finite verb goes, and -e there is Konjunktiv I."""
    form = w.text
    prev, before = sent.word(w.index - 1), sent.word(w.index - 2)
    # -te as in `man beobachte` (stem in t) only after `man` and when the lemmatizer does not know
    # the word: preterites look the same (`sagte`; `…, er beherrschte das Spiel`)
    te_ok = not form.endswith("te") or w.lemma == form and not form.endswith("tete") and \
        prev is not None and prev.text.lower() == "man"
    if not (form.islower() and form.endswith("e") and len(form) > 3 and te_ok and form not in _E_WORDS and prev is not None):
        return False
    if prev.text.lower() in ("man", "er", "sie", "es") and before is not None and before.text == ",":
        return True
    # `…, der Westen betreibe Propaganda`: after a comma, an article and a noun, the verb slot; an
    # adjective cannot stand between a noun and what follows it (-te is left out: preterites)
    return not form.endswith("te") and prev.upos in ("NOUN", "PROPN") and prev.text[:1].isupper() and \
        before is not None and before.upos == "DET" and sent.word(w.index - 3) is not None and \
        sent.word(w.index - 3).text == ","


def _subjunctive_verb(w: Word, sent: Sentence | None) -> bool:
    form, lemma = w.text.lower(), lemma_of(w.text, w.lemma)
    first_person = sent is not None and any(
        c.text.lower() in ("ich", "wir") and c.deprel.startswith("nsubj") for c in sent.children(w.index))
    if is_konjunktiv_form(form):
        return not (first_person and form in ("habe", "werde", "gebe", "komme", "stehe", "liege", "bleibe",
                                              "gehe", "brauche", "lasse", "sehe", "halte"))
    if lemma.endswith("en") and form == lemma[:-2] + "e" and w.feat("VerbForm") != "Inf" and not first_person:
        return w.deprel not in ("xcomp", "aux") and form not in ("werde",)
    if lemma.endswith(("eln", "ern")) and form in (lemma[:-1] + "e", lemma[:-3] + lemma[-2] + "e") and not first_person:
        return True  # `es handle sich um …`, `handele`, `ändere`
    if lemma == form and form.isalpha() and form.endswith("e") and form not in _E_WORDS and sent is not None \
            and not first_person and (not form.endswith("te") or _verb_slot_e_form(sent, w)):
        # the lemmatizer did not know the verb: a third-person subject with an -e form is Konjunktiv I
        # (`Das hänge … ab`: a demonstrative subject is often tagged DET); with no subject in the
        # parse, the root of a verb-second main clause (`Dazu gehöre unter anderem …`)
        near = [sent.word(w.index + d) for d in (-1, 1, 2)]
        return any(c.deprel.startswith("nsubj") and c.upos in ("NOUN", "PROPN", "PRON", "DET") for c in sent.children(w.index)) \
            or w.deprel in ("root", "ccomp") and w.upos == "VERB" and 2 <= w.index <= 4 and w.text.islower() \
            and not any(x is not None and x.text.lower() in ("ich", "wir", "du", "ihr") for x in near)
    # the tagger's Mood=Sub is only trusted on a form that cannot be past indicative
    return w.feat("Mood") == "Sub" and not form.endswith("te")


def subtree(sent: Sentence, index: int) -> list[Word]:
    out, stack = [], [index]
    seen = set()
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        w = sent.word(i)
        if w is not None:
            out.append(w)
        stack.extend(c.index for c in sent.children(i))
    return sorted(out, key=lambda w: w.index)


def _strip_punct(words: list[Word]) -> list[Word]:
    while words and words[0].upos == "PUNCT":
        words = words[1:]
    while words and words[-1].upos == "PUNCT" and words[-1].text not in ".!?":
        words = words[:-1]
    return words


class Spans(list):
    """A list of (start, end) spans that also answers `contains(start, end)` by bisect: one
    test per sentence over every quote of a long text must not cost quotes × sentences."""

    def __init__(self, spans) -> None:
        super().__init__(spans)
        ordered = self._ordered = sorted(self)
        self._starts = [s for s, _ in ordered]
        self._max_end, best = [], -1
        for _, e in ordered:
            best = max(best, e)
            self._max_end.append(best)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end): walk back from the last one starting before
        `end` while some earlier span still reaches past `start`."""
        out = []
        i = bisect.bisect_left(self._starts, end) - 1
        while i >= 0 and self._max_end[i] > start:
            if self._ordered[i][1] > start:
                out.append(self._ordered[i])
            i -= 1
        return out

    def contains(self, start: int, end: int) -> bool:
        """Some span with s <= start has e >= end: the widest end among those starting before."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._max_end[i] >= end


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    if isinstance(spans, Spans):
        return spans.contains(start, end)
    return any(s <= start and end <= e for s, e in spans)


def mostly_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The marks decide over [start, end): a direct quote crosses its boundary or direct quotes
    cover half of it. A clause with a short quoted phrase wholly inside it
    (`die Gespräche seien „offen und direkt“ verlaufen`) is reported speech of its own."""
    if isinstance(spans, Spans):
        spans = spans.overlapping(start, end)
    # the spans reach one character past their marks: a closing mark right at the clause's end is
    # inside it (`Johnson sei „ungeeignet“, sagte X`); a clause opening inside the marks is not
    if any(s < end and e > start and not (start <= s and e - 1 <= end) for s, e in spans):
        return True
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return covered * 2 >= max(1, end - start)


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    if isinstance(spans, Spans):
        return bool(spans.overlapping(start, end))
    return any(s < end and start < e for s, e in spans)


def _clause_has_finite_subjunctive(words: list[Word], sent: Sentence) -> bool:
    return any(is_subjunctive(w, sent) for w in words)


def indirect_candidates(parsed: Parsed, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Reported speech from the parse; `direct` spans are excluded (they are already quotes)."""
    direct = Spans(direct)
    prev, prev_empty = None, False
    for sent in parsed.sentences:
        found = list(_sentence_candidates(sent, direct))
        opening = _opening_frame(sent, direct) if found else None
        if opening is not None and not any(overlaps_any(opening.start, opening.end, [(c.start, c.end)]) for c in found):
            found.append(opening)  # `Nach Angaben der Polizei habe der Mann …, in denen er verlangt, …`
        if not found and prev is not None and prev_empty:
            cand = _frame_next_sentence(prev, sent, direct)
            if cand is not None:
                found = [cand]
        yield from found
        prev, prev_empty = sent, not found


def _opening_frame(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """A source frame opening the sentence (`Nach Angaben der Polizei …`, `Laut X …`) reports its main
    clause even when a speech verb later in the sentence has a report of its own."""
    for i in range(min(2, len(sent.words))):
        frame = according_to_frame(sent, i)
        if frame in ("nach", "laut", "gemäß"):
            body = _strip_punct(_without_leading_frame(sent, i, frame))
            body = body[:next((k for k, x in enumerate(body) if x.text in ",;:"), len(body))]
            if len(body) >= 4 and not mostly_quoted(body[0].start, body[-1].end, direct):
                w = sent.words[i]
                return Candidate(body[0].start, body[-1].end, "indirect", f"indirect:{frame}", 0.55,
                                 cue_start=w.start, cue_end=w.end)
    return None


_MODALS_AUX = aux_forms(("müssen", "wollen", "haben", "werden"), ("present", "past"))


def anaphoric_frame(sent: Sentence) -> Word | None:
    """The reporting verb of a sentence like `Dies gab heute der Gutachter bekannt.` or `Das musste X
    einräumen.`, which frames what the sentence before it said."""
    words = sent.words
    # `Das Ministerium …` is no anaphoric frame; a lower-case verb form the tagger calls ADJ
    # (`Dies bestätigte Stoiber`) is
    if len(words) < 3 or words[0].text not in ("Dies", "Das") or words[0].upos not in ("PRON", "DET") \
            or words[1].upos in ("NOUN", "PROPN") or words[1].upos == "ADJ" and not words[1].text.islower():
        return None
    # the cue is second, or last after a modal or auxiliary in second place
    places = list(words[1:3])
    if words[1].text.lower() in _MODALS_AUX:
        places += [w for w in words[2:] if w.upos in ("VERB", "AUX", "ADJ")][-1:]
    return next((w for w in places if is_cue(sent, w) and cue_lemma(sent, w) in REPORT_VERBS), None)


def _frame_next_sentence(prev: Sentence, sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """`Es wurde ein falscher Leim verwendet. Dies gab heute der Gutachter bekannt.`: a sentence
    opening with `Dies`/`Das` and a speech verb frames the sentence before it."""
    cue = anaphoric_frame(sent)
    body = _strip_punct(list(prev.words))
    if cue is None or len(body) < 4 or inside_report(sent, cue) or overlaps_any(body[0].start, body[-1].end, direct):
        return None
    return Candidate(body[0].start, body[-1].end, "indirect", "indirect:frame-after", 0.6,
                     cue_start=cue.start, cue_end=cue.end)


def _sentence_candidates(sent: Sentence, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """The reported-speech candidates of one sentence."""
    if inside_any(sent.start, sent.end, direct):
        return
    found = False
    spans: list[tuple[int, int]] = []  # what this sentence reported so far
    for w in sent.words:
        # verbs of thinking introduce clauses here, but are no cues for quotes in marks
        cue = is_cue(sent, w) or (w.upos == "VERB" or w.text in STRONG_FINITE) and \
            cue_lemma(sent, w, COGNITION_VERBS) in COGNITION_VERBS and not _reflexive_reading(sent, w)
        if not cue or inside_report(sent, w) or after_so(sent, w) == "inserted":
            continue  # `…, so vermutet die Zeitung, …` is read on the surface (`_surface_indirect`)
        # `„Uncle Ted“, wie der Senator genannt wurde, …`: naming, not reporting
        wie = _wie_clause(sent, w) if cue_lemma(sent, w) != "nennen" else None
        if wie is not None:
            # "Wie sein Anwalt mitteilte, brach er zusammen": the main clause is the report
            # the rest of the sentence before and after the clause
            rest_before = [x for x in sent.words if x not in wie and x.end <= wie[0].start]
            rest_after = [x for x in sent.words if x not in wie and x.start >= wie[-1].end]
            around = (_strip_punct(rest_before), _strip_punct(rest_after))
            main = [x for x in subtree(sent, w.head) if x not in wie]
            before = [x for x in main if x.end <= wie[0].start]
            after = [x for x in main if x.start >= wie[-1].end]
            main = _strip_punct(after if len(after) >= len(before) else before)
            if not around[0] or not around[1]:
                # the clause opens or closes the sentence: the rest of it is the report, whatever
                # the parser hung where
                main = around[0] or around[1]
            elif len(around[0]) >= 2 and len(around[1]) >= 2 and not _subordinate_opening(around[0]) \
                    and not any(x.feat("Mood") or x.upos == "AUX" for x in around[1]) \
                    and not any(x.text in _MARKS for x in around[0] + around[1]):
                # inserted into one main clause (`Die Firma erhält, wie es hieß, vier Millionen Euro`):
                # the report runs around it
                main = [x for x in sent.words if around[0][0].start <= x.start < around[1][-1].end]
            if len(main) < 3:
                # the parser hung the cue under a noun of the main clause: the rest of the sentence
                main = _strip_punct(rest_after if len(rest_after) >= len(rest_before) else rest_before)
            if len(main) >= 3 and not inside_any(main[0].start, main[-1].end, direct):
                yield Candidate(main[0].start, main[-1].end, "indirect", "indirect:wie", 0.65,
                                cue_start=w.start, cue_end=w.end)
                found = True
            continue
        for c in sent.children(w.index):
            if c.deprel not in ("ccomp", "parataxis", "advcl", "xcomp", "obj", "csubj"):
                continue
            words = _strip_punct(subtree(sent, c.index))
            if len(words) < 3:
                continue
            mark = next((x for x in words if x.text.lower() in ("dass", "ob") and x.deprel == "mark"), None)
            before_mark = sent.word(mark.index - 1) if mark is not None else None
            if before_mark is not None and before_mark.text.lower() == "so":
                continue  # `…, so dass die Produktion ausgesetzt wurde`: a consequence, not a report
            if not (mark or _clause_has_finite_subjunctive(words, sent) or _past_modal_second(words)):
                continue
            if mark is not None and mark.start > w.start:
                words = [x for x in words if x.start >= mark.start]  # a dass clause starts at `dass`
            elif words[0].start < w.start < words[-1].start:
                # the parser hung the frame into the clause (`X erklärte hingegen, damit solle …`):
                # the reported clause follows the cue, after the comma that opens it
                words = [x for x in words if x.start > w.end]
                comma = next((k for k, x in enumerate(words[:4]) if x.text == ","), None)
                words = _strip_punct(words[comma + 1:] if comma is not None else words)
                if len(words) < 3:
                    continue
            elif words[0].start > w.end:
                # `teilte die WHO gestern mit, durch den Zyklon seien …`: the parser hung the rest of
                # the frame, up to the cue's particle, into the clause, which opens after that comma
                comma = next((k for k, x in enumerate(words) if x.text == ","), None)
                particle = sent.word(words[comma].index - 1) if comma else None
                if particle is not None and particle.text in PARTICLES and \
                        cue_lemma(sent, w).startswith(particle.text) and \
                        not any(x.feat("VerbForm") == "Fin" or x.text.lower() in _CLAUSE_MARKS for x in words[:comma]) \
                        and not _relative_opening(words[comma + 1:]):
                    words = _strip_punct(words[comma + 1:])
                    if len(words) < 3:
                        continue
            colon = next((k for k, x in enumerate(words) if x.text == ":" and x.start > w.end), None)
            if colon is not None and mark is None and len(words) - colon > 3 and \
                    not any(is_subjunctive(x, sent) for x in words[:colon]):
                # `kritisierte die Entscheidung scharf: Sie sei …`: the report opens after the colon
                words = _strip_punct(words[colon + 1:])
            if any(x.text == ";" for x in sent.words if w.end <= x.start < words[0].start):
                continue  # `X hatte gebeten; Y hatte abgelehnt, …`: another main clause lies between
            has_mark = mark is not None
            start, end = words[0].start, _clause_end(sent, words[-1], w)
            if not has_mark and start > w.start:
                end = _before_next_main_clause(sent, start, end)
            if mostly_quoted(start, end, direct):
                continue  # mostly a direct quote: the marks decide
            rule = "indirect:dass" if has_mark else "indirect:konjunktiv"
            yield Candidate(start, end, "indirect", rule, 0.7, cue_start=w.start, cue_end=w.end)
            found = True
            spans.append((start, end))
        if not found or not overlaps_any(w.start, w.end, spans) and spans and spans[-1][1] < w.start:
            # the surface reading for this cue, also for a second frame after a first report
            # (`…, Annabi sei tot, doch der Sprecher erklärte, den Tod nicht bestätigen zu können`)
            cand = _comma_clause(sent, w, direct) or (_frame_after(sent, w, direct) if not found else None)
            if cand is not None and not overlaps_any(cand.start, cand.end, spans):
                yield cand
                found = True
                spans.append((cand.start, cand.end))
    if not found:
        cand = _noun_frame(sent, direct) or _attitude_frame(sent, direct)
        if cand is not None:
            yield cand
            return
    if found:
        return
    cand = _surface_indirect(sent, direct)
    if cand is not None:
        yield cand


REPORTATIVE_MODALS = ("soll", "sollen")


_NOT_REPORTING_REFLEXIVE = ("ergeben",)  # `Die Studie ergab, dass …` reports; `… ergeben sich aus …` does not


def _reflexive_reading(sent: Sentence, w: Word) -> bool:
    return cue_lemma(sent, w, COGNITION_VERBS) in _NOT_REPORTING_REFLEXIVE and \
        any(x.text == "sich" for x in sent.words[max(0, w.index - 3):w.index + 2])


def _before_next_main_clause(sent: Sentence, start: int, end: int, after_subjunctive: bool = True) -> int:
    """`X erklärte, er sei unschuldig, erkannte das Gericht nicht an …`, `…, die Passagiere zu
    evakuieren, erteilten sie …`: a reported clause ends where a main clause goes on with an
    indicative verb right after a comma or `und` (for Konjunktiv clauses, after their verb)."""
    words = [w for w in sent.words if start <= w.start < end]
    seen_subjunctive = not after_subjunctive
    for i, w in enumerate(words[:-1]):
        seen_subjunctive = seen_subjunctive or is_subjunctive(w, sent)
        nxt = words[i + 1]
        # a verb the lemmatizer knows (`erkannte` → erkennen), not a preposition tagged VERB (`gegen`)
        known_verb = nxt.text in STRONG_FINITE or nxt.upos in ("VERB", "AUX") and nxt.feat("Mood") == "Ind" and \
            nxt.lemma.endswith("en") and nxt.lemma != nxt.text.lower()
        if seen_subjunctive and i > 0 and w.text in (",", "und") and nxt.text.islower() and known_verb and \
                not is_subjunctive(nxt, sent):
            return words[i - 1].end
        if seen_subjunctive and i > 0 and w.text == "," and nxt.text.lower() in ("doch", "aber", "sondern", "jedoch"):
            # `…, Annabi sei tot, doch der Sprecher erklärte, …`: a second speaker's frame ends the report
            clause = words[i + 2:i + 12]
            clause = clause[:next((k for k, x in enumerate(clause) if x.text == ","), len(clause))]
            if any(is_cue(sent, x) and not is_subjunctive(x, sent) for x in clause):
                return words[i - 1].end
    return end


def _relative_opening(words: list[Word]) -> bool:
    """`die …`, `für die …`: a relative pronoun (not an article before its noun) opens the clause."""
    i = 1 if words and words[0].upos == "ADP" else 0
    return len(words) > i + 1 and words[i].text.lower() in RELATIVE_PRONOUNS and \
        words[i + 1].upos not in ("NOUN", "ADJ", "PROPN", "NUM")


def _perfect_infinitive(words: list[Word]) -> bool:
    """`… geplant haben`, `… getötet worden sein`: a participle before a final haben/sein."""
    low = [w.text.lower() for w in words]
    return any(a in ("haben", "sein") and i > 0 and (words[i - 1].feat("VerbForm") == "Part" or
                                                      low[i - 1] in ("worden", "gewesen") or
                                                      words[i - 1].upos == "VERB" and i == len(low) - 2)
               for i, a in enumerate(low))


_CLAUSE_MARKS = ("dass", "ob", "wie", "wann", "warum", "weshalb", "wer", "was", "wo")
_HABEN = aux_forms(("haben",), ("present", "past", "subjunctive1", "subjunctive2"))
_SUBORDINATORS = ("während", "da", "weil", "wenn", "als", "nachdem", "obwohl", "bevor", "seit", "seitdem", "sobald",
                  "falls", "damit", "indem", "solange", "sodass")
RELATIVE_PRONOUNS = ("der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "welchen")
# words that open a clause with its finite verb last (`wie die Agentur gestern berichtete`)
VERB_FINAL_OPENERS = frozenset(_CLAUSE_MARKS + _SUBORDINATORS)


# `um den Weg freizumachen`, `nachdem er nicht mehr zu sehen war`: a purpose or a time, not what was said
_NOT_REPORTED_ZU = ("um", "ohne", "statt", "anstatt", "nachdem", "weil", "wenn", "obwohl", "bevor", "falls", "sobald")
_GLUED_ZU = re.compile(r"[a-zäöü]{2,}zu[a-zäöü]{3,}(en|ern|eln)")  # niederzulegen, stattzugeben


def _has_zu_infinitive(words: list[Word]) -> bool:
    low = [w.text.lower() for w in words]
    return any(a == "zu" and words[i + 1].upos in ("VERB", "AUX") for i, a in enumerate(low[:-1])) or \
        any(w.upos == "VERB" and w.feat("VerbForm") in (None, "Inf") and _GLUED_ZU.fullmatch(w.text) for w in words)


_DEPENDENT_OPENERS = ("da", "weil", "wenn", "obwohl", "sodass", "damit", "um", "falls", "zumal", "indem")


def _clause_end(sent: Sentence, last: Word, cue: Word) -> int:
    """Where a reported clause ends: the parse's subtree, or further when it is followed only by
    clauses that depend on it (`…, dass die Kommission sich nicht äußern könne, da diese …`)."""
    words = sent.words
    k = last.index  # list position of the word after `last`
    if k < len(words) and words[k].upos != "PUNCT" and last.start > cue.start:
        # the parse ends the clause mid-phrase (`die Union benötige | entweder die SPD oder …`):
        # it runs on to the next punctuation or to `und` + verb, which starts another clause
        # (`… eingesetzt werden würde und weigerte sich …`)
        stop = next((j for j in range(k, len(words)) if words[j].upos == "PUNCT" or
                     words[j].text in ("und", "oder", "aber", "sondern") and j + 1 < len(words) and
                     words[j + 1].upos in ("VERB", "AUX")), len(words))
        if stop > k:
            return words[stop - 1].end
    if k < len(words) and words[k].upos != "PUNCT" and last.start < cue.start:
        # a clause before its frame ends mid-phrase in the parse (`Der Schlüssel seien | aber eine
        # gemeinsame Politik, sagte der Minister`): it runs on to the comma that opens the frame
        stop = next((j for j in range(k, len(words)) if words[j].upos == "PUNCT"), None)
        if stop is not None and words[stop].text == "," and stop + 1 < len(words) and words[stop + 1] is cue:
            return words[stop - 1].end
    if k >= len(words) - 1 or words[k].text != "," or last.start < cue.start:
        return last.end
    nxt = words[k + 1]
    if nxt.text.lower() not in _DEPENDENT_OPENERS + RELATIVE_PRONOUNS or \
            nxt.text.lower() in RELATIVE_PRONOUNS and nxt.upos != "PRON":
        return last.end
    rest = _strip_punct(list(words[k + 1:]))
    if not rest or any(is_cue(sent, x) for x in rest):
        return last.end
    return rest[-1].end


# `Die Staatsanwaltschaft war sich sicher, dass …`, `X ist davon überzeugt, dass …`: a belief held
_ATTITUDE_ADJECTIVES = frozenset("überzeugt sicher zuversichtlich optimistisch gewiss skeptisch besorgt".split())


def _attitude_frame(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """A `dass` clause after `sein` + an adjective of belief (`war sich sicher, dass …`)."""
    words = list(sent.words)
    for i, w in enumerate(words[:-4]):
        if w.text not in _ATTITUDE_ADJECTIVES or words[i + 1].text != "," or words[i + 2].text.lower() != "dass":
            continue
        clause = [x.text.lower() for x in words[:i] if not comma_between(sent, x.start, w.start)]
        if not _SEIN_FINITE & set(clause):
            continue
        rest = _strip_punct(words[i + 2:])
        if len(rest) < 4 or mostly_quoted(rest[0].start, rest[-1].end, direct):
            continue
        return Candidate(rest[0].start, rest[-1].end, "indirect", "indirect:dass", 0.55, cue_start=w.start, cue_end=w.end)
    return None


def _noun_frame(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """`äußerte die Hoffnung, dass …`, `mit der Begründung, die Forderung könne nur …`: a noun of
    saying or thinking followed by a comma and the reported clause."""
    words = list(sent.words)
    for i, w in enumerate(words[:-4]):
        if w.text not in REPORT_NOUNS:
            continue
        # `die Forderung des CSU-Vorsitzenden Edmund Stoiber, … zuzugehen`: a genitive owner may come first
        j = i + 1
        if words[j].text.lower() in ("der", "des") and words[j].feat("Case") == "Gen":
            j += 1
            while j < len(words) and (words[j].upos in ("ADJ", "NOUN", "PROPN", "X") or words[j].text in ("-", "–")):
                j += 1
        # `Seine zentrale Aussage ist, dass …`, `wurde der Schluss gezogen, es könnte …`: a copula or
        # the participle closing the frame may stand before the comma
        k = j
        while k < min(j + 2, len(words)) and words[k].upos in ("AUX", "VERB") and words[k].text.islower():
            k += 1
        if k < len(words) and words[k].text == ",":
            j = k
        if j >= len(words) - 3 or words[j].text != ",":
            continue
        rest = _strip_punct(words[j + 1:])
        first = rest[:next((k for k, x in enumerate(rest) if x.text == ","), len(rest))]
        relative = rest[0].upos == "ADP" and rest[1].text.lower() in RELATIVE_PRONOUNS and \
            rest[2].upos not in ("NOUN", "ADJ", "PROPN")  # `Hinweis, auf den die Behörden …`
        if len(first) < 3 or relative or mostly_quoted(rest[0].start, rest[-1].end, direct):
            continue
        if rest[0].text.lower() in ("dass", "ob"):
            rule = "indirect:dass"
        elif (rest[0].text.lower() not in RELATIVE_PRONOUNS + _SUBORDINATORS or _article_before_noun(rest)) and \
                _clause_has_finite_subjunctive(first, sent):
            rule = "indirect:konjunktiv"
        elif _has_zu_infinitive(first) and not any(x.feat("VerbForm") == "Fin" or x.feat("Mood") for x in first) \
                and first[0].text.lower() not in _NOT_REPORTED_ZU:
            rule = "indirect:zu"
        else:
            continue
        return Candidate(rest[0].start, rest[-1].end, "indirect", rule, 0.55, cue_start=w.start, cue_end=w.end)
    return None


_FRONTED_CLAUSE_OPENERS = _SUBORDINATORS + ("um", "ohne", "statt", "anstatt")  # `Um … zu begegnen, müsse …`


def _verb_second(words: list[Word], verbs: list[Word]) -> bool:
    """On the surface, one of the verbs is the finite verb of a main clause opening the sentence:
    inside its first clause, not at the clause's end, and the sentence opens with no subordinator
    (the parse of long sentences is often too broken to tell)."""
    first = words[:next((k for k, x in enumerate(words) if x.text in ",;:"), len(words))]
    if first and first[0].text.lower() in _FRONTED_CLAUSE_OPENERS and len(first) + 1 < len(words) \
            and words[len(first)].text == ",":
        # `Um dem Trend zu begegnen, müsse die CDU …`: after a fronted subordinate clause the main
        # clause's finite verb comes right after its comma
        return words[len(first) + 1] in verbs
    if not first or _subordinate_opening(first):
        return False
    return any(x in first[1:-2] for x in verbs)


def _subordinate_opening(words: list[Word]) -> bool:
    """The clause opens with a subordinator, a w-word, `und/oder` or a relative pronoun (`der`
    before a noun is an article)."""
    first = words[0].text.lower()
    return first in _SUBORDINATORS + _CLAUSE_MARKS + ("und", "oder") or \
        first in RELATIVE_PRONOUNS and not _article_before_noun(words)


def after_so(sent: Sentence, w: Word) -> str | None:
    """`inserted` when the cue follows `, so` (`…, so vermutet die Zeitung, …`), `opening` when it
    follows a sentence-initial `So`; the speaker stands after the verb in both."""
    before = sent.word(w.index - 1)
    if before is None or before.text.lower() != "so":
        return None
    if before.index == 1:
        return "opening"
    return "inserted" if sent.word(before.index - 1).text in (",", "–") else None


_PAST_MODALS = ("wollte", "wollten", "sollte", "sollten")


def _past_modal_second(words: list[Word]) -> bool:
    """`Blinken sagte, die USA wollten die Ukraine weiter unterstützen`: a modal whose past form is also
    its Konjunktiv II, as the second phrase of a clause after a speech verb, reports."""
    if len(words) < 4 or _subordinate_opening(words):
        return False
    return any(w.text.lower() in _PAST_MODALS for w in words[1:4]) and words[-1].text.lower() not in _PAST_MODALS


def _article_before_noun(words: list[Word]) -> bool:
    """`die Ankündigung, der Iran werde …`: `der` opening the clause is an article, not a relative pronoun."""
    return len(words) > 2 and words[0].text.lower() in ("der", "die", "das") and \
        words[1].upos in ("NOUN", "PROPN", "ADJ") and words[1].text[:1].isupper()


def _comma_clause(sent: Sentence, cue: Word, direct: list[tuple[int, int]]) -> Candidate | None:
    """Surface fallback when the parse attaches no clause to the cue:
    `X sagte, dass …` / `X sagte, <Konjunktiv clause>` / `X kündigte an, zurückzutreten`."""
    words = list(sent.words)
    i = words.index(cue)
    j = next((k for k in range(i + 1, min(i + 20, len(words))) if words[k].text == ","), None)
    if j is None or any(x.upos == "VERB" and x.feat("VerbForm") == "Fin" and x is not cue or x.text == ";"
                        for x in words[i + 1:j]):
        return None
    rest = _strip_punct(words[j + 1:])
    if len(rest) < 3 or mostly_quoted(rest[0].start, rest[-1].end, direct):
        return None
    # the first clause of the rest: a zu-infinitive may be followed by `, falls …`; a stretch with
    # no verb yet goes on past an apposition (`nicht über den Tower, das größte Gebäude, bestimmen zu wollen`)
    commas = [k for k, x in enumerate(rest) if x.text == ","] + [len(rest)]
    first = rest[:commas[0]]
    for nxt_comma in commas[1:3]:
        if any(x.upos in ("VERB", "AUX") and x.text.islower() or x.text.lower() == "zu" for x in first):
            break
        first = rest[:nxt_comma]
    if rest[0].text.lower() in _CLAUSE_MARKS:
        rule = "indirect:dass"
    elif _clause_has_finite_subjunctive(rest, sent) or _past_modal_second(first):
        rule = "indirect:konjunktiv"
    elif _has_zu_infinitive(first) and not any(x.feat("VerbForm") == "Fin" for x in first) \
            and first[0].text.lower() not in _NOT_REPORTED_ZU:
        rule = "indirect:zu"
    else:
        return None
    end = rest[-1].end
    if rule in ("indirect:konjunktiv", "indirect:zu"):
        end = _before_next_main_clause(sent, rest[0].start, end, after_subjunctive=rule == "indirect:konjunktiv")
    return Candidate(rest[0].start, end, "indirect", rule, 0.6, cue_start=cue.start, cue_end=cue.end)


_FRAME_ADVERBS = frozenset("zumindest jedenfalls auch ebenfalls ähnlich".split())


def _frame_after(sent: Sentence, cue: Word, direct: list[tuple[int, int]]) -> Candidate | None:
    """`Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen mit.`: a speech verb
    opening the clause after a comma reports everything before it, in any mood."""
    words = list(sent.words)
    i = words.index(cue)
    # `…, das teilte das Institut mit`, `… – das meint zumindest X`: an anaphoric `das` may open the frame
    k = i - 1
    if k > 2 and words[k].text.lower() in _FRAME_ADVERBS and words[k - 1].text.lower() in ("das", "dies"):
        k -= 1  # `– das zumindest meint X`
    if k > 1 and words[k].text.lower() in ("das", "dies") and words[k - 1].text in (",", "–", "-"):
        k -= 1
    if i < 4 or words[k].text not in (",", "–", "-") or cue.feat("VerbForm") not in (None, "Fin") or \
            words[k].text != "," and k == i - 1:
        return None
    body = _strip_punct(words[:k])
    # a Konjunktiv clause before `, sagte X` is reported whatever the parse made of it (`Alle
    # Gebiete seien unter Kontrolle, sagte X, Kommandeur des Einsatzes`), however short (`Russland
    # bedrohe niemanden, sagte …`)
    reported = len(body) >= 3 and _clause_has_finite_subjunctive(body, sent)
    # a phrase in marks inside the clause is part of the report (`Er habe sich „wie in einem
    # Paralleluniversum“ gefühlt, entgegnete X`); marks around most of it decide
    if len(body) < (3 if reported else 4) or not any(x.upos in ("VERB", "AUX") for x in body) or \
            mostly_quoted(body[0].start, body[-1].end, direct):
        return None
    # the frame is short: subject, object, particle, adverbials — not a second long clause
    if not reported and (len(words) - i > 16 or any(x.text in ",;:" for x in words[i + 1:-1])):
        return None
    # The cue must not be the main verb of what stands before it: `In seiner Rede, die …, mahnte
    # X` (fronted phrase + relative clause), `Während …, sprach X` (subordinate clause first),
    # `Die Rothemden begrüßten …, forderten aber …` (a second verb of the same subject).
    # after `, das` the verb is a frame whatever the parse; so it is when a pronoun follows it or its
    # particle closes the clause (`…, teilte die Hoover Institution mit`)
    nxt = sent.word(cue.index + 1)
    framed = nxt is not None and nxt.text.lower() in ("er", "sie") or \
        cue_lemma(sent, cue) != lemma_of(cue.text, cue.lemma.replace("#", "")) and words[-2].text in PARTICLES
    # (a number word opening the body is no preposition, whatever the tag: `Drei Viertel …`)
    if body[0].upos in ("ADP", "SCONJ") and body[0].text.lower() not in NUMERALS \
            or body[0].text.lower() in VERB_FINAL_OPENERS \
            or cue.deprel == "conj" and k == i - 1 and not framed:
        return None
    last_comma = last_comma_before(words, k)
    # `…, die … sagte`: a relative clause; `…, den 6. Februar, teilte X mit`: an article
    if last_comma is not None and any(
            (x.feat("PronType") == "Rel" or x.text.lower() in RELATIVE_PRONOUNS) and
            not (j + 1 < k and words[j + 1].upos in ("NUM", "NOUN", "ADJ", "PROPN"))
            for j, x in enumerate(words[last_comma + 1:last_comma + 3], start=last_comma + 1)):
        return None
    # (a frame closed by its particle or with a pronoun subject is one whatever the parser hung on it)
    if not reported and not framed and \
            any(x.head == cue.index and x.deprel in ("nsubj", "obj", "iobj", "obl") for x in body):
        return None
    return Candidate(body[0].start, body[-1].end, "indirect", "indirect:frame-after", 0.65,
                     cue_start=cue.start, cue_end=cue.end)


def comma_between(sent: Sentence, a: int, b: int) -> bool:
    """A comma stands strictly between character offsets a and b (in either order): the two
    words are in different clauses, whatever the parser attached."""
    lo, hi = min(a, b), max(a, b)
    return any(lo < x < hi for x in sent.comma_offsets)


def last_comma_before(words: list[Word], i: int) -> int | None:
    """Index of the last comma among words[:i], if any."""
    return max((k for k in range(i) if words[k].text == ","), default=None)


def _aux_group(sent: Sentence, cue: Word) -> list[Word]:
    # the small parser often calls the passive `wird` a copula (`Es wird vermutet`)
    # an auxiliary beyond a comma belongs to another clause, whatever the parser says
    return [cue] + [c for c in sent.children(cue.index) if (c.deprel.startswith("aux") or c.deprel == "cop")
                    and not comma_between(sent, c.start, cue.start)]


def _participle(w: Word) -> bool:
    """`gefordert`, `vorgeworfen`, `bezweifelt` after `wird`: Part by tag, or a ge-/prefix form."""
    low = w.text.lower()
    return w.feat("VerbForm") == "Part" or low.startswith("ge") or "ge" in low[2:5] and low.endswith(("t", "en")) \
        or low.endswith("iert") \
        or low.startswith(("be", "er", "ver", "zer", "ent", "emp")) and low.endswith("t")


def inside_report(sent: Sentence, cue: Word) -> bool:
    """The cue itself is in Konjunktiv: it is part of someone else's reported speech."""
    return any(is_subjunctive(x, sent) for x in _aux_group(sent, cue))


_PASSIVE_AUX = aux_forms(("werden",), ("present", "past", "passive-participle"))


def passive(sent: Sentence, cue: Word) -> bool:
    """`Ihm wird vorgeworfen, …`, `Es wurde berichtet, dass …`: the speaker is the agent, if any."""
    if becomes_known(sent, cue):
        return True
    nxt = sent.word(cue.index + 1)
    if cue.index == 1 and nxt is not None and nxt.text.lower() in _PASSIVE_AUX and _participle(cue):
        return True  # `Kritisiert wird vor allem, dass …`: fronted participle, whatever the parse
    group = _aux_group(sent, cue)
    # a form of `werden` before the participle (`wird … vorgeworfen`) or right after it
    # (`…, dass … gefordert wird`); `werden` after a finite verb belongs to another clause
    if any(c.text.lower() in _PASSIVE_AUX and (c.start < cue.start or c.index == cue.index + 1)
           for c in group[1:]) and _participle(cue):
        return True
    # the small parser's `nsubj:pass` is wrong when a form of `haben` makes the tense active
    # (`Gruppen hatten angekündigt`)
    active = any(c.text.lower() in _HABEN for c in group[1:])
    werden = any(c.text.lower() in _PASSIVE_AUX for c in group[1:])
    return not active and werden and any(c.deprel == "nsubj:pass" for c in sent.children(cue.index))


def _wie_boundary(w: Word) -> bool:
    return w.text in (",", ";", ":") or w.text.lower() == "wie"


def wie_across_apposition(sent: Sentence, i: int) -> int | None:
    """The position of `wie` when the comma before word i closes an apposition right after `wie X`
    (`…, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte`)."""
    words = sent.words
    if i < 1 or words[i - 1].text != ",":
        return None
    marks = [m for m in range(i - 2, -1, -1) if _wie_boundary(words[m])][:2]
    return marks[1] if len(marks) == 2 and words[marks[0]].text == "," and words[marks[1]].text.lower() == "wie" \
        else None


def _wie_clause(sent: Sentence, cue: Word) -> list[Word] | None:
    """The words of a `wie X sagte` clause around the cue, if the cue heads one."""
    words = sent.words
    i = words.index(cue)
    end = next((j for j in range(i + 1, len(words)) if words[j].text in (",", ";", ":")), len(words))
    if cue.head != 0 and any(c.text.lower() == "wie" and c.start < cue.start for c in sent.children(cue.index)):
        # the clause ends at the comma after its verb, whatever else the parser hung on it
        return [x for x in subtree(sent, cue.index) if x.index <= end]
    # the parser hung `wie` elsewhere or made the cue the root (`Wie aus dem Bericht hervorgeht, …`):
    # `Wie die Firma am Morgen bekannt gab, …` on the surface,
    # `wie` opening the sentence or following a comma, with no comma before the cue
    k = next((k for k in range(i - 1, -1, -1) if _wie_boundary(words[k])), None)
    across = wie_across_apposition(sent, i)
    if across is not None:
        k = across  # `wie Burt Rutan, Chef der Firma, mitteilte`: an apposition inside the clause
    # a capitalised `Wie` inside a sentence starts it after a heading the text runs into
    if k is None or words[k].text.lower() != "wie" or (k > 0 and words[k - 1].text != "," and words[k].text != "Wie"):
        return None
    return list(words[k:end])


def _without_leading_frame(sent: Sentence, i: int, frame: str) -> list[Word]:
    """`Laut Behördenangaben wurden 60 Personen verletzt` → the words after the source phrase,
    when the frame opens the sentence; otherwise the whole sentence."""
    words = list(sent.words)
    if frame == "wonach":
        rest = words[i + 1:]
        return rest[:next((k for k, w in enumerate(rest) if w.text in ",;:"), len(rest))]
    if frame == "zufolge":
        # the source phrase alone before `zufolge`: `Blinken zufolge` (`Blinken` tagged VERB), `Auch dem X zufolge`
        head = words[:i]
        source = all(w.upos in ("DET", "ADJ", "NOUN", "PROPN", "X", "PUNCT") or w.text[:1].isupper() and
                     (w.upos == "VERB" or k == 0 and w.upos == "ADV") for k, w in enumerate(head)) and \
            not any(a.upos in ("NOUN", "PROPN") and b.upos == "ADJ" and not b.text.endswith("er")
                    for a, b in zip(head, head[1:]))  # two phrases; `Berichten verschiedener Medien` is one
        return words[i + 1:] if source else words
    if i > 1:
        return words
    j = i + 1
    while j < len(words) and (words[j].upos in ("DET", "ADJ", "NOUN", "PROPN", "X", "NUM") or hyphen_joins(words, j) or
                              words[j].text.lower() in ("von", "des", "der") or words[j].text in "„“\"»«"):
        if words[j].text in "„»«\"":
            # a title in marks is part of the source (`Laut einem Test des Magazins „auto, motor und sport“`)
            close = next((k for k in range(j + 1, min(j + 12, len(words))) if words[k].text in "“”\"«»"), None)
            j = close if close is not None else j
        j += 1
    return words[j:] if len(words) - j >= 3 else words


def opens_relative_clause(sent: Sentence, w: Word) -> bool:
    """`…, das …`, `…, von denen …`: a relative pronoun tagged as one, or a preposition before one."""
    nxt = sent.word(w.index + 1)
    return w.text.lower() in RELATIVE_PRONOUNS and w.upos == "PRON" or \
        w.upos == "ADP" and nxt is not None and nxt.text.lower() in RELATIVE_PRONOUNS


def _frame_clause(sent: Sentence, i: int) -> list[Word] | None:
    """`…, das nach Angaben eines Sprechers nicht rechtzeitig abgeschlossen werden konnte`: a source
    frame inside a relative clause or brackets reports that clause only."""
    words = sent.words
    left = next((k for k in range(i - 1, -1, -1) if words[k].text in (",", "(", ")", ";")), None)
    if left is None or words[left].text == ")" or left + 1 >= i and words[left].text != "(":
        return None
    if words[left].text != "(" and not opens_relative_clause(sent, words[left + 1]):
        return None
    close = ")" if words[left].text == "(" else ","
    right = next((k for k in range(i + 1, len(words)) if words[k].text in (close, ";")), len(words))
    while close == "," and right + 1 < len(words) and words[right].text == "," and \
            words[right + 1].text.lower() in _DEPENDENT_OPENERS:
        # `…, die gemäß X nur dann zulässig ist, wenn …`: clauses that depend on it belong to it
        right = next((k for k in range(right + 2, len(words)) if words[k].text in (",", ";")), len(words))
    return list(words[left + 1:right])


WEB_NAME = re.compile(r"[^\W\d][\w-]*(\.[\w-]+)*\.(de|com|net|org|at|ch|eu|info)")


def according_to_frame(sent: Sentence, i: int) -> str | None:
    """The kind of source frame word i starts (`laut`, `zufolge`, `gemäß`, `nach`), if any."""
    w = sent.words[i]
    low = w.text.lower()
    nxt = sent.words[i + 1] if i + 1 < len(sent.words) else None
    if low == "wonach" and i > 1 and sent.words[i - 1].text == "," and sent.words[i - 2].upos in ("NOUN", "PROPN"):
        return low  # `Medienberichte, wonach Zeugen eine Explosion gehört haben wollen`
    if low == "zufolge" or low == "gemäß" and w.upos in ("ADP", "ADV", "X", "ADJ"):
        return low  # `zufolge` is only ever a postposition, whatever the tagger says
    after = sent.words[i + 2] if i + 2 < len(sent.words) else None
    if low == "laut" and nxt is not None and (nxt.upos in ("DET", "PROPN", "NOUN", "ADJ") or nxt.text[:1].isupper()
                                              or WEB_NAME.fullmatch(nxt.text)  # `laut ndr.de`, whatever its tag
                                              or nxt.text in ("„", "»", "«", '"') and after is not None
                                              and (after.text[:1].isupper() or any(
                                                  x.text in ("“", "”", "«", "»", '"') for x in sent.words[i + 3:i + 6]))):
        return low  # `laut der Studie`, `laut „Welt“`, not `laut rufen`
    if low == "nach":
        # nach (einer ersten) Analyse / nach Angaben der Polizei; `…, nach anderen Angaben 110 Kilometer`
        # only offers another figure
        for k, nxt in enumerate(sent.words[i + 1:i + 4], i + 1):
            if is_source_noun(nxt.text):
                after = sent.word(nxt.index + 1)
                other = any(x.text.lower() in ("anderen", "weiteren") for x in sent.words[i + 1:k])
                return None if other and after is not None and after.upos == "NUM" else "nach"
            if nxt.upos not in ("DET", "ADJ"):
                break
    return None


def _surface_indirect(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    words = list(sent.words)
    if not words:
        return None
    lower = [w.text.lower() for w in words]
    subj = [w for w in words if is_subjunctive(w, sent)]
    # according-to frames: laut X, X zufolge, gemäß X, nach Angaben/Informationen/... von X
    for i, w in enumerate(words):
        frame = according_to_frame(sent, i)
        if frame is not None:
            body = _strip_punct(_frame_clause(sent, i) or _without_leading_frame(sent, i, frame))
            # `„…“, sagte X der Agentur Y zufolge`: the source frames a quote in marks, which decides
            if len(body) >= 4 and not mostly_quoted(body[0].start, body[-1].end, direct):
                return Candidate(body[0].start, body[-1].end, "indirect", f"indirect:{frame}", 0.55,
                                 cue_start=w.start, cue_end=w.end)
        if not (lower[i] == "so" and i > 0 and words[i - 1].text == "," and i + 1 < len(words)):
            continue
        nxt = words[i + 1]
        if is_cue(sent, nxt) or cue_lemma(sent, nxt, COGNITION_VERBS) in COGNITION_VERBS:
            # `In zehn Jahren, so schätzen die Forscher, soll …`: an inserted frame, any mood; the
            # longer side of it is the report (the frame itself holds the speaker)
            close = next((k for k in range(i + 2, len(words)) if words[k].text == ","), len(words))
            before, after = _strip_punct(words[:i - 1]), _strip_punct(words[close + 1:])
            body = after if len(after) >= len(before) else before
            if len(body) >= 4 and not mostly_quoted(body[0].start, body[-1].end, direct):
                return Candidate(body[0].start, body[-1].end, "indirect", "indirect:so", 0.6,
                                 cue_start=nxt.start, cue_end=nxt.end)
        if nxt.upos in ("PROPN", "NOUN", "DET", "PRON"):
            body = _strip_punct(words[:i - 1])
            if len(body) < 4 and subj:
                body = _strip_punct(words)  # `Doch sei es, so der Autor …, ein Fehler gewesen`: the frame is inserted
            # `…, so Frank Karl, Leiter der Abteilung.`: a bare phrase closing the sentence frames what
            # precedes in any mood
            closing = not any(x.upos in ("VERB", "AUX") or x.text.lower() in ("dass", "wie") for x in words[i + 1:])
            if len(body) >= 4 and (subj or closing and not mostly_quoted(body[0].start, body[-1].end, direct)):
                return Candidate(body[0].start, body[-1].end, "indirect", "indirect:so", 0.6,
                                 cue_start=w.start, cue_end=w.end)
    # `soll` in a main clause marks hearsay (`Er soll den Anschlag geplant haben`) like Konjunktiv I,
    # or a plan (`Die Brücke soll 2026 fertig sein`), which is reported only inside a report
    rule = "indirect:free"
    if any(w.text.lower() in REPORTATIVE_MODALS and w.upos in ("VERB", "AUX") for w in words):
        if not subj and not _perfect_infinitive(words):
            rule = "indirect:plan"
        subj += [w for w in words if w.text.lower() in REPORTATIVE_MODALS]
    if not subj:
        return None
    # free indirect speech: a Konjunktiv-I main clause with no cue of its own;
    # attribution decides whether a speaker from the context carries over
    finite_root = [w for w in subj if w.head == 0 or sent.word(w.head) is not None and sent.word(w.head).head == 0]
    # with a speech verb of its own the sentence is framed, not free: a failed frame is no free report
    if not finite_root and (not _verb_second(words, subj) or any(is_cue(sent, w) for w in words)):
        return None
    body = _strip_punct(words)
    if len(body) < 4 or inside_any(body[0].start, body[-1].end, direct):
        return None
    return Candidate(body[0].start, body[-1].end, "indirect", rule, 0.45)

