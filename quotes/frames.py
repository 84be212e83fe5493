"""Which frame around a quotation names its speaker, in one sentence: a speech verb after or
before it, a colon, a bracket after a name, a sign it is written on, a verb that judges a term
in marks (`hält X für „…“`, `nannte es einen „…“`), `laut`/`zufolge` around it, the sentence
after it (`Das musste der Minister einräumen`). `find_attribution` tries them in order; what a
colon before the quote names is quotes/colons.py's, carrying speakers across sentences
quotes/attribute.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.clauses import comma_between, finite_form, is_subjunctive, last_comma_before, opens_relative_clause
from quotes.according import according_to_frame
from quotes.cues import (anaphoric_frame, candidate_cue, cue_lemma, impersonal_cue,
                         inside_report, is_cue, modal_frame_verb, passive, subject_frame, these_words,
                         with_these_words)
from quotes.lexicon import (COGNITION_VERBS, FIRST_NAMES, PLACES, QUOTE_NOUNS, REFLEXIVE_FRAMES, REPORT_NOUNS,
                            STRONG_VERBS, aux_forms, is_report_noun)
from quotes.names import role_head
from quotes.appositions import appositive_name
from quotes.mentions import mention_from_words, surface_np
from quotes import interview, written
from quotes.blocks import POST, SIGNED
from quotes.colons import colon_clause_verbs, colon_paragraph, colon_speaker
from quotes.marks import ALL_MARKS
from quotes.neighbours import THEREIN, document_before, headline_speaker, sentence_beside, words_after_colon
from quotes.morph import lemma_of, weak_forms
from quotes.sources import frame_source
from quotes.owners import agent, noun_owner, owner_named_after, speaker_of_cue
from quotes.layout import headline_end
from quotes.phrases import object_of_preposition
from quotes.subjects import subject_of
from quotes.types import Candidate, Mention, Parsed, Sentence, Word


LABELS = ("direct:short", "direct:phrase", "direct:label")  # terms in marks that need a cue of their own


@dataclass(frozen=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    how: str  # rule suffix: cue-after, cue-before, so, carry, construction


def _cue_after(sent: Sentence, end: int) -> Word | None:
    after = [w for w in sent.words if w.start >= end]
    for i, w in enumerate(after[:10]):
        first_word = all(x.upos == "PUNCT" for x in after[:i])  # nothing but punctuation since the quote
        verb = modal_frame_verb(sent, w) if first_word else None
        if verb is not None:
            return verb
        if is_cue(sent, w) and not any(x.text == "," for x in after[:i]) and inside_report(sent, w):
            return None  # `Russland werde „angemessen“ antworten`: a clause in Konjunktiv, itself reported
        if is_cue(sent, w) or _shows_itself(sent, w) and first_word:
            return w
        if w.text.lower() == "so" and (i == 0 or after[i - 1].text in (",", "“", "”", "\"", "«", "»", "–", "—", "-")):
            return w  # `„…“, so X`, `„…“ – so X` and `„….“ so das Fazit der Betreiber`
        if w.upos in ("VERB",) and i > 1:
            break
    words = [w for w in after if w.upos != "PUNCT"]
    verb = _verb_with_these_words(after)
    if verb is not None:
        return verb
    if words and words[0].text.lower() in _FRAME_AUX:
        # `„…“, wird der Franzose im Fachblatt „La Gazetta dello Sport“ zitiert`: an auxiliary right
        # after the quote opens its frame, and the participle closes the clause however far away
        rest = after[after.index(words[0]):]
        clause = rest[:next((k for k, w in enumerate(rest) if w.text in ",;:"), len(rest))]
        participle = next((w for w in reversed(clause) if w.upos != "PUNCT"), None)
        if participle is not None and participle is not words[0] and is_cue(sent, participle):
            return participle
    return None


def _verb_with_these_words(after: list[Word]) -> Word | None:
    """`„…“ – mit diesen Worten hatte X die Bahn kritisiert`, `„…“ Mit diesen Worten verabschiedete sich X`:
    the verb of the clause `mit diesen Worten` opens right after the quote (`after`: the words after its
    closing mark), whatever verb it is: the words are the quote."""
    start = next((k for k, w in enumerate(after) if w.upos != "PUNCT"), len(after))
    clause = after[start:start + next((k for k, w in enumerate(after[start:]) if w.text in ",;:."), len(after))]
    if len(clause) < 5 or not with_these_words(clause):
        return None
    verb = clause[3]
    if verb.upos == "AUX" or verb.text.lower() in _FRAME_AUX:
        # (the participle closing the clause: `hatte X … kritisiert`)
        verb = next((w for w in reversed(clause[4:]) if w.upos == "VERB"), None)
    return verb if verb is not None and verb.upos == "VERB" else None


def _subject_after_aux(text: str, sent: Sentence, end: int, cue: Word) -> Mention | None:
    """`„…“, hat der Trainer nach dem Spiel … gesagt`: in a frame opened by its auxiliary, the subject
    follows the auxiliary."""
    words = [w for w in sent.words if w.start >= end and w.upos != "PUNCT"]
    if not words or words[0].text.lower() not in _FRAME_AUX or cue is words[0] or len(words) < 2:
        return None
    m = surface_np(text, sent, sent.words.index(words[1]), 1, (0, end))
    return m if m is not None and m.kind in ("name", "role", "org", "pronoun") and m.end <= cue.start else None


# the finite auxiliaries that open a frame after a quote (`„…“, hat X gesagt`, `wird X zitiert`)
_FRAME_AUX = aux_forms(("haben", "werden"), ("present", "past"))


def _reflexive_forms() -> dict[str, str]:
    """Form -> lemma of the reflexive frame verbs (`freute` -> freuen, `gab` -> geben)."""
    out: dict[str, str] = {}
    for lemma in REFLEXIVE_FRAMES:
        for form in STRONG_VERBS.get(lemma, ()) or weak_forms(lemma):
            out.setdefault(form, lemma)
    return out


_REFLEXIVE_FORMS = _reflexive_forms()


def _shows_itself(sent: Sentence, w: Word) -> bool:
    """`„…“, zeigte sich der Trainer zufrieden`, `„…“, freute sich X`: a reflexive frame verb
    (`reflexive_frames.txt`) with `sich` right after a quote frames it."""
    nxt = sent.word(w.index + 1)
    return w.text.lower() in _REFLEXIVE_FORMS and nxt is not None and nxt.text == "sich"


def shows_a_state(sent: Sentence, w: Word) -> bool:
    """`Von der Leyen zeigte sich enttäuscht.`: a speaker showing a state (`zeigte sich`, `gab sich`
    with an adjective in its clause), which reported words in the sentences after go on from."""
    if not _shows_itself(sent, w) or _REFLEXIVE_FORMS[w.text.lower()] not in ("zeigen", "geben"):
        return False
    return any(x.text.islower() and (x.upos == "ADJ" or x.xpos in ("ADJD", "VVPP"))
               for x in _words_after(sent, w, ".;:!?,")[1:])


def _words_after(sent: Sentence, w: Word, stops: str) -> list[Word]:
    """The words after `w` up to the first of the `stops` (`sich enttäuscht` of `zeigte sich enttäuscht.`)."""
    after = [x for x in sent.words if x.start > w.end]
    return after[:next((k for k, x in enumerate(after) if x.text in stops), len(after))]


def _shown_state(sent: Sentence, cue: Word) -> str | None:
    """`zeigte sich der Trainer zufrieden`: the state shown (`zufrieden`) is what the frame says, and
    what carries its stance (`stance_verbs.tsv`); `freute sich X`: the verb itself."""
    if not _shows_itself(sent, cue):
        return None
    if _REFLEXIVE_FORMS[cue.text.lower()] not in ("zeigen", "geben"):
        return _REFLEXIVE_FORMS[cue.text.lower()]
    clause = _words_after(sent, cue, ".;:!?")
    return clause[-1].text.lower() if clause and clause[-1].text.islower() else None


def _cue_before(sent: Sentence, start: int) -> Word | None:
    before = [w for w in sent.words if w.end <= start]
    for w in reversed(before):
        if is_cue(sent, w) and not _in_closed_relative_clause(sent, w, start) and \
                (not inside_report(sent, w) or _right_before_colon(before, w)):
            return w
    return None


def _right_before_colon(before: list[Word], cue: Word) -> bool:
    """`Rubio habe wörtlich gesagt: „…“`: a reported frame that says it quotes word for word, its
    colon opening the quote, names who said the quoted words (a cue in Konjunktiv otherwise frames
    the reporter's own words: `Auch sein Umfeld habe ihn hingewiesen: „Ich habe …“` is Merz's)."""
    rest = [w for w in before if w.start > cue.start and w.text not in ("„", "»", "«", "\"", "“")]
    clause = before[max((k + 1 for k, w in enumerate(before) if w.text in ",;" and w.start < cue.start), default=0):]
    return len(rest) == 1 and rest[0].text == ":" and any(w.text.lower() == "wörtlich" for w in clause)


def _in_closed_relative_clause(sent: Sentence, w: Word, start: int) -> bool:
    """`X kritisierte die Handlungsweise Kozulins, der zum Sturm aufgerufen haben soll, als „…“`:
    the verb of a relative clause that closes before the quote frames nothing."""
    words = sent.words
    i = w.index - 1  # list position
    opening = last_comma_before(words, i)
    if opening is None or opening + 1 >= i:
        return False
    return opens_relative_clause(sent, words[opening + 1]) and comma_between(sent, w.start, start)


def _bracketed_after_name(parsed: Parsed, cand: Candidate) -> Mention | None:
    """`…, Mohammed ElBaradei („Mir fällt niemand ein …“), und …`: a quote in brackets right after
    a name is that person's."""
    if cand.kind != "direct" or not re.search(r"\(\s*[„“»«\"]$", parsed.text[max(0, cand.start - 3):cand.start]):
        return None
    if not re.search(r"[.!?…]$", parsed.text[cand.start:cand.end]):
        return None  # `Jobbik Magyarországért Mozgalom („Bewegung für ein besseres Ungarn“)`: a translation
    sent = parsed.sentence_at(cand.start)
    bracket = next((w for w in reversed(sent.words) if w.end <= cand.start and w.text == "("), None) if sent else None
    if bracket is None or bracket.index < 2:
        return None
    m = surface_np(parsed.text, sent, bracket.index - 2, -1, (cand.start, cand.end))
    return m if m is not None and m.kind == "name" else None


