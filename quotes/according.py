"""The source frames: which word opens `laut X`, `X zufolge`, `gemäß X`, `nach Angaben (von) X`,
`Seiner Ansicht nach`, `aus Sicht von X` or `Berichte, wonach …`, and which words such a frame reports
(the words after the source phrase, or the relative clause or brackets it stands in)."""

from __future__ import annotations

import re

from quotes.clauses import DEPENDENT_OPENERS, opens_relative_clause, verb_after_noun
from quotes.cues import apposition_end
from quotes.lexicon import NUMERALS, PARTICLES, is_source_noun
from quotes.marks import CLOSING_MARKS
from quotes.names import TITLES, hyphen_joins, named_body_spans, past_particles, purpose_tail, seat_at
from quotes.types import Sentence, Word

WEB_NAME = re.compile(r"[^\W\d][\w-]*(\.[\w-]+)*\.(de|com|net|org|at|ch|eu|info)")


def report_before_wonach(sent: Sentence, i: int) -> int | None:
    """The position of the noun a `, wonach` at i reports (`Medienberichte, wonach …`; `wies Berichte
    zurück, wonach …` past the verb's particle), if there is one."""
    if i < 2 or sent.words[i - 1].text != ",":
        return None
    k = i - 3 if i > 2 and sent.words[i - 2].text in PARTICLES else i - 2
    return k if sent.words[k].upos in ("NOUN", "PROPN") else None


def according_to_frame(sent: Sentence, i: int) -> str | None:
    """The kind of source frame word i starts (`laut`, `zufolge`, `gemäß`, `nach`), if any."""
    w = sent.words[i]
    low = w.text.lower()
    nxt = sent.words[i + 1] if i + 1 < len(sent.words) else None
    if low == "wonach" and report_before_wonach(sent, i) is not None:
        return low  # `Medienberichte, wonach Zeugen eine Explosion gehört haben wollen`
    if low == "zufolge" or low == "gemäß" and w.upos in ("ADP", "ADV", "X", "ADJ"):
        return low  # `zufolge` is only ever a postposition, whatever the tagger says
    after = sent.words[i + 2] if i + 2 < len(sent.words) else None
    if low in ("laut", "nach") and i > 0 and sent.words[i - 1].upos == "DET" and "PronType=Art" in sent.words[i - 1].feats:
        return None  # `246 der nach Behördenangaben 350 Passagiere`: inside a noun phrase, a figure's source
    if low == "laut" and nxt is not None and (nxt.upos in ("DET", "PROPN", "NOUN", "ADJ") or nxt.text[:1].isupper()
                                              or WEB_NAME.fullmatch(nxt.text)  # `laut ndr.de`, whatever its tag
                                              # `Laut de Maizière`, `Laut von der Leyen` opening a clause: a
                                              # name's particle (`sangen laut von der Tribüne` is loud)
                                              or (i == 0 or sent.words[i - 1].upos == "PUNCT")
                                              and _particles_then_name(sent.words, i + 1)
                                              or nxt.text in ("„", "»", "«", '"') and after is not None
                                              and (after.text[:1].isupper() or any(
                                                  x.text in CLOSING_MARKS for x in sent.words[i + 3:i + 6]))):
        return low  # `laut der Studie`, `laut „Welt“`, not `laut rufen`
    if low == "nach" and after_source_noun(sent, i):
        return low  # `Seiner Ansicht nach sind …`, `Ihrer Meinung nach`: the postposition
    if low == "aus" and _whose_view(sent, i):
        return "nach"  # `Aus Sicht des Kremls ist das unrealistisch`: read as `nach Ansicht des Kremls`
    if low == "nach":
        # nach (einer ersten) Analyse / nach Angaben der Polizei; `…, nach anderen Angaben 110 Kilometer`
        # only offers another figure
        # (up to four words: `nach einem EU-Dokument` is tokenized `einem EU - Dokument`)
        for k, nxt in enumerate(sent.words[i + 1:i + 5], i + 1):
            if is_source_noun(nxt.text):
                after = sent.word(nxt.index + 1)
                other = any(x.text.lower() in ("anderen", "weiteren") for x in sent.words[i + 1:k])
                figure = after is not None and (after.upos == "NUM" or after.text.lower() in NUMERALS)
                return None if other and figure else "nach"
            # (`Nach UN-Angaben`: the first part of a compound the tokenizer split at its hyphen)
            glued = k + 1 < len(sent.words) and hyphen_joins(sent.words, k + 1) or hyphen_joins(sent.words, k)
            if nxt.upos not in ("DET", "ADJ") and not glued and not (k == i + 1 and saxon_genitive(sent, nxt)):
                break
    return None


