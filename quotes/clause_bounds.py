"""Where a reported clause starts and ends on the parse: past the frame's words the parser hung
into it (`gegenüber der Deutschen | Presse-Agentur, …`, `der Agentur Interfax zufolge, …`), up to a
main clause going on after it (`…, erkannte das Gericht nicht an`) or an indicative concession, and
on over the clauses that depend on it; back to a clause filling the report's first place (`Sollten
…, bedeute dies …, sagte Putin`, `sagte, wer …, schwäche …`)."""

from __future__ import annotations

from dataclasses import replace

from quotes.clauses import (CONDITIONAL_OPENERS, DEPENDENT_OPENERS, FRONTED_CLAUSE_OPENERS, RELATIVE_PRONOUNS, SUBORDINATORS, VERB_FINAL_OPENERS, finite_form, has_zu_infinitive,
                            is_subjunctive, relative_opening, strip_punct, subordinate_opening, verb_second)
from quotes.cues import STRONG_FINITE, cue_lemma, impersonal_cue, inside_report, is_cue
from quotes.lexicon import REPORT_VERBS
from quotes.marks import ALL_MARKS, DOUBLE_OPENERS, quotation_open
from quotes.spans import inside_any, marks_decide
from quotes.types import Candidate, Sentence, Word


def main_clause_after_comma(sent: Sentence, cue: Word, words: list[Word]) -> bool:
    """The clause opens right after `cue, ` or `cue: ` (the cue's particle may stand between) with a
    verb-second main clause: `sagte, die Lage ist ernst`, `Er betont: Die Gesetze kannten …`, `hieß es,
    die Gespräche werden fortgesetzt`."""
    if words[0].start < cue.end or subordinate_opening(words) or words[0].text.lower() in VERB_FINAL_OPENERS \
            or has_zu_infinitive(words) or cue_lemma(sent, cue) not in REPORT_VERBS and not impersonal_cue(sent, cue) \
            or cue.feat("VerbForm") == "Part" \
            or cue.deprel.startswith("acl") or any(c.deprel == "mark" for c in sent.children(cue.index)):
        return False  # only a verb that passes on information, finite and in a main clause of its own
    between = [x for x in sent.words if cue.end <= x.start < words[0].start]
    if not between or between[-1].text not in (",", ":") or len(between) > 7 or \
            any(x.text in ",;:" or x.upos in ("VERB", "AUX") and x.text[:1].islower() and x.feat("VerbForm") != "Part"
                for x in between[:-1]):
        return False  # the frame's adverbials (`erklärte dagegen im Staatsfernsehen, …`), no clause of their own
    verbs = [x for x in words if x.upos in ("VERB", "AUX") and x.feat("VerbForm") not in ("Inf", "Part")]
    return verb_second(words, verbs)


def before_quoting_colon(words: list[Word], cue: Word, direct: list[tuple[int, int]]) -> list[Word]:
    """`X sagte, die Abgeordneten würden zustimmen: „Wir werden …“`: a report ends at a colon that opens
    a quotation (`direct`: the quotations' spans), which is one of its own (the parse hangs it into the
    clause)."""
    colon = next((k for k, x in enumerate(words[:-2]) if x.text == ":" and x.start > cue.end and k >= 3
                  and words[k + 1].text in DOUBLE_OPENERS and inside_any(words[k + 2].start, words[k + 2].end, direct)),
                 None)
    return strip_punct(words[:colon]) if colon is not None else words


def frame_noun_hung_in(sent: Sentence, cue: Word, words: list[Word], comma: int) -> bool:
    """Between the cue and the clause the parser gave it stands the start of a phrase (`gegenüber der
    Deutschen`), and the clause's words before its first comma only finish that noun (`Presse-Agentur`);
    or the clause's words before its first comma are a whole noun phrase right after the cue."""
    between = [x for x in sent.words if cue.end <= x.start < words[0].start]
    if len(words) - comma <= 2 or relative_opening(words[comma + 1:]):
        return False
    if not between:
        # `sagte der CDU-Politiker, man prüfe „alle Optionen“` with the clause hung on the frame's
        # own noun phrase right after the cue
        return words[0].upos == "DET" and \
            all(x.upos in ("DET", "ADJ", "NOUN", "PROPN") or x.text in ("-", "–") for x in words[:comma])
    return all(x.upos in ("ADP", "DET", "ADJ", "NOUN", "PROPN") or x.text.lower() == "gegenüber" for x in between) and \
        all(x.upos in ("NOUN", "PROPN") or x.text in ("-", "–") for x in words[:comma])


