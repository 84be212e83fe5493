"""Speakers: the article's people, one canonical name per person, and their side (what a mention
stands for among them: quotes/resolution.py).

Within an article every person is keyed by the folded last name, so `Peskow`
becomes `Dmitri Peskow` once the full name has been seen. Across outlets the
same folding makes `Sergej Rjabkow`, `Sergei Rjabkow` and `Sergei Ryabkov` one key.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from quotes.actors import load as known_actors
from quotes.lexicon import ACTOR_SURNAMES, DEMONYMS, EPITHETS, FEMALE_NAMES_OTHER, FIRST_NAMES, GENERATED_FIRST_NAMES, MALE_NAMES_A_E, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, PLACES, SIDE_PATTERNS, SIDE_TOPIC_HEADS, UNISEX_NAMES
from quotes.identity import different_first_names
from quotes.names import (AGE_NOUN, capitalised, fold, last_name,
                          name_runs, place_adjective, role_head, role_word, sentence_name_flags, strip_roles, without_full_stop,
                          without_syllable_genitive)
from quotes.descriptors import descriptor_before, predicate_role, speaks_for_the_body_before
from quotes.layout import sentence_before_in_paragraph
from quotes.marks import marked_quotes
from quotes.spans import Spans
from quotes.subject_names import (after_fronted_clause, object_after_reflexive, before_untagged_verb, fronted_object_before, is_subject,
                                  labelled_with_phrase)
from quotes.types import Mention, Parsed, Sentence, Word


PRONOUNS = {"er", "sie", "ich", "wir"}


# demonstratives standing alone (`sagte dieser`, `so Letztere`) refer to the person named last,
# not to the topic as `er` does; the value is the gender they agree with
DEMONSTRATIVES = {"dieser": "m", "letzterer": "m", "jener": "m", "letztere": "f"}


def side_of(descriptor: str) -> str | None:
    """The side named by a descriptor (`Kremlsprecher`, `US-Außenminister`), earliest match first."""
    best: tuple[int, str] | None = None
    for pattern, side in SIDE_PATTERNS:
        m = next((m for m in re.finditer(pattern, descriptor, re.I)
                  if not _about_the_side(descriptor, m) and not _FORMER_OFFICE.search(descriptor[:m.start()])), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), side)
    return best[1] if best else None


# an office held once speaks for no side now (`der frühere Nato-Oberbefehlshaber`, `Ex-Außenminister`)
_FORMER_OFFICE = re.compile(r"\b(?:früher|ehemalig|einstig)\w*\s+(?:\w+\s+)?(?:\S+-)?$|\b(?:Ex|Alt)-(?:\S+-)?$", re.I)


def _about_the_side(descriptor: str, m: re.Match) -> bool:
    """The side's name opens a compound for someone who studies or opposes it (`Russland-Experte`,
    `Kremlkritiker`): no one of that side."""
    end = re.search(r"[\s,;:()]|$", descriptor[m.end():]).start() + m.end()
    rest = descriptor[m.end():end].lower()
    # (in any case: `des Kremlkritikers`, `der Russland-Experten`)
    if rest and any(r.endswith(SIDE_TOPIC_HEADS) for r in (rest, rest[:-1], rest[:-2]) if r):
        return True
    # an adjective before one who opposes the side's government (`des russischen Oppositionspolitikers`,
    # `der russische Dissident`)
    nxt = re.match(r"\w*\s+(\w+)", descriptor[m.end():])
    return rest.isalpha() and nxt is not None and re.match(_OPPOSING, nxt.group(1), re.I) is not None


_OPPOSING = r"(?:opposition\w*|dissident\w*|regimegegner\w*|regime-?kritiker\w*|regierungskritiker\w*|exil\w*)$"


_ACTOR_KEYS = frozenset(fold(name) for name in ACTOR_SURNAMES)


def names_a_leaning(text: str) -> bool:
    """`der Rechtspopulist`, `die CDU-Politikerin`: a noun that describes a person by politics or
    trade, as whoever was named last."""
    words = text.lower().split()
    return len(words) >= 2 and words[0] in EPITHETS and words[-1].endswith(EPITHETS[words[0]])


def is_epithet(descriptor: str) -> bool:
    """`CDU-Politikerin`, `der Diplomat`: a description of a person, no office another could hold."""
    last = descriptor.split()[-1].lower().strip(",;:()").split("-")[-1] if descriptor.split() else ""
    return last.endswith(EPITHETS["der"] + EPITHETS["die"])


def possessive_spokesperson(mention: Mention) -> re.Match | None:
    """`Seinem Sprecher`, `ihre Sprecherin`, `Dessen Sprecher`: a spokesperson named by whose they are."""
    return _POSSESSIVE_SPOKESPERSON.fullmatch(mention.text.strip()) if mention.kind in ("role", "org") else None


def as_pronoun(mention: Mention) -> Mention:
    """`der Norweger`, `die Russin`, `der 62-Jährige`, `die Grünen-Politikerin`, `der
    Innenpolitiker`, `der frühere Fraktionschef`, `der junge Mann` refer back to one person like
    `er`/`sie`: the pronoun they stand for (same offsets); any other mention unchanged. Plurals
    (`die Kanadier`), other cases and offices (`der Fraktionschef`, who may be someone else) stay
    nouns."""
    owner = possessive_spokesperson(mention)
    if owner is not None:
        # `Seinem Sprecher zufolge`: the spokesperson speaks for the one the possessive refers to, as
        # `ein Sprecher des Kremls` does for the Kremlin (not for another person who is a spokesman)
        # (`Dessen Sprecher`: the one named last, as `dieser`)
        pronoun = {"sein": "er", "dessen": "dieser"}.get(owner.group(1).lower(), "sie")
        return Mention(pronoun, mention.start, mention.end, "pronoun")
    oblique = _oblique_epithet(mention)
    if oblique is not None:
        return Mention(oblique, mention.start, mention.end, "pronoun")
    m = re.fullmatch(r"(der|die)\s+((?:[a-zäöüß][\w-]*e\s+)*)(\S+)", mention.text.strip(), flags=re.I)
    if mention.kind not in ("role", "org"):
        return mention
    if m is None:
        # an epithet of trade with the body it works for in the genitive (`der Politologe der Universität
        # München`) still refers back
        m = re.fullmatch(r"(der|die)\s+((?:[a-zäöüß][\w-]*e\s+)*)(\S+)\s+(?:des|der)\s+\S.*", mention.text.strip(),
                         flags=re.I)
        if m is None or not m.group(3).lower().endswith(EPITHETS[m.group(1).lower()]):
            return mention  # `der junge Mann` reads as a thing
    article, adjectives, noun = m.group(1).lower(), m.group(2).split(), m.group(3).lower()
    last = noun.split("-")[-1]
    by_article = "er" if article == "der" else "sie"
    if AGE_NOUN.fullmatch(noun) and noun.endswith("jährige"):
        pronoun = by_article
    elif last in DEMONYMS and last.endswith("in") and article == "die":
        pronoun = "sie"
    elif last in DEMONYMS and not last.endswith(("in", "s", "n")) and article == "der":
        pronoun = "er"
    elif last == "deutsche":
        pronoun = by_article  # an adjective used as a noun: `der Deutsche`, `die Deutsche`
    elif last.endswith(EPITHETS[article]):
        pronoun = by_article  # `der Innenpolitiker`, `die CDU-Politikerin`
    elif adjectives and (article, last) in _PERSON_NOUNS:
        pronoun = by_article  # `der junge Mann`
    elif adjectives and (article == "der") != noun.endswith("in") and (
            adjectives[0].lower() == "gebürtige" or adjectives[0].lower() in _FORMER and role_head(noun)):
        # `der gebürtige Hamburger`; `der frühere Fraktionschef`: the office is someone else's now
        pronoun = by_article
    elif not adjectives and (article == "der" and place_adjective(m.group(3))
                             or article == "die" and m.group(3).endswith("in") and place_adjective(m.group(3)[:-2])):
        pronoun = by_article  # `schrieb der Dortmunder`, `sagte die Berlinerin`: one of that place
    else:
        return mention
    return Mention(pronoun, mention.start, mention.end, "pronoun")


def _oblique_epithet(mention: Mention) -> str | None:
    """`Dem Diplomaten zufolge`, `laut dem SPD-Politiker`, `nach Angaben des 62-Jährigen`, `der
    Grünen-Politikerin zufolge`: an epithet in the dative or genitive refers back as `ihm`/`ihr`
    does (None for anything else: `der Grünen` is the party)."""
    m = re.fullmatch(r"(dem|des|der)\s+((?:[a-zäöüß][\w-]*en\s+)*)(\S+)", mention.text.strip(), flags=re.I)
    if mention.kind not in ("role", "org") or m is None:
        return None
    article, noun = m.group(1).lower(), m.group(3).lower()
    last = noun.split("-")[-1]
    if article == "der":
        # (only a feminine form in -in: `der Liberalen` may be a plural)
        return "ihr" if last.endswith("in") and last.endswith(EPITHETS["die"]) else None
    # the weak and genitive endings: `Diplomaten`, `Experten`, `Politikers`, `62-Jährigen`
    stems = {last} | {last[:-len(e)] for e in ("en", "n", "es", "s") if last.endswith(e)}
    if any(s.endswith(EPITHETS["der"]) for s in stems) or AGE_NOUN.fullmatch(last) and last.endswith("jährigen"):
        return "ihm" if article == "dem" else "er"
    return None


# nouns of a person with no office (`Ein Mann`, `Der Mann`); as an epithet with its article's gender
PERSON_NOUNS = frozenset({"Mann", "Frau", "Männer", "Frauen"})
_PERSON_NOUNS = frozenset({("der", "mann"), ("die", "frau")})
SPOKESPERSON = r"(?:(?:Presse)?[Ss]precher|Pressedienst|Pressestelle)"
# (`erklärte sein Büro`: a politician's office speaks for them, as `Das Büro von X` does)
_POSSESSIVE_SPOKESPERSON = re.compile(r"(sein|ihr|dessen|deren)(?:e|em|en|er|es)?\s+(?:(?:[\w-]+-)?" + SPOKESPERSON
                                      + r"(?:in)?|Büro)", flags=re.I)


_FORMER = ("frühere", "ehemalige", "einstige", "langjährige")


@dataclass
class Person:
    name: str  # longest form seen
    key: str  # folded last name
    descriptors: list[str] = field(default_factory=list)
    side: str | None = None
    positions: list[int] = field(default_factory=list)
    subject_positions: list[int] = field(default_factory=list)
    order: int = 0  # place in the article's order of first mention

    @property
    def gender(self) -> str | None:
        """`f`/`m` from a known first name (-a/-e is female, with exceptions as data) or a role in
        -in (`Ministerin`) or `Frau`/`Herr`; None when nothing says."""
        if any(re.search(r"\bFrau\b", d) or feminine_role(d) for d in self.descriptors):
            return "f"
        if any(re.search(r"\bHerrn?\b", d) for d in self.descriptors):
            return "m"
        # (a first name alone is a person's whom the article calls by it: `sagt Olena`)
        first = self.name.split()[0].split("-")[0] if " " in self.name or self.name in FIRST_NAMES \
            and self.name not in ACTOR_SURNAMES else ""
        if first not in FIRST_NAMES:
            # (a role in its masculine form says so too: `Ihr chinesischer Amtskollege Wang Yi`)
            if any(_masculine_role(d) for d in self.descriptors):
                return "m"
            # (a Russian surname's ending says it: `Sacharowa`, `Nawalnaja`; `Lawrow`, `Medwedew`)
            last = self.name.split()[-1].lower()
            return "f" if last.endswith(_FEMININE_SURNAMES) else "m" if last.endswith(_MASCULINE_SURNAMES) else None
        if first in FEMALE_NAMES_OTHER:
            return "f"
        if first in GENERATED_FIRST_NAMES:
            # (the providers' gender: `Salvatore` is a man's name, whatever its -e says)
            return {"m": "m", "f": "f"}.get(GENERATED_FIRST_NAMES[first])
        if first in UNISEX_NAMES:
            return None
        return "f" if first.endswith(("a", "e")) and first not in MALE_NAMES_A_E else "m"

    @property
    def short_form(self) -> str | None:
        """The folded first name some outlets use alone (`Thaksin` for Thaksin Shinawatra); never a
        common first name (`Peter`), which names too many people."""
        words = self.name.split()
        # (nor a name's particle: `Von der Leyen` opening a sentence is no one called `von`)
        return fold(words[0]) if len(words) >= 2 and words[0] not in FIRST_NAMES \
            and words[0].lower() not in NAME_PARTICLES else None

    def add(self, name: str, descriptor: str, pos: int, subject: bool = False) -> None:
        if len(name.split()) > len(self.name.split()):
            self.name = name
        if descriptor:
            self.descriptors.append(descriptor)
            self.side = self.side or side_of(descriptor)
        self.positions.append(pos)
        if subject:
            self.subject_positions.append(pos)


_FEMININE_SURNAMES = ("owa", "ewa", "jewa", "naja", "skaja", "zkaja")
_MASCULINE_SURNAMES = ("ow", "ew", "jew")


def _masculine_role(descriptor: str) -> bool:
    """The descriptor ends in a role noun of masculine form (`Außenminister`, `Amtskollege`; not
    `Staatsoberhaupt`, which is either)."""
    words = re.findall(r"[\w-]+", descriptor)
    head = role_head(words[-1]) if words else None
    return head is not None and head not in _EITHER_GENDER and head not in ORG_HEADS and \
        not words[-1].lower().endswith(("in", "innen"))


def feminine_role(descriptor: str) -> bool:
    """The descriptor ends in a role noun of feminine form (`Ministerin`, `Verdi-Landeschefin`)."""
    words = re.findall(r"[\w-]+", descriptor)
    head = role_head(words[-1]) if words else None
    return head is not None and head not in ORG_HEADS and words[-1].lower().endswith(("in", "innen"))


_EITHER_GENDER = frozenset({"oberhaupt", "staatsoberhaupt", "mitglied", "jährige"})


def first_surnames(name: str) -> list[str]:
    """The folded first of two surnames (`uribe` of Álvaro Uribe Vélez), which Spanish and Portuguese
    names carry and outlets use alone: the capitalised middle words that are no first names."""
    words = name.split()
    return [fold(w) for w in words[1:-1] if len(words) >= 3 and w[:1].isupper() and w not in FIRST_NAMES
            and w.lower() not in NAME_PARTICLES]


def _opening_side(parsed: Parsed, sent: Sentence) -> str | None:
    """`Der ukrainische Militärgeheimdienst sprach von … Sprecher Andrij Jusow sagte, …`: the side of the
    phrase opening the sentence before, in the same paragraph — the body a bare spokesperson speaks for."""
    prev = sentence_before_in_paragraph(parsed, sent)
    if prev is None:
        return None
    verb = next((w for w in prev.words if w.upos in ("VERB", "AUX")), None)
    return side_of(parsed.text[prev.start:verb.start]) if verb is not None and verb.index > 1 else None


# a pronoun or role noun refers to one of the persons named last, not to the hundredth back (the
# most persons in one SpkAtt article is 60): without a bound every role in a book-length text
# would look back over every person before it
REACH = 100


class Recent(Sequence):
    """A lazily filled list (persons most recent first): indexing, slicing, `in`, truth."""

    def __init__(self, items: Iterator) -> None:
        self._gen, self._items = items, []

    def _fill(self, n: int | None) -> None:
        while n is None or len(self._items) < n:
            try:
                self._items.append(next(self._gen))
            except StopIteration:
                return

    def __getitem__(self, i):
        if isinstance(i, slice):
            self._fill(None if i.stop is None or i.stop < 0 or (i.start or 0) < 0 else i.stop)
        else:
            self._fill(None if i < 0 else i + 1)
        return self._items[i]

    def __len__(self) -> int:
        self._fill(None)
        return len(self._items)

    def __iter__(self):
        i = 0
        while True:
            self._fill(i + 1)
            if i >= len(self._items):
                return
            yield self._items[i]
            i += 1

    def __bool__(self) -> bool:
        self._fill(1)
        return bool(self._items)


class People:
    """Persons of one article, in order of mention."""

    def __init__(self) -> None:
        self.persons: dict[str, Person] = {}
        self._by_key: dict[str, list[Person]] = {}  # folded last name -> persons (a lookup, not a scan)
        self._by_short: dict[str, list[Person]] = {}  # short form -> persons, in order of arrival
        self._by_bare: dict[str, list[Person]] = {}  # last name without particles -> persons that have some
        self._index: dict[bool, tuple[int, list]] = {}  # mentions sorted by position (see `before`)
        self._mentions = 0  # mentions added so far: the sorted index is stale when this moved
        self.text: str | None = None  # the article's text, when collected from it

    def add(self, name: str, descriptor: str, pos: int, subject: bool = False) -> Person:
        key = fold(last_name(name))
        p = self.get(name)
        if p is None:
            # a second person with the same last name (`Georg` beside `Joseph Ratzinger`) gets
            # their full name as key
            p = self.persons[key if key not in self.persons else fold(name)] = Person(name=name, key=key)
            self._by_key.setdefault(key, []).append(p)
            bare = fold(name.split()[-1])
            if bare != key:
                # `Guttenberg` for Karl-Theodor zu Guttenberg, `Sayn-Wittgenstein erhielt …`: German
                # particles drop where the name opens a sentence (an index of its own: no person's key)
                self._by_bare.setdefault(bare, []).append(p)
            p.order = len(self.persons)
        short = p.short_form if p.positions else None
        p.add(name, descriptor, pos, subject)
        self._mentions += 1
        if p.short_form != short:  # a new person, or a longer name with another first word
            if short is not None:
                self._by_short[short].remove(p)
            if p.short_form is not None:
                holders = self._by_short.setdefault(p.short_form, [])
                holders.append(p)
                holders.sort(key=lambda x: x.order)
        return p

    def covers(self, pos: int) -> bool:
        """A mention collected so far spans this position (`Guttenberg` in `Karl-Theodor zu Guttenberg`)."""
        return any(x <= pos < x + len(p.name) for p in self.persons.values() for x in p.positions)

    def add_to(self, p: Person, pos: int, subject: bool) -> None:
        """One more mention of a known person, not looked up by name (`Thaksin` for Thaksin Shinawatra)."""
        p.add(p.name, "", pos, subject)
        self._mentions += 1

    def get(self, name: str) -> Person | None:
        key = fold(last_name(name))
        same = self._by_key.get(key, []) or self._by_bare.get(key, [])
        if same and len(name.split()) >= 2:
            fitting = [x for x in same if not different_first_names(x.name, name)]
            return fitting[-1] if fitting else None
        # a bare last name is the one of that name mentioned last
        p = max(same, key=lambda x: max(x.positions, default=-1)) if same else None
        if p is None and " " not in name.strip():
            p = self.by_first_name(name.strip()) or self._by_first_surname(name.strip())
        return p

    def _by_first_surname(self, word: str) -> Person | None:
        """`Uribe` for Álvaro Uribe Vélez (a scan: rarely asked)."""
        key = fold(word)
        return next((p for p in reversed(self.persons.values()) if key in first_surnames(p.name)), None)

    def by_first_name(self, word: str) -> Person | None:
        """The person named in full before (the latest, if several) by a first name alone: a common one
        (`Oleksandr` for Oleksandr Petrenko; rarely asked: a scan) or one that names few people and that
        outlets use alone (`Thaksin` for Thaksin Shinawatra, `Xi`: an index kept in step with the names)."""
        if word in FIRST_NAMES:
            return next((p for p in reversed(self.persons.values())
                         if len(p.name.split()) >= 2 and p.name.split()[0] == word), None)
        holders = self._by_short.get(fold(word))
        return holders[-1] if holders else None

    def owner_side(self, text: str) -> str | None:
        """`Putins Sprecher`, `Selenskyjs Berater`: the side of the person whose role it is."""
        found = re.match(r"([A-ZÄÖÜ][\w-]+)s\s+\S", text)
        if found is None:
            return None
        person = self.get(found.group(1))
        actor = known_actors().find(person.name if person is not None else found.group(1))
        side = (person.side if person is not None else None) or (actor.side if actor is not None else None)
        return side if side != "OTHER" else None

    def before(self, pos: int, subjects_only: bool = False, skip: tuple[int, int] | None = None) -> "Recent":
        """Persons mentioned before `pos`, most recent first (only as grammatical subjects, if asked).

        Lazy: callers mostly want the first one or two, so the mentions are walked back from
        `pos` over a sorted index only as far as asked, and never past the `REACH` persons named
        last (long texts stay linear)."""
        index = self._mention_index(subjects_only)
        start = bisect.bisect_left(index, (pos, float("-inf"))) - 1

        def walk():
            seen: set[int] = set()
            for i in range(start, -1, -1):
                if skip is not None and skip[0] <= index[i][0] < skip[1]:
                    continue  # named inside the quotation itself: not who says it
                p = index[i][2]
                if id(p) not in seen:
                    if len(seen) == REACH:
                        return
                    seen.add(id(p))
                    yield p

        return Recent(walk())

    def _mention_index(self, subjects_only: bool) -> list[tuple[int, int, "Person"]]:
        """(position, -order, person) of every mention, sorted; rebuilt when mentions were added."""
        size = self._mentions
        cached = self._index.get(subjects_only)
        if cached is None or cached[0] != size:
            rows = sorted(((x, -p.order, p) for p in self.persons.values()
                           for x in (p.subject_positions if subjects_only else p.positions)),
                          key=lambda t: (t[0], t[1]))
            cached = self._index[subjects_only] = (size, rows)
        return cached[1]

    @classmethod
    def from_parsed(cls, parsed: Parsed, person_like) -> "People":
        """Collect name runs; `person_like(run)` decides which runs name people."""
        people = cls()
        people.text = parsed.text
        offices: list[str] = []  # the roles of the persons named so far
        # a name inside quoted words is no subject of the story (`»Putin wird nicht aufhören«, sagte
        # der Niederländer`: Putin is no antecedent of the one speaking)
        quoted = Spans([(c.start, c.end) for c in marked_quotes(parsed.text)])
        subject_of_story = lambda sent, run: is_subject(sent, run) and not quoted.contains(run[0].start, run[-1].end)
        for sent in parsed.sentences:
            for run in name_runs(sent):
                run = strip_roles(run)
                if _birth_name(sent, run):
                    continue  # `wurde 1954 als Doris Ulrich geboren`: someone's former name, no one new
                nxt = sent.word(run[-1].index + 1)
                owned = nxt if len(run) == 1 else run[1] if len(run) == 2 and run[1].text not in FIRST_NAMES else None
                # (a first name in -s is no genitive: `Andreas Philippi` is no one of Andrea's)
                if run[0].text.endswith("s") and owned is not None and (role_head(owned.text) or len(run) == 2
                                                                       and run[0].text not in FIRST_NAMES):
                    # `Selenskyjs Sprecher`, `Sayn-Wittgensteins Text`: the owner in the genitive, no one
                    # new (the one named before; its whole word, as `Sayn-Wittgensteins` is tokenized at the hyphen)
                    whole = re.search(r"[\w-]*$", parsed.text[:run[0].start]).group() + run[0].text
                    owner = people.get(whole[:-1])
                    if owner is not None:
                        people.add_to(owner, run[0].start, False)
                        continue
                    if len(run) == 1:
                        continue
                before = sent.word(run[0].index - 1)
                whole = parsed.text[run[0].start:run[-1].end]
                owner = people.get(whole[:-1]) if whole.endswith("s") and before is not None \
                    and role_head(before.text) else None
                if owner is not None:
                    # `Die Anwältin Samanis`: a role and the genitive of one named before, their lawyer
                    people.add_to(owner, run[0].start, False)
                    continue
                named = people.by_first_name(run[0].text) if len(run) == 1 else None
                if named is not None:
                    # `Ban Ki-moon … Ban sagte`, `Oleksandr Petrenko … Oleksandr erzählt`: the one named
                    # in full before, not someone new (also where the word alone looks like no name: `Xi`)
                    people.add_to(named, run[0].start, subject_of_story(sent, run))
                    continue
                if person_like(sent, run):
                    name = without_full_stop(without_syllable_genitive(parsed.text[run[0].start:run[-1].end]))
                    descriptor = descriptor_before(parsed.text, sent, run[0]) or predicate_role(parsed.text, sent, run)
                    p = people.add(name, descriptor, run[0].start, subject_of_story(sent, run))
                    if p.side is None and speaks_for_the_body_before(parsed, sent, descriptor):
                        # (or a name with no office, a rank at most, right after a sentence opened by a side's
                        # spokesperson: `Der Sprecher der ukrainischen Streitkräfte wies das zurück. …, sagte
                        # Oberst Andrij Kowaljow`)
                        p.side = _opening_side(parsed, sent)
                    if _COLLEAGUE.search(descriptor) and offices:
                        # `US-Außenminister Blinken und sein russischer Kollege Lawrow`: the colleague
                        # holds the same office (also when named in a later sentence), of another side:
                        # not `US-Außenminister` for Lawrow, `Bundesaußenminister` for Sybiha
                        office = re.sub(r"^Bundes(?=\w)", "", offices[-1].split("-")[-1])
                        # (in the colleague's gender: `Außenministerin X und ihr Amtskollege Lawrow`)
                        female = re.search(r"[Kk]ollegin\b", descriptor) is not None
                        office = office + "in" if female and not office.endswith("in") else \
                            office[:-2] if not female and office.endswith("in") and role_head(office[:-2]) else office
                        p.descriptors.append(office[:1].upper() + office[1:])
                    elif _SUCCESSOR.search(descriptor) and offices:
                        # `Nato-Generalsekretär Stoltenberg … Sein Nachfolger Mark Rutte`: the same office,
                        # of the same side
                        p.descriptors.append(offices[-1])
                        p.side = p.side or side_of(offices[-1])
                    office = role_word(descriptor, role_head(descriptor)) if descriptor else None
                    if office is not None:
                        offices.append(office)
        # second pass: a known last name is a name wherever it stands, whatever its tag; so is a
        # well-known actor's (`Biden nannte …` with `Biden` tagged as an adverb)
        known = {p.key for p in people.persons.values()} | set(people._by_bare)
        # (in any outlet's spelling: `Selenski`, `Selenskij` for `Selenskyj`)
        actors = {fold(w.text) for sent in parsed.sentences for w in sent.words
                  if w.text[:1].isupper() and fold(w.text) in _ACTOR_KEYS and w.text not in PLACES} - known
        known |= actors
        # `Thaksin Shinawatra … Thaksin bemühte sich`: some outlets shorten to the first name
        firsts = {p.short_form: p for p in people.persons.values() if p.short_form}
        # `Álvaro Uribe Vélez … Uribe sagte`: the first of two surnames, too
        firsts.update({key: p for p in people.persons.values() for key in first_surnames(p.name) if key not in known})
        # (`Sayn-Wittgenstein`, tokenized at its hyphen, for Doris von Sayn-Wittgenstein)
        hyphenated = {k for k in known if " " in k}
        for sent in parsed.sentences:
            for i, w in enumerate(sent.words):
                key = fold(w.text)  # cached: this pass looks at every word of the article
                if hyphenated and i + 2 < len(sent.words) and sent.words[i + 1].text == "-" and \
                        fold(compound := parsed.text[w.start:sent.words[i + 2].end]) in hyphenated and \
                        not people.covers(w.start):
                    last, after = sent.words[i + 2], sent.word(sent.words[i + 2].index + 1)
                    # (the subject: so parsed, or opening the sentence right before its verb)
                    subject = last.deprel.startswith("nsubj") or i == 0 and after is not None and after.upos in ("VERB", "AUX")
                    people.add(compound, "", w.start, subject and not quoted.contains(w.start, last.end))
                    continue
                if key not in known and key not in firsts:
                    continue
                nxt = sent.words[i + 1] if i + 1 < len(sent.words) else None
                # (`Baerbock: „…“`: a headline's label is the one speaking)
                subject = (w.deprel.startswith("nsubj") or (i == 0 and nxt is not None and (nxt.upos in ("VERB", "AUX")
                                                                                          or nxt.text == ":"))
                           or fronted_object_before(sent, [w]) or i == 0 and before_untagged_verb(sent, [w], nxt)
                           or after_fronted_clause(sent, [w]) or i == 0 and labelled_with_phrase(sent, [w])
                           or object_after_reflexive(sent, [w])) \
                    and not quoted.contains(w.start, w.end)
                # (a name the first pass left out, whatever its tag: alone, not the end of a run it took)
                # (a function word too where it stands as a name, alone: `Weil äußerte sich ähnlich.`, not
                # the `Weil` of `Stephan Weil`, collected whole)
                flags = sentence_name_flags(sent) if w.text in NOT_NAMES else None
                named_so = capitalised(w) or flags is not None and flags[i] and not (i and flags[i - 1])
                if named_so and key in known and (w.upos != "PROPN" or not (i and capitalised(sent.words[i - 1]))
                                                        and not any(w.start in p.positions for p in people.persons.values())) \
                        and not (key in people._by_bare and people.covers(w.start)):
                    people.add(w.text, "", w.start, subject)
                elif key in firsts and w.text[:1].isupper() and not (nxt is not None and capitalised(nxt)) \
                        and w.start not in firsts[key].positions:
                    people.add_to(firsts[key], w.start, subject)
        # a well-known actor's side holds without a title in the article (`Joe Biden hat Putin gewarnt.
        # Der US-Präsident sagte …`), so a role of that side finds them
        actors_file = known_actors()
        for p in people.persons.values():
            if p.side is None:
                a = actors_file.find(p.name)
                p.side = a.side if a is not None and a.side != "OTHER" else None
            if p.side is None:
                # `Selenskyjs Sprecher Serhij Nykyforow`: of the side of the one whose role it is
                # (`owner_side` reads the owner's side from the actors file too: the order does not matter)
                p.side = next((side for d in p.descriptors if (side := people.owner_side(d))), None)
        return people


_COLLEAGUE = re.compile(r"\b(?:Amts)?[Kk]olleg(?:e|en|in)\b")
_SUCCESSOR = re.compile(r"\b(?:[Ss]ein|[Ii]hr|[Dd]essen|[Dd]eren)(?:e|er|em|en)?\s+(?:designierte[nr]?\s+)?"
                        r"(?:Nachfolger|Vorgänger)(?:in|s)?\b")


def _birth_name(sent: Sentence, run: list[Word]) -> bool:
    before, after = sent.word(run[0].index - 1), sent.word(run[-1].index + 1)
    return before is not None and before.text == "als" and after is not None and after.text == "geboren"
