"""Can this word head a speaker: a person or a body (`Lawrow`, `Sprecherin`, `Polizei`), or is it
a thing (`Atomabkommen`, `Stimmung`, `Rassismus`)?

A logistic regression over the word's shape: endings (German derivation tells a lot:
`-ung`, `-heit`, `-ismus` name things, `-er`, `-in`, `-ent` people), capitals, hyphens,
and the project's word lists as features. Trained on
- the words of SpkAtt's gold speakers (positive) against the other capitalised nouns of the
  same articles that the parse does not take for names (negative), and
- GermEval 2014 NER (CC BY 4.0): words of PER and ORG entities (positive) against nouns
  outside any entity (negative).
Used as a feature by the speaker ranker and the quote filter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.lexicon import FIRST_NAMES, ORG_HEADS, PERSON_GROUPS, PLACES, SOURCE_NOUNS, TITLE_NOUNS
from quotes.names import role_head

_CAP = re.compile(r"[A-ZÄÖÜ]")


def word_features(word: str) -> dict[str, float]:
    """Shape and word-list features of one word (as written)."""
    low = word.lower()
    f: dict[str, float] = {}
    for n in (2, 3, 4, 5):
        if len(low) > n + 1:
            f[f"suf{n}={low[-n:]}"] = 1.0
    f["cap" if word[:1].isupper() else "lower"] = 1.0
    if len(word) > 1 and word.isupper():
        f["acronym"] = 1.0
    if "-" in word:
        f["hyphen"] = 1.0
        f["hyphen_last_cap" if word.rsplit("-", 1)[-1][:1].isupper() else "hyphen_last_low"] = 1.0
    if any(c.isdigit() for c in word):
        f["digit"] = 1.0
    if len(_CAP.findall(word[1:])) >= 1 and not word.isupper():
        f["inner_cap"] = 1.0
    f["len=" + ("short" if len(word) <= 4 else "mid" if len(word) <= 9 else "long")] = 1.0
    if word in FIRST_NAMES:
        f["first_name"] = 1.0
    if word in PLACES:
        f["place"] = 1.0
    if role_head(word):
        f["role"] = 1.0
    if low in ORG_HEADS or any(low.endswith(h) for h in ORG_HEADS if len(h) > 4):
        f["org_head"] = 1.0
    if any(low.endswith(g.lower()) for g in PERSON_GROUPS):
        f["person_group"] = 1.0
    if word in SOURCE_NOUNS or low in SOURCE_NOUNS:
        f["source_noun"] = 1.0
    if word in TITLE_NOUNS or low in TITLE_NOUNS:
        f["title_noun"] = 1.0
    return f


@lru_cache(maxsize=1)
def _model():
    from quotes.learn.attribution import load

    m = load()
    return m.get("speakerhood") if m else None


@lru_cache(maxsize=65536)
def score(word: str) -> float | None:
    """P(word can head a speaker) from the shipped model, or None without one."""
    m = _model()
    return m.proba(word_features(word)) if m is not None else None
