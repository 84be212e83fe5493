"""Bodies and groups named by another word: a bare head noun for the compound named before (`das
Ministerium` after `das Justizministerium`), a generic word for the body named with it (`die
Organisation Human Rights Watch`), a synonym (`das Bündnis` for the Nato); epithets by nationality
(`der Chinese`); a group with its genitive; two parties named as one (`Beide Seiten`)."""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.lexicon import BODY_HEADS, BODY_SYNONYMS, DEMONYMS, ORG_HEADS, PLACES
from quotes.nations import nationalities, nationality
from quotes.nominative import nominative_adjectives, strong_form
from quotes.resolution import Resolved
from quotes.speakers import SPOKESPERSON, People, Person
from quotes.types import Mention, Parsed


COMPOUND_REACH = 2000  # characters back to the compound a bare head noun stands for


def compound_antecedent(text: str, m: Mention) -> str | None:
    """`das Ministerium` after `das Justizministerium`, `die Polizei` after `der Bundespolizei`: a
    body named by its head noun alone (`lexicon/org_roles.txt`; courts are not among them) is the
    one named last with a compound of that head."""
    words = m.text.split()
    of_body = re.search(r"\b" + SPOKESPERSON + r"(?:in|innen)?\s+((?:der|des)\s+\S+)$", m.text)
    if of_body is not None:
        words = of_body.group(1).split()  # `Ein Sprecher der Behörde`: the body's own words
    if len(words) == 1 and re.search(r"\b(der|die|das|dem|den|des)\s+$", text[max(0, m.start - 5):m.start], flags=re.I):
        words = ["der"] + words  # `hieß es aus dem Ministerium`: the mention is the noun, the article before it
    head = words[-1].lower()
    if words[0].lower() == "des" and head not in ORG_HEADS:
        head = re.sub(r"e?s$", "", head)  # `des Ministeriums`
    if len(words) != 2 or words[0].lower() not in ("der", "die", "das", "dem", "den", "des") or head not in ORG_HEADS:
        return None
    found = None
    # (with its adjectives, which may say whose body it is: `das russische Außenministerium`)
    for match in re.finditer(r"(?:\b([Dd](?:er|ie|as|em|en|es))\s+)?"
                             r"\b((?:(?!(?:der|die|das|dem|den|des|ein|eine[mnrs]?)\b)[a-zäöüß]+(?:e|en|er|es)\s+)*)"
                             # (a hyphen before the head capitalises it: `EU-Kommission`)
                             r"([A-ZÄÖÜ][\w-]*?(?:" + re.escape(head) + "|-" + re.escape(head.capitalize()) + r"))(?:e?s)?\b",
                             text[max(0, m.start - COMPOUND_REACH):m.start]):
        if len(match.group(3)) > len(head) + 2:
            # (as a name: `das russische Verteidigungsministerium` → `russisches Verteidigungsministerium`)
            phrase = match.group(2) + match.group(3)
            found = nominative_adjectives(strong_form(match.group(1), phrase) if match.group(1) else phrase)
            # (or the proper name the compound described: `Der Technologiekonzern Apple` … `der Konzern`)
            named = _PROPER_AFTER.match(text, max(0, m.start - COMPOUND_REACH) + match.end())
            if head in _NAMED_KINDS and named is not None and named.group(1) not in PLACES:
                found = named.group(1)
    if found is None and head == "ministerium":
        # `Innenministerin Nancy Faeser … teilte das Ministerium mit`: the ministry of the minister named last
        ministers = re.findall(r"\b(?:Vize-?)?([A-ZÄÖÜ][\w-]*?[a-zäöüß])minister(?:in|s)?\b",
                               text[max(0, m.start - COMPOUND_REACH):m.start])
        ministers = [p for p in ministers if not p.startswith(("Premier", "Regierungs"))]
        found = ministers[-1] + "ministerium" if ministers else None
    return found


