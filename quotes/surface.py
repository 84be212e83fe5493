"""Reported speech read on the surface of a sentence when no speech verb's clause holds it: source
frames (`laut X`, `X zufolge`, `nach Angaben X`, `…, so X`), free reports in Konjunktiv, and `soll`
as hearsay or a plan (quotes/detect.py reads the speech verbs' clauses first)."""

from __future__ import annotations

import re

from quotes.clauses import (comma_between, finite_form, in_ob_clause, is_subjunctive, konjunktiv_after_fronted_clause,
                            perfect_infinitive, strip_punct, subordinate_opening, verb_second)
from quotes.according import according_to_frame, frame_clause, reported_after_frame
from quotes.cues import cue_lemma, is_cue
from quotes.lexicon import COGNITION_VERBS, aux_forms
from quotes.names import hyphen_joins
from quotes.spans import crosses_quote, inside_any, mostly_quoted
from quotes.types import Candidate, Sentence, Word

# finite forms of the auxiliaries, Konjunktiv included (`hat`, `war`, `sei`, `wäre`)
FINITE_AUX = aux_forms(("haben", "sein", "werden"), ("present", "past", "subjunctive1", "subjunctive2"))


REPORTATIVE_MODALS = ("soll", "sollen")

_DASHES = ("–", "—", "-")


def _so_opens_frame(words: list[Word], i: int) -> bool:
    """The `so` at i opens a frame: after a comma, or after a dash when no dash closes it again
    (`… und – so der eigene Wunsch – eine „Schärfung …“` is an aside, not a frame)."""
    before = words[i - 1].text
    return before == "," or before in _DASHES and not any(x.text in _DASHES for x in words[i + 1:])


def _holds_phrase(sent: Sentence, body: list[Word], direct: list[tuple[int, int]]) -> bool:
    """`Rubio zufolge gibt es „vorsichtigen Optimismus“`: a source frame's clause whose own verb
    stands outside the marks holds the phrase inside it (one statement; without it the phrase has no
    speaker), unless a speech verb there frames the quotation itself."""
    if crosses_quote(body[0].start, body[-1].end, direct):
        return False
    outside = [w for w in body if not inside_any(w.start, w.end, direct)]
    inside = [w for w in body if w not in outside]
    # (quoted words with a verb are a quotation the frame attributes: `gibt es „…, dass wir
    # vorankommen“` stays the quote)
    return any(w.upos in ("VERB", "AUX") and finite_form(w) for w in outside) and not any(
        w.upos in ("VERB", "AUX") for w in inside) and not any(is_cue(sent, w) for w in outside)


# adverbs after the speaker of `…, so X`: `so der Minister weiter`, `so Lawrow abschließend`
_SO_TAIL_ADVERBS = frozenset("weiter zudem außerdem ebenfalls abschließend zuletzt damals kürzlich später".split())


