"""Which runs of name words name a person (`person_like`): a first and last name, a PER tag, a
role before them, the subject of a speech verb; not a brand, a masthead, a time, a place, a term in
marks or an abstract noun the tagger took for a name. quotes/speakers.py collects the persons."""

from __future__ import annotations

import re

from quotes.cues import is_cue, passive
from quotes.lexicon import BODY_HEADS, FIRST_NAMES, NAME_PARTICLES, PLACES, TIME_NOUNS
from quotes.marks import ALL_MARKS
from quotes.mentions import SUBJECT_RELS
from quotes.names import ABSTRACT_ENDINGS, capitalised, given_name_syllable, hyphen_joins, role_head
from quotes.types import Sentence, Word

_BRAND = re.compile(r"[A-ZÄÖÜ]{2,}[a-zäöüß][\w-]*")  # an acronym glued to a word: no person's name
_QUANTIFIERS = frozenset("jeder jede jedes jeden jedem alle allen aller viele vielen manche mancher kein keine "
                         "keiner einige wenige mehrere beide".split())


def person_like(sent: Sentence, run: list[Word]) -> bool:
    """A run of names is a person when it has a first and last name, a PER tag, or a role noun before it."""
    if len(run) == 1 and _BRAND.fullmatch(run[0].text):
        return False  # `ZDFheute`, `ARDmediathek`: a brand, whatever the tagger says
    if any(w.ner.endswith("PER") for w in run):
        return True
    if " ".join(w.text for w in run) in PLACES:
        return False
    nxt = sent.word(run[-1].index + 1)
    if len(run) == 1 and run[0].index == 1 and nxt is not None and nxt.text in ("–", "—", "-") and nxt.start > run[0].end:
        return False  # `Vilnius – Zum Auftakt des Gipfels …`: a dateline's place
    if all(w.text.isupper() and len(w.text) > 1 for w in run):
        return False  # `ZEIT ONLINE`, `SPIEGEL`: a masthead, not a person
    before = sent.word(run[0].index - 1)
    if run[0].text in TIME_NOUNS and (before is not None and before.upos in ("ADP", "NUM", "DET") or
                                      len(run) > 1 and (run[1].text in TIME_NOUNS or run[1].text.isupper())):
        return False  # `um 10:05 Uhr MEZ`, `ab Anfang November` (not `August Bebel sagte`)
    prev = sent.word(run[0].index - 1)
    if prev is not None and nxt is not None and prev.text in ALL_MARKS and nxt.text in ALL_MARKS:
        return False  # `(„Hartz IV“, „Rente mit 67“)`: a term or title in marks
    if len(run) == 1 and len(run[0].text) >= 8 and run[0].text.endswith(ABSTRACT_ENDINGS):
        return False  # `Unterstützung` that the tagger took for a name
    if len(run) == 1 and len(run[0].text) >= 6 and run[0].text.endswith("ik") and run[0].text not in FIRST_NAMES:
        return False  # `äußerte Kritik`, `die Politik` (a first name may end so: `Dominik`)
    if len(run) > 1 and (run[0].text.lower() in _QUANTIFIERS or len(run[-1].text) >= 8 and run[-1].text.endswith(ABSTRACT_ENDINGS)
                         and run[0].text not in FIRST_NAMES):
        return False  # `Jeder Tag Verzögerung koste …` tagged as a name (not `Klaus Iohannis` after a first name)
    if run[0].text.lower() in ("zu", "zur", "zum", "von", "vom") and (
            len(run) > 1 and run[1].text.lower() in ("den", "dem") or run[0].start == run[-1].start or
            len(run) > 1 and run[1].start == run[0].start):
        return False  # `Zu den Opfern`, `Von den Energiekonzernen`, `Zur Geschichte` (not `Von der Leyen`)
    if len(run) >= 3 and hyphen_joins(run, len(run) - 2) and \
            re.sub(r"e?s$", "", run[-1].text.lower()).endswith(BODY_HEADS + ("stiftung", "gesellschaft")):
        return False  # `Robert Koch-Instituts`, `Konrad-Adenauer-Stiftung`: a body named after a person
    if len(run) >= 2 and run[0].text.endswith("s") and run[0].text[:-1].rstrip("'’") in PLACES \
            and run[1].text not in FIRST_NAMES:
        return False  # `Polens Verteidigungsausgaben`: a country's genitive before a noun names no one
    if len(run) >= 2 and all(w.text[:1].isupper() or hyphen_joins(run, k) or given_name_syllable(run, k)
                             or 0 < k < len(run) - 1 and w.text in NAME_PARTICLES  # `Thomas de Maizière`
                             for k, w in enumerate(run)) and \
            (len(run) <= 4 or not run[-1].text.endswith("s")):
        return True
    prev = sent.word(run[0].index - 1)
    if prev is not None and role_head(prev.text):
        return True
    if len(run) == 1 and run[0].text in FIRST_NAMES and run[0].deprel in SUBJECT_RELS:
        return True  # `Oleksandr ist 34 Jahre alt`: a report may name someone by first name only
    head = sent.word(run[0].head) if run[0].head else None
    # (the subject of a passive is spoken to: `Ausländer wurden angewiesen, …` names no one)
    return run[0].deprel in SUBJECT_RELS and head is not None and is_cue(sent, head) and not passive(sent, head) \
        and not (head.start < run[0].start and name_before_verb(sent, head))


def name_before_verb(sent: Sentence, verb: Word) -> bool:
    """`Habeck räumte Fehler ein` with `Habeck` tagged an adverb and `Fehler` the subject: one word
    the lemmatizer does not know (its lemma as written, capitalised) opens the sentence right before
    the finite verb; it is the subject, and what follows the verb its object (`Dort sagte X`: a known
    adverb's lemma is in lower case)."""
    first = sent.words[0]
    return verb.index == 2 and capitalised(first) and first.lemma == first.text and \
        first.upos not in ("DET", "PRON", "ADP", "SCONJ", "CCONJ", "AUX", "VERB", "PUNCT", "NUM")