_COPULA = aux_forms(("sein",), ("present", "past", "subjunctive1"))


WRITTEN_CUES = written.WRITTEN_CUES


_HALTEN = frozenset(STRONG_VERBS["halten"]) | {"halten"}
_SEHEN = frozenset(STRONG_VERBS["sehen"]) | {"sehen"}
_INDEFINITE = frozenset("ein eine einen einem einer".split())


def _clause_before(sent: Sentence, cand: Candidate) -> list[Word]:
    """The words of a term's own clause before it (back to the last comma)."""
    return [w for w in sent.words if w.end <= cand.start and not comma_between(sent, w.start, cand.start)]


def _framed_by_source(text: str, sent: Sentence, cand: Candidate) -> Attribution | None:
    """`Laut Rjabkow waren die Gespräche „schwierig, aber nützlich“`, `Dem Kreml zufolge war das
    Treffen „ein Schritt in die richtige Richtung“`: a quote in marks inside a clause framed by
    `laut`, `zufolge` or `nach Angaben` is the source's."""
    if cand.rule not in ("direct:phrase", "direct:marks", "direct:unclosed") and \
            not (cand.rule == "direct:short" and all(x.isalpha() and x[:1].islower() for x in text[cand.start:cand.end].split())):
        # a one- or two-word term there is mostly a name (`des „antikapitalistischen Blocks“`); words in
        # lower case are a judgement (`Rjabkow zufolge ist der Schritt „destabilisierend“`, `„nicht ausgeschlossen“`)
        return None
    for i, w in enumerate(sent.words):
        if w.start >= cand.start:
            break
        frame = according_to_frame(sent, i)
        if frame is None or frame == "wonach":
            continue
        m = frame_source(text, sent, w)
        if m is None:
            continue
        named = appositive_name(text, sent, m)
        # (past a name set off by commas: `Nach den Worten der Sprecherin, Gisela Piltz, fehle es „…“`)
        closing = next((x for x in sent.words if x.start >= named.end), None)
        after = closing.end if closing is not None and closing.text == "," and comma_between(sent, w.start, named.start) \
            else w.start
        if comma_between(sent, after, cand.start):
            continue
        if m.end <= cand.start:
            return Attribution(named, frame, "construction")
    return None


