"""Names of bodies and offices out of a genitive or dative phrase into the nominative, as a speaker
is named (`des Kremls` → `Kreml`, `aus dem Weißen Haus` → `Weißes Haus`, `des österreichischen
Außenministeriums` → `österreichisches Außenministerium`, `der russische Außenminister` →
`russischer Außenminister`)."""

from __future__ import annotations

import re

from quotes.lexicon import BODY_HEADS


def nominative_body(name: str) -> str:
    """`Kremls` → `Kreml`, `des Verteidigungsministeriums` read as `Verteidigungsministerium`: a
    body's name in the genitive (as sources are written: `nach Angaben des Kremls`), in the
    nominative; any other name unchanged."""
    words = name.split()
    last = words[-1] if words else ""
    if len(words) >= 2 and words[-2].lower() in ("des", "eines", "dieses"):
        return name  # `Sprecher des Kremls`: the genitive belongs to the name
    for ending in ("es", "s"):
        stem = last[:-len(ending)]
        if last.endswith(ending) and len(stem) >= 3 and stem.lower().endswith(BODY_HEADS):
            words = words[:-1] + [stem]
            break
    return " ".join(_strong_adjectives(words)) if words else name


# the gender of a body's head noun gives its adjectives' nominative ending (`Auswärtiges Amt`,
# `Nationaler Sicherheitsrat`, `Europäische Kommission`)
NEUTER_HEADS = ("amt", "ministerium", "haus", "büro", "gericht", "militär", "kommando", "konsulat", "unternehmen",
                 "bündnis", "komitee", "institut", "zentrum", "parlament", "präsidium", "pentagon")
_MASCULINE_HEADS = ("rat", "dienst", "stab", "senat", "bundestag", "konzern", "verband", "kreml")


def nominative_adjectives(name: str) -> str:
    """`Weißen Haus` → `Weißes Haus`, `russischen Regierung` → `russische Regierung`: a body's name
    from a dative or genitive phrase with its adjectives in the nominative, its noun as written."""
    return " ".join(_strong_adjectives(name.split()))


def _strong_adjectives(words: list[str]) -> list[str]:
    """`Auswärtigen Amt`, `Auswärtigem Amt` (as a source after `aus dem`, `laut`) → `Auswärtiges Amt`: the
    adjectives before a body's head noun in the nominative without an article."""
    if len(words) < 2:
        return words
    head = words[-1].lower()
    ending = "es" if head.endswith(NEUTER_HEADS) else "er" if head.endswith(_MASCULINE_HEADS) else \
        "e" if head.endswith(BODY_HEADS) and not head.endswith("en") else None
    if ending is None:
        return words
    out = list(words)
    for k, w in enumerate(words[:-1]):
        # (lower case too: `aus dem russischen Verteidigungsministerium` is `russisches …`)
        if not (len(w) > 4 and re.fullmatch(r"[A-ZÄÖÜa-zäöü]\w*(ig|sch|al|är|ß)e[nm]", w)):
            return words
        out[k] = w[:-2] + ending
    return out


# noun endings of neuter bodies (`das Ministerium`, `das Amt`, `das Parlament`); other bodies after `des`
# are masculine
_NEUTER_BODIES = NEUTER_HEADS + ("ium", "ment")


def body_in_nominative(article: str, phrase: str) -> str:
    """`des österreichischen Außenministeriums` → `österreichisches Außenministerium`, `der
    israelischen Streitkräfte` → `israelische Streitkräfte`: a body's genitive phrase as a name
    (its seat kept after it: `des Auswärtigen Amts in Berlin` → `Auswärtiges Amt in Berlin`; so is a
    genitive of its own name)."""
    seat = re.search(r"(?: in [A-ZÄÖÜ][\w-]*)+$", phrase)
    if seat is not None and seat.start() > 0:
        return body_in_nominative(article, phrase[:seat.start()]) + seat.group(0)
    own = re.search(r" (?:der|des) [A-ZÄÖÜ]", phrase)
    if own is not None:
        # `des Bundesverbands der Deutschen Industrie` → `Bundesverband der Deutschen Industrie`: the
        # name's own genitive stays as it is
        return body_in_nominative(article, phrase[:own.start()]) + phrase[own.start():]
    words = nominative_body(phrase).split(" ")
    noun = words[-1].lower()
    ending = "e" if article.lower() == "der" else "es" if noun.endswith(_NEUTER_BODIES) else "er"
    for k, w in enumerate(words[:-1]):
        if not (w.endswith("en") and (w.islower() or _PROPER_ADJECTIVE.fullmatch(w[:-1]) or "-" in w
                                      or article.lower() == "der" and _PROPER_ADJECTIVE_AFTER_DER.fullmatch(w[:-1]))):
            break
        words[k] = w[:-2] + ending
    return " ".join(words)


