"""Quote → stance tags (concession, threat, optimism, rejection, demand) from a cue lexicon with
negation scope: a negated cue is dropped, or flipped where the lexicon says so (a refused
concession is a rejection).

Each tag keeps its score and the words that triggered it, so users can check it.
"""

from __future__ import annotations

import re

from quotes.lexicon import NEGATORS, STANCE_BLOCKERS, STANCE_CUES, STANCE_FLIPS, STANCE_VERBS
from quotes.types import StanceTag

# The order is stored (bit i of quotes.stance_mask is label i): new labels go at the end.
LABELS = ("concession", "threat", "optimism", "rejection", "demand")
THRESHOLD = 0.5
# verbs that deny or doubt the reported content (their own stance, if any, is in stance_verbs.tsv)
DENIAL_CUES = frozenset({"bestreiten", "bezweifeln", "dementieren", "leugnen", "abstreiten", "anzweifeln"})
# Words before a cue that a negator may stand in. German puts the verb last, so "nicht" can
# stand far before it ("nicht auf die Zusammenarbeit verzichten"); the clause boundary limits it.
NEGATION_WINDOW = 8


def _negator_start(text: str, start: int) -> int | None:
    """Offset of a negator within the few words before `start` in the same clause, if any."""
    clause_start = max(text.rfind(ch, 0, start) for ch in ",;:.!?") + 1
    before = list(re.finditer(r"\w+", text[clause_start:start]))[-NEGATION_WINDOW:]
    return next((clause_start + m.start() for m in before if m.group() in NEGATORS), None)


def _blocked(label: str, text: str, end: int) -> bool:
    pattern = STANCE_BLOCKERS.get(label)
    return bool(pattern) and bool(re.search(pattern, " ".join(re.findall(r"\w+", text[end:])[:4])))


def tag(text: str, cue: str | None = None) -> tuple[StanceTag, ...]:
    """Stance tags for a quotation's text and its speech verb's lemma."""
    low = text.lower()
    best: dict[str, StanceTag] = {}
    for label, pattern, weight in STANCE_CUES:
        for m in re.finditer(pattern, low):
            start, found = m.start(), label
            negator = _negator_start(low, m.start())
            if negator is None and any(w in NEGATORS for w in m.group().split()[1:]):
                negator = m.start()  # a negator inside a split verb: "lehnen das nicht ab"
            if negator is not None:
                if label not in STANCE_FLIPS:
                    continue
                start, found = negator, STANCE_FLIPS[label]
            elif _blocked(label, low, m.end()):
                continue
            if found not in best or best[found].score < weight:
                best[found] = StanceTag(found, weight, text[start:m.end()])
    if cue in DENIAL_CUES:
        # `bestritt, dass Russland einen Angriff plane`: what is denied or doubted is not the
        # speaker's threat, offer or hope
        best = {label: t for label, t in best.items() if label not in ("concession", "threat", "optimism")}
    if cue and cue in STANCE_VERBS and re.search(STANCE_VERBS[cue][1], low):
        label = STANCE_VERBS[cue][0]
        if label not in best or best[label].score < 0.8:
            best[label] = StanceTag(label, 0.8, cue)
    return tuple(best[l] for l in LABELS if l in best and best[l].score >= THRESHOLD)