def _expected(text: str, sent: Sentence, cand: Candidate) -> Attribution | None:
    """`Meteorologen rechnen mit „sehr ergiebigen Niederschlägen“`, `Die Polizei geht von einer
    „gezielten Tat“ aus`: a phrase in marks opening in lower case inside the object of a verb of
    thinking is what its subject thinks, in their words."""
    if cand.kind != "direct" or not text[cand.start:cand.start + 1].islower():
        return None
    clause = _clause_before(sent, cand)
    lemmas = [(w, cue_lemma(sent, w, COGNITION_VERBS)) for w in reversed(clause) if w.upos in ("VERB", "AUX")]
    verb, lemma = next(((w, lemma) for w, lemma in lemmas if lemma in COGNITION_VERBS), (None, None))
    if verb is None or lemma == "zeigen" and not any(w.text == "sich" for w in clause):
        return None  # `zeigte sich „sehr glücklich“` is a state shown, `zeigt ihre „neuen Modelle“` a display
    return _judged_by(text, sent, verb, cand, lemma)


# verbs after which `als „…“` describes the subject's own role or standing, not a judgment
_NOT_LABELLING = frozenset("arbeiten gelten dienen fungieren agieren auftreten antreten kandidieren amtieren".split())
_NOT_OBJECTS = frozenset("sich er sie es ich wir ihr man".split())  # reflexive or subject after the verb


