"""Names and titles: one spelling-insensitive key per name across outlets and scripts (`Sergej
Rjabkow`, `Sergei Ryabkov`, `Сергей Рябков`), last names with their particles, role nouns
(`Kremlsprecher`, `Außenministerin`), and where names stand in a sentence whatever the tagger
says. Which stored speaker a name is: `quotes.identity`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quotes.lexicon import ACTOR_SURNAMES, AUX_FORMS, BODY_HEADS, BODY_KINDS, DEMONYMS, FIRST_NAMES, NAME_PARTICLES, NAMED_BODIES, NOT_NAMES, NUMERALS, OBJECT_NOUNS, ORG_HEADS, PARTICLE_SURNAMES, PLACES, ROLE_HEADS, SURNAME_ENDINGS, TIME_NOUNS
from quotes.nominative import strong_form
from quotes.types import Sentence, Word

AGE_NOUN = re.compile(r"(\d+-)?jährige[nr]?")


# Transliteration variants of Russian and Ukrainian names in German and English
# outlets: Sergej/Sergei/Sergey, Lawrow/Lavrov, Rjabkow/Ryabkov, Selenskyj/Zelensky.
# (`tsch` before `sch`: Tschernyschow/Chernyshov, Klitschko/Klychko)
_FOLDS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("tsch", "ch"), ("sch", "sh"), ("zh", "sh"),
          ("ij", "i"), ("yj", "i"), ("iy", "i"), ("yi", "i"), ("ey", "ei"), ("ej", "ei"), ("j", "i"), ("y", "i"),
          ("w", "v"), ("z", "s"), ("ff", "v"), ("kh", "ch"))


# Cyrillic to Latin as German outlets write it (Лавров → Lawrow, Песков → Peskow, Зеленський →
# Selenskyj); the folds below then meet the English spellings (Lavrov, Zelensky) too.
_CYRILLIC = dict(zip("абвгдезийклмнопрстуфыэіґ", "abwgdesiiklmnoprstufyeig")) | {
    "е": "e", "ё": "jo", "ж": "sch", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch",
    "ъ": "", "ь": "", "ю": "ju", "я": "ja", "є": "je", "ї": "ji"}


def without_accents(text: str) -> str:
    """The text with its letters' accents dropped (`Orbán` → `Orban`, `Erdoğan` → `Erdogan`)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A spelling-insensitive key for a name (cached: every word of every article is looked up)."""
    s = unicodedata.normalize("NFKC", name).lower()
    if any("\u0400" <= c <= "\u04ff" for c in s):
        s = "".join(_CYRILLIC.get(c, c) for c in s)
    for a, b in _FOLDS[:4]:
        s = s.replace(a, b)
    s = without_accents(s)
    for a, b in _FOLDS[4:]:
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters vary across transliterations
    return re.sub(r"\s+", " ", s).strip()


def last_name(name: str) -> str:
    """`Scholz`; with its particles `von der Leyen`."""
    parts = name.split()
    k = len(parts) - 1
    while k > 0 and parts[k - 1].lower() in NAME_PARTICLES:
        k -= 1
    # `Von der Leyen` opening a sentence is `von der Leyen`
    return " ".join([p.lower() for p in parts[k:-1]] + parts[-1:]) if parts else name


@lru_cache(maxsize=8192)
def role_head(text: str) -> str | None:
    """The role noun head (`sprecher` for `Kremlsprecher`), if the text ends in one; a
    nationality (`norweger`) or age (`jährige`) noun ending the text counts too."""
    words = re.findall(r"[\w-]+", text.lower())
    last = words[-1].split("-")[-1] if words else ""
    if last in DEMONYMS:
        return last
    if words and AGE_NOUN.fullmatch(words[-1]):
        return "jährige"
    # inflected weak nouns only for a single word (`Amtskollegen Dmytro Kuleba`): inside a phrase,
    # `der Entscheidung des Bundespräsidenten` is about a role, not one
    heads = _INFLECTED_ROLE_SET if len(words) == 1 else _ROLE_SET
    for w in reversed(words):
        # the longest role head the word ends in (`vize-außenminister` → `außenminister`)
        head = next((w[-n:] for n in _ROLE_LENGTHS if len(w) >= n and w[-n:] in heads), None)
        if head is not None:
            return head
    return None


# weak nouns inflect in -n/-en (`des Kollegen`, `dem Präsidenten`): those forms head a role too
_WEAK_ENDINGS = ("ent", "at", "ist", "ant", "aut", "ekt", "om", "et", "yst", "ot")


_ROLE_SET = frozenset(ROLE_HEADS)


_INFLECTED_ROLE_SET = _ROLE_SET | {h + "n" for h in ROLE_HEADS if h.endswith("e")} | \
    {h + "en" for h in ROLE_HEADS if h.endswith(_WEAK_ENDINGS)} | \
    {h + "s" for h in ROLE_HEADS if h.endswith(("er", "or", "ar", "är", "ef"))}  # genitive: `des SPD-Politikers`