def _particles_then_name(words, k: int) -> bool:
    """Name particles from position k on, then a capitalised word (`de Maizière`, `von der Leyen`)."""
    j = past_particles(words, k)
    return k < j < len(words) and words[j].text[:1].isupper()


def _whose_view(sent: Sentence, i: int) -> bool:
    """`aus Sicht des Kremls`, `aus seiner Sicht`, `aus Moskaus Sicht`: `aus` opens someone's view (not
    `aus technischer Sicht`, a way of looking)."""
    view = next((k for k in range(i + 1, min(i + 3, len(sent.words))) if sent.words[k].text == "Sicht"), None)
    if view is None:
        return False
    between, after = sent.words[i + 1:view], sent.word(sent.words[view].index + 1)
    if not between:
        return after is not None and (after.text.lower() in ("des", "der", "eines", "einer", "von", "vom")
                                      or after.upos == "PROPN")
    return len(between) == 1 and (between[0].text.lower() in _POSSESSIVE_OPENERS or saxon_genitive(sent, between[0]))


def saxon_genitive(sent: Sentence, w: Word) -> bool:
    """`Lawrows` in `nach Lawrows Worten`: a capitalised name in s right before a source noun owns it."""
    nxt = sent.word(w.index + 1)
    return w.text[:1].isupper() and w.text.endswith("s") and len(w.text) > 2 and w.upos in ("PROPN", "NOUN", "X") \
        and nxt is not None and is_source_noun(nxt.text)


def after_source_noun(sent: Sentence, i: int) -> bool:
    """`Seiner Ansicht nach`, `Ihrer Meinung nach`, `Dem Vernehmen nach`: `nach` after a source noun that
    opens the sentence with only a possessive (or `dem`) or adjectives before it."""
    words = sent.words
    # (or adjectives alone: `Ersten Erkenntnissen nach`, `Eigenen Angaben nach`)
    return 2 <= i <= 4 and is_source_noun(words[i - 1].text) and \
        (words[0].text.lower() in _POSSESSIVE_OPENERS or words[0].upos == "ADJ") and \
        all(w.upos == "ADJ" for w in words[1:i - 1])


# the possessives that open a source phrase with a postposition (`Seiner Ansicht nach`)
# (`Dem Vernehmen nach`; the plural's dative: `Seinen Worten nach`, `Den Angaben nach`)
_POSSESSIVE_OPENERS = frozenset("seiner ihrer meiner unserer deren dessen dem seinen ihren meinen unseren den".split())


def _extended_attribute(words: list[Word], i: int, j: int) -> bool:
    """Word j is the participle closing an attribute a `von` after an article opened, before its noun
    (`nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums`)."""
    return j + 1 < len(words) and words[j + 1].upos in ("NOUN", "PROPN") and \
        any(words[k].upos == "DET" and words[k + 1].text.lower() in ("von", "vom") for k in range(i + 1, j - 1))


def relative_laut(sent: Sentence, i: int) -> list[Word] | None:
    """`eine Studie, laut der die Zahl … gestiegen ist`: `laut` and a relative pronoun after a comma
    opening a clause that ends in its finite verb; the clause's words after the pronoun, else None."""
    words = sent.words
    if not 0 < i < len(words) - 2 or words[i].text.lower() != "laut" or words[i - 1].text != "," or \
            words[i + 1].text.lower() not in ("dem", "der", "denen"):
        return None
    end = next((k for k in range(i + 2, len(words)) if words[k].text in (",", ";", ":", ".", "!", "?")), len(words))
    clause = words[i + 2:end]
    last = clause[-1] if clause else None
    return clause if last is not None and last.upos in ("VERB", "AUX") and "VerbForm=Fin" in last.feats \
        or last is not None and last.upos == "AUX" and "Mood=" in last.feats else None