# the kinds of body an article names by a compound before its proper name (not a state's: `des
# Verteidigungsministeriums Russlands`)
_NAMED_KINDS = ("konzern", "unternehmen", "verband", "gewerkschaft")
_PROPER_AFTER = re.compile(r" ([A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*)?)(?= [a-zäöüß]|[,.;:])")


def named_with_word(text: str, word: str, pos: int) -> str | None:
    """`der Gruppe „Letzte Generation“`, `die Organisation Human Rights Watch`, `Die Hilfsorganisation Ärzte
    ohne Grenzen`, `Die Weltgesundheitsorganisation (WHO)`: the body the article named last before `pos`
    right after this generic word for it or a compound of it (`word` lower case, no ending)."""
    if not word:
        return None
    found, window = None, text[max(0, pos - COMPOUND_REACH):pos]
    # (a hyphenated compound with a name before the word is the body's name itself: `Die Huthi-Miliz`)
    for m in re.finditer(rf"\b([A-ZÄÖÜ][\w]*-)?([A-ZÄÖÜ]\w*)?(?i:{re.escape(word)})(?:en|n|s|es)?(?:\s+(?:[„»\"]([^“«\"\n]{{2,60}})[“«\"]|"
                         r"\(([A-Z][\w-]{1,10})\)|([A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*)*)(?= [a-zäöüß]|[,.;:]))|\b)",
                         window):
        if m.group(1) and not m.group(2):
            found = m.group(1) + word.capitalize()  # `Huthi-Miliz`
            continue
        if not (m.group(3) or m.group(4) or m.group(5)):
            continue
        if m.group(4):
            found = f"{m.group(0).split()[0]} ({m.group(4)})"  # `Weltgesundheitsorganisation (WHO)`
            continue
        name = m.group(3) or m.group(5)
        # (a name going on in lower case is not known to end here: `Ärzte ohne Grenzen`)
        going_on = m.group(5) and re.match(r" (?:ohne|für|der|die|das|des|von|und|am|im|an|in)\b", window[m.end():])
        found = name if name and name[:1].isupper() and name not in PLACES and not going_on else None
    return found


def body_by_other_word(text: str, name: str, pos: int) -> str | None:
    """`Bündnisses in Brüssel` after `Die Nato reagierte …`: a word the article uses for a body it
    named before (lexicon/body_synonyms.txt) is that body."""
    words = [w for w in name.split() if w.lower() not in ("der", "die", "das", "des", "dem", "den")]
    head = words[0].lower() if words else ""
    body = BODY_SYNONYMS.get(head)
    if body is None or len(words) > 1 and words[1] != "in":
        return None
    return body if re.search(rf"\b{re.escape(body)}\b", text[:pos], flags=re.I) else None


def nationality_clash(people: People, mention: Mention, name: str | None) -> bool:
    """`erklärte der Chinese` and a person described only by another nationality (`der russische
    Außenminister Sergej Lawrow`): the epithet does not fit."""
    words = mention.text.split()
    said = nationality(words[-1]) if words and words[-1].lower().split("-")[-1] in DEMONYMS else None
    person = people.get(name or "") if said else None
    if person is None:
        return False
    theirs = _nationalities(person)
    return bool(theirs) and said not in theirs


def nationality_fitting(people: People, mention: Mention, phrase: bool = False) -> Resolved | None:
    """The person named last before an epithet (`der Chinese`) whose description gives that nationality
    (`seinem chinesischen Kollegen Wang Yi`); with `phrase`, the one nationality its adjective names
    (`der chinesische Gast`)."""
    words = mention.text.split()
    if phrase:
        named = nationalities(mention.text)
        said = next(iter(named)) if len(named) == 1 else None
    else:
        said = nationality(words[-1]) if words else None
    for p in people.before(mention.start) if said else ():
        if said in _nationalities(p):
            return Resolved(p.name, p.side, "role")
    return None