_INFLECTED_ONLY = _INFLECTED_ROLE_SET - _ROLE_SET


_ROLE_LENGTHS = sorted({len(h) for h in _INFLECTED_ROLE_SET}, reverse=True)


def role_word(text: str, head: str | None) -> str | None:
    """The word of `text` that carries the role `head` (`US-Außenminister` for `minister`), as written."""
    return next((w for w in re.findall(r"[\w-]+", text) if head and w.lower().endswith(head)), None)


TITLES = frozenset("Dr Prof Mag Dipl Ing".split())


def strip_roles(run: list) -> list:
    """Drop role nouns the tagger took for names: [Außenministerin, Anna, Berger] → [Anna, Berger]."""
    # (and forms of address: `Frau Roth` is Roth; the word stays a descriptor that tells the gender)
    if all(named_body_spans(run)):
        return run  # `Reporter ohne Grenzen`: a body's name, whatever nouns it is made of
    while len(run) > 1 and (role_head(run[0].text) or run[0].text in ("Frau", "Herr", "Herrn")
                            or run[0].text.rstrip(".") in TITLES or run[0].text == "."):
        run = run[1:]  # (and academic titles: `Prof. Dr. Anna Schmidt` is Anna Schmidt)
    # `Linken Gesine Lötzsch`, `Massachusetts Mitt Romney`: a known first name after the run's
    # start begins the name; the words before it describe the person
    first = next((i for i, w in enumerate(run) if w.text in FIRST_NAMES), None)
    if first is not None and 0 < first < len(run) - 1 and not any(w.text in FIRST_NAMES for w in run[:first]):
        run = run[first:]
    return run


# endings of abstract nouns, no name's (`Unverständnis`, not `Dennis`)
ABSTRACT_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "ität", "itäten", "ismus", "tion", "tionen",
                    "nis", "nisse")


def capitalised(w: Word) -> bool:
    return w.text[:1].isupper() and w.text.replace("-", "").replace(".", "").isalpha() and w.text not in NOT_NAMES


def _surname_shaped(w: Word) -> bool:
    if w.text in ACTOR_SURNAMES and w.upos != "VERB":
        return True  # a known actor's last name (`der Präsidialverwaltung Jermak`, tagged a noun)
    return len(w.text) > 5 and w.text[:1].isupper() and w.text.lower().endswith(SURNAME_ENDINGS) \
        and w.text not in PLACES and w.text.isalpha()


_BODY_STARTS = {name[0] for name in NAMED_BODIES}


def named_body_spans(words: list[Word]) -> list[bool]:
    """Which words belong to a body's name from `named_bodies.txt` (`Ärzte ohne Grenzen`)."""
    inside = [False] * len(words)
    for i, w in enumerate(words):
        if w.text not in _BODY_STARTS:
            continue
        for name in NAMED_BODIES:
            if tuple(x.text for x in words[i:i + len(name)]) == name:
                inside[i:i + len(name)] = [True] * len(name)
    return inside


def sentence_named_bodies(sent: Sentence) -> tuple[bool, ...]:
    """`named_body_spans` of the whole sentence, read once per sentence (every mention asks)."""
    return sent.recall("named_bodies", lambda: tuple(named_body_spans(list(sent.words))))