def with_subject_hung_elsewhere(sent: Sentence, cue: Word, words: list[Word]) -> list[Word]:
    """`sagte laut Interfax, Moskau sei bereit`: the parser hung the clause's subject (`Moskau`) on the
    phrase before the comma; the clause opens at that comma."""
    k = words[0].index - 2  # the list position of the word before the clause
    stretch: list[Word] = []
    while k >= 0 and sent.words[k].text != "," and len(stretch) < 4:
        stretch.insert(0, sent.words[k])
        k -= 1
    if k < 0 or sent.words[k].text != "," or sent.words[k].start < cue.end or not stretch or \
            not all(x.upos in ("NOUN", "PROPN", "DET", "ADJ") for x in stretch) or \
            not stretch[0].text[:1].isupper() and stretch[0].upos != "DET":
        return words
    return stretch + words


def with_opening_subject(sent: Sentence, cue: Word, words: list[Word]) -> list[Word]:
    """`Ein Tempolimit sei die „einfachste Maßnahme“, erklärte der BUND`: before its frame, a clause
    opening with its finite verb right after the noun phrase that opens the sentence keeps that
    phrase, its subject, which the parser hung on the frame."""
    first = words[0]
    # (or the clause after a colon: `Moskau reagierte mit Spott: Großbritannien habe …, schrieb X`)
    colon = max((k + 1 for k, x in enumerate(sent.words[:first.index - 1]) if x.text == ":"), default=0)
    before = list(sent.words[colon:first.index - 1])
    if words[-1].end > cue.start or not before or len(before) > 5 or \
            not (first.upos in ("AUX", "VERB") and finite_form(first) or is_subjunctive(first, sent)) or \
            not all(x.upos in ("NOUN", "PROPN", "DET", "ADJ", "NUM") for x in before) or \
            before[-1].upos not in ("NOUN", "PROPN"):
        return words
    return before + words


def with_subject_before_relative(sent: Sentence, cue: Word, words: list[Word]) -> list[Word]:
    """`Ein Tief, das tagelang über der Bucht stand, habe nun das Land erreicht, meldete …`: before its
    frame, a clause opening with its finite verb right after a relative clause, or with the relative
    clause itself, keeps the subject that clause belongs to, which the parser hung on the frame."""
    first = words[0]
    k = first.index - 2  # the list position of the word before the clause
    if words[-1].end > cue.start or k < 1 or sent.words[k].text != ",":
        return words
    relative = first.text.lower() in RELATIVE_PRONOUNS and first.upos == "PRON"
    if not relative and not (first.upos in ("AUX", "VERB") and finite_form(first)):
        return words
    stretch = list(sent.words[:k])
    # the subject's phrase, and for a clause opening with its verb the relative clause after it
    opening = len(stretch) if relative else next((i for i, x in enumerate(stretch) if x.text == ","), None)
    if opening is None or opening == 0 or not relative and (
            opening + 1 >= len(stretch) or stretch[opening + 1].text.lower() not in RELATIVE_PRONOUNS
            or stretch[opening + 1].upos != "PRON") or \
            not all(x.upos in ("DET", "NOUN", "PROPN", "ADJ", "NUM") for x in stretch[:opening]) or \
            any(x.text in (";", ":") for x in stretch):
        return words
    return stretch + [sent.words[k]] + words


_FREE_RELATIVES = ("wer", "was")


def with_opening_clause(sent: Sentence, cue: Word, words: list[Word]) -> list[Word]:
    """`sagte, wer an der Beistandspflicht rüttele, schwäche das Bündnis`: a report after its cue
    that opens with its finite verb lacks its first place; the clause between the cue's comma and
    the verb (`wer …`, `wenn …`, `sollte …`), which the parser hung elsewhere, fills it."""
    first = words[0]
    k = first.index - 2  # the list position of the word before the clause
    if first.start < cue.end or k < 1 or sent.words[k].text != "," or \
            not (first.upos in ("AUX", "VERB") and (finite_form(first) or is_subjunctive(first, sent))):
        return words
    comma = next((j for j in range(k - 1, cue.index - 1, -1) if sent.words[j].text == ","), None)
    if comma is None or comma + 1 >= k:
        return words
    opening = list(sent.words[comma + 1:k])
    if opening[0].text.lower() not in _FREE_RELATIVES + SUBORDINATORS and opening[0].text.lower() not in CONDITIONAL_OPENERS \
            or any(x.text in ";:" or x.text in ALL_MARKS for x in opening):
        return words
    return opening + [sent.words[k]] + words


def source_before_comma(words: list[Word]) -> bool:
    """`der Agentur Interfax zufolge`, `laut Interfax`: a source named between the cue and its
    comma, which the parser hung into the reported clause."""
    return len(words) >= 2 and (words[-1].text.lower() == "zufolge" or words[0].text.lower() in ("laut", "gemäß")) \
        and not any(x.upos in ("VERB", "AUX") and x.text.lower() != "zufolge" for x in words)