# adjectives in names of bodies and offices (`Auswärtige`, `Europäische`, `Nationale`), capitalised
_PROPER_ADJECTIVE = re.compile(r"[A-ZÄÖÜ]\w*(?:ige|ische|ale|äre|iße)")
# … and more after `der`, whose nominative ending is `e` whatever the gender (`der Letzten Generation`,
# `der Vereinten Nationen`, `der Deutschen Bank`; after `des`, `Roten Kreuzes` stays as written)
_PROPER_ADJECTIVE_AFTER_DER = re.compile(r"[A-ZÄÖÜ]\w*(?:sche|te)")


def strong_form(article: str, rest: str) -> str:
    """`das Auswärtige Amt` → `Auswärtiges Amt`, `der russische Außenminister` → `russischer
    Außenminister`: the adjectives a nominative article left weak take their strong ending once it
    is gone (`die` needs none)."""
    ending = {"der": "r", "das": "s"}.get(article.lower())
    words = rest.split(" ")
    if ending is None:
        return rest
    for k, w in enumerate(words[:-1]):
        # (a name's adjective too: `Der Deutsche Mieterbund`, `Das Deutsche Rote Kreuz`, `das Östliche
        # Kommando`; and a title's participle: `der Vorsitzende Richter`)
        proper = _PROPER_ADJECTIVE.fullmatch(w) or _PROPER_ADJECTIVE_AFTER_DER.fullmatch(w) or \
            w[:1].isupper() and w.endswith(("nde", "liche")) and len(w) > 5 and words[k + 1][:1].isupper()
        if not (w.endswith("e") and (w.islower() or proper)) or not words[k + 1][:1].isupper() \
                and not words[k + 1].islower():
            break
        words[k] = w + ending
    return " ".join(words)


# adjectival person nouns (`ein Beamter`, `einen Beamten`) and weak nouns (`ein Diplomat`, `einen
# Diplomaten`; `ein Experte`, `einen Experten`) by the ends of their stems
_ADJECTIVAL_PERSONS = ("beamt", "angestellt", "abgeordnet", "vorsitzend", "verantwortlich", "bedienstet", "beauftragt",
                       "gesandt", "sachverständig", "verwandt", "bekannt", "angehörig", "gefangen", "verletzt")
_WEAK_EN = re.compile(r"(.*(?:ent|ant|at|ot|ist|og|oph|nom|graf))en", re.I)
_WEAK_N = re.compile(r"(.*(?:ege|bote|experte|zeuge|kunde|franzose|russe|pole|brite|grieche|türke|chinese|insasse|"
                     r"genosse|gatte|laie))n", re.I)


def weak_singular(noun: str) -> str | None:
    """`Präsidenten` → `Präsident`, `Kollegen` → `Kollege`: a weak noun's singular nominative; None for
    any other noun."""
    weak = _WEAK_N.fullmatch(noun) or _WEAK_EN.fullmatch(noun)
    return weak.group(1) if weak else None


def person_in_nominative(article: str, phrase: str) -> str:
    """`einen ranghohen Regierungsbeamten` → `ranghoher Regierungsbeamter`, `einem Diplomaten` →
    `Diplomat`: a masculine person named after an indefinite article in the accusative, dative or
    genitive, as the speaker is named; any other phrase unchanged."""
    tail = re.search(r"\s+(?:der|des|von|vom|aus|im|in|bei|beim)\s.*$", phrase)  # (`… der Grünen` stays)
    words = phrase[:tail.start() if tail else len(phrase)].split()
    if article.lower() not in ("einen", "einem", "eines") or not words:
        return phrase
    noun, stem = words[-1], words[-1][:-2] if words[-1].endswith("en") else ""
    if stem and stem.lower().endswith(_ADJECTIVAL_PERSONS):
        noun = stem + "er"
    elif (weak := weak_singular(noun)) is not None:
        noun = weak
    elif article.lower() == "eines" and noun.endswith("ers"):
        noun = noun[:-1]  # `eines Sprechers`
    else:
        return phrase
    # (the adjectives before it: `ranghohen` → `ranghoher`)
    adjectives = [w[:-len(e)] + "er" if w.islower() and (e := next((x for x in ("en", "em", "es") if w.endswith(x)), ""))
                  else w for w in words[:-1]]
    return " ".join(adjectives + [noun]) + (tail.group(0) if tail else "")