def name_flags(words: list[Word]) -> list[bool]:
    """Which words belong to a person's name. The small tagger often calls names NOUN, so
    besides PROPN/PER tags, a capitalised word counts when it follows a role noun
    (`Anwalt Hartmut Lierow`), continues a name (`Olena Koval`, `Franz-Josef Jung`), or stands
    right before a tagged name with no article before it (`, Dmitri Peskow`)."""
    n = len(words)
    flags = [False] * n
    # (a surname's ending tells a name the tagger took for a noun: `Kondratjew`, `Kobachidse`)
    # (and a capitalised word tagged as punctuation: the tagger's guess at a foreign name, `Xi`)
    tagged = [w.upos == "PROPN" or w.ner.endswith("PER") or _surname_shaped(w)
              or w.upos in ("PUNCT", "SYM") and capitalised(w) for w in words]
    adjacent = lambda i: i > 0 and words[i].start <= words[i - 1].end + 1
    opening = _opening_particle_name(words)
    for i in range(opening):
        flags[i] = True  # `Von der Leyen sagte`, `Zu Guttenberg hatte`: a name opening the sentence with its particle
    bodies = named_body_spans(words)
    for i, w in enumerate(words):
        if i < opening:
            continue
        if bodies[i]:
            flags[i] = True  # `Ärzte ohne Grenzen`: a body's name with lower-case words inside
            continue
        if i + 2 < n and words[i + 1].text in ("-", "–") and words[i + 1].start == w.end \
                and words[i + 2].text.lower() in ("und", "oder", "sowie", "bis"):
            continue  # `Staats- und Parteichef Xi Jinping`: the first part of a compound cut short
        if hyphen_joins(words, i) and flags[i - 1] and capitalised(words[i + 1]) and not role_head(words[i + 1].text):
            flags[i] = True
            continue
        if hyphen_joins(words, i) and i > 1 and flags[i - 2] and flags[i - 1] and given_name_syllable(words, i + 1):
            flags[i] = flags[i + 1] = True  # `Ban Ki-moon`, `Kim Jong-un`: not `Kim Jong` with `-un` left over
            continue
        if w.text[:1] in ("-", "–") and i > 1 and flags[i - 2] and flags[i - 1] and given_name_syllable(words, i):
            flags[i] = True  # `Lai Ching-te` with `-te` one token
            continue
        # (capitalised after a first name too: `Vincent Van Peteghem`)
        # (or one that opens nothing but a name, capitalised, after any name: `Bart De Wever`)
        particle = w.text in NAME_PARTICLES or w.text.lower() in NAME_PARTICLES and i > 0 and flags[i - 1] \
            and (words[i - 1].text in FIRST_NAMES or w.text[:1].isupper() and w.text.lower() in NAME_ONLY_PARTICLES)
        if particle and not _contracted(words, i) and _particle_in_name(words, i, flags):
            flags[i] = True  # `Ursula von der Leyen`: not `Merkel von der CDU`
            continue
        if w.text == "." and i > 0 and words[i - 1].text in TITLES and words[i - 1].end == w.start and i + 1 < n \
                and capitalised(words[i + 1]):
            flags[i] = flags[i - 1] = True  # `Prof. Dr. Anna Schmidt`: the title's stop, tokenized apart
            continue
        if _INITIAL.fullmatch(w.text) and i + 1 < n and adjacent(i + 1) and \
                (capitalised(words[i + 1]) or _INITIAL.fullmatch(words[i + 1].text)) and i > 0 and \
                (flags[i - 1] or role_head(words[i - 1].text) and words[i - 1].upos != "VERB"):
            flags[i] = True  # `Vizepräsident J.D. Vance`, `J. D. Vance` (`D.` tagged an article)
            continue
        if _APOSTROPHE_PREFIX.fullmatch(w.text) and i + 1 < n and words[i + 1].start == w.end and capitalised(words[i + 1]):
            flags[i] = True  # `Michael O'Leary`, `D'Alema`: the prefix the tokenizer split off its name
            continue
        after_particle = i > 0 and flags[i - 1] and words[i - 1].text in NAME_PARTICLES
        if w.index == 1 and w.text.lower() in AUX_FORMS:
            continue  # `Würde Nordkorea …`, `Sollte Trump …`: an auxiliary or modal opening a conditional
        # (a function word capitalised inside the sentence is a name: `sagte Weil`, `Stephan Weil`; not
        # at a line's start the sentence splitter ran into, nor a pronoun: `glauben Sie das?`)
        inside = w.text in NOT_NAMES and i > 0 and words[i - 1].upos != "PUNCT" and w.text.isalpha() \
            and w.start - words[i - 1].end <= 1 and w.upos not in ("PRON", "DET")
        if inside and (words[i - 1].text in FIRST_NAMES or words[i - 1].upos in ("VERB", "AUX") and words[i - 1].text.islower()):
            flags[i] = True
            # (the first name too, which saw no capitalised word after it: `und Stephan Weil (SPD)`)
            flags[i - 1] = flags[i - 1] or words[i - 1].text in FIRST_NAMES
            continue
        if i == 0 and w.text in _PURE_SUBORDINATORS and n > 1 and words[1].upos in ("VERB", "AUX") and words[1].text.islower() \
                and words[1].feat("VerbForm") in (None, "Fin"):
            # a subordinator opens a clause whose verb comes last: one the finite verb follows at once
            # is a name (`Weil äußerte sich ähnlich.`, Stephan Weil's)
            flags[i] = True
            continue
        if not capitalised(w) or role_head(w.text) or w.feat("Number") == "Plur" and not tagged[i] and not after_particle:
            continue
        if w.text.lower() in NUMERALS:
            continue  # `Dutzende Oppositionelle` tagged a name
        if i >= 2 and hyphen_joins(words, i - 1) and not flags[i - 2] and words[i - 2].text.lower() in BODY_HEADS:
            continue  # `die Partei-Linke Jamila Schäfer`: a compound on a body's word is a description
        if i >= 1 and flags[i - 1] and w.text in OBJECT_NOUNS or i >= 2 and flags[i - 1] and \
                words[i - 2].text in FIRST_NAMES and words[i - 1].text not in FIRST_NAMES \
                and len(w.text) >= 7 and w.text.endswith(ABSTRACT_ENDINGS):
            continue  # `übte Merz Kritik`, `forderte Olaf Scholz Geschlossenheit`: an object noun after a name
        if i >= 1 and flags[i - 1] and words[i - 1].text in ACTOR_SURNAMES and words[i - 1].text not in FIRST_NAMES \
                and w.upos == "NOUN" and not tagged[i] and w.text not in FIRST_NAMES:
            continue  # `warf Merz Wortbruch vor`: a known person's last name ends the name; an untagged noun is the object
        if i >= 1 and flags[i - 1] and w.text in PLACES and words[i - 1].text not in FIRST_NAMES and \
                (i >= 2 and flags[i - 2] or words[i - 1].text in ACTOR_SURNAMES or words[i - 1].text in PLACES):
            # `drohte Dmitri Medwedew Deutschland`: a place after a full name, a known last name or
            # another place is no part of it (`FC Bayern München` is `FC Bayern`; not `George
            # Washington`, nor a body's name: `Radio Bremen`)
            continue
        if i + 1 < n and place_adjective(w.text) and capitalised(words[i + 1]) and words[i + 1].text not in FIRST_NAMES \
                and not words[i + 1].ner.endswith("PER") and not _surname_shaped(words[i + 1]):
            continue  # `Laut Berliner Polizei`, `die Moskauer Führung`: a city's adjective before a noun
        if i >= 1 and not tagged[i] and w.text not in FIRST_NAMES and _genitive_of_actor(words[i - 1].text):
            continue  # `würdigte Obamas Einsatz`, `Trumps Personalkarussell`: what a known person's genitive owns
        if i + 2 < n and hyphen_joins(words, i + 1) and (f"{w.text}-{words[i + 2].text}" in FIRST_NAMES or
                                                         w.text in FIRST_NAMES and words[i + 2].text in FIRST_NAMES):
            flags[i] = True  # `Karl-Theodor`, `Sven-Georg`: a first name split at its hyphen
            continue
        prev = words[i - 1] if i > 0 else None
        # `Nato-Chef`, `Verdi-Chef`: a name glued to a role noun describes the person after it
        if tagged[i] and not (i + 1 < n and words[i + 1].text in ("-", "–") and words[i + 1].start == w.end
                              and not (i + 2 < n and tagged[i + 2] and not role_head(words[i + 2].text))):
            flags[i] = True
        elif prev is not None and adjacent(i) and (flags[i - 1] or (role_head(prev.text) and prev.upos != "VERB")):
            # after an inflected role (`des Bundespräsidenten Stellung`) only a tagged or first name
            inflected = not flags[i - 1] and role_head(prev.text) in _INFLECTED_ONLY
            # (a capitalised word inside a sentence is no verb, whatever the tagger says: `Maroš Šefčovič`)
            # (`Nicușor Dan` with `Dan` a preposition, which inside a sentence would be in lower case)
            # (`Analyst Dan Ives` with `Dan` tagged an article: a first name is one whatever its tag)
            flags[i] = (w.upos in ("NOUN", "PROPN", "X", "ADJ", "ADV") or w.upos == "VERB" and w.index > 1
                        or w.upos == "ADP" and w.index > 1 and w.text.lower() not in _PREPOSITIONS
                        or w.upos == "DET" and w.text in FIRST_NAMES) and \
                (not inflected or w.upos == "PROPN" or w.text in FIRST_NAMES or i + 1 < n and tagged[i + 1]
                 and adjacent(i + 1) and capitalised(words[i + 1]))  # `Amtskollegen Wang Yi`
        elif i + 1 < n and tagged[i + 1] and (prev is None or prev.upos not in ("DET", "ADJ", "ADP")) \
                and w.upos in ("NOUN", "X"):
            flags[i] = True
        elif i + 1 < n and capitalised(words[i + 1]) and f"{w.text} {words[i + 1].text}" in PLACES:
            flags[i] = True  # `New York Times`, `Los Angeles`: the first word of a place in two words
        elif w.text in FIRST_NAMES and w.deprel.startswith("nsubj") and w.upos in ("NOUN", "PROPN", "X") \
                and (prev is None or prev.upos not in ("DET", "ADJ", "ADP")):
            flags[i] = True  # `Oleksandr ist 34 Jahre alt`: a first name alone as the subject (not `Der Wolf`)
        elif w.text in FIRST_NAMES and i + 1 < n and adjacent(i + 1) and (
                capitalised(words[i + 1]) and not role_head(words[i + 1].text) or words[i + 1].text in NAME_PARTICLES):
            flags[i] = True  # `Heiner Falldorf` tagged NOUN NOUN, `Ursula von …`: the next word continues the name
    return flags