def reported_after_frame(sent: Sentence, i: int, frame: str) -> list[Word]:
    """`Laut Behördenangaben wurden 60 Personen verletzt` → the words after the source phrase,
    when the frame opens the sentence; otherwise the whole sentence (a clause between semicolons
    counts as one: `Die Veranstalter schätzten 1.500; nach Polizeiangaben waren es 1.000`)."""
    words = list(sent.words)
    if frame == "nach" and after_source_noun(sent, i):
        return words[i + 1:]
    relative = relative_laut(sent, i) if frame == "laut" else None
    if relative is not None:
        return relative  # `ein Bericht, laut dem Russland die Angriffe verstärkt hat`: the relative clause
    lo = next((k + 1 for k in range(i - 1, -1, -1) if words[k].text == ";"), 0)
    hi = next((k for k in range(i + 1, len(words)) if words[k].text == ";"), len(words))
    words, i = words[lo:hi], i - lo
    if frame == "wonach":
        rest = words[i + 1:]
        return rest[:next((k for k, w in enumerate(rest) if w.text in ",;:"), len(rest))]
    if frame == "zufolge":
        # the source phrase alone before `zufolge`: `Blinken zufolge` (`Blinken` tagged VERB), `Auch dem X zufolge`
        head = words[:i]
        # (`Ihm zufolge`: a pronoun alone is a source too)
        # (`Recherchen von NDR und WDR zufolge`: an owner after `von`, owners joined by `und`)
        source = all(w.upos in ("DET", "ADJ", "NOUN", "PROPN", "X", "PUNCT") or w.text[:1].isupper() and
                     (w.upos == "VERB" or k == 0 and w.upos == "ADV") or len(head) == 1 and
                     w.text.lower() in ("ihm", "ihr", "ihnen") or 0 < k < len(head) - 1 and
                     w.text.lower() in ("von", "und", "sowie") for k, w in enumerate(head)) and \
            not any(a.upos in ("NOUN", "PROPN") and b.upos == "ADJ" and not b.text.endswith("er")
                    for a, b in zip(head, head[1:]))  # two phrases; `Berichten verschiedener Medien` is one
        return words[i + 1:] if source else words
    if i > 1:
        return words
    j = i + 1
    bodies = named_body_spans(words)  # (`Laut Ärzte ohne Grenzen`)
    while j < len(words) and (words[j].upos in ("DET", "ADJ", "NOUN", "PROPN", "X", "NUM") or hyphen_joins(words, j) or bodies[j] or
                              words[j].text == "." and words[j - 1].text in TITLES or  # `Laut Prof. X`
                              words[j].text.lower() in ("von", "des", "der") or words[j].text in "„“\"»«"
                              or words[j].text.lower() == "aus" and is_source_noun(words[j - 1].text)
                              # `… eines Mitarbeiters sowie anderer Augenzeugen soll …`: two sources
                              or words[j].text.lower() in ("und", "sowie") and j + 1 < len(words)
                              and words[j + 1].upos in ("DET", "ADJ", "NOUN", "PROPN")):
        if verb_after_noun(words[j - 1], words[j]) and not _extended_attribute(words, i, j):
            break  # `… des Weißen Hauses telefonierte Biden` with the verb tagged an adjective
        if words[j].text in "„»«\"":
            # a title in marks is part of the source (`Laut einem Test des Magazins „auto, motor und sport“`)
            close = next((k for k in range(j + 1, min(j + 12, len(words))) if words[k].text in "“”\"«»"), None)
            j = close if close is not None else j
            if close is not None and close + 1 < len(words) and not words[close + 1].text.startswith("-") \
                    and not hyphen_joins(words, close + 1):
                j = close + 1  # the title closes the source (`… der „New York Times“ plant …`, whatever the tags)
                break
        # `Nach Einschätzung des Instituts für Kriegsstudien (ISW)`: the body's name goes on, and ends
        # the source phrase
        tail = purpose_tail(words, j) if words[j].upos in ("NOUN", "PROPN") else j + 1
        if tail > j + 1:
            j = tail
            break
        if words[j].upos in ("NOUN", "PROPN") and seat_at(words, j + 1):
            # `Nach Angaben des Ministeriums in Moskau wurden …`: the body's seat is part of the source,
            # with what brackets say of it (`in Gaza (Stadt)`)
            j += 3
            if j < len(words) and words[j].text == "(":
                j = next((k + 1 for k in range(j, min(j + 6, len(words))) if words[k].text == ")"), j)
            continue
        j += 1
    close = apposition_end(words, j)
    if close != j and close < len(words) and words[close].text == ",":
        j = close + 1  # `Nach Angaben des Gouverneurs der Region, Oleh Synjehubow, wurde …`: the name closes the source
    return words[j:] if len(words) - j >= 3 else words


def frame_clause(sent: Sentence, i: int) -> list[Word] | None:
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
            words[right + 1].text.lower() in DEPENDENT_OPENERS:
        # `…, die gemäß X nur dann zulässig ist, wenn …`: clauses that depend on it belong to it
        right = next((k for k in range(right + 2, len(words)) if words[k].text in (",", ";")), len(words))
    return list(words[left + 1:right])
