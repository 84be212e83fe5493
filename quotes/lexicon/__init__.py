"""Lexicons as data: each list lives in a text file beside this module, loaded once here."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(l.strip() for l in text.splitlines() if l.strip() and not l.startswith("#"))


def _pairs(name: str) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(l.split("\t", 1)) for l in _lines(name))  # type: ignore[misc]


SPEECH_VERBS: frozenset[str] = frozenset(_lines("speech_verbs.txt"))
SURNAME_ENDINGS: tuple[str, ...] = _lines("surname_endings.txt")
# (masculine endings; the feminine adds -in unless the noun is an adjective in -e: `die Liberale`,
# or is given after it: `experte expertin`)
EPITHETS: dict[str, tuple[str, ...]] = {
    "der": tuple(l.split()[0] for l in _lines("epithets.txt")),
    "die": tuple(l.split()[-1] if " " in l else l if l.endswith("e") else l + "in" for l in _lines("epithets.txt"))}
# verbs whose stem ends in -t/-d: their Konjunktiv I (`arbeite`) looks like a preterite (`sagte`)
_VERB_PREFIXES = ("ab", "an", "auf", "aus", "be", "bei", "ein", "ent", "er", "ge", "mit", "nach", "ver", "vor", "zer", "zu",
                  "über", "unter", "um", "durch", "zurück")
# (with the simple verbs inside the prefixed ones: `rüsten` from `ausrüsten`)
T_STEM_VERBS: frozenset[str] = frozenset(_lines("t_stem_verbs.txt")) | frozenset(
    v[len(p):] for v in _lines("t_stem_verbs.txt") for p in _VERB_PREFIXES if v.startswith(p) and len(v) - len(p) >= 6)
SPEECH_NOUNS: frozenset[str] = frozenset(_lines("speech_nouns.txt"))
SPOKEN_TEXTS: tuple[str, ...] = _lines("spoken_texts.txt")
REPORT_NOUNS: frozenset[str] = frozenset(_lines("report_nouns.txt"))
REACTION_NOUNS: frozenset[str] = frozenset(_lines("reaction_nouns.txt"))
QUOTE_NOUNS: frozenset[str] = REPORT_NOUNS | frozenset(_lines("quote_nouns.txt"))
REPORT_VERBS: frozenset[str] = frozenset(_lines("report_verbs.txt"))
MANNER_VERBS: frozenset[str] = frozenset(_lines("manner_verbs.txt"))
COGNITION_VERBS: frozenset[str] = frozenset(_lines("cognition_verbs.txt"))
ATTITUDE_ADJECTIVES: frozenset[str] = frozenset(_lines("attitude_adjectives.txt"))
ORG_HEADS: frozenset[str] = frozenset(_lines("org_roles.txt"))
BODY_HEADS: tuple[str, ...] = _lines("body_heads.txt")
BODY_KINDS: tuple[str, ...] = _lines("body_kinds.txt")
# bodies named with lower-case words inside (`Ärzte ohne Grenzen`), as word sequences
# (the parser splits contractions into two words: `vom` is `von dem`)
_CONTRACTIONS = {"vom": ("von", "dem"), "zum": ("zu", "dem"), "zur": ("zu", "der"), "im": ("in", "dem"),
                 "am": ("an", "dem"), "beim": ("bei", "dem")}
NAMED_BODIES: frozenset[tuple[str, ...]] = frozenset(
    name for l in _lines("named_bodies.txt") for tokens in [re.findall(r"\w+|[^\w\s]", l)]
    for name in (tuple(tokens), tuple(x for t in tokens for x in _CONTRACTIONS.get(t, (t,)))))
NATIONAL_BODIES: tuple[str, ...] = _lines("national_bodies.txt")


# well-known bodies named by one word (`Die Lufthansa`, `Die Hamas`), as written
KNOWN_BODIES: frozenset[str] = frozenset(_lines("known_bodies.txt"))


def is_named_body(name: str) -> bool:
    """`Ärzte ohne Grenzen`: a name from `named_bodies.txt`, as written."""
    return tuple(re.findall(r"\w+|[^\w\s]", name)) in NAMED_BODIES


# a state's missions abroad: their seat is their host's (`die russische Botschaft in Berlin`), so no
# dateline or seat gives their side, only a description of them (`Die russische Botschaft … die Botschaft`)
MISSIONS: tuple[str, ...] = ("botschaft", "konsulat", "delegation")
PERSON_GROUPS: tuple[str, ...] = _lines("person_groups.txt")
ROLE_HEADS: tuple[str, ...] = tuple(sorted(_lines("roles.txt") + tuple(ORG_HEADS), key=len, reverse=True))
SIDE_PATTERNS: tuple[tuple[str, str], ...] = _pairs("sides.tsv")
SIDE_TOPIC_HEADS: tuple[str, ...] = _lines("side_topic_heads.txt")
JUNK_LINE_PATTERNS: tuple[str, ...] = tuple(l for l in _lines("junk.txt"))
JUNK_TAIL_MARKERS: tuple[str, ...] = _lines("junk_tail.txt")
TITLE_NOUNS: frozenset[str] = frozenset(_lines("title_nouns.txt"))
MEDIA_TITLES: frozenset[str] = frozenset(_lines("media_titles.txt"))
AGENCIES: tuple[str, ...] = _lines("agencies.txt")
LOWERCASE_NAMES: frozenset[str] = frozenset(_lines("lowercase_names.txt"))
OBJECT_NOUNS: frozenset[str] = frozenset(_lines("object_nouns.txt"))
MEDIA_NOUNS: frozenset[str] = frozenset(_lines("media_nouns.txt"))
CITED_TEXTS: frozenset[str] = frozenset(_lines("cited_texts.txt"))
REGIONAL_WORDS: tuple[str, ...] = _lines("regional_words.txt")
# (`meint`, `Meinung` are no first person: whole words only)
FIRST_PERSON = re.compile(r"\b(?:%s)\b" % "|".join(_lines("first_person.txt")), re.I)


def is_media_noun(word: str) -> bool:
    """`Zeitung`, `Nachrichtenagentur`, `Blatt`: a noun for an outlet, compounds by their last part."""
    low = word.lower()
    return any(low.endswith(n) for n in MEDIA_NOUNS)
KONJUNKTIV_FORMS: frozenset[str] = frozenset(_lines("konjunktiv.txt"))
_VERB_PREFIXES = ("be", "ent", "er", "ver", "zer", "ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor",
                  "zu", "über", "unter", "zurück", "fest", "statt")


@lru_cache(maxsize=16384)
def is_konjunktiv_form(form: str) -> bool:
    """A listed Konjunktiv form, also after a verb prefix (`befänden`, `entstünde`, `erhielte`)."""
    return form in KONJUNKTIV_FORMS or any(
        form.startswith(p) and len(form) - len(p) >= 4 and form[len(p):] in KONJUNKTIV_FORMS for p in _VERB_PREFIXES)
STANCE_CUES: tuple[tuple[str, str, float], ...] = tuple(
    (l, p, float(w)) for l, p, w in (line.split("\t") for line in _lines("stance_cues.tsv")))
# cue lemma -> (label, regular expression the quotation must match too, or "" for none)
STANCE_VERBS: dict[str, tuple[str, str]] = {
    cols[0]: (cols[1], cols[2] if len(cols) > 2 else "") for cols in (l.split("\t") for l in _lines("stance_verbs.tsv"))}
# concept -> word starts (stance features; see stance_concepts.tsv)
STANCE_CONCEPTS: dict[str, tuple[str, ...]] = {
    c: tuple(x.strip() for x in stems.split(",") if x.strip()) for c, stems in _pairs("stance_concepts.tsv")}
STANCE_BLOCKERS: dict[str, str] = dict(_pairs("stance_blockers.tsv"))
STANCE_FLIPS: dict[str, str] = dict(_pairs("stance_flips.tsv"))
NEGATORS: frozenset[str] = frozenset(_lines("negators.txt"))
SOURCE_NOUNS: frozenset[str] = frozenset(_lines("source_nouns.txt"))
SOURCE_NOUN_TAILS: tuple[str, ...] = _lines("source_noun_tails.txt")


_REPORT_TAILS = tuple(sorted(n.lower() for n in REPORT_NOUNS if len(n) >= 5))


def is_report_noun(word: str) -> bool:
    """`Aussage`, `Kernaussage`, `Hauptforderung`: a noun of saying, compounds by their last part."""
    return word in REPORT_NOUNS or word[:1].isupper() and word.lower().endswith(_REPORT_TAILS)


def is_group_or_body(word: str) -> bool:
    """`Kritiker`, `Datenschützer`, `Regierung`, `Verteidigungsministerium`: a noun of people speaking as
    a group or of a body, compounds by their last part."""
    return word.lower().endswith(PERSON_GROUPS + BODY_HEADS)


def is_source_noun(word: str) -> bool:
    """`Angaben`, `Polizeiangaben`, `Fernsehbericht`: a noun that names where a report comes from."""
    low = word.lower()
    return low in SOURCE_NOUNS or low.endswith(SOURCE_NOUN_TAILS)
_PLACES = _lines("places.txt")
# with their genitives: `die Regierung Myanmars`, `Russlands Präsident`
PLACES: frozenset[str] = frozenset(_PLACES + tuple(p + "s" for p in _PLACES if not p.endswith(("s", "z", "x", "ß"))))
PARTICLES: tuple[str, ...] = tuple(sorted(_lines("particles.txt"), key=len, reverse=True))
STRONG_VERBS: dict[str, tuple[str, ...]] = {l: tuple(f.split()) for l, f in _pairs("strong_verbs.tsv")}
STRONG_PRETERITES: frozenset[str] = frozenset(_lines("strong_preterites.txt"))
NOT_NAMES: frozenset[str] = frozenset(_lines("not_names.txt"))
NOT_VERBS: frozenset[str] = frozenset(_lines("not_verbs.txt"))
ZU_NOUNS: tuple[str, ...] = tuple(_lines("zu_nouns.txt"))
# generated from Faker's person providers by scripts/build_first_names.py: name -> m, f or -
GENERATED_FIRST_NAMES: dict[str, str] = dict(_pairs("first_names_more.tsv"))
# hand-kept, and the generated ones
FIRST_NAMES: frozenset[str] = frozenset(_lines("first_names.txt")) | frozenset(GENERATED_FIRST_NAMES)
MALE_NAMES_A_E: frozenset[str] = frozenset(_lines("male_names_a_e.txt"))
FEMALE_NAMES_OTHER: frozenset[str] = frozenset(_lines("female_names_other.txt"))
UNISEX_NAMES: frozenset[str] = frozenset(_lines("unisex_names.txt"))
NAME_PARTICLES: frozenset[str] = frozenset(_lines("name_particles.txt"))
# last names with particles that the actors file spells without a first name (`von der Leyen`)
PARTICLE_SURNAMES: frozenset[str] = frozenset(
    v.strip() for line in _lines("actors.tsv") for v in (line.split("\t") + ["", ""])[2].split(";")
    if v.strip()[:1].islower() and v.strip().split()[0] in NAME_PARTICLES)
# the last names of the actors file's persons (`Biden`, `Lawrow`): names even where the tagger misses them
ACTOR_SURNAMES: frozenset[str] = frozenset(
    line.split("\t")[0].split()[-1] for line in _lines("actors.tsv") if " " in line.split("\t")[0])
_DEMONYMS = tuple(l.lower() for l in _lines("demonyms.txt"))
DEMONYM_BASES: tuple[str, ...] = _DEMONYMS  # `chinese`, `amerikaner`: the masculine singular
# a place -> its people's demonym, lower case, where the name does not start with it (`Frankreich` -> `franzose`)
COUNTRY_DEMONYMS: dict[str, str] = {p: d.lower() for p, d in _pairs("country_demonyms.tsv")}
# masculine, feminine (`Norwegerin`, `Russin`, `Französin`) and inflected (`des Norwegers`) forms
DEMONYMS: frozenset[str] = frozenset(
    [d for d in _DEMONYMS] + [d + "in" for d in _DEMONYMS if d.endswith("er")] + [d[:-1] + "in" for d in _DEMONYMS if d.endswith("e")]
    + [d + s for d in _DEMONYMS for s in ("s", "n")])
LABEL_VERBS: frozenset[str] = frozenset(_lines("label_verbs.txt"))
DISOWNING_VERBS: frozenset[str] = frozenset(_lines("disowning_verbs.txt"))
# word -> the group of words for the same office (`staatsoberhaupt` -> {präsident, kremlchef, …})
OFFICE_SYNONYMS: dict[str, frozenset[str]] = {
    w: frozenset(line.split()) for line in _lines("office_synonyms.txt") for w in line.split()}
# word -> the body it refers back to (`Bündnis` -> `Nato`)
BODY_SYNONYMS: dict[str, str] = {w: body for body, words in _pairs("body_synonyms.txt") for w in words.split()
                                  if body != "*"}
# words for whichever body the sentences before named as their subject (`der Organisation`)
GENERIC_BODY_WORDS: tuple[str, ...] = tuple(w for body, words in _pairs("body_synonyms.txt") if body == "*"
                                            for w in words.split())


def generic_stem(name: str) -> str | None:
    """The word for a body in `name` without a genitive ending or a spokesperson after it (`Vereins`,
    `Konzernsprecher`, `Energiekonzerns` → `verein`, `konzern`, `energiekonzern`), lower case; None if
    it names no body so. A compound refers back only to a body it described (`Der Energiekonzern
    Gazprom`): `Weltgesundheitsorganisation` is a name."""
    low = name.lower()
    if " " in low:
        return None
    for spokesperson in ("sprecherin", "sprecher"):
        if low.endswith(spokesperson) and len(low) > len(spokesperson) + 3:
            low = low[:-len(spokesperson)]
            break
    for w in GENERIC_BODY_WORDS:
        for ending in ("", "s", "es"):
            if low.endswith(w + ending):
                return low[:len(low) - len(ending)]
    return None


def is_generic_body(name: str) -> bool:
    """`Organisation`, `Vereins`, `Konzernsprecher`, `Unternehmenssprecher`: one word for whichever
    body the article named before, in the genitive too, or a spokesperson named after it (who speaks
    for the body: one entity with it)."""
    return generic_stem(name) in GENERIC_BODY_WORDS


REFLEXIVE_FRAMES: tuple[str, ...] = _lines("reflexive_frames.txt")
# verb lemma -> the nouns that make it speak (`Stellung nehmen`, `sich zu Wort melden`)
_PHRASE_CUE_PAIRS = _pairs("phrase_cues.tsv")
PHRASE_CUES: dict[str, frozenset[str]] = {
    verb: frozenset(n for v, n in _PHRASE_CUE_PAIRS if v == verb) for verb, _ in _PHRASE_CUE_PAIRS}
TIME_NOUNS: frozenset[str] = frozenset(_lines("time_nouns.txt"))
NUMERALS: frozenset[str] = frozenset(_lines("numerals.txt"))
SENTENCE_ADVERBS: frozenset[str] = frozenset(_lines("sentence_adverbs.txt"))
STANCE_ADVERBS: frozenset[str] = frozenset(_lines("stance_adverbs.txt"))
SENTENCE_OPENERS: tuple[str, ...] = _lines("sentence_openers.txt")
TEASER_MARKERS: tuple[str, ...] = _lines("teaser_markers.txt")
STOPWORDS: frozenset[str] = frozenset(_lines("stopwords.txt"))
# form -> (lemma, kind)
AUX_FORMS: dict[str, tuple[str, str]] = {
    f: (l, k) for f, l, k in (line.split("\t") for line in _lines("auxiliaries.tsv"))}


def aux_forms(lemmas: tuple[str, ...], kinds: tuple[str, ...]) -> frozenset[str]:
    """The forms of these auxiliaries in these kinds (`present`, `past`, `subjunctive1`, …)."""
    return frozenset(f for f, (l, k) in AUX_FORMS.items() if l in lemmas and k in kinds)


from quotes.types import SIDES as SIDES  # noqa: E402  (a contract the store keeps too)