_APOSTROPHE_PREFIX = re.compile(r"[OD]['’]")
_HYPHEN_PARTICLES = ("al", "el")  # (only particles of the lexicon reach the test)

# subordinators that are no adverbs (`Damit ist klar`, `Da ist …` are): never the first phrase of a main clause
_PURE_SUBORDINATORS = frozenset("Weil Obwohl Nachdem Bevor Sobald Falls Indem Solange Wenn Ob Dass".split())


# German prepositions, which a title-case line may capitalise (`Angela Merkel Am Montag`)
_PREPOSITIONS = frozenset("ab an am auf aus bei beim bis durch für gegen hinter im in ins mit nach neben ohne per "
                          "seit über um unter von vom vor während wegen zu zum zur zwischen".split())


_INITIAL = re.compile(r"(?:[A-ZÄÖÜ]\.){1,3}")


def _opening_particle_name(words: list[Word]) -> int:
    """How many words a last name with particles opening the sentence spans (`Von der Leyen`,
    `Zu Guttenberg`): a capitalised particle, more particles, then one capitalised word that a verb
    follows; 0 if none."""
    # German articles and contractions among the particles (`Der Bericht`, `Zur Begründung`) open no name
    if not words or words[0].index != 1 or words[0].text[1:2].isupper() or words[0].text.lower() not in NAME_PARTICLES \
            or words[0].text.lower() in ("der", "den", "vom", "zur") or not words[0].text[:1].isupper():
        return 0
    j = past_particles(words, 1)
    if j >= len(words) or not capitalised(words[j]) or role_head(words[j].text) or words[j].text in PLACES:
        return 0
    # a verb follows in the sentence; a noun phrase handed on its own ends with the name
    return j + 1 if j + 1 == len(words) or words[j + 1].upos in ("VERB", "AUX") else 0


