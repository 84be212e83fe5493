"""Find reported-speech candidates on the parse (direct speech in marks is found on the raw text by
quotes/marks.py, direct speech without marks by its layout in quotes/blocks.py).

Indirect speech: a speech verb with a dass/ob, Konjunktiv or zu clause (its cues in
quotes/cues.py, the clause reading in quotes/clauses.py), `wie X sagte`, a noun of saying
(`die Hoffnung, dass …`), `…, sagte X` after the clause, `laut X`, `X zufolge`, `so X`, and
free indirect speech in Konjunktiv I.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from quotes.lexicon import COGNITION_VERBS, PARTICLES, PLACES, REPORT_VERBS, SENTENCE_ADVERBS, SPEECH_VERBS, ZU_NOUNS
from quotes.marks import DOUBLE_OPENERS, SINGLE_OPENERS, quotation_open
from quotes.layout import QUOTE_MARKS
from quotes.clauses import (CLAUSE_MARKS, CONDITIONAL_OPENERS, NOT_REPORTED_ZU, RELATIVE_PRONOUNS, SUBORDINATORS, comma_between, finite_form, has_finite_subjunctive,
                            has_zu_infinitive, is_subjunctive, past_modal_second, relative_opening, strip_punct,
                            subject_then_verb, adverb_then_verb, subordinate_opening, subtree)
from quotes.according import according_to_frame, report_before_wonach, reported_after_frame
from quotes.cues import STRONG_FINITE, apposition_end, after_so, anaphoric_frame, cue_lemma, inside_report, is_cue
from quotes.clause_bounds import (before_next_main_clause, before_quoting_colon, clause_end, clause_marks_decide, frame_noun_hung_in,
                                  main_clause_after_comma, source_before_comma, with_fronted_clause, with_opening_clause,
                                  with_opening_subject,
                                  with_subject_before_relative,
                                  with_subject_hung_elsewhere)
from quotes.frame_after import belief_after, frame_after
from quotes.noun_frames import attitude_frame, colon_report, noun_frame
from quotes.spans import Spans, inside_any, mostly_quoted, overlaps_any
from quotes.surface import FINITE_AUX, so_closes, source_opens, surface_indirect
from quotes.types import Candidate, Parsed, Sentence, Word
from quotes.wie_clauses import wie_clause


def indirect_candidates(parsed: Parsed, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Reported speech from the parse; `direct` spans are excluded (they are already quotes)."""
    direct = Spans(direct)
    prev, prev_found = None, []
    out: list[Candidate] = []
    for sent in parsed.sentences:
        # (`ließ mitteilen, …`, `Unter Berufung auf Quellen gab X an, …`: two cues frame one report, one
        # row; the later cue is the clause's own verb)
        found = list({(c.start, c.end): c for c in _sentence_candidates(sent, direct)}.values())
        outer = (colon_report(sent, direct) or _reported_frame(sent, found, direct)) if found else None
        if outer is not None and outer.start < min(c.start for c in found) and \
                all(c.end <= outer.end and c.cue_start is not None
                    and (outer.start <= c.cue_start or c.cue_start == outer.cue_start) for c in found):
            # `X äußerte sich optimistisch: Er sei zuversichtlich, dass …`: a report after the colon, or
            # a free report whose frame is itself in Konjunktiv, holds what its own frames report
            found = [outer]
        opening = _opening_frame(sent, direct) if found else None
        if opening is not None:
            # `Laut X zeigt die Reaktion, wie nötig die Abschreckung sei`: a clause whose cue is a verb of
            # the reported main clause itself belongs to that report, one statement
            hung = [c for c in found if opening.start <= c.cue_start < opening.end and c.start >= opening.end]
            if hung:
                opening = replace(opening, end=max(c.end for c in hung))
                found = [c for c in found if c not in hung]
        if opening is not None and not any(overlaps_any(opening.start, opening.end, [(c.start, c.end)]) for c in found):
            found.append(opening)  # `Nach Angaben der Polizei habe der Mann …, in denen er verlangt, …`
        # (a free report with no cue of its own gives way: `Die Ukraine brauche Munition. Das betonte
        # Kuleba.`)
        free_only = all(c.rule in ("indirect:free", "indirect:plan") and c.cue_start is None for c in prev_found)
        if not found and prev is not None and free_only:
            cand = _frame_next_sentence(prev, sent, direct, reported=bool(prev_found))
            if cand is not None:
                out = [c for c in out if c not in prev_found]
                found = [cand]
        out += found
        prev, prev_found = sent, found
    yield from out