def _labelled_as(text: str, sent: Sentence, cand: Candidate) -> Attribution | None:
    """`X feierte die Absage als „großen Erfolg“`, `stufte den Vorfall als „Landfriedensbruch“ ein`:
    a term in marks right after `als` with an object before it is the subject's judgment."""
    clause = [w for w in _clause_before(sent, cand) if w.text not in "„»«\"‚"]
    if len(clause) < 4 or clause[-1].text.lower() != "als":
        return None
    verb = next((w for w in clause if w.upos == "VERB" and w.text.islower() and
                 finite_form(w)), None)
    if verb is None or lemma_of(verb.text, verb.lemma) in _NOT_LABELLING:
        return None
    between = [w for w in clause if verb.end <= w.start and w.end <= clause[-1].start]
    # `präsentiert sich als „Wissenschaftlicher Berater“`: a title one takes on, not a judgment
    if not any(w.upos in ("NOUN", "PROPN", "PRON") and w.text.lower() not in _NOT_OBJECTS for w in between):
        return None
    return _judged_by(text, sent, verb, cand, lemma_of(verb.text, verb.lemma))


def _judged_by(text: str, sent: Sentence, verb: Word, cand: Candidate, lemma: str) -> Attribution | None:
    """The subject of the verb that judges a term in marks, when it is someone (a person, role,
    pronoun or body): `hält … für „…“`, `feierte … als „…“`, `rechnen mit „…“`."""
    m = subject_of(text, sent, verb, (cand.start, cand.end))
    return Attribution(m, lemma, "cue-before") if m is not None and m.kind in ("name", "role", "pronoun", "org") else None


def _held_for(sent: Sentence, cand: Candidate) -> Word | None:
    """`Der Staatsanwalt hält Spector für „böse und gefährlich“`, `X sieht darin einen „Angriff auf
    die Belegschaft“`: a form of `halten` with `für`, or of `sehen` with an indefinite article, in
    the clause of a term in marks judges it; the verb, if so."""
    clause = _clause_before(sent, cand)
    k = len(clause) - 1
    while k >= 0 and (clause[k].upos == "PUNCT" or clause[k].text in "„»«\""):
        k -= 1
    if k >= 0 and clause[k].text.lower() in _INDEFINITE:
        seen = next((w for w in clause[:k] if w.text.lower() in _SEHEN), None)
        if seen is not None:
            return seen
    while k >= 0 and clause[k].upos in ("DET", "ADJ"):
        k -= 1
    if k < 0 or clause[k].text.lower() != "für":
        return None
    return next((w for w in clause[:k] if w.text.lower() in _HALTEN), None)