def hyphen_joins(words, i: int) -> bool:
    """words[i] is a hyphen glued to its neighbours (`US-Außenminister`, `Karl-Theodor` split by the tokenizer)."""
    w = words[i]
    return w.text in ("-", "–") and 0 < i < len(words) - 1 and words[i - 1].end == w.start and w.end == words[i + 1].start


def given_name_syllable(words, i: int) -> bool:
    """words[i] is the lower-case second syllable of a Korean given name written with a hyphen
    (`Ki-moon`, `Jong-un`, `Jae-in`, `Geun-hye`): a short first syllable before the hyphen, a short
    lower-case one after it. `Merkel-treue`, `SPD-nahe` are adjectives: their first part is longer
    or an acronym."""
    w = words[i]
    if w.text[:1] in ("-", "–") and i > 0 and words[i - 1].end == w.start:
        first, syllable = words[i - 1], w.text[1:]  # the tokenizer kept the hyphen on it: `Ching` `-te`
    else:
        first, syllable = (words[i - 2] if i > 1 and hyphen_joins(words, i - 1) else None), w.text
    return first is not None and syllable.isalpha() and syllable.islower() \
        and len(syllable.removesuffix("s")) <= 4 and 2 <= len(first.text) <= 5 and first.text[:1].isupper() \
        and first.text[1:].islower()


_SYLLABLE_GENITIVE = re.compile(r"(\b[A-Z][a-z]{1,4}-[a-z]{1,4})s$")


def without_syllable_genitive(name: str) -> str:
    """`Kim Jong-uns` → `Kim Jong-un`: such syllables never end in s, so a final s is the genitive."""
    return _SYLLABLE_GENITIVE.sub(r"\1", name)


def past_particles(words: list[Word], j: int) -> int:
    """The position of the first word from words[j] on that is no name particle."""
    while j < len(words) and words[j].text in NAME_PARTICLES:
        j += 1
    return j


def _contracted(words: list[Word], i: int) -> bool:
    """words[i] is half of a contraction the parser split (`zur` → `zu der`, `vom` → `von dem`): one
    written word, never part of a name."""
    return any(0 <= j < len(words) and words[j].start == words[i].start for j in (i - 1, i + 1))


