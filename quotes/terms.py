"""Words in marks that may be no quotation: a term the writer sets apart (`die „grüne Gentechnik“`),
a title, or the name of the speaker's own body; or one said after all: judged by a person's verb
(`nannte es einen „Militärputsch“`), shouted, opening its sentence before `, sagte X`, a phrase
that says something, a headline's words after `Name:`."""

from __future__ import annotations

import re

from quotes.frames import LABELS, WRITTEN_CUES, Attribution
from quotes.layout import headline_end
from quotes.lexicon import LABEL_VERBS, is_group_or_body
from quotes.marks import ALL_MARKS
from quotes.speakers import side_of
from quotes.types import Candidate, Parsed


def label_fails(parsed: Parsed, cand: Candidate, att: Attribution) -> str | None:
    """Why a term in marks is no quotation of its speaker, if it is none."""
    if cand.rule in LABELS and att.how not in ("cue-before", "cue-after", "frame-after", "viewpoint", "unnamed",
                                               "construction", "inside", "headline") and not labelled_by_name(cand, att, parsed.text):
        return "a term in marks with no speech verb of its own sentence"
    # (`Für X ist Y eine „Horrorvorstellung“`: the viewpoint is X's judgement of Y)
    # (`Blinken: Waffenruhe „in Reichweite“`: a headline's label names the one whose words they are)
    if cand.rule == "direct:label" and att.cue not in WRITTEN_CUES and att.how not in ("headline", "inside") and \
            not labelled_by_name(cand, att, parsed.text) and \
            not (att.how == "viewpoint" and _INDEFINITE_BEFORE.search(parsed.text[max(0, cand.start - 30):cand.start])) and (
            not (_judges(parsed.text, cand, att.cue) or _said_term(parsed, cand, att) or _phrase_said(parsed, cand, att)
                 or _shouted(parsed.text, cand, att))
            or att.mention is None or att.mention.kind not in ("name", "pronoun", "role")
            and not _speaks_as_group(att.mention.text)):
        # a capitalised term needs a person's verb that judges it (`wies … als „X“ zurück`)
        return "a capitalised term in marks that no person's verb judges"
    if cand.kind == "direct" and att.mention is not None and \
            _GENITIVE_BETWEEN.fullmatch(parsed.text[att.mention.end:cand.start]):
        # `Ein Vertreter der „con energy ag“ bezeichnet …`: the marks name the speaker's body
        return "names the body of its own speaker"
    return None


# an indefinite article (and adjectives) before the opening mark: the term is a predicate, a judgement
_INDEFINITE_BEFORE = re.compile(r"\b(?:ein|eine|einen|einer|kein|keine|keinen)\s+(?:\w+e[nmrs]?\s+)?\W$", re.I)


_GENITIVE_BETWEEN = re.compile(r"\s+(?:der|des)\s+[„\"»«‚']?")
_ENGLISH_FUNCTION_WORDS = frozenset("for of the and in on s".split())


def _speaks_as_group(text: str) -> bool:
    """`Die Kritiker`, `Datenschützer`: people speaking as a group; `Die Union`, `die CDU`, `das
    Ministerium`: a body that judges like a person (a party by its letters, a body by its head noun)."""
    words = re.findall(r"[\w-]+", text)
    last = words[-1] if words else ""
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{2,5}|[A-Z][a-z]?[A-Z]{1,3}", last)) or is_group_or_body(last)


def _phrase_said(parsed: Parsed, cand: Candidate, att: Attribution) -> bool:
    """`konstatierte eine wachsende „Kluft zwischen Arm und Reich“`: a phrase of four words or more
    with lower-case words in it, framed by a speech verb of its clause, is said, not a title."""
    inner = parsed.text[cand.start:cand.end]
    words = re.findall(r"[^\W\d]+", inner)
    return att.how == "cue-before" and len(words) >= 4 and any(w.islower() for w in words[1:]) \
        and not _ENGLISH_FUNCTION_WORDS & set(words)  # `People's Alliance for Democracy` is a name


def _said_term(parsed: Parsed, cand: Candidate, att: Attribution) -> bool:
    """`„Nein“, sagte Peskow.`: a term in marks that opens its sentence before `, <verb> X` is said,
    not named (`„Uncle Ted“, wie der Senator genannt wurde`)."""
    opening = parsed.sentence_at(cand.start)
    after = parsed.text[cand.end:cand.end + 12].lstrip("“”»«\"")
    return att.how == "cue-after" and after.startswith(",") and not after[1:].lstrip().startswith("wie") \
        and att.cue != "nennen" and opening is not None and not parsed.text[opening.start:cand.start].strip(" „»«\"\n")