# `für viele Menschen ist das ein „Skandal“`: a judgement ascribed to no one in particular
_QUANTIFIERS = frozenset("viele manche einige alle mehrere zahlreiche etliche".split())


def _viewpoint(text: str, sent: Sentence, cand: Candidate) -> Mention | None:
    """`Für den Gesundheitsminister X ist die Lage „alarmierend“`: `für` + a person and a copula in the
    clause of a term in marks say whose judgement it is."""
    clause = _clause_before(sent, cand)
    copulas = [w for w in clause if w.text.lower() in _COPULA]
    framed = _cue_before(sent, cand.start) is not None or _cue_after(sent, cand.end) is not None
    if not copulas or framed and all(is_subjunctive(w, sent) for w in copulas):
        # (`X sagte, der Zapfenstreich sei für die Mehrheit „ein gutes Ereignis“`, `Das sei für Moskau
        # eine „rote Linie“, sagte Lawrow`: a reported viewpoint is the reporter's words; `Für Küng sei
        # der Rücktritt „verständlich“` is Küng's)
        return None
    for i, w in enumerate(clause):
        if w.text.lower() == "für" and i + 1 < len(clause):
            # (the phrase after the preposition: `für den Minister X`, `für die Opposition`)
            m = object_of_preposition(text, sent, w.index - 1, (cand.start, cand.end))
            if m is not None and m.kind in ("name", "role") and m.end < cand.start - 1 and \
                    clause[i + 1].text.lower() not in _QUANTIFIERS and not _noun_taken_for_name(sent, m) and \
                    not (m.text in PLACES and all(is_subjunctive(w, sent) for w in copulas)):
                # (`Eine Erhöhung sei für Spanien „unvernünftig“`: a country in a reported clause is
                # what the judgement concerns, the reporter's words)
                return appositive_name(text, sent, m)
    return None


def _noun_taken_for_name(sent: Sentence, m: Mention) -> bool:
    """`Für ein Treffen sei es „noch zu früh“`: one capitalised word after an indefinite article is
    a noun the tagger took for a name (names take none: `für Putin`), not whose view it is."""
    if m.kind != "name" or " " in m.text.strip():
        return False
    w = next((x for x in sent.words if x.start == m.start), None)
    before = sent.word(w.index - 1) if w is not None else None
    return before is not None and before.upos == "DET" and before.text.lower().startswith("ein")


def _signature_speaker(parsed: Parsed, cand: Candidate) -> Attribution | None:
    """The person a signature line names (`Annalena Baerbock, Außenministerin`: the part before the comma)."""
    sent = parsed.sentence_at(cand.cue_start)
    words = [w for w in sent.words if cand.cue_start <= w.start < cand.cue_end] if sent is not None else []
    comma = next((i for i, w in enumerate(words) if w.text == ","), None)
    words = words[:comma] if comma else words
    m = mention_from_words(parsed.text, sent, words) if words else None
    return Attribution(m, None, "signed") if m is not None else None