def before_next_main_clause(sent: Sentence, start: int, end: int, after_subjunctive: bool = True) -> int:
    """`X erklärte, er sei unschuldig, erkannte das Gericht nicht an …`, `…, die Passagiere zu
    evakuieren, erteilten sie …`: a reported clause ends where a main clause goes on with an
    indicative verb right after a comma or `und` (for Konjunktiv clauses, after their verb)."""
    words = [w for w in sent.words if start <= w.start < end]
    seen_subjunctive = not after_subjunctive
    for i, w in enumerate(words[:-1]):
        seen_subjunctive = seen_subjunctive or is_subjunctive(w, sent)
        nxt = words[i + 1]
        # a verb the lemmatizer knows (`erkannte` → erkennen), not a preposition tagged VERB (`gegen`)
        # (or a past form whose lemma the lemmatizer cut short: `erteilten` → `erteilt`)
        known_verb = nxt.text in STRONG_FINITE or nxt.upos in ("VERB", "AUX") and nxt.feat("Mood") == "Ind" and \
            (nxt.lemma.endswith("en") and nxt.lemma != nxt.text.lower()
             or nxt.lemma.endswith("t") and nxt.text.lower() in (nxt.lemma.lower() + "e", nxt.lemma.lower() + "en"))
        if seen_subjunctive and i > 0 and w.text in (",", "und") and nxt.text.islower() and known_verb and \
                not is_subjunctive(nxt, sent):
            return _end_before(words, i)
        if seen_subjunctive and after_subjunctive and i > 0 and w.text == "," and \
                _indicative_concession(sent, words[i + 1:]):
            # `…, der Angriff sei eine Aggression, auch wenn die Russen vorgewarnt worden waren`: a
            # concession in the indicative is the writer's remark, not the report's
            return _end_before(words, i)
        if seen_subjunctive and i > 0 and (w.text == "," and nxt.text.lower() in ("doch", "aber", "sondern", "jedoch")
                                           or after_subjunctive and w.text == "und"):
            # `…, Annabi sei tot, doch der Sprecher erklärte, …`, `…, die Kommission habe sich untergeordnet
            # und die Fraktion der Grünen forderte …`: a second speaker's frame ends the report
            clause = words[i + (1 if w.text == "und" else 2):i + 16]
            clause = clause[:next((k for k, x in enumerate(clause) if x.text == ","), len(clause))]
            # (after `und`, the frame is a clause of its own: no Konjunktiv in it, and not inside marks)
            own = w.text != "und" or not any(is_subjunctive(x, sent) for x in clause) and \
                not quotation_open([x.text for x in words[:i]])
            # (an infinitive closing it is the report's own verb: `er wolle mit BSW und SPD sprechen`)
            if own and any(is_cue(sent, x) and not is_subjunctive(x, sent) and not _closing_infinitive(clause, x)
                           for x in clause):
                return _end_before(words, i)
    return end


def _closing_infinitive(clause: list[Word], x: Word) -> bool:
    """x is the infinitive that closes the clause (the report's own modal's verb; a participle closes a
    frame in the perfect: `…, jedoch stets beteuert, …`)."""
    last = next((w for w in reversed(clause) if w.upos != "PUNCT"), None)
    return x is last and x.feat("VerbForm") != "Part" and (
        x.feat("VerbForm") == "Inf" or x.text.lower() == x.lemma.lower() and x.text.endswith("n"))


def _end_before(words: list[Word], i: int) -> int:
    """The end of the last word before `i`, past a comma standing before `und`."""
    k = i - 1
    while k > 0 and words[k].text in (",", ";"):
        k -= 1
    return words[k].end


_CONCESSIVE = ("obwohl", "obgleich", "obschon", "wenngleich", "wobei")


def _indicative_concession(sent: Sentence, rest: list[Word]) -> bool:
    """`auch wenn die Russen vorgewarnt worden waren`, `obwohl …`: a concessive clause whose
    finite verbs are all indicative."""
    low = [w.text.lower() for w in rest[:2]]
    if not (low[:1] and low[0] in _CONCESSIVE or low == ["auch", "wenn"]):
        return False
    clause = rest[:next((k for k, w in enumerate(rest) if w.text in ",;"), len(rest))]
    finite = [w for w in clause if w.upos in ("VERB", "AUX") and finite_form(w)]
    return bool(finite) and not any(is_subjunctive(w, sent) for w in clause)