def _reported_frame(sent: Sentence, found: list[Candidate], direct: Spans) -> Candidate | None:
    """`Er sei zuversichtlich, dass …`: when every frame found is an attitude whose copula is in
    Konjunktiv, the sentence is one free report."""
    cues = [next((w for w in sent.words if w.start == c.cue_start), None) for c in found]
    # (the copula before its predicate: `hat erklärt, Moskau sei …` parsed with `sei` on `erklärt`
    # is a frame and its report)
    if not cues or any(w is None or w.upos not in ("ADJ", "NOUN") or cue_lemma(sent, w) in SPEECH_VERBS or not any(
            x.deprel == "cop" and x.index < w.index and is_subjunctive(x, sent) for x in sent.children(w.index))
            for w in cues):
        return None
    free = surface_indirect(sent, direct)
    return free if free is not None and free.rule == "indirect:free" else None


def _opening_frame(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """A source frame opening the sentence (`Nach Angaben der Polizei …`, `Laut X …`) reports its main
    clause even when a speech verb later in the sentence has a report of its own."""
    for i in range(min(2, len(sent.words))):
        frame = according_to_frame(sent, i)
        if frame in ("nach", "laut", "gemäß"):
            body = strip_punct(reported_after_frame(sent, i, frame))
            body = body[:next((k for k, x in enumerate(body) if x.text in ",;:"), len(body))]
            if len(body) >= 4 and not mostly_quoted(body[0].start, body[-1].end, direct):
                w = sent.words[i]
                return Candidate(body[0].start, body[-1].end, "indirect", f"indirect:{frame}", 0.55,
                                 cue_start=w.start, cue_end=w.end)
    return None


def _frame_next_sentence(prev: Sentence, sent: Sentence, direct: list[tuple[int, int]],
                         reported: bool = False) -> Candidate | None:
    """`Es wurde ein falscher Leim verwendet. Dies gab heute der Gutachter bekannt.`: a sentence
    opening with `Dies`/`Das` and a speech verb frames the sentence before it (`reported`: that
    sentence is a free report, which any speech verb frames)."""
    cue = anaphoric_frame(sent, SPEECH_VERBS if reported else REPORT_VERBS)
    body = strip_punct(list(prev.words))
    if cue is None or len(body) < 4 or inside_report(sent, cue) or overlaps_any(body[0].start, body[-1].end, direct):
        return None
    return Candidate(body[0].start, body[-1].end, "indirect", "indirect:frame-after", 0.6,
                     cue_start=cue.start, cue_end=cue.end)


def _sentence_candidates(sent: Sentence, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """The reported-speech candidates of one sentence."""
    if inside_any(sent.start, sent.end, direct):
        return
    owned = noun_frame(sent, direct, owned=True)
    if owned is None:
        yield from _cue_candidates(sent, direct)
        return
    # `Stoltenberg wies den Vorwurf des Kreml zurück, die Nato rüste auf`, `Auf den Vorwurf der CDU,
    # es handele sich um …, entgegneten die Grünen, …`: the clause after a noun of saying whose owner
    # is named is the owner's, not the report of the verb governing the noun
    yield owned
    yield from (c for c in _cue_candidates(sent, direct) if not overlaps_any(c.start, c.end, [(owned.start, owned.end)]))


def _cue_candidates(sent: Sentence, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """The reported-speech candidates of one sentence, from its cues or its surface."""
    if source_opens(sent) or so_closes(sent):
        # `Lawrow zufolge hat Washington zugesagt, … zu antworten`, `Die Äußerungen zeigten, dass …,
        # so Peskow`: the source's report holds the verb's, which is hearsay, not its subject's words
        cand = surface_indirect(sent, direct)
        if cand is not None:
            yield cand
            return
    found = False
    spans: list[tuple[int, int]] = []  # what this sentence reported so far
    for w in sent.words:
        if not _frames_reports(sent, w) or _object_reports(sent, w):
            continue
        # `„Uncle Ted“, wie der Senator genannt wurde, …`: naming, not reporting
        wie = wie_clause(sent, w) if cue_lemma(sent, w) != "nennen" else None
        if wie is not None:
            cand = _wie_report(sent, w, wie, direct)
            if cand is not None:
                yield cand
                found = True
            continue
        mine: list[Candidate] = []  # this cue's reports
        for c in sent.children(w.index):
            cand = _clause_report(sent, w, c, bool(mine), direct)
            if cand is not None and not inside_any(cand.start, cand.end, [(m.start, m.end) for m in mine]):
                mine.append(cand)
        for cand in _joined_before_cue(sent, [with_fronted_clause(sent, c, w) for c in mine], w):
            yield cand
            found = True
            spans.append((cand.start, cand.end))
        if not found or not overlaps_any(w.start, w.end, spans) and spans and spans[-1][1] < w.start:
            # the surface reading for this cue, also for a second frame after a first report
            # (`…, Annabi sei tot, doch der Sprecher erklärte, den Tod nicht bestätigen zu können`)
            cand = _comma_clause(sent, w, direct) or (frame_after(sent, w, direct) if not found else None)
            if cand is not None and not overlaps_any(cand.start, cand.end, spans):
                yield cand
                found = True
                spans.append((cand.start, cand.end))
        elif mine and all(c.start > w.end for c in mine) and not any(s < w.start for s, _ in spans) and \
                w.index > 1 and sent.words[w.index - 2].text == ",":
            # `…, habe er nicht, sagt er am Telefon und er könne …`: the verb frames the clause before
            # it as well as the one it goes on with
            cand = frame_after(sent, w, direct)
            if cand is not None and not overlaps_any(cand.start, cand.end, spans):
                yield cand
                spans.append((cand.start, cand.end))
    if not found:
        cand = noun_frame(sent, direct) or attitude_frame(sent, direct) or colon_report(sent, direct)
        if cand is not None:
            yield cand
            return
    if found:
        return
    cand = surface_indirect(sent, direct)
    if cand is not None:
        yield cand


def _frames_reports(sent: Sentence, w: Word) -> bool:
    """A speech verb, or a verb of thinking (which introduces clauses here but is no cue for quotes in
    marks), that is not itself inside a report or an inserted `so` frame (`…, so vermutet die
    Zeitung, …` is read on the surface, by `surface_indirect`)."""
    if is_cue(sent, w) or belief_after(sent, w):
        return not inside_report(sent, w) and after_so(sent, w) != "inserted" and not _in_condition(sent, w)
    thinks = (w.upos == "VERB" or w.text in STRONG_FINITE) and \
        cue_lemma(sent, w, COGNITION_VERBS) in COGNITION_VERBS and not _reflexive_reading(sent, w)
    return thinks and not inside_report(sent, w) and after_so(sent, w) != "inserted" and not _said_by_later_cue(sent, w)


_CONDITIONS = CONDITIONAL_OPENERS | {"wenn", "falls", "sofern"}


def _in_condition(sent: Sentence, w: Word) -> bool:
    """`Sollten sich nicht genug Freiwillige melden, müsse man …`: a verb of a conditional clause opening
    the sentence frames nothing (the main clause after it is someone else's report)."""
    first = sent.words[0]
    return first.text.lower() in _CONDITIONS and first is not w and not comma_between(sent, first.start, w.start)


def _object_reports(sent: Sentence, w: Word) -> bool:
    """`Die Hamas wies Berichte zurück, wonach …`: the clause after the cue's object tells what the
    object (the reports) says, which the surface reads as the noun's (`indirect:wonach`)."""
    words = sent.words
    comma = next((k for k in range(w.index, min(w.index + 8, len(words))) if words[k].text == ","), None)
    return comma is not None and comma + 1 < len(words) and words[comma + 1].text.lower() == "wonach" \
        and report_before_wonach(sent, comma + 1) is not None


def _said_by_later_cue(sent: Sentence, w: Word) -> bool:
    """The verb heads a clause a speech verb after it frames (`Seine Soldaten hielten die Front, doch …
    könne man …, sagte er`): what was said, not a frame of its own."""
    head = sent.word(w.head) if w.head else None
    return w.deprel in ("ccomp", "parataxis") and head is not None and head.start > w.end and is_cue(sent, head)


def _wie_report(sent: Sentence, w: Word, wie: list[Word], direct: list[tuple[int, int]]) -> Candidate | None:
    """`Wie sein Anwalt mitteilte, brach er zusammen`: the main clause around the `wie` clause is the
    report."""
    rest_before = [x for x in sent.words if x not in wie and x.end <= wie[0].start]
    rest_after = [x for x in sent.words if x not in wie and x.start >= wie[-1].end]
    around = (strip_punct(rest_before), strip_punct(rest_after))
    main = [x for x in subtree(sent, w.head) if x not in wie]
    before = [x for x in main if x.end <= wie[0].start]
    after = [x for x in main if x.start >= wie[-1].end]
    main = strip_punct(after if len(after) >= len(before) else before)
    if not around[0] or not around[1]:
        # the clause opens or closes the sentence: the rest of it is the report, whatever
        # the parser hung where
        main = around[0] or around[1]
    elif len(around[0]) >= 2 and len(around[1]) >= 2 and not subordinate_opening(around[0]) \
            and not any(x.feat("Mood") or x.upos == "AUX" for x in around[1]) \
            and not any(x.text in QUOTE_MARKS for x in around[0] + around[1]):
        # inserted into one main clause (`Die Firma erhält, wie es hieß, vier Millionen Euro`):
        # the report runs around it
        main = [x for x in sent.words if around[0][0].start <= x.start < around[1][-1].end]
    if len(main) < 3:
        # the parser hung the cue under a noun of the main clause: the rest of the sentence
        main = strip_punct(rest_after if len(rest_after) >= len(rest_before) else rest_before)
    if any(x.start > w.end and finite_form(x) and _frames_reports(sent, x)
           and any(c.deprel.startswith("nsubj") for c in sent.children(x.index))
           and (is_cue(sent, x) or any(c.deprel in ("ccomp", "xcomp", "parataxis") for c in sent.children(x.index)))
           for x in main):
        # `Wie RIA Nowosti berichtet, fügte sie hinzu, dass …`: the main clause's own speech verb
        # frames the report; the `wie` clause only cites where it was told (a verb of thinking with
        # no clause of its own is what was told: `Wie die Zeitung berichtet, rechnet das Ressort mit …`)
        return None
    if len(main) >= 3 and not inside_any(main[0].start, main[-1].end, direct):
        return Candidate(main[0].start, main[-1].end, "indirect", "indirect:wie", 0.65,
                         cue_start=w.start, cue_end=w.end)
    return None


# (a question word the tagger calls a conjunction opens the reported question: `fragte, warum …`)
_INTERROGATIVES = frozenset("warum weshalb wieso weswegen wann wo wie wohin woher wer was welche welcher welches".split())


def _clause_report(sent: Sentence, w: Word, c: Word, after_report: bool,
                   direct: list[tuple[int, int]]) -> Candidate | None:
    """The report of cue `w` in its dependent clause headed by `c`: a `dass`/`ob` clause, a clause in
    Konjunktiv, or a main clause right after the cue's comma (`indirect:v2`, the filter decides).
    `after_report`: the cue already has a report before this clause."""
    if c.deprel not in ("ccomp", "parataxis", "advcl", "xcomp", "obj", "csubj", "conj") or c.text in SENTENCE_ADVERBS:
        return None  # (`hieß es dagegen, man sei …` with `dagegen` taken for the clause's verb: the surface reads it)
    words = strip_punct(subtree(sent, c.index))
    if words and words[0].deprel == "cc" and words[0].text.lower() not in _INTERROGATIVES:
        words = words[1:]  # `…, sagt er und er könne …`: the conjunction joins, it is not reported
    if len(words) < 3:
        return None
    if words[-1].end <= w.start and not comma_between(sent, words[-1].start, w.start):
        return None  # `Er habe Blinken erneut erklärt, …` (`erneut` tagged a verb): the frame's own words
    mark = next((x for x in words if x.text.lower() in ("dass", "ob") and x.deprel == "mark"), None)
    if mark is not None and _noun_before_mark(sent, w, mark):
        return _comma_clause(sent, w, direct)  # `warnte, jede Andeutung, dass …, untergrabe …`: the noun's clause
    if mark is not None and mark is not words[0]:
        before = words[:words.index(mark)]
        if any(x.text == "," for x in before) and has_finite_subjunctive(before, sent):
            # `sagte, er sei zuversichtlich, dass …`: a Konjunktiv clause before the `dass` is the
            # report, and the `dass` clause a part of it
            mark = None
    inner = next((x for k, x in enumerate(words[:-1]) if words[k + 1].text == "," and x is not w and
                  finite_form(x) and not is_subjunctive(x, sent)
                  and is_cue(sent, x)), None)
    if inner is not None and (mark is None or inner.start < mark.start):
        return None  # `zeigte sich zufrieden und sagte, man sei …`: the inner speech verb frames the report
    before_mark = sent.word(mark.index - 1) if mark is not None else None
    if before_mark is not None and before_mark.text.lower() == "so":
        return None  # `…, so dass die Produktion ausgesetzt wurde`: a consequence, not a report
    reported = bool(mark) or has_finite_subjunctive(words, sent) or past_modal_second(words)
    # (a Konjunktiv conjunct opening with its verb after the report's comma goes on with that
    # report: `hieß es, man respektiere die Entscheidung, hoffe aber auf …`)
    goes_on = after_report and words[0] is c and is_subjunctive(c, sent) and c.index > 1 \
        and sent.words[c.index - 2].text == ","
    if c.deprel == "conj" and reported and not goes_on and not _conjunct_after_frame(sent, w, c, words):
        return None  # a conjunct is read only as a main clause in a mood the form does not show
    # `Die Agentur berichtete, die Ermittlungen richteten sich gegen …`: a main clause right
    # after the cue and its comma, in a mood the form does not show; the filter decides
    main_clause = not reported and main_clause_after_comma(sent, w, words)
    if not (reported or main_clause):
        return None
    words = _clause_after_frame(sent, w, words, mark)
    if words is None or _holds_own_particle(sent, w, words):
        return None  # (`…, fügte der Minister hinzu` parsed as a clause: the frame's own words)
    # `kritisierte die Entscheidung scharf: Sie sei …`, `äußerte sich schärfer: Europa dürfe …, sagte
    # Macron`: the report opens after the colon (a colon before the cue too, when the report stands
    # before it; and one the parser hung on the cue with a word before it in the clause: `Sie lehnte
    # ab: Ein Wiedereinstieg sei …` with `ab` read as a preposition of the clause)
    colon = next((x for x in sent.words if x.text == ":" and words[0].start <= x.start < words[-1].end
                  and (x.start > w.end or w.start > words[-1].end) and (x in words or w.end < words[0].start)), None)
    after = [x for x in words if colon is not None and x.start > colon.start]
    if colon is not None and mark is None and len(after) >= 3 and \
            not any(is_subjunctive(x, sent) for x in words if x.start < colon.start):
        words = strip_punct(after)
    if mark is None:
        words = before_quoting_colon(words, w, direct)
    if any(x.text == ";" for x in sent.words if w.end <= x.start < words[0].start):
        return None  # `X hatte gebeten; Y hatte abgelehnt, …`: another main clause lies between
    if mark is None:
        words = with_subject_before_relative(sent, w, with_subject_hung_elsewhere(sent, w, words))
        words = with_opening_subject(sent, w, words)
        words = with_opening_clause(sent, w, words)
    has_mark = mark is not None
    start = words[0].start
    end = _past_closing_mark(sent, start, clause_end(sent, words[-1], w))
    start = _with_opening_mark(sent, words[0], end)
    if not has_mark and start > w.start:
        end = before_next_main_clause(sent, start, end)
    if clause_marks_decide(sent, words, start, end, has_mark, direct):
        return None
    last = sent.words[-1]
    if c.deprel == "conj" and reported and last.text in (".", "!", "?") and sent.words[-2].end == end:
        end = last.end  # a conjunct of the cue closing the sentence: the stop hangs on the cue, and ends the report too
    rule = "indirect:dass" if has_mark else "indirect:v2" if main_clause else "indirect:konjunktiv"
    return Candidate(start, end, "indirect", rule, 0.5 if main_clause else 0.7, cue_start=w.start, cue_end=w.end)


def _conjunct_after_frame(sent: Sentence, cue: Word, c: Word, words: list[Word]) -> bool:
    """`hatte es geheißen, die Opposition hätte … abgesagt` parsed as a conjunct of the cue: a clause
    with a subject of its own right after the frame's comma, no conjunction joining it, is its report."""
    comma = sent.word(words[0].index - 1)
    if comma is None or comma.text != "," or comma.start < cue.end:
        return False
    between = [x for x in sent.words if cue.end <= x.start < comma.start]
    if len(between) > 6 or any(x.text in ",;:" or x.upos in ("VERB", "AUX") for x in between):
        return False  # the frame's subject and adverbials only (`warnte er am Montag, …`)
    kids = sent.children(c.index)
    return not any(k.deprel == "cc" for k in kids) and any(k.deprel.startswith("nsubj") and k in words for k in kids)


def _noun_before_mark(sent: Sentence, cue: Word, mark: Word) -> bool:
    """Right after the cue's comma, a noun phrase set off by a comma before `dass`: the `dass` clause
    says what the noun is, and the noun is the subject of the report (`warnte, jede Andeutung, dass
    …, untergrabe die Sicherheit`)."""
    between = [x for x in sent.words if cue.end <= x.start and x.end <= mark.start]
    return len(between) >= 4 and between[0].text == "," and between[-1].text == "," and \
        all(x.upos in ("DET", "ADJ", "NOUN", "PROPN") for x in between[1:-1])


def _clause_after_frame(sent: Sentence, w: Word, words: list[Word], mark: Word | None) -> list[Word] | None:
    """The reported clause's words once the frame's words the parser hung into it are left out: from
    `dass` on, after the cue's comma, or after the comma that closes the frame; None when fewer
    than three words are left."""
    if mark is not None and mark.start > w.start:
        return [x for x in words if x.start >= mark.start]  # a dass clause starts at `dass`
    if words[0].start < w.start < words[-1].start:
        # the parser hung the frame into the clause (`X erklärte hingegen, damit solle …`):
        # the reported clause follows the cue, after the comma that opens it
        words = [x for x in words if x.start > w.end]
        comma = next((k for k, x in enumerate(words[:4]) if x.text == ","), None)
        if comma is None and not any(finite_form(x) for x in words):
            return None  # `„…“ sei „kritisch“, schrieb einer von ihnen`: only the frame's subject follows
        words = strip_punct(words[comma + 1:] if comma is not None else words)
        return words if len(words) >= 3 else None
    if words[0].start > w.end:
        # `teilte die WHO gestern mit, durch den Zyklon seien …`: the parser hung the rest of
        # the frame, up to the cue's particle, into the clause, which opens after that comma
        comma = next((k for k, x in enumerate(words) if x.text == ","), None)
        past = apposition_end(words, comma) if comma is not None else None
        if past is not None and past < len(words) and words[past].text == ",":
            # (past a name set off by commas: `teilte der Sprecher, Steffen Seibert, mit, …`; a
            # particle closing the sentence leaves no clause after it)
            comma = past
        particle = sent.word(words[comma].index - 1) if comma else None
        # (`ließ über seinen Sprecher mitteilen, …`: the infinitive cue after `lassen` ends it too)
        if particle is not None and (particle.text in PARTICLES and cue_lemma(sent, w).startswith(particle.text)
                                     or w.lemma == "lassen" and particle.text == particle.lemma
                                     and particle.lemma in SPEECH_VERBS) and \
                not any(x.feat("VerbForm") == "Fin" or x.text.lower() in CLAUSE_MARKS for x in words[:comma]) \
                and not relative_opening(words[comma + 1:]):
            words = strip_punct(words[comma + 1:])
            return words if len(words) >= 3 else None
        if comma and mark is None and (frame_noun_hung_in(sent, w, words, comma)
                                       or source_before_comma(words[:comma])
                                       or _frame_runs_on(sent, w, words, comma)):
            # `sagte gegenüber der Deutschen Presse-Agentur, Deutschland stehe …`: the parser hung
            # the end of the frame's noun into the report, which opens after the comma
            words = strip_punct(words[comma + 1:])
    return words


def _frame_runs_on(sent: Sentence, w: Word, words: list[Word], comma: int) -> bool:
    """`hieß es am Abend lediglich, man prüfe …`: `es` right after `heißen` and the words up to a comma
    with no verb form of their own go on with the frame; the main clause in Konjunktiv after it is the report."""
    after = sent.word(w.index + 1)
    return w.lemma == "heißen" and after is not None and after.text == "es" and words[0].index <= w.index + 2 and \
        not any(finite_form(x) or x.feat("VerbForm") == "Inf" or x.text.lower() in CLAUSE_MARKS for x in words[:comma]) \
        and not subordinate_opening(words[comma + 1:]) and has_finite_subjunctive(words[comma + 1:], sent)


def _past_closing_mark(sent: Sentence, start: int, end: int) -> int:
    """`Diese seien „unsozial“, sagte sie`: a report that opened a quotation mark ends after its
    closing one."""
    nxt = next((w for w in sent.words if w.start >= end), None)
    texts = [w.text for w in sent.words if start <= w.start < end]
    opened = quotation_open(texts)
    # (a single German mark too: `Man sei ‚vorsichtig optimistisch‘, sagte Rubio`)
    single = texts.count("‚") > texts.count("‘")
    return nxt.end if nxt is not None and nxt.start <= end + 1 and (
        opened and nxt.text in ("“", "«", '"') or single and nxt.text == "‘") else end


def _joined_before_cue(sent: Sentence, cands: list[Candidate], cue: Word) -> list[Candidate]:
    """`Wer jetzt spare, gefährde den Zusammenhalt, warnte sie`, `sagte, man nehme die Drohungen
    ernst, sehe aber keinen Anlass zur Sorge`: clauses the parser hung on the cue one by one, on one
    side of it and with only a comma between them, are one report."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        between = [x for x in sent.words if prev is not None and prev.end <= x.start < c.start]
        # after the cue only a clause sharing the one before's subject (it opens with its verb)
        shares = prev is not None and prev.start >= cue.end and bool(between) and \
            finite_form(sent.words[between[-1].index]) and c.rule == prev.rule == "indirect:konjunktiv"
        if prev is not None and (c.end <= cue.start or shares) and all(x.text == "," for x in between):
            out[-1] = replace(prev, end=c.end)
        else:
            out.append(c)
    return out


def _with_opening_mark(sent: Sentence, first: Word, end: int) -> int:
    """`fügte hinzu, „der Westen“ habe keine Ahnung`: a report opening with a phrase in marks that
    closes inside it starts at the opening mark, so the phrase lies inside the report."""
    before = sent.word(first.index - 1)
    if before is None or before.end != first.start or not (before.text in DOUBLE_OPENERS or before.text in SINGLE_OPENERS):
        return first.start
    closers = DOUBLE_OPENERS.get(before.text) or SINGLE_OPENERS[before.text]
    close = next((x for x in sent.words if first.end <= x.start < end and x.text in closers), None)
    rest = [x for x in sent.words if close is not None and close.end <= x.start < end and x.text[:1].isalnum()]
    return before.start if rest else first.start


_NOT_REPORTING_REFLEXIVE = ("ergeben",)  # `Die Studie ergab, dass …` reports; `… ergeben sich aus …` does not


def _reflexive_reading(sent: Sentence, w: Word) -> bool:
    return cue_lemma(sent, w, COGNITION_VERBS) in _NOT_REPORTING_REFLEXIVE and \
        any(x.text == "sich" for x in sent.words[max(0, w.index - 3):w.index + 2])


def _noun_complement(sent: Sentence, cue: Word, words: list[Word]) -> bool:
    """`kommentierte die Entscheidung Ungarns, die Hilfen zu blockieren`: a zu-infinitive right after a
    noun of intent or decision (lexicon/zu_nouns.txt, past a genitive after it) is that noun's content,
    not the cue's report (`warf Israel vor, …`, `bat die Regierung, …` are reports); unless the noun is
    what the speaker calls something (`bezeichnete dies als einen Versuch, die BBC … zu hindern`) or a
    verb passing on information declares it (`hat die Bereitschaft ihres Landes erklärt, … einzutreten`)."""
    if cue_lemma(sent, cue) in REPORT_VERBS:
        return False
    k = words[0].index - 2  # the comma before the clause
    before = [w for w in sent.words[max(0, k - 4):k] if w.upos != "PUNCT"]
    if len(before) > 1 and before[-1].upos == "VERB" and before[-1].feat("VerbForm") in ("Part", None) \
            and before[-2].upos in ("NOUN", "PROPN"):
        before = before[:-1]  # `hat die Entscheidung der Regierung kritisiert, … zu liefern`: the participle closing the frame
    while before and (before[-1].text.endswith("s") and before[-1].text[:-1] in PLACES or before[-1].upos == "DET"
                      or before[-1].feat("Case") == "Gen" and len(before) > 1):
        before = before[:-1]  # `Ungarns`, `der Regierung`: whose decision
    if not before or not before[-1].text.lower().endswith(ZU_NOUNS):
        return False
    i = before[-1].index - 2
    while i >= 0 and sent.words[i].upos in ("DET", "ADJ"):
        i -= 1
    return i < 0 or sent.words[i].text.lower() != "als"


def _holds_own_particle(sent: Sentence, cue: Word, words: list[Word]) -> bool:
    """`hinzu` of `fügte … hinzu` past the clause's first word: the separable particle of the cue verb,
    after it (the cue's lemma with its particle is read once)."""
    later = [x for x in words[1:] if x.start > cue.end and x.text.islower()]
    lemma = cue_lemma(sent, cue) if later else ""
    return any(lemma == x.text + cue.lemma for x in later)


def _comma_clause(sent: Sentence, cue: Word, direct: list[tuple[int, int]]) -> Candidate | None:
    """Surface fallback when the parse attaches no clause to the cue:
    `X sagte, dass …` / `X sagte, <Konjunktiv clause>` / `X kündigte an, zurückzutreten`."""
    words = list(sent.words)
    i = words.index(cue)
    j = next((k for k in range(i + 1, min(i + 20, len(words))) if words[k].text == ","), None)
    if j is not None:
        # past a name set off by commas and the cue's particle (`gab der Leiter, Andreas Huber, bekannt, …`)
        j = apposition_end(words, j)
    if j is None or j >= len(words) or words[j].text != "," or \
            any(x.upos == "VERB" and x.feat("VerbForm") == "Fin" and x is not cue and x.text not in PARTICLES
                and x.text not in SENTENCE_ADVERBS or x.text == ";" for x in words[i + 1:j]):
        return None
    rest = strip_punct(words[j + 1:])
    if len(rest) > 2 and rest[0].text in PARTICLES and rest[1].text == "," and not cue_lemma(sent, cue).startswith(rest[0].text):
        return None  # `…, nachdem bekannt wurde, vor, er habe …`: another verb's particle closes the frame
    if rest and rest[0].upos == "PRON" and "Rel" in rest[0].feat("PronType") and words[j - 1].upos in ("NOUN", "PROPN") \
            and any(is_cue(sent, x) for x in rest[1:next((k for k, x in enumerate(rest) if x.text == ","), len(rest))]):
        return None  # `Das bestätigte Minister X, der zugleich betonte, …`: the relative clause's verb frames its own
    rest = _past_inserted_clause(sent, cue, rest)
    if len(rest) < 3 or clause_marks_decide(sent, rest, rest[0].start, rest[-1].end, rest[0].text.lower() in ("dass", "ob"),
                                      direct):
        return None
    opener = next((words[k + 1] for k in range(i - 1, -1, -1) if words[k].text == ","), None)
    relative = cue.deprel == "acl:relcl" or opener is not None and opener.upos == "PRON" and \
        opener.text.lower() in RELATIVE_PRONOUNS
    if is_cue(sent, rest[0]) and not is_subjunctive(rest[0], sent) or relative and rest[0].text.lower() in FINITE_AUX:
        # `Stoltenberg, der sich … äußerte, sagte, …`, `Ein Tief, das … gestanden hatte, habe …`: the cue
        # sat in a relative clause, and the main clause goes on with its finite verb
        return None
    # the first clause of the rest: a zu-infinitive may be followed by `, falls …`; a stretch with
    # no verb yet goes on past an apposition (`nicht über den Tower, das größte Gebäude, bestimmen zu wollen`)
    commas = [k for k, x in enumerate(rest) if x.text == ","] + [len(rest)]
    first = rest[:commas[0]]
    for nxt_comma in commas[1:3]:
        if any(x.upos in ("VERB", "AUX") and x.text.islower() or x.text.lower() == "zu" for x in first):
            break
        first = rest[:nxt_comma]
    if rest[0].text.lower() == "wo" and j - 1 > i and words[j - 1].upos in ("NOUN", "PROPN"):
        return None  # `sagte er in Washington, wo die Urkunde hinterlegt wurde`: where, not what, he said
    if rest[0].text.lower() == "wie" and any(is_cue(sent, x) and cue_lemma(sent, x) != "nennen" for x in first):
        # `schließt Brandstiftung nicht aus, wie eine Sprecherin sagte`: the source, not what it excludes
        # (`wie sich die Junta nennt` names, and the report goes on after it)
        return None
    if rest[0].text.lower() in CLAUSE_MARKS:
        rule = "indirect:dass"
    elif has_finite_subjunctive(rest, sent) or past_modal_second(first):
        rule = "indirect:konjunktiv"
    elif has_zu_infinitive(first) and not any(x.feat("VerbForm") == "Fin" for x in first) \
            and first[0].text.lower() not in NOT_REPORTED_ZU and not _noun_complement(sent, cue, first):
        rule = "indirect:zu"
    elif cue_lemma(sent, cue) in REPORT_VERBS and (subject_then_verb(first) or adverb_then_verb(first)):
        rule = "indirect:v2"  # (after a verb of saying only: `…, halten …, sie applaudierten` narrates)
    else:
        return None
    end = rest[-1].end
    if rule in ("indirect:konjunktiv", "indirect:zu"):
        end = before_next_main_clause(sent, rest[0].start, end, after_subjunctive=rule == "indirect:konjunktiv")
    return Candidate(rest[0].start, end, "indirect", rule, 0.6, cue_start=cue.start, cue_end=cue.end)


def _past_inserted_clause(sent: Sentence, cue: Word, rest: list[Word]) -> list[Word]:
    """`warf Obama, nachdem … bekannt wurde, vor, er habe …`: a subordinate clause inserted before the
    cue's particle, which closes the frame; the report follows the particle's comma."""
    lemma = cue_lemma(sent, cue)
    particle = lambda x: x.text in PARTICLES and lemma.startswith(x.text) and lemma != x.text
    if len(rest) > 2 and particle(rest[0]) and rest[1].text == ",":
        return rest[2:]  # (the comma before the particle taken for the frame's)
    if not rest or rest[0].text.lower() not in SUBORDINATORS:
        return rest
    k = next((k for k in range(1, len(rest) - 2) if rest[k - 1].text == "," and rest[k + 1].text == ","
              and particle(rest[k])), None)
    return rest[k + 2:] if k is not None else rest
