"""Reports of one statement across outlets: word overlap that tolerates partial quotes and inflection.

Outlets quote the same sentence in full, in part, or with small wording and translation
differences. Two reports of one speaker belong together when most content words of the
shorter one occur in the longer one.
"""

from __future__ import annotations

import functools
import re

from quotes.lexicon import STOPWORDS
from quotes.names import fold

STEM = 5  # German inflection mostly changes word ends: Zugeständnis/Zugeständnisse/-n
MIN_SHARED = 2
MIN_OVERLAP = 0.6
WINDOW_DAYS = 3  # reports of one statement appear within a few days of each other


# storing an article compares each quote with its speaker's reports of the days around it: for a
# much-quoted speaker a thousand texts, mostly the same from one article to the next
@functools.lru_cache(maxsize=20_000)
def content_stems(text: str) -> frozenset[str]:
    """Folded word starts of the content words of a quotation."""
    words = re.findall(r"\w+", text.lower())
    return frozenset(fold(w)[:STEM] for w in words if w not in STOPWORDS and len(w) > 2 and not w.isdigit())


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the larger; 0 when too few words are shared to judge."""
    shared = len(a & b)
    if shared < MIN_SHARED:
        return 0.0
    return shared / min(len(a), len(b))


def same_statement(a: str, b: str) -> bool:
    return overlap(content_stems(a), content_stems(b)) >= MIN_OVERLAP