def person_of_nationality(people: People, mention: Mention, resolved: Resolved) -> Resolved:
    """`Der chinesische Gast wies das zurück`: a singular description by nationality that names no
    one the article knows is the person of that nationality named before (not a body: `die chinesische
    Regierung`)."""
    words = mention.text.split()
    if len(words) != 3 or words[0].lower() not in ("der", "die") or not words[1].endswith("e") \
            or not words[2][:1].isupper() or words[2].lower().endswith(BODY_HEADS) or people.get(resolved.name or "") is not None:
        return resolved
    return nationality_fitting(people, mention, phrase=True) or resolved


def _nationalities(person) -> set[str]:
    """The nationalities a person's descriptions name, and their side's (`US-Außenminister Antony
    Blinken`, a well-known actor named without title)."""
    return nationalities(" ".join(person.descriptors), offices=True) | ({_SIDE_NATIONALITIES[person.side]}
                                                          if person.side in _SIDE_NATIONALITIES else set())


_SIDE_NATIONALITIES = {side: nationality(adjective) for side, adjective in
                       (("US", "amerikanisch"), ("RU", "russisch"), ("UA", "ukrainisch"))}


_GENITIVE_AFTER = re.compile(r"\s+(?:der|des)(?:\s+[A-ZÄÖÜ][\w'’-]*)+")


def group_with_genitive(text: str, m: Mention) -> Mention:
    """`Angehörige der Geiseln`, `Wissenschafter der Aga Khan University`: a group with whose it is."""
    found = _GENITIVE_AFTER.match(text, m.end)
    return replace(m, text=text[m.start:found.end()], end=found.end()) if found else m


# two parties named as one (`Beide Seiten`, `die beiden Minister`)
_BOTH_NOUNS = frozenset("seiten politiker politikerinnen minister ministerinnen präsidenten staatschefs regierungschefs "
                        "außenminister spitzenpolitiker".split())


def both_sides(text: str, mention: Mention) -> bool:
    """`Beide Seiten`, `die beiden Minister`: the mention (with or without its `beide`) names two parties."""
    words = mention.text.lower().split()
    return bool(words) and words[-1] in _BOTH_NOUNS and (
        any(w in ("beide", "beiden", "beider") for w in words) or re.search(r"(?i)\bbeiden?\s+$", text[max(0, mention.start - 12):mention.start]) is not None)


def the_two_in_sentence_before(parsed: Parsed, people: People, pos: int) -> Resolved | None:
    """The two persons, and only two, named in the sentence before `pos`'s, the one named first as the
    speaker and the other beside them."""
    sent = parsed.sentence_at(pos)
    if sent is None or sent.index == 0:
        return None
    prev = parsed.sentences[sent.index - 1]
    return _the_two_between(people, prev.start, prev.end)


def the_two_before_in_sentence(parsed: Parsed, people: People, pos: int) -> Resolved | None:
    """`Das Treffen zwischen Trump und Selenskyj ist nach Angaben beider Seiten …`: the two persons, and
    only two, named in `pos`'s own sentence before it."""
    sent = parsed.sentence_at(pos)
    return _the_two_between(people, sent.start, pos) if sent is not None else None


def _the_two_between(people: People, start: int, end: int) -> Resolved | None:
    named = sorted(((min(x for x in p.positions if start <= x < end), p) for p in people.persons.values()
                    if any(start <= x < end for x in p.positions)), key=lambda t: t[0])
    if len(named) != 2:
        return None
    return _pair(named[0][1], named[1][1])


def the_two_before(people: People, pos: int) -> Resolved | None:
    """`Scholz und Macron riefen zur Ruhe auf. Beide betonten, …`: the two persons named as subjects
    last before `pos`, the one named first as the speaker and the other beside them."""
    two = list(people.before(pos, subjects_only=True)[:2])
    if len(two) < 2:
        return None
    return _pair(*sorted(two, key=lambda p: max(x for x in p.subject_positions if x < pos)))


def _pair(first: Person, second: Person) -> Resolved:
    """Two persons speaking as one: the first as the speaker, the other beside them."""
    return Resolved(first.name, first.side, "pronoun", others=(Resolved(second.name, second.side, "pronoun"),))