def find_attribution(parsed: Parsed, cand: Candidate) -> Attribution | None:
    """The frame that names the speaker of a candidate, tried in order: the label or signature it
    came with, its own cue, a bracket, a sign it is written on, the verb of a term in marks, a cue
    after it, the headline, a colon, the sentence after it. None: no frame names anyone."""
    if cand.rule in (interview.RULE, POST, SIGNED) and cand.cue_start is not None and cand.cue_end is not None:
        return _labelled_speaker(parsed, cand)
    if cand.cue_start is not None:
        own = _own_cue(parsed, cand)
        if own is not _NO_CUE:
            return own
    bracketed = _bracketed_after_name(parsed, cand)
    if bracketed is not None:
        return Attribution(bracketed, None, "bracket")
    first = parsed.sentence_at(cand.start)
    sign = (written.written_on(parsed, cand) or (written.written_in(parsed, cand, _clause_before(first, cand))
                                                 if first is not None and cand.rule not in LABELS else None)) \
        if cand.kind == "direct" else None
    if sign is not None:
        return Attribution(sign[0], sign[1], "cue-before")
    # sentence(s) around the quote: the one it ends in, then the one it starts in
    last = parsed.sentence_at(max(cand.end - 1, cand.start))
    nxt = sentence_beside(parsed, last, 1) if last else None
    # a sentence split right after the closing mark (`„…“ | , sagte er.`) still belongs to the quote
    # (and a headline's `„…“: Von der Leyen kontert Moskau`, split at the colon)
    split = nxt is not None and nxt.start - cand.end < 4 and nxt.words and \
        (nxt.words[0].text in (",", "so") or is_cue(nxt, nxt.words[0]) or ":" in parsed.text[cand.end:nxt.start])
    found = _term_judged(parsed, cand, first) if first is not None and cand.rule in LABELS else None
    if found is not None:
        return found
    for sent in filter(None, (last, nxt if split else None)):
        found = _cue_after_quote(parsed, cand, sent, first)
        if found is not None:
            return found
    headline = headline_speaker(parsed, cand, [s for s in (last, nxt) if s is not None])
    if headline is not None:
        return Attribution(headline[0], headline[1], "headline")
    in_words = words_after_colon(parsed.text, cand, nxt if split else last)
    if in_words is not None:
        return Attribution(in_words[0], in_words[1], "frame-after")
    if first is not None:
        found = _labelled_as(parsed.text, first, cand) or _expected(parsed.text, first, cand) or \
            _frame_before(parsed, cand, colon_paragraph(parsed, first, cand) or first)
        if found is not None:
            return found
    return _next_sentence_frame(parsed, cand, last, nxt)


_NO_CUE = Attribution(None, None, "no-cue")  # the candidate's own cue decides nothing: go on


def _labelled_speaker(parsed: Parsed, cand: Candidate) -> Attribution | None:
    """An interview answer's label, an embedded post's or a statement's signature: the name there."""
    if cand.rule == SIGNED:
        return _signature_speaker(parsed, cand)
    label = parsed.text[cand.cue_start:cand.cue_end]
    return Attribution(Mention(label, cand.cue_start, cand.cue_end, "name"), None,
                       "interview" if cand.rule == interview.RULE else "post")


def _own_cue(parsed: Parsed, cand: Candidate) -> Attribution | None:
    """The speaker named by the cue the candidate was found with (its verb, noun of saying, `laut`
    or passive); None when the report is itself reported and its speaker carries over; `_NO_CUE`
    when the cue names no one."""
    span = (cand.start, cand.end)
    found = candidate_cue(parsed, cand)
    if found is None:
        return _NO_CUE
    sent, cue = found
    # an inserted `, so X,` or `, wie X berichtete,` frame lies inside its report: only the words
    # before it are excluded
    inside = cand.start <= cue.start < cand.end
    opener = next((w.start for w in reversed(sent.words) if w.end <= cue.start
                   and w.text.lower() in ("so", "wie")), cue.start) if inside else cue.start
    if cue.text in REPORT_NOUNS:
        m = noun_owner(parsed.text, sent, cue, span)
    elif cue.text.lower() in ("laut", "zufolge", "gemäß", "nach", "wonach", "aus"):
        # the source phrase lies inside the reported sentence: no exclusion
        m = frame_source(parsed.text, sent, cue)
    elif passive(sent, cue) and cue_lemma(sent, cue) != "zitieren":
        m = agent(parsed.text, sent, cue, (cand.start, opener) if inside else span)
        if m is not None or not any(is_subjunctive(w, sent) for w in sent.words if w.end <= cue.start):
            return Attribution(m, cue_lemma(sent, cue), "construction" if m else "unnamed")
        return None  # `Der US-Seite sei versichert worden, …`: itself reported, the speaker carries over
    else:
        m = subject_of(parsed.text, sent, cue, (cand.start, opener) if inside else span)
        if m is None and sent.words[0].text == "Wie" and cue.end <= cand.start:
            m = _wie_subject(parsed.text, sent, cue, span)
    if m is not None:
        return Attribution(m, cue_lemma(sent, cue), "construction")
    if impersonal_cue(sent, cue):
        document = _document_therein(parsed, sent)
        if document is not None:
            return Attribution(document, "heißen", "construction")  # `Darin heißt es, …`
        return Attribution(None, "heißen", "unnamed")  # `…, heißt es.`: no source named
    if any(w.text.lower() == "man" for w in sent.words[max(0, cue.index - 2):cue.index + 2]):
        return Attribution(None, cue_lemma(sent, cue), "unnamed")  # `…, so glaubt man`: anyone
    return _NO_CUE