def surface_indirect(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """The sentence's one surface report, if any: a source frame's clause, the side of `…, so X` that
    is reported, or the whole sentence as a free report (Konjunktiv, `soll`, `demnach`)."""
    words = list(sent.words)
    if not words:
        return None
    lower = [w.text.lower() for w in words]
    subj = [w for w in words if is_subjunctive(w, sent)]
    # according-to frames: laut X, X zufolge, gemäß X, nach Angaben/Informationen/... von X
    for i, w in enumerate(words):
        frame = according_to_frame(sent, i)
        if frame is not None:
            body = strip_punct(frame_clause(sent, i) or reported_after_frame(sent, i, frame))
            # `„…“, sagte X der Agentur Y zufolge`: the source frames a quote in marks, which decides
            if len(body) >= 4 and (not mostly_quoted(body[0].start, body[-1].end, direct)
                                   or _holds_phrase(sent, body, direct)):
                return Candidate(body[0].start, body[-1].end, "indirect", f"indirect:{frame}", 0.55,
                                 cue_start=w.start, cue_end=w.end)
        if not (lower[i] == "so" and i > 0 and _so_opens_frame(words, i) and i + 1 < len(words)):
            continue
        nxt = words[i + 1]
        if is_cue(sent, nxt) or cue_lemma(sent, nxt, COGNITION_VERBS) in COGNITION_VERBS:
            # `In zehn Jahren, so schätzen die Forscher, soll …`: an inserted frame, any mood; the
            # longer side of it is the report (the frame itself holds the speaker)
            close = next((k for k in range(i + 2, len(words)) if words[k].text == ","), len(words))
            before, after = strip_punct(words[:i - 1]), strip_punct(words[close + 1:])
            body = after if len(after) >= len(before) else before
            if len(body) >= 4 and not mostly_quoted(body[0].start, body[-1].end, direct):
                return Candidate(body[0].start, body[-1].end, "indirect", "indirect:so", 0.6,
                                 cue_start=nxt.start, cue_end=nxt.end)
        if _opens_phrase(words, i + 1):
            body = strip_punct(words[:i - 1])
            if len(body) < 4 and subj:
                body = strip_punct(words)  # `Doch sei es, so der Autor …, ein Fehler gewesen`: the frame is inserted
            # `…, so Frank Karl, Leiter der Abteilung.`: a bare phrase closing the sentence frames what
            # precedes in any mood
            closing = _so_phrase_closes(words, i)
            # (a Konjunktiv inside marks is the quote's own: `„Wir warten ab, …“, so X` is the direct quote)
            own = [x for x in subj if not inside_any(x.start, x.end, direct)]
            if len(body) >= 4 and (own or closing and not mostly_quoted(body[0].start, body[-1].end, direct)):
                return Candidate(body[0].start, body[-1].end, "indirect", "indirect:so", 0.6,
                                 cue_start=w.start, cue_end=w.end)
    # `soll` in a main clause marks hearsay (`Er soll den Anschlag geplant haben`) like Konjunktiv I,
    # or a plan (`Die Brücke soll 2026 fertig sein`), which is reported only inside a report
    rule = "indirect:free"
    # (`soll`, `sollen` in lower case are verbs, whatever the tagger says)
    modals = [w for w in words if w.text in REPORTATIVE_MODALS]
    if modals:
        if not subj and not perfect_infinitive(words):
            rule = "indirect:plan"
            framed = _plan_after_cue(sent, words, modals, direct)
            if framed is not None:
                return framed
        subj += modals
    # `Demnach darf …`, `Die Aufnahmen stammten demnach aus …`: according to the source just named,
    # in any mood
    subj += [w for w in words if w.text.lower() == "demnach"]  # (an adverb whatever its tag: `Demnach` as a noun)
    # (a Konjunktiv form inside a quotation filling most of the sentence is the quote's own: `„Wir
    # werden den Druck aufrechterhalten“, sagte sie` is no free report; `so „schütze sie Gott“` is one)
    body = strip_punct(words)
    if body and mostly_quoted(body[0].start, body[-1].end, direct):
        subj = [w for w in subj if not inside_any(w.start, w.end, direct)]
    if not subj or all(in_ob_clause(words, w) for w in subj):
        # (`Auf die Frage, ob er an einen Sieg glaube, schweigt er lange`: the question's Konjunktiv)
        return None
    if rule == "indirect:free" and all(w.text.lower() in ("möchte", "möchten") for w in subj):
        return None  # `Diesen Druck möchte er vermeiden`: a wish in the indicative's sense, no report
    if rule == "indirect:free" and _hypothetical(words, subj):
        return None
    # free indirect speech: a Konjunktiv-I main clause with no cue of its own;
    # attribution decides whether a speaker from the context carries over
    # (or the Konjunktiv after a fronted clause, whatever the parser hung on marks inside: `Sollte Israel
    # zurückschlagen, werde Teheran „noch härter“ antworten`)
    after_clause = konjunktiv_after_fronted_clause(words)
    finite_root = [w for w in subj if w.head == 0 or sent.word(w.head) is not None and sent.word(w.head).head == 0
                   or w is after_clause]
    # with a speech verb of its own the sentence is framed, not free: a failed frame is no free report
    # (a speech verb in marks is quoted, no frame: `Russland werde „angemessen antworten“`; nor is one
    # in Konjunktiv itself: `Nach dem Mauerfall sei der Vorschlag abgelehnt worden`)
    # (`Ziel sei es, …`: a three-word first clause with the Konjunktiv second is one too)
    v2 = verb_second(words, subj) or len(words) > 4 and words[3].text == "," and words[1] in subj \
        and words[0].upos in ("NOUN", "ADV", "ADJ") and words[2].text.lower() == "es"
    if not finite_root and (not v2 or
                            any(is_cue(sent, w) and not inside_any(w.start, w.end, direct) and not _reported(sent, w)
                                for w in words)):
        return None
    first = min(w.start for w in subj)
    if any(is_cue(sent, w) and w.upos == "VERB" and w.start < first and not inside_any(w.start, w.end, direct)
           and not is_subjunctive(w, sent) and comma_between(sent, w.start, first) and _indicative(sent, w)
           for w in words):
        # `X erklärte, der Bericht sei „…“`: a frame whose report the marks decided is no free report
        return None
    if len(body) < 4 or inside_any(body[0].start, body[-1].end, direct):
        return None
    return Candidate(body[0].start, body[-1].end, "indirect", rule, 0.45)


_KONJUNKTIV_II = frozenset("müsste müssten wäre wären würde würden hätte hätten könnte könnten".split())
_CONDITION = ("bei einem", "bei einer", "im falle", "in dem falle")  # (`Im` may come split into `In dem`)


def _hypothetical(words: list[Word], subj: list[Word]) -> bool:
    """`Bei einem Sieg Uruguays müssten die Franzosen fünf Tore mehr erzielen`: a condition opening the
    sentence and only Konjunktiv II: the writer's reckoning, no report."""
    opening = " ".join(w.text.lower() for w in words[:3])
    return opening.startswith(_CONDITION) and all(w.text.lower() in _KONJUNKTIV_II for w in subj)


def _indicative(sent: Sentence, verb: Word) -> bool:
    """The verb is finite, or has a finite auxiliary, and none of them is in Konjunktiv (`erklärte`,
    `hatte … gesagt`)."""
    aux = [c for c in sent.children(verb.index) if c.deprel.startswith("aux") and c.start < verb.start]
    finite = finite_form(verb) or any(c.text.lower() in FINITE_AUX for c in aux)
    return finite and not any(is_subjunctive(c, sent) for c in aux)


def _opens_phrase(words: list[Word], k: int) -> bool:
    """words[k] opens a noun phrase after `so`; a compound in lower case with a noun after its hyphen
    does too, whatever its tag (`so verdi-Verhandlungsführer Frank Bäsler`)."""
    return words[k].upos in ("PROPN", "NOUN", "DET", "PRON") or re.search(r"-[A-ZÄÖÜ]", words[k].text) is not None \
        or k + 2 < len(words) and hyphen_joins(words, k + 1) and words[k + 2].text[:1].isupper()


def _so_phrase_closes(words: list[Word], i: int) -> bool:
    """The phrase after `so` at `i` has no verb of its own: it closes the sentence as its frame
    (`so der Minister weiter`, with `weiter` tagged a verb)."""
    return not any(x.upos in ("VERB", "AUX") and x.text not in _SO_TAIL_ADVERBS or x.text.lower() in ("dass", "wie")
                   for x in words[i + 1:])


def so_closes(sent: Sentence) -> bool:
    """The sentence ends in `…, so X`: X frames all of it, a speech verb before included (`Die
    Äußerungen zeigten, dass Kiew nicht bereit sei, so Peskow`)."""
    words = list(sent.words)
    return any(w.text.lower() == "so" and 0 < i < len(words) - 1 and _so_opens_frame(words, i)
               and _opens_phrase(words, i + 1) and _so_phrase_closes(words, i)
               for i, w in enumerate(words))


def source_opens(sent: Sentence) -> bool:
    """A `laut X`/`X zufolge` frame stands before the sentence's first speech verb."""
    for i, w in enumerate(sent.words[:12]):
        frame = according_to_frame(sent, i)
        if frame in ("laut", "zufolge"):
            # (`Laut TASS erklärte Putin, …`: a speech verb right after the source frames its own report)
            body = reported_after_frame(sent, i, frame)
            return not (body and body is not sent.words and is_cue(sent, body[0]))
        if is_cue(sent, w):
            return False
    return False


def _plan_after_cue(sent: Sentence, words: list[Word], modals: list[Word],
                    direct: list[tuple[int, int]]) -> Candidate | None:
    """`Die Zeitung berichtete, 200 Mitarbeiter sollen entlassen werden`: a clause with `soll` after a
    speech verb and its comma is that verb's report, however the parser hung it."""
    comma = next((k for k, w in enumerate(words) if w.text == ","), None)
    if comma is None or comma < 2 or any(m.start < words[comma].start for m in modals):
        return None
    cue = next((w for w in words[:comma] if is_cue(sent, w) and w.text.islower()), None)
    body = strip_punct(words[comma + 1:])
    if cue is None or len(body) < 3 or subordinate_opening(body) or mostly_quoted(body[0].start, body[-1].end, direct):
        return None
    return Candidate(body[0].start, body[-1].end, "indirect", "indirect:v2", 0.5, cue_start=cue.start, cue_end=cue.end)


def _reported(sent: Sentence, verb: Word) -> bool:
    """A verb in Konjunktiv, or with a Konjunktiv auxiliary (`sei … abgelehnt worden`), is what is
    reported, not a frame around it."""
    return is_subjunctive(verb, sent) or any(c.deprel.startswith("aux") and is_subjunctive(c, sent)
                                             for c in sent.children(verb.index))
