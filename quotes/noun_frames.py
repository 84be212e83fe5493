"""Reports framed by no speech verb of their own: a noun of saying or thinking (`äußerte die
Hoffnung, dass …`), an adjective of belief (`war sich sicher, dass …`), a colon after a verb
(`Der Minister verteidigte sich: Er wolle …`)."""

from __future__ import annotations

from quotes.clause_bounds import before_next_main_clause, clause_marks_decide
from quotes.clauses import (NOT_REPORTED_ZU, RELATIVE_PRONOUNS, SUBORDINATORS, article_before_noun, comma_between,
                            finite_form, has_finite_subjunctive, has_zu_infinitive, is_subjunctive, strip_punct,
                            subordinate_opening)
from quotes.colons import name_shaped
from quotes.cues import SEIN_FINITE, cue_lemma, is_cue
from quotes.lexicon import ATTITUDE_ADJECTIVES, DISOWNING_VERBS, REPORT_NOUNS
from quotes.morph import lemma_of
from quotes.owners import saxon_owner
from quotes.spans import inside_any, mostly_quoted
from quotes.types import Candidate, Sentence, Word


def colon_report(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """`Der Minister verteidigte sich: Er wolle niemandem Angst machen …`: a Konjunktiv clause after
    a colon reports what the subject of the main verb before it said, whatever that verb."""
    colon = next((w for w in sent.words if w.text == ":"), None)
    if colon is None:
        return None
    verb = next((w for w in sent.words if w.index < colon.index and w.deprel == "root" and w.upos in ("VERB", "AUX")), None)
    if verb is None or not any(c.deprel in ("nsubj", "nsubj:pass") for c in sent.children(verb.index)):
        # a speech verb before the colon whatever the parse made of it (`Scholz wies das zurück: …`
        # with `wies` a copula)
        root = verb
        verb = next((w for w in reversed(sent.words[:colon.index - 1]) if is_cue(sent, w)), None)
        if verb is None and root is not None and root.index == 2 and finite_form(root) and name_shaped(sent.words[0].text):
            verb = root  # `Kretschmer verteidigte sich …: Er habe …` with the name tagged an adverb
    words = strip_punct([w for w in sent.words if w.index > colon.index])
    # (no relative clause opens after a colon: `…: Das sei nicht sinnvoll` opens with a demonstrative)
    if verb is None or len(words) < 3 or subordinate_opening(words) and words[0].text.lower() not in RELATIVE_PRONOUNS \
            or not (has_finite_subjunctive(words, sent) or is_cue(sent, verb) and _past_as_konjunktiv(sent, words)) \
            or mostly_quoted(words[0].start, words[-1].end, direct) and not _own_subjunctive(sent, words, direct) \
            or is_subjunctive(verb, sent):
        return None  # (a Konjunktiv before the colon is itself reported: `Der Fall verdeutliche: …`)
    if any(is_cue(sent, w) and finite_form(w) and not is_subjunctive(w, sent) for w in words):
        return None  # `Republikaner sehen das anders: Sprecher X sagte, man müsse …`: a frame of its own
    return Candidate(words[0].start, words[-1].end, "indirect", "indirect:konjunktiv", 0.6,
                     cue_start=verb.start, cue_end=verb.end)


def _past_as_konjunktiv(sent: Sentence, words: list[Word]) -> bool:
    """`äußerte sich besorgt: Zölle schadeten am Ende allen`: after a speech verb's colon, a weak verb's
    plural past in the verb slot stands for Konjunktiv II (its Konjunktiv I, `schaden`, looks
    indicative); its subject a noun phrase (not `wir`: `Wir arbeiteten …` is told)."""
    for k, w in enumerate(words[1:5], 1):
        lemma = lemma_of(w.text, w.lemma)
        if w.text.islower() and lemma.endswith("en") and w.text in (lemma[:-2] + "ten", lemma[:-2] + "eten"):
            # (one noun phrase before it: the verb's second place)
            return all(x.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for x in words[:k]) and \
                any(x.upos in ("NOUN", "PROPN") for x in words[:k])
    return False


def _own_subjunctive(sent: Sentence, words: list[Word], direct: list[tuple[int, int]]) -> bool:
    """A Konjunktiv verb outside the marks: the report holds the quotation (`Spanien werde „doppelt so viel
    zahlen“ müssen`), not the other way round — also when the quotation crosses the report's start, which
    `clause_marks_decide` leaves to the marks (`teilte mit: "jeder … bezahlt wird", hierzu wolle man …` is
    one report in the SpkAtt gold; that function here lost it)."""
    return any(is_subjunctive(w, sent) and not inside_any(w.start, w.end, direct) for w in words)


def attitude_frame(sent: Sentence, direct: list[tuple[int, int]]) -> Candidate | None:
    """A `dass` clause after `sein` + an adjective of belief (`war sich sicher, dass …`)."""
    words = list(sent.words)
    for i, w in enumerate(words[:-4]):
        if w.text not in ATTITUDE_ADJECTIVES or words[i + 1].text != "," or words[i + 2].text.lower() != "dass":
            continue
        clause = [x.text.lower() for x in words[:i] if not comma_between(sent, x.start, w.start)]
        if not SEIN_FINITE & set(clause):
            continue
        rest = strip_punct(words[i + 2:])
        if len(rest) < 4 or mostly_quoted(rest[0].start, rest[-1].end, direct):
            continue
        return Candidate(rest[0].start, rest[-1].end, "indirect", "indirect:dass", 0.55, cue_start=w.start, cue_end=w.end)
    return None


def noun_frame(sent: Sentence, direct: list[tuple[int, int]], owned: bool = False) -> Candidate | None:
    """`äußerte die Hoffnung, dass …`, `mit der Begründung, die Forderung könne nur …`: a noun of
    saying or thinking followed by a comma and the reported clause.

    `owned`: only a noun whose owner is named with it (`der Vorwurf der CDU, …`, `Moskaus Forderung,
    …`): the clause is the owner's whatever verb governs the noun, even one rejecting it."""
    words = list(sent.words)
    for i, w in enumerate(words[:-4]):
        if w.text not in REPORT_NOUNS:
            continue
        # `die Forderung des CSU-Vorsitzenden Edmund Stoiber, … zuzugehen`: a genitive owner may come first
        j = i + 1
        # (or after `von`/`aus`: `die erste Rüge aus dem Kreml, der Angriff sei …`)
        owner_pp = words[j].text.lower() in ("von", "vom", "aus")
        owner_after = owner_pp or words[j].text.lower() in ("der", "des") and words[j].feat("Case") == "Gen"
        if owner_after:
            j = _past_noun_phrase(words, j + 1, owner_pp)
        # (and the addressee after it: `der Vorwurf der Regierung an Wikipedia, Terror zu propagieren`)
        if j < len(words) and words[j].text in ("an", "gegen") and words[j].upos == "ADP":
            j = _past_noun_phrase(words, j + 1, True)
        if owned and not (owner_after or i > 0 and saxon_owner(words[i - 1])):
            continue
        if not owner_after and _answered(words, i):
            continue  # `Auf die Bitte, … zu gewähren, erfolgte keine Reaktion`: someone's unnamed request
        # `Seine zentrale Aussage ist, dass …`, `wurde der Schluss gezogen, es könnte …`: a copula or
        # the participle closing the frame may stand before the comma
        k = j
        while k < min(j + 2, len(words)) and words[k].upos in ("AUX", "VERB") and words[k].text.islower():
            k += 1
        if k < len(words) and words[k].text == ",":
            j = k
        if j >= len(words) - 3 or words[j].text != ",":
            continue
        if not owned and _disowned(sent, w):
            continue  # `Russland wies die Vorwürfe zurück, hinter … zu stecken`: others' claims, rejected
        if any(is_subjunctive(x, sent) for x in words[:i]) and not owner_pp and words[i + 1].text.lower() not in ("der", "des"):
            # `Es habe nie ein Versprechen gegeben, die Allianz nicht zu erweitern`: a frame inside
            # reported words is the reporter's; the sentence is one free report
            continue
        rest = strip_punct(words[j + 1:])
        first = rest[:next((k for k, x in enumerate(rest) if x.text == ","), len(rest))]
        if len(first) < 3 or _relative_after_preposition(rest) or \
                clause_marks_decide(sent, rest, rest[0].start, rest[-1].end, rest[0].text.lower() in ("dass", "ob"), direct):
            continue
        if rest[0].text.lower() in ("dass", "ob"):
            rule = "indirect:dass"
        elif (rest[0].text.lower() not in RELATIVE_PRONOUNS + SUBORDINATORS or article_before_noun(rest)) and \
                has_finite_subjunctive(first, sent):
            rule = "indirect:konjunktiv"
        elif has_zu_infinitive(first) and not any(finite_form(x) for x in first) \
                and first[0].text.lower() not in NOT_REPORTED_ZU:
            rule = "indirect:zu"
        else:
            continue
        # (`Die Forderung von Scholz, die Ukraine müsse verhandeln, stieß auf Kritik`: the main clause goes on)
        end = before_next_main_clause(sent, rest[0].start, rest[-1].end, after_subjunctive=rule == "indirect:konjunktiv")
        if rule != "indirect:dass":
            end = _apposition_end(sent, [x for x in rest if x.end <= end], end)
        return Candidate(rest[0].start, end, "indirect", rule, 0.55, cue_start=w.start, cue_end=w.end)
    return None


def _apposition_end(sent: Sentence, rest: list[Word], end: int) -> int:
    """The clause after the noun is its apposition: it ends at a comma after which the sentence's own
    clause goes on, a stretch with a verb but neither a Konjunktiv nor a subordinate opening
    (`dem Vorwurf der Verteidigung, das Gericht sei nicht legitim, mit den Worten entgegen, …`,
    `Auf den Vorwurf der CDU, es handele sich um einen Antrag, mit dem …, entgegneten die Grünen`)."""
    commas = [k for k, x in enumerate(rest) if x.text == ","]
    for k, nxt in zip(commas, commas[1:] + [len(rest)]):
        stretch = rest[k + 1:nxt]
        if not stretch or stretch[0].text.lower() in RELATIVE_PRONOUNS + SUBORDINATORS + ("und", "oder", "aber") or \
                _relative_after_preposition(stretch) or has_zu_infinitive(stretch):
            continue
        verb = any(x.upos in ("VERB", "AUX") and x.text.islower() or x.deprel == "compound:prt" for x in stretch)
        if verb and not any(is_subjunctive(x, sent) for x in stretch):
            return rest[k - 1].end
    return end


def _answered(words: list[Word], i: int) -> bool:
    """The noun at i, opening the sentence after `Auf`, is what the sentence answers (`Auf die Bitte, …,
    erfolgte keine Reaktion`): its owner is not the subject, who responds (unlike `pochte auf die
    Zusicherung, …`, the subject's own)."""
    k = i - 1
    while k >= 0 and words[k].upos in ("DET", "ADJ", "PRON"):
        k -= 1
    return k == 0 and words[0].text == "Auf" and i > 1


def _relative_after_preposition(words: list[Word]) -> bool:
    """`auf den die Behörden …`, not `mit den Worten`: a relative clause opened by a preposition."""
    return len(words) > 2 and words[0].upos == "ADP" and words[1].text.lower() in RELATIVE_PRONOUNS and \
        words[2].upos not in ("NOUN", "ADJ", "PROPN")


def _past_noun_phrase(words: list[Word], j: int, articles: bool) -> int:
    """The index after the noun phrase starting at `j` (its articles too when `articles`)."""
    while j < len(words) and (words[j].upos in ("ADJ", "NOUN", "PROPN", "X") or words[j].text in ("-", "–")
                              or articles and words[j].upos == "DET"):
        j += 1
    return j


def _disowned(sent: Sentence, noun: Word) -> bool:
    """The noun of saying is the object of a verb that rejects or judges it: the claim is someone
    else's, and the sentence reports the rejection, not the claim."""
    head = sent.word(noun.head) if noun.head else None
    return head is not None and head.upos in ("VERB", "AUX") and noun.deprel in ("obj", "nsubj:pass") and \
        cue_lemma(sent, head) in DISOWNING_VERBS