def _wie_subject(text: str, sent: Sentence, cue: Word, span: tuple[int, int]) -> Mention | None:
    """`Wie die Sprecherin der Behörde, Maria Sacharowa, auf … erklärte, trügen …`, with the verb hung
    on the apposition: the name set off between the first two commas before the verb, else the phrase
    right after `Wie`."""
    commas = [k for k, w in enumerate(sent.words) if w.text == "," and w.end <= cue.start]
    if len(commas) >= 2:
        named = mention_from_words(text, sent, list(sent.words[commas[0] + 1:commas[1]]))
        if named is not None and named.kind == "name":
            return named
    m = surface_np(text, sent, 1, 1, span)
    return appositive_name(text, sent, m) if m is not None else None


def _document_therein(parsed: Parsed, sent: Sentence) -> Mention | None:
    """`Darin heißt es`, `…, heißt es darin`: the text named in the sentence before, or its author."""
    therein = sent.words[0].text in THEREIN or any(w.text == "darin" for w in sent.words)
    return document_before(parsed, sent) if therein else None


def _term_judged(parsed: Parsed, cand: Candidate, first: Sentence) -> Attribution | None:
    """`nannte den Plan „überzogen“, X bezeichnete …`: a term in marks belongs to the verb of its own
    clause, which mostly stands before it (a cue after it may open the next clause), to the one a
    viewpoint names, or to the one who holds it for something."""
    span = (cand.start, cand.end)
    cue = _cue_before(first, cand.start)
    if cue is not None and not comma_between(first, cue.start, cand.start):
        m = speaker_of_cue(parsed.text, first, cue, span)
        if m is not None:
            return Attribution(m, cue_lemma(first, cue), "cue-before")
    m = _viewpoint(parsed.text, first, cand)
    if m is not None:
        return Attribution(m, None, "viewpoint")
    verb = _held_for(first, cand)
    return _judged_by(parsed.text, first, verb, cand, "sehen" if verb.text.lower() in _SEHEN else "halten") \
        if verb is not None else None


def _cue_after_quote(parsed: Parsed, cand: Candidate, sent: Sentence, first: Sentence | None) -> Attribution | None:
    """`„…“, sagte er`: the speech verb after the quote in `sent` and its subject."""
    cue = _cue_after(sent, cand.end)
    if cue is None:
        return None
    m = _subject_after_aux(parsed.text, sent, cand.end, cue) or speaker_of_cue(parsed.text, sent, cue,
                                                                                (cand.start, cand.end)) \
        or (_document_therein(parsed, sent) if impersonal_cue(sent, cue) else None)  # `„…“, heißt es darin`
    if m is not None:
        return Attribution(m, _shown_state(sent, cue) or cue_lemma(sent, cue), "cue-after")
    if cand.rule in ("direct:short", "direct:phrase") and passive(sent, cue) and first is not None \
            and _cue_before(first, cand.start) is None:
        # `die als „nebelartig“ beschrieben wurden`: a term said by someone not named
        return Attribution(None, cue_lemma(sent, cue), "unnamed")
    return None