def _particle_in_name(words: list[Word], i: int, flags: list[bool]) -> bool:
    """words[i] is a particle between first names and a capitalised last name."""
    if words[i].text in _HYPHEN_PARTICLES and i > 0 and flags[i - 1] and i + 2 < len(words) and hyphen_joins(words, i + 1) \
            and capitalised(words[i + 2]):
        return True  # `Ahmed al-Scharaa`, `Abdel Fattah el-Sisi`: the particle glued to the last name by a hyphen
    k = i
    # (a particle may be capitalised inside the name: `Alexander Van der Bellen`)
    while k > 0 and words[k - 1].text.lower() in NAME_PARTICLES and flags[k - 1]:
        k -= 1
    if k > 0 and not flags[k - 1] and role_head(words[k - 1].text) and words[k - 1].upos == "NOUN":
        # (a person's role, not a body's: `laut Polizei zu Straftaten aufgerufen`)
        return role_head(words[k - 1].text) not in ORG_HEADS and _surname_after_role(words, k)
    capital_opening = (k < i or k > 0 and flags[k - 1]) and words[k].text[:1].isupper() and \
        words[k].text.lower() in NAME_ONLY_PARTICLES
    # (a particle that opens nothing but a name, after two name words: `André Corrêa do Lago`,
    # `Luiz Inácio Lula da Silva`, whose last name before it is no first name)
    after_full_name = k > 1 and flags[k - 1] and flags[k - 2] and words[k].text in NAME_ONLY_PARTICLES
    # (`van` or `de` after any name word, a first name the lexicon lacks: `Kees van Wonderen`)
    after_name = k > 0 and flags[k - 1] and words[k].text in NAME_ONLY_PARTICLES - {"da", "do"}
    if not (capital_opening or after_full_name or after_name) and (k == 0 or not flags[k - 1] or words[k - 1].text not in FIRST_NAMES):
        return False  # (`sagte Van der Bellen`: a capitalised `Van` opens a name with no first name)
    j = past_particles(words, i)
    # not a body or place (`Patrick Georg von der IG Metall`, `Peter von der Polizei`, `von der CDU`),
    # a time (`sagte Xi zu Beginn des Treffens`) or another known person (`sagte Xi zu Putin`), nor a first
    # and last name, another person (`Roman von Daniel Kehlmann`)
    return j < len(words) and capitalised(words[j]) and not role_head(words[j].text) and \
        not words[j].text.isupper() and words[j].text not in PLACES and words[j].text not in TIME_NOUNS and \
        not (words[j].text in ACTOR_SURNAMES and " ".join(w.text for w in words[k:j + 1]) not in PARTICLE_SURNAMES) and \
        not (words[j].text in FIRST_NAMES and j + 1 < len(words) and capitalised(words[j + 1]))


# particles that open nothing but a name (`van`, `de`), unlike the prepositions `von`, `zu`
NAME_ONLY_PARTICLES = frozenset("van de di da do del della dos ten ter".split())


# nouns that make a phrase with `zu` (`zu Beginn`, `zu Recht`, `zu Gast`), besides the nouns of time
_AFTER_ZU = TIME_NOUNS | frozenset("Recht Unrecht Hause Gast Besuch Wort Fuß Lasten Gunsten Ehren Tode Hilfe "
                                   "Protokoll Grunde Händen Zeiten".split())


def _surname_after_role(words: list[Word], k: int) -> bool:
    """`Innenminister de Maizière`, `Verteidigungsminister zu Guttenberg`, `Kommissionschefin von der
    Leyen`: a last name with its particles right after a role noun, with no first name. `von` (`der
    Chef von Siemens`, `der Sprecher von der Post`) only for such names the actors file spells."""
    j = past_particles(words, k)
    if j >= len(words) or j == k or not capitalised(words[j]) or role_head(words[j].text) \
            or words[j].text.isupper() or words[j].text in PLACES or words[j].upos in ("VERB", "AUX", "ADJ") \
            or words[k - 1].feat("Number") == "Plur" or words[j].text.endswith("s") or words[j].text in _AFTER_ZU:
        # `Bundespolizisten zu AfD-Anhängern`; `der Doktorvater zu Guttenbergs` (a genitive); `sein
        # Verteidiger zu Beginn`, `der Minister zu Gast` (a phrase of `zu`)
        return False
    nxt = words[j + 1] if j + 1 < len(words) else None
    if nxt is not None and (nxt.upos == "NOUN" and capitalised(nxt) or hyphen_joins(words, j + 1)):
        return False  # `der Minister zu Besuch Freitag …`: a phrase goes on
    particles = [w.text for w in words[k:j]]
    return particles[0] != "von" and particles[0] in NAME_ONLY_PARTICLES | {"zu"} \
        or " ".join(particles + [words[j].text]) in PARTICLE_SURNAMES


def place_adjective(word: str) -> bool:
    """`Berliner`, `Münchner`, `Bremer`: the adjective of a known place, no name."""
    return word.endswith("er") and word[:1].isupper() and \
        (word[:-2] in PLACES or word[:-2] + "en" in PLACES or word.endswith("ner") and word[:-3] + "en" in PLACES)


def sentence_name_flags(sent: Sentence) -> list[bool]:
    """`name_flags` of the whole sentence, read once per sentence (every mention asks for them)."""
    return list(sent.recall("name_flags", lambda: tuple(name_flags(list(sent.words)))))


