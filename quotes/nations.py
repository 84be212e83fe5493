"""The nationality a word or phrase names: `chinesischen`, `Chinese`, `Französin`, `Ungarns`.

One stem per demonym of the lexicon (`chines` of `Chinese`, `amerikan` of `Amerikaner`), shared by
the adjective, the noun and the country's name, so that two descriptions can be compared
(`der russische Außenminister` is not `der chinesische Außenminister`).
"""

from __future__ import annotations

import re

from quotes.lexicon import COUNTRY_DEMONYMS, DEMONYM_BASES, PLACES


def _plain(word: str) -> str:
    return word.lower().replace("ä", "a").replace("ö", "o").replace("ü", "u")


def _stem(base: str) -> str:
    base = _plain(base)
    return base[:-2] if base.endswith("er") else base[:-1] if base.endswith("e") else base


# longest first, so that `österreich` wins over a shorter stem it opens with; bases of three letters
# (`Ire`) would match too many words, and a feminine form listed for its umlaut (`Französin`) has
# the masculine's stem
_STEMS = sorted({_stem(b) for b in DEMONYM_BASES if len(b) > 3 and not b.endswith("in")}, key=len, reverse=True)
# what may follow the stem: the adjective (`-ische`, `polnische`), the noun (`-e`, `-er`, `-in`, `-innen`)
_ENDINGS = re.compile(r"n?i?sch(e[nrsm]?)?|e[nrsm]?|(er|e)?(in|innen|s|n)?")


def nationality(word: str) -> str | None:
    """The nationality a word names as adjective or noun (`chinesischen`, `Chinese`, `US-amerikanische`,
    `Französin`): its stem, or None (`politisch` is none)."""
    w = _plain(word.split("-")[-1])
    for stem in _STEMS:
        if w.startswith(stem) and _ENDINGS.fullmatch(w[len(stem):]):
            return stem
    return None


def nationalities(text: str, offices: bool = False) -> set[str]:
    """The nationalities a phrase names by adjective, noun or a place's name (`der russische
    Außenminister`, `Ungarns Regierungschef`). Germany, the unmarked nation of German news, only with
    `offices` (a person's descriptions, where no other nation is named: `Bundesaußenminister
    Wadephul` is not `der ukrainische Außenminister`; a mention `der deutsche Kanzler` or `der
    Bundeskanzler` names no nation the person must share)."""
    out = {nationality(w) for w in re.findall(r"[\w-]+", text)} - {None}
    if re.search(r"\bUSA?-[A-ZÄÖÜ]", text):
        out.add(_stem("amerikaner"))  # `US-Außenminister`: the prefix is an adjective
    for place in re.findall(r"[A-ZÄÖÜ][\w-]+", text):
        # (`Frankreichs`: the genitive of a listed place)
        demonym = COUNTRY_DEMONYMS.get(place) or (COUNTRY_DEMONYMS.get(place[:-1]) if place.endswith("s") else None)
        if demonym is not None:
            out.add(_stem(demonym))  # `Frankreich`, `Frankreichs`, `Moskau`
        elif place in PLACES:
            folded = _plain(place)
            # (four letters at least: `ind` of `Inder` does not name `Indonesien`)
            out |= {stem for stem in _STEMS if len(stem) >= 4 and folded.startswith(stem)}
    # (the lexicon's demonyms have no `Deutscher`, an adjective as a noun; `Bundes-` not beside another
    # nation: `der österreichische Bundeskanzler`)
    if offices and (_GERMAN.search(text) or not out and _FEDERAL.search(text)):
        out.add("deutsch")
    return out


_GERMAN = re.compile(r"\b(deutsch(e[nrsm]?)?|Deutschlands?)\b", flags=re.I)
_FEDERAL = re.compile(r"\bBundes(?!liga)[a-zäöüß]{4,}", flags=re.I)