def _frame_before(parsed: Parsed, cand: Candidate, first: Sentence) -> Attribution | None:
    """The clause before the quote in its sentence `first`: a speech verb's subject, a `laut` source,
    a verbless phrase before a colon, or the subject of the clause the colon closes."""
    span = (cand.start, cand.end)
    cue = _cue_before(first, cand.start)
    if cue is not None:
        m = subject_of(parsed.text, first, cue, span) or \
            (_document_therein(parsed, first) if impersonal_cue(first, cue) else None)  # `Darin heißt es: „…“`
        if m is not None:
            return Attribution(m, cue_lemma(first, cue), "cue-before")
    sourced = _framed_by_source(parsed.text, first, cand)
    if sourced is not None:
        return sourced
    m = colon_speaker(parsed.text, first, cand.start)
    if m is not None:
        return Attribution(m, None, "colon")
    # the clause's verbs, the likeliest first: a word the tagger took for a verb may come last
    # (`Weber sah das ähnlich: „…“` with `ähnlich` tagged a finite verb)
    for verb in colon_clause_verbs(first, cand.start):
        subjects = [c for c in first.children(verb.index) if c.deprel.startswith("nsubj")]
        if any(c.text.lower() == "es" for c in subjects) and \
                not any(c.upos in ("NOUN", "PROPN") for c in subjects) and not _object_es(first, verb):
            return None  # `Vielleicht gäbe es etwas Neues: „…“`: an impersonal clause names no speaker
        m = subject_of(parsed.text, first, verb, span)
        noun = m and next((w for w in first.words if w.end == m.end), None)
        words_quoted = noun is not None and noun.text in QUOTE_NOUNS and not is_report_noun(noun.text) and \
            sum(w.upos in ("NOUN", "PROPN") for w in first.words if m.start <= w.start < m.end) == 1
        if noun is not None and (is_report_noun(noun.text) or words_quoted):
            # `Seine Zuversicht gründet sich auf …: „…“`: whose confidence; `Darauf waren die
            # Worte zu lesen: „…“`: the words are the quote, no one's unless an owner is named
            owner = noun_owner(parsed.text, first, noun, span)
            owner = owner if owner is not None and not owner.start <= noun.start < owner.end else None
            m = owner or (None if words_quoted else m)
            if m is None:
                return None
        if m is not None:
            return Attribution(m, cue_lemma(first, verb), "colon-subject")
    return None


def _object_es(sent: Sentence, verb: Word) -> bool:
    """`Ähnlich sieht es Kapitän Joshua Kimmich: „…“`: `es` right after the verb and a person after it: the
    object before the subject (`gäbe es etwas Neues` has no person after it)."""
    es, nxt = sent.word(verb.index + 1), sent.word(verb.index + 2)
    if nxt is not None and nxt.text.lower() in ("auch", "ebenfalls", "ähnlich"):
        nxt = sent.word(nxt.index + 1)  # `So formulierte es auch der Minister`
    return es is not None and es.text == "es" and nxt is not None and (
        nxt.upos == "PROPN" or nxt.text[:1].isupper() and (role_head(nxt.text) is not None or nxt.text in FIRST_NAMES)
        or nxt.text.lower() in ("der", "die") and sent.word(nxt.index + 1) is not None
        and role_head(sent.word(nxt.index + 1).text) is not None)


def _next_sentence_frame(parsed: Parsed, cand: Candidate, last: Sentence | None,
                         nxt: Sentence | None) -> Attribution | None:
    """`„Ja, es gibt Zumutungen“. Das musste der Minister einräumen.`: the next sentence frames the quote
    (a headline's quote is no paragraph of the text: the lead below it frames nothing of it)."""
    headline = cand.start <= headline_end(parsed.text) and nxt is not None and "\n" in parsed.text[cand.end:nxt.start]
    if cand.kind != "direct" or cand.rule in ("direct:short", "direct:label") or nxt is None or last is None \
            or last.end - cand.end >= 4 or headline:
        return None
    span = (cand.start, cand.end)
    cue = anaphoric_frame(nxt)
    opening = parsed.text[:cand.start].rstrip(" \t" + ALL_MARKS)
    if cue is None and (not opening or opening.endswith("\n")):
        cue = subject_frame(nxt)  # a quote opening its paragraph, then `Selenskyj äußerte sich …`
    if cue is not None:
        # (`Diese Worte wählte X`: the words opening the sentence are its object, the quote)
        k = these_words(nxt)
        m = subject_of(parsed.text, nxt, cue, span if k is None else (nxt.start, nxt.words[k].end))
        if m is not None:
            return Attribution(m, cue_lemma(nxt, cue), "frame-after")
    if cue is None and (not opening or opening[-1] in ".!?\n"):
        m = owner_named_after(parsed.text, nxt, span)  # a quote standing alone, then `Diese Worte des X …`
        if m is not None:
            return Attribution(m, None, "frame-after")
    return None