def name_runs(sent: Sentence, words: list[Word] | None = None) -> list[list[Word]]:
    """Runs of consecutive name words (see `name_flags`)."""
    if words is None:  # the whole sentence: asked for by several stages, read once
        return [list(r) for r in sent.recall("name_runs", lambda: _name_runs(list(sent.words),
                                                                             sentence_name_flags(sent)))]
    words = list(words)
    flags, whole = name_flags(words), None
    for k, w in enumerate(words):
        if w.text in NOT_NAMES and not flags[k]:
            # (a function word read as a name only in its sentence's context: `sagte Weil`)
            whole = whole or sentence_name_flags(sent)
            flags[k] = whole[w.index - 1]
    return _name_runs(words, flags)


def _name_runs(words: list[Word], flags: list[bool]) -> list[list[Word]]:
    runs, cur = [], []
    for i, (w, flag) in enumerate(zip(words, flags)):
        if flag:
            cur.append(w)
        else:
            if len(cur) > 1 and hyphen_joins(words, i):
                # `verteidigte Merz CDU-Chefin …`: the word before a glued hyphen opens a compound
                # outside the run (the tokenizer split `CDU-Chefin`), no part of the name
                cur = cur[:-1]
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if r[-1].text not in ("-", "–")]


# heads of bodies named with what they are for (`Bundesamt für Verfassungsschutz`, `Institut für
# Kriegsstudien`, `Ministerium für Staatssicherheit`)
_PURPOSE_HEAD = re.compile(r"\w*(amt|amts|amtes|institut|instituts|ministerium|ministeriums|zentrum|zentrums|zentrale|"
                           r"stiftung|agentur|behörde|kommission|rat|rats|rates|verband|verbands|verbandes|"
                           r"gesellschaft|komitee|komitees|büro|büros|stelle|beauftragte|beauftragten|organisation|"
                           r"departement|departements)",
                           flags=re.I)


def purpose_tail(words, k: int) -> int:
    """Where the name of a body headed by words[k] ends: past `für X (und Y)` and an acronym in
    brackets (`Institut für Kriegsstudien (ISW)`, `Weltgesundheitsorganisation (WHO)`); k + 1 when it
    has no such part."""
    j = k + 1
    if not _PURPOSE_HEAD.fullmatch(words[k].text):
        return j
    # (an article may come first, `Büro für die Koordinierung humanitärer Hilfe`, or an adjective in
    # lower case: `Departement für auswärtige Angelegenheiten`)
    article = j + 2 < len(words) and words[j + 1].text in ("die", "den", "das") and capitalised(words[j + 2])
    adjective = j + 2 < len(words) and words[j + 1].text.islower() and words[j + 1].upos == "ADJ" and capitalised(words[j + 2])
    if j + 1 < len(words) and words[j].text == "für" and (capitalised(words[j + 1]) or adjective or article) \
            and words[j + 1].upos in ("NOUN", "PROPN", "ADJ", "X", "DET"):
        j += 3 if adjective or article else 2
        while j < len(words) and (capitalised(words[j]) and words[j].upos in ("NOUN", "PROPN", "X") or
                                  words[j].text == "und" and j + 1 < len(words) and capitalised(words[j + 1])
                                  and words[j + 1].upos in ("NOUN", "PROPN") or
                                  # `für Informations- und Kommunikationstechnologie`
                                  words[j].text == "-" and j + 1 < len(words) and words[j + 1].text == "und" or
                                  # `humanitärer Hilfe`: a genitive's adjective before its noun
                                  words[j].upos == "ADJ" and words[j].text.islower() and j + 1 < len(words)
                                  and capitalised(words[j + 1]) and words[j + 1].upos in ("NOUN", "PROPN")):
            j += 1
    # the body's short name in brackets, with or without a purpose (`Weltgesundheitsorganisation (WHO)`)
    return j + 3 if bracketed_acronym(words, j) else j


def bracketed_acronym(words, j: int) -> bool:
    """`(WHO)` at words[j]: a body's short name in brackets after its name."""
    return j + 2 < len(words) and words[j].text == "(" and words[j + 2].text == ")" and words[j + 1].text.isupper()


def particles_before(sent: Sentence, first: Word, name: str) -> Word | None:
    """The first of the particles before `name` (`von der` before `Leyen`) when they and the name
    make a last name of the actors file, whatever the particles' case."""
    particles: list[Word] = []
    prev = sent.word(first.index - 1)
    while prev is not None and prev.text.lower() in NAME_PARTICLES and len(particles) < 3:
        particles.insert(0, prev)
        if " ".join(w.text.lower() for w in particles) + " " + name in PARTICLE_SURNAMES:
            return particles[0]
        prev = sent.word(prev.index - 1)
    return None


def without_full_stop(name: str) -> str:
    """`Wang Yi.`, `Merz.`: the tokenizer glued the sentence's full stop to a short last name; an
    initial (`Julian H.`), a numeral (`Elisabeth II.`), `Jr.` or `Inc.` keeps it."""
    last = name.split()[-1] if name.split() else ""
    if not last.endswith(".") or len(last) < 3 or re.fullmatch(r"[IVX]+\.|(Jr|Sr|Dr|St|Inc|Ltd|Corp|Co|Bros)\.", last):
        return name
    return name[:-1]