_SHOUTING = frozenset("rufen schreien brüllen skandieren".split())
# a word before the opening mark that makes the term no object of the shout (`rief zur „Aktion X“ auf`)
_NOT_SHOUTED_AFTER = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|zu|zur|zum|nach|für|auf|von|vom|mit|als)\s*\W?$",
                                re.I)


def _shouted(text: str, cand: Candidate, att: Attribution) -> bool:
    """`Dabei rief er „Allahu Akbar“`: a term in marks a verb of shouting takes as its object is what was
    shouted, capitalised or not."""
    return att.how == "cue-before" and att.cue in _SHOUTING and \
        _NOT_SHOUTED_AFTER.search(text[max(0, cand.start - 12):cand.start]) is None


def _judges(text: str, cand: Candidate, cue: str | None) -> bool:
    """A judging verb frames the term: `wies … als „Unverschämtheit“ zurück`; `nennen` only with an
    indefinite article (`nannte es einen „Militärputsch“`), not when naming (`nennt das Modell „Touareg“`)."""
    if cue in LABEL_VERBS or cue in ("halten", "sehen"):  # `hält X für „…“`, `sieht darin einen „…“`
        return True
    before = [w.lower() for w in re.findall(r"\w+", text[max(0, cand.start - 20):cand.start])]
    if cue == "sprechen" and "von" in before[-2:] or "vom" in before[-1:]:
        return True  # `sprach von einer „Gefahr für Leib und Leben“`
    # (or a definite object's judgement: `nannte die Beschlüsse „Wahnsinn“`; naming takes a thing's
    # name: `nennt das Modell „Touareg“`, which a person's verb in the past rarely does)
    return cue == "nennen" and bool(before) and (before[-1] in ("ein", "eine", "einen", "einem") or _JUDGED_OBJECT.search(
        text[max(0, cand.start - 40):cand.start]) is not None)


_JUDGED_OBJECT = re.compile(r"\bnannten?\s+(?:die|den|das|diese[nrs]?)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+[„»\"]$")


def said_phrase(parsed: Parsed, cand: Candidate) -> bool:
    """Words in marks that say something (`Schwule beleidigt`, `völlig unrealistisch`, `mit offenen
    Armen empfangen`), not a term: one word, or a noun phrase of articles, adjectives and nouns
    (`grüne Gentechnik`, `Präferenz der USA`), is a term the writer sets apart."""
    sent = parsed.sentence_at(cand.start)
    words = [w for w in sent.words if cand.start <= w.start and w.end <= cand.end and w.upos != "PUNCT"] if sent else []
    if len(words) < 2:
        return False
    before = sent.word(words[0].index - 2) if sent is not None else None  # the word before the opening mark
    if before is not None and before.upos == "NOUN" and before.text[:1].isupper() and words[0].text[:1].isupper():
        return False  # `bei der Meeresschnecke „Chelidonura hirundinina“`: the name of what the noun names
    return words[-1].text.islower() or any(w.upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for w in words)


def labelled_by_name(cand: Candidate, att: Attribution, text: str) -> bool:
    """`Lawrow: „Wir werden nicht nachgeben“`: a headline's phrase in marks after a person's name
    and a colon is that person's, with or without a final stop (`Das Motto: „…“` is no one's); so is
    a shorter term that is all the headline says after a person or a body of a side (`Rutte: „Keine
    Eskalation“`, `Nato: „Keine Eskalation“`)."""
    if att.how != "colon" or att.mention is None:
        return False
    if cand.rule == "direct:phrase":
        return att.mention.kind in ("name", "role")
    line_end = headline_end(text)
    return cand.rule in ("direct:short", "direct:label") and cand.end <= line_end and \
        not text[cand.end:line_end].strip(" \t" + ALL_MARKS + ".!") and \
        (att.mention.kind in ("name", "role") or att.mention.kind == "org" and side_of(att.mention.text) is not None)


# `Das sei «Heuchelei in Reinform»`: a term in marks a report's copula predicates is said
_COPULA_BEFORE = re.compile(r"\b(?:sei|seien|wäre|wären|ist|sind)\s*[„“\"»«‚]$")


def after_copula(text: str, cand: Candidate) -> bool:
    """The marks open right after a copula: the term is what something is said to be."""
    return _COPULA_BEFORE.search(text[max(0, cand.start - 12):cand.start]) is not None