def clause_end(sent: Sentence, last: Word, cue: Word) -> int:
    """Where a reported clause ends: the parse's subtree, or further when it is followed only by
    clauses that depend on it (`…, dass die Kommission sich nicht äußern könne, da diese …`)."""
    words = sent.words
    k = last.index  # list position of the word after `last`
    # (quotation marks are no stop: `die Entsendung wäre | „nicht in ihrem Interesse“` with the
    # phrase hung on the cue)
    stops = lambda x: x.upos == "PUNCT" and x.text not in ALL_MARKS  # noqa: E731
    opening = k < len(words) and words[k].text in ALL_MARKS and quotation_open([x.text for x in words[:k + 1]])
    if k < len(words) and (words[k].upos != "PUNCT" or opening) and last.start > cue.start:
        # the parse ends the clause mid-phrase (`die Union benötige | entweder die SPD oder …`):
        # it runs on to the next punctuation or to `und` + verb, which starts another clause
        # (`… eingesetzt werden würde und weigerte sich …`)
        stop = next((j for j in range(k, len(words)) if stops(words[j]) or
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
    if nxt.text.lower() not in DEPENDENT_OPENERS + RELATIVE_PRONOUNS or \
            nxt.text.lower() in RELATIVE_PRONOUNS and nxt.upos != "PRON":
        return last.end
    rest = strip_punct(list(words[k + 1:]))
    if not rest or any(is_cue(sent, x) for x in rest):
        return last.end
    return rest[-1].end


def with_fronted_clause(sent: Sentence, cand: Candidate, cue: Word) -> Candidate:
    """`Sollten westliche Staaten Waffen freigeben, bedeute dies …, sagte Putin`: a subordinate or
    conditional clause opening the sentence fills the first place of the report before the cue (the
    report's verb comes right after it): it is part of what was said."""
    first = next((x for x in sent.words if x.start >= cand.start), None)
    opener = sent.words[0].text.lower()
    if first is None or cand.end > cue.start:
        return cand
    # `Washington und Brüssel hätten kein Interesse, fügte der Minister hinzu`: a cue right after the
    # report's comma takes the second place of the sentence, so all before it is the report,
    # whatever the parser hung on the cue
    verb_first = cue.index > 2 and sent.words[cue.index - 2].text == "," and \
        any(c.deprel == "nsubj" and c.start > cue.end for c in sent.children(cue.index))
    if not verb_first and (first.index < 4 or sent.words[first.index - 2].text != ","
                           or not (finite_form(first) or is_subjunctive(first, sent))
                           or opener not in CONDITIONAL_OPENERS and opener not in FRONTED_CLAUSE_OPENERS):
        return cand
    prefix = sent.words[:cue.index - 2] if verb_first else sent.words[:first.index - 1]
    if any(x.text in ":;" or is_cue(sent, x) and not inside_report(sent, x) for x in prefix) or \
            any(x.text in ALL_MARKS for x in prefix) and not (_phrases_in_marks(prefix) and
                                                             not any(x.text == "," and x.start < cand.start for x in prefix)):
        # (short phrases in marks only where no comma lies before the parser's report: `Auf den
        # Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, entgegnete …` is no report)
        return cand
    # (`Wer Städte bombardiere, könne nicht von Frieden reden, schrieb er`: up to that comma)
    return replace(cand, start=sent.words[0].start, end=sent.words[cue.index - 3].end if verb_first else cand.end)


def _phrases_in_marks(words: list[Word]) -> bool:
    """The marks in `words` enclose short phrases inside the clause (`Die USA stünden „in
    Solidarität“ an der Seite …`), not a quotation of its own: they pair up, the clause opens
    outside them, and less than half its words stand inside."""
    marks = [k for k, x in enumerate(words) if x.text in ALL_MARKS]
    if len(marks) % 2 or not marks or marks[0] == 0:
        return False
    inside = sum(b - a - 1 for a, b in zip(marks[::2], marks[1::2]))
    return inside * 2 < len(words) - len(marks)


def clause_marks_decide(sent: Sentence, words: list[Word], start: int, end: int, marked: bool,
                        direct: list[tuple[int, int]]) -> bool:
    """The marks make [start, end) a direct quote's, not a report (see `marks_decide`); a Konjunktiv
    or zu-infinitive clause whose verb stands outside the marks is a report of its own, whatever share
    the marks hold (`man prüfe „alle Optionen“`)."""
    # (so is a zu-infinitive's: `kündigte an, die Hilfen „auf die eine oder andere Weise“ bereitzustellen`)
    outside = [x for x in words if start <= x.start < end and not inside_any(x.start, x.end, direct)]
    own_verb = any(is_subjunctive(x, sent) for x in outside) or has_zu_infinitive(outside)
    return marks_decide(start, end, marked or own_verb, direct)