def named_body(text: str) -> str | None:
    """`des Energiekonzerns Gazprom` → `Gazprom`, `die Organisation „Reporter ohne Grenzen“` → `Reporter
    ohne Grenzen`: a body's own name after the noun for its kind; None for any other phrase."""
    words = text.split()
    for k, w in enumerate(words[:-1]):
        kind = re.sub(r"e?s$", "", w.lower())
        if not (w[:1].isupper() and (kind.endswith(BODY_KINDS) or w.lower().endswith(BODY_KINDS))):
            continue
        rest = " ".join(words[k + 1:])
        marked = re.fullmatch(r"[„»\"](.+?)[“«\"]", rest)
        if marked is not None:
            return marked.group(1)
        tail = words[k + 1:]
        # (`des Konzerns Russlands`: a place's genitive names where it is, not the body; `Verband
        # Deutscher Maschinenbau`: an inflected adjective opens no name, it goes on the kind's)
        if len(tail) <= 3 and all(t[:1].isupper() and t.lower() not in DEMONYMS for t in tail) \
                and not any(t.endswith("s") and (t in PLACES or t[:-1] in PLACES) for t in tail) and role_head(tail[0]) is None \
                and not re.search(r"(?:sch|al|ig|lich|isch)er$", tail[0]):
            return rest
        return None
    return None


def without_seat(name: str) -> str:
    """`Das Innenministerium in Hannover` → `Das Innenministerium`."""
    return re.sub(r"\s+(?:in|aus)\s+[A-ZÄÖÜ][\w-]*$", "", name)


def without_article(text: str) -> str:
    """A speaker's name without its article (`der russische Außenminister` → `russischer
    Außenminister`), marks or leading quantifier (`einige Abgeordnete`)."""
    text = re.sub(r"[„“”»«\"]", "", text)  # `Organisation „Reporter ohne Grenzen“`: the marks are no part of the name
    # `die sogenannten Wirtschaftsweisen`: a hedge on the word, no part of the name
    text = re.sub(r"\b(?:sogenannte|so genannte)[mnrs]?\s+(?=\w)", "", text, flags=re.I)
    nominative = re.match(r"(der|das)\s+(.+)", text, flags=re.I | re.S)
    if nominative is not None:
        return strong_form(nominative.group(1), nominative.group(2))
    text = re.sub(r"^(der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|dieser|diese|dieses|diesem|diesen"
                  r"|deren|dessen|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)\s+", "", text, flags=re.I)
    # `einige Abgeordnete der Koalition` → `Abgeordnete der Koalition`; `Einige der Moslems` keeps its head
    return re.sub(r"^(einige|mehrere|zahlreiche|viele)\s+(?!(der|die|des|von)\b)", "", text, flags=re.I)


# people around a person, who speak for themselves (`ein Berater von Präsident Poroschenko`), unlike
# a spokesperson, who speaks for the person
_ENTOURAGE = re.compile(r"(?:\w+-)?(?:Berater|Vertraute|Mitarbeiter|Stellvertreter|Stabschef|Anwalt|Anwält|Umfeld|Lager)\w*",
                        flags=re.I)


def entourage(text: str) -> bool:
    """The phrase ends in a noun for someone close to a person (`Berater`, `Vertrauter`)."""
    return bool(text.split()) and _ENTOURAGE.fullmatch(text.split()[-1]) is not None


def of_a_person(text: str) -> bool:
    """`Ein Berater von Präsident Poroschenko`, `ein Berater des Präsidenten Emmanuel Macron`: someone
    close to a person, named by whose they are (the name inside is not the speaker)."""
    return entourage_owner(text) is not None


def entourage_owner(text: str) -> str | None:
    """The words after `von` or the genitive's article that say whose someone close is (`Präsident
    Poroschenko`, `französischen Präsidenten Emmanuel Macron`), or None."""
    found = re.match(r"(.*?)\s(?:von|des|der|eines|einer)\s(.+)$", text)
    return found.group(2) if found is not None and entourage(found.group(1)) else None


def seat_at(words: list[Word] | tuple[Word, ...], j: int, exclude: tuple[int, int] = (0, 0)) -> bool:
    """`in Moskau` at words[j]: `in` and a place (outside the quote `exclude`), a body's seat."""
    return j + 1 < len(words) and words[j].text == "in" and words[j + 1].text in PLACES \
        and not exclude[0] <= words[j + 1].start < exclude[1]


def _genitive_of_actor(word: str) -> bool:
    """`Obamas`, `Putins`: the genitive of a well-known surname (none of them is a first name with -s)."""
    return word.endswith("s") and word[:-1] in ACTOR_SURNAMES and word not in FIRST_NAMES
