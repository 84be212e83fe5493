"""Quote → stance tags (concession, threat, optimism) from a cue lexicon with negation scope.

Each tag keeps its score and the words that triggered it, so users can check it.
"""

from __future__ import annotations

import re

from quotes.lexicon import NEGATORS, STANCE_BLOCKERS, STANCE_CUES, STANCE_VERBS
from quotes.types import StanceTag

LABELS = ("concession", "threat", "optimism")
THRESHOLD = 0.5
NEGATION_WINDOW = 3  # words before a cue that a negator may stand in


def _negated(text: str, start: int) -> bool:
    before = re.findall(r"\w+", text[:start])[-NEGATION_WINDOW:]
    return any(w in NEGATORS for w in before)


def _blocked(label: str, text: str, end: int) -> bool:
    pattern = STANCE_BLOCKERS.get(label)
    return bool(pattern) and bool(re.search(pattern, " ".join(re.findall(r"\w+", text[end:])[:4])))


def tag(text: str, cue: str | None = None) -> tuple[StanceTag, ...]:
    """Stance tags for a quotation's text and its speech verb's lemma."""
    low = text.lower()
    best: dict[str, StanceTag] = {}
    for label, pattern, weight in STANCE_CUES:
        for m in re.finditer(pattern, low):
            if _negated(low, m.start()) or _blocked(label, low, m.end()):
                continue
            if label not in best or best[label].score < weight:
                best[label] = StanceTag(label, weight, text[m.start():m.end()])
    if cue and cue in STANCE_VERBS:
        label = STANCE_VERBS[cue]
        if label not in best or best[label].score < 0.8:
            best[label] = StanceTag(label, 0.8, cue)
    return tuple(best[l] for l in LABELS if l in best and best[l].score >= THRESHOLD)
