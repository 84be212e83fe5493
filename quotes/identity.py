"""Which stored speaker a name is, across articles and outlets: the keys a name is looked up by,
which of the speakers sharing its last name it is (first names that fold alike, an initial, one
first name transliterated twice: `Dmitri`/`Dmytro`), and which form becomes the canonical name.
The store (`db/speakers.py`) runs the lookups; the decisions are made here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotes.lexicon import FIRST_NAMES
from quotes.names import fold, last_name
from quotes.nominative import nominative_body
from quotes.types import SpeakerKeys


def first_names_compatible(a: str, b: str) -> bool:
    """Same person when first names fold alike, one is missing, or one is an initial."""
    fa, fb = fold(a[:len(a) - len(last_name(a))]), fold(b[:len(b) - len(last_name(b))])
    if not fa or not fb:
        return True
    return fa == fb or fa[0] == fb[0] and (len(fa) <= 2 or len(fb) <= 2) or _one_transliteration(fa, fb)


def _one_transliteration(fa: str, fb: str) -> bool:
    """`Dmitri`/`Dmytro`, `Olexander`/`Oleksandr`: one first name transliterated twice keeps its
    consonants; a final `a` or `e` marks another person (`Michaela`, `Christiane`, `Maria`/`Mario`)."""
    if fa.count(" ") != fb.count(" ") or min(len(fa), len(fb)) < 4 or fa[0] != fb[0] or \
            fa.endswith(("a", "e")) != fb.endswith(("a", "e")) or fa[-1] in "ae" and fa[-1] != fb[-1]:
        return False
    skeleton = lambda f: re.sub(r"[aeiouy]", "", f[1:].replace("x", "ks"))
    return skeleton(fa) == skeleton(fb)


def speaker_keys(name: str) -> SpeakerKeys:
    name = nominative_body(name)  # `Kremls` and `Kreml` are one body
    words = name.split()
    # some outlets shorten to the first name; never for common first names (`Peter`)
    short = fold(name) if len(words) == 1 and name not in FIRST_NAMES else None
    first = fold(words[0]) if len(words) >= 2 and words[0] not in FIRST_NAMES else None
    return SpeakerKeys(fold(name), fold(last_name(name)), short, first)


def same_person(name: str, same_last: Sequence[str]) -> int | None:
    """Which of the stored speakers sharing the last name this name is (its index), if any: the
    one whose first names fit, or the fullest of those that fit when the name is a last name alone."""
    fitting = [i for i, other in enumerate(same_last) if first_names_compatible(other, name)]
    if len(fitting) == 1 or (fitting and len(name.split()) == 1):
        return max(fitting, key=lambda i: len(same_last[i]))
    return None


def canonical_of(stored: str, name: str) -> bool:
    """A fuller form of a person's name replaces the stored one as the canonical name, and so does
    a body's name in the nominative one in the genitive (`Kreml` for `Kremls`)."""
    return len(name.split()) > len(stored.split()) or \
        nominative_body(stored) != stored and nominative_body(name) == name and fold(name) == fold(nominative_body(stored))


def different_first_names(a: str, b: str) -> bool:
    """`Joseph` and `Georg Ratzinger` are two people; `Professor Brown` and `Mike Brown` may be one
    (only known first names tell persons apart: a word the tagger ran into the name, `Außer Gonggrijp`,
    must not split one person in two)."""
    ka = {fold(t) for t in a.split()[:-1] if t in FIRST_NAMES}
    kb = {fold(t) for t in b.split()[:-1] if t in FIRST_NAMES}
    return bool(ka) and bool(kb) and not ka & kb
