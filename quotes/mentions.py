"""Speaker mentions in a parsed sentence: noun-phrase stretches, names with their titles, origins
and what follows them (genitives and seats: quotes/genitives.py; appositions and coordinated names:
quotes/appositions.py). Used by the attribution rules."""

from __future__ import annotations

import re

from quotes.clauses import RELATIVE_PRONOUNS, VERB_FINAL_OPENERS, verb_after_noun
from quotes.cues import STRONG_FINITE
from quotes.lexicon import (ACTOR_SURNAMES, SURNAME_ENDINGS, FIRST_NAMES, NAME_PARTICLES, NOT_NAMES, PARTICLES, OBJECT_NOUNS, PARTICLE_SURNAMES, NUMERALS, ORG_HEADS, PLACES, SENTENCE_ADVERBS,
                            TIME_NOUNS)
from quotes.names import (NAME_ONLY_PARTICLES, capitalised, entourage, of_a_person, hyphen_joins, name_runs, particles_before, purpose_tail,
                          role_head, sentence_name_flags, sentence_named_bodies,
                          strip_roles)
from quotes.genitives import of_a_named_state, of_office, office, with_genitive, with_seat
from quotes.speakers import DEMONSTRATIVES, PERSON_NOUNS, PRONOUNS, SPOKESPERSON
from quotes.types import Mention, Sentence, Word

SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")


NPISH = ("DET", "ADJ", "NOUN", "PROPN", "X", "NUM")


CLAUSE_OPENERS = frozenset("wie als nachdem während weil dass ob".split())


def np_stretch(sent: Sentence, i: int, exclude: tuple[int, int], expand_left: bool = True) -> list[Word]:
    """The noun phrase around words[i]: descriptors to the left, names to the right."""
    words = sent.words
    flags = sentence_name_flags(sent)
    # name words count whatever their tag, particles too (`Ursula` tagged ADV, `von der Leyen`)
    ok = lambda j: 0 <= j < len(words) and not exclude[0] <= words[j].start < exclude[1] and \
        (words[j].upos in NPISH or hyphen_joins(words, j) or flags[j])
    lo = i
    # a clause opener the tagger took for a noun ends the phrase (`Wahlbeteiligung Wie der Wahlleiter`)
    while expand_left and ok(lo - 1) and words[lo - 1].text.lower() not in CLAUSE_OPENERS:
        lo -= 1
    hi = i
    seen_name = flags[i]
    while ok(hi + 1):
        if words[hi + 1].text in _NEVER_IN_NP:
            break  # a preposition whatever its tag: `sagte der Aussenminister gegenüber SRF` (`gegenüber` ADJ)
        if seen_name and not flags[hi + 1] and not (words[hi].text.endswith("s") and words[hi + 1].upos in ("NOUN", "PROPN")
                                                    and role_head(words[hi + 1].text)):
            break  # a name ends the phrase: `sagte Peskow Journalisten`; not `Polens Präsident Andrzej Duda`
        if words[hi + 1].upos == "DET" and words[hi].upos in ("NOUN", "PROPN") and not flags[hi + 1]:
            break  # a new phrase starts: `sagte Rjabkow der Agentur`; not `Innenminister de Maizière`
        if verb_after_noun(words[hi], words[hi + 1]) and not flags[hi + 1]:
            break  # a verb the tagger took for an adjective: `des Weißen Hauses telefonierte Biden`
        if _ACRONYM.fullmatch(words[hi].text) and words[hi + 1].upos == "NOUN" and not flags[hi + 1] \
                and not role_head(words[hi + 1].text):
            break  # an acronym ends its phrase before a plain noun: `will die EZB Geldhäuser dazu anregen`
        hi += 1
        seen_name = seen_name or flags[hi]
    out = list(words[lo:hi + 1])
    while out and (out[-1].upos in ("DET", "NUM", "ADJ") or out[-1].text in ("-", "–")):
        out.pop()
    return out


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")


# prepositions that open no speaker's phrase (not `von`: `von der Leyen`; not `laut`/`nach`: sources)
_PREPOSITIONS = frozenset("gegenüber zu zur zum mit bei beim für gegen in im an am auf unter über".split())
_WITH_ARTICLE = frozenset("gegenüber zur zum beim im am".split())  # (`gegenüber`: whom it was said to)
_NEVER_IN_NP = frozenset("gegenüber um laut während seit ab bis".split())


# prepositions the tagger takes for nouns at the start of a sentence
PP_OPENERS = frozenset("bezüglich hinsichtlich angesichts aufgrund trotz wegen infolge anlässlich mittels unter".split())


def _adverbial_participle(word: str) -> bool:
    """`Stellvertretend für die Kommission empfahl …`, `Abschließend sagte …`: a capitalised present
    participle opening the sentence is an adverb, never part of a name."""
    return word[:1].isupper() and len(word) >= 8 and word.endswith("end") and \
        not word.lower().endswith(("abend", "jugend", "tugend"))


# endings of adjectives and adverbs (`Offiziell`, `Monatelang`, `Vermutlich`, `Teilweise`, `Erstmals`)
_ADVERB_ENDINGS = ("iell", "lang", "lich", "weise", "mals", "wärts")
# endings only adverbs have (`Andernfalls`, `Andererseits`, `Allerdings`, `Keineswegs`, `Gewissermaßen`)
_ADVERB_ONLY_ENDINGS = ("falls", "seits", "dings", "wegs", "maßen", "mals", "weise", "wärts")


def _fronted_adverb(sent: Sentence, stretch: list[Word]) -> bool:
    """`Offiziell geht die Regierung davon aus …`, `Monatelang hatte die Regierung erklärt …`: a
    capitalised adverb opening the sentence, tagged as a noun, before the finite verb and the real
    subject (`Fröhlich sagte, …` has no other subject after the verb: a name)."""
    w = stretch[0]
    verb, after = sent.word(2), sent.word(3)
    return len(stretch) == 1 and w.index == 1 and len(w.text) >= 7 and w.text.lower().endswith(_ADVERB_ENDINGS) \
        and w.text not in FIRST_NAMES and verb is not None and verb.upos in ("VERB", "AUX") \
        and after is not None and after.upos in ("DET", "PRON")


def _noun_after(sent: Sentence, w: Word) -> bool:
    """A noun follows a name ending in s: a genitive when the noun is tagged so, is a role, or the
    lemmatizer reads the name as a genitive (`Merkels` → `Merkel`; the tagger calls `Schwester` PROPN)."""
    nxt = sent.word(w.index + 1)
    return nxt is not None and nxt.start == w.end + 1 and nxt.text[:1].isupper() and nxt.upos in ("NOUN", "PROPN") \
        and (nxt.upos == "NOUN" or role_head(nxt.text) is not None or _genitive_name(w))


def _genitive_name(w: Word) -> bool:
    return w.text.endswith("s") and w.lemma == w.text[:-1]  # the lemmatizer reads `Putins` as `Putin`


def mention_from_words(text: str, sent: Sentence, stretch: list[Word]) -> Mention | None:
    """Name, role or organisation from a noun phrase; names are runs of PROPN not glued to a hyphen."""
    if len(stretch) > 1 and stretch[0].text.lower() in _PREPOSITIONS and (
            stretch[0].text.lower() in _WITH_ARTICLE or stretch[1].upos == "DET"):
        # `Gegenüber der Agentur RIA Nowosti erklärte ein Sprecher`: whom it was said to; `Zu der
        # Demonstration hatten … aufgerufen`: what for (the tagger took the preposition for a noun);
        # a contraction holds its article (`Zur Taiwan-Frage äußerte sich …`)
        return None
    # sentence-initial adverbs and prepositions the tagger took for nouns (`Zuletzt`, `Gegenüber`)
    # (and an object noun with no article, which no one is: `wies Vorwürfe … zurück: „…“`)
    while stretch and ((stretch[0].text in NOT_NAMES and not sentence_name_flags(sent)[stretch[0].index - 1]
                        or stretch[0].text in OBJECT_NOUNS) and stretch[0].upos != "DET"
                       or stretch[0].text.lower() in _NEVER_IN_NP
                       or len(stretch) > 1 and stretch[0].upos == "DET" and stretch[1].text in NOT_NAMES):
        stretch = stretch[1:]  # `Des Weiteren`: an adverbial with an article
    if not stretch or stretch[0].text.lower() in PP_OPENERS or _adverbial_participle(stretch[0].text) \
            or _fronted_adverb(sent, stretch):
        return None  # `Bezüglich des Startortes`, tagged as a noun: a prepositional phrase; an adverb
    prev = sent.word(stretch[0].index - 1)
    if prev is not None and prev.start == stretch[0].start:
        return None  # `zum eigenen Ziel` = zu dem …: a prepositional phrase, not a speaker
    # (a time noun opening a hyphenated compound is none: `der Mitte-Politiker`)
    t = next((k for k, w in enumerate(stretch) if w.text in TIME_NOUNS and not (
        k + 1 < len(stretch) and stretch[k + 1].text == "-" and stretch[k + 1].start == w.end)), None)
    if t is not None:
        # `die Vereinsführung heute Nachmittag`: the time phrase after the noun is no part of it
        head = stretch[:t]
        while head and (head[-1].text.lower() in ("heute", "gestern", "morgen", "am", "im", "vom") or head[-1].upos == "DET"):
            head = head[:-1]
        if not any(w.upos in ("NOUN", "PROPN") for w in head):
            return None
        stretch = head
    runs = name_runs(sent, stretch)
    runs = [strip_roles(r) for r in runs]
    # a genitive before a noun is a descriptor (`Russlands Vize-Außenminister`, `Wladimir Putins Sprecher`)
    runs = [r for r in runs if not (r[-1].text.endswith("s") and r[-1] is not stretch[-1]
                                    and (len(r) == 1 or _noun_after(sent, r[-1])))]
    runs = [r for r in runs if not (len(r) == 1 and role_head(r[0].text))]
    # `der Vertreter Libyens`, `der oberste Führer Irans`: a country's genitive after a role says
    # whose office; the unnamed office holder is the role phrase
    runs = [r for r in runs if not (len(r) == 1 and r[0] is stretch[-1] and r[0].text.endswith("s")
                                    and r[0].text[:-1] in PLACES and any(role_head(w.text) for w in stretch[:-1]))]
    if runs:
        run = max(runs, key=lambda r: (len(r), r[0].index))
        prev = sent.word(run[0].index - 1)
        # (the organisation noun tagged an adjective too: `der Staatsanwaltschaft Düsseldorf`)
        if len(run) == 1 and prev is not None and prev in stretch and (
                prev.upos == "NOUN" or prev.upos == "ADJ" and role_head(prev.text) in ORG_HEADS) \
                and prev.text[:1].isupper() and role_head(prev.text) in ORG_HEADS | {None} \
                and not _person_after_office(stretch, prev, run[0]):
            # `die Polizei Hamburg`, `Staatsanwaltschaft Oslo`: a name after an organisation noun narrows it down
            lo = next(w for w in stretch if w.upos != "DET")
            return Mention(text[lo.start:run[-1].end], lo.start, run[-1].end, "org")
        end = run[-1].end
        if prev is not None and prev in stretch and role_head(prev.text) and _genitive_name(run[-1]) \
                and re.search(rf"\b{re.escape(run[-1].text[:-1])}\b", text):
            # `der Sprecher Wladimir Putins`: whose spokesperson, as for `ein Sprecher von Wladimir Putin`;
            # only when the article names `Putin` as such (`Navarro-Valls` ends in s)
            end -= 1
        return Mention(text[run[0].start:end], run[0].start, end, "name")
    phrase = text[stretch[0].start:stretch[-1].end]
    if not any(w.upos in ("NOUN", "PROPN", "X") for w in stretch):
        return None
    bare = [w for w in stretch if w.upos in ("NOUN", "X")]
    if len(stretch) == len(bare) <= 3 and not role_head(phrase) and stretch[-1].feat("Number") != "Plur" \
            and stretch[0].text[:1].isupper():
        # German nouns take an article; a bare capitalised subject is a name the tagger missed
        return Mention(" ".join(w.text for w in stretch), stretch[0].start, stretch[-1].end, "name")
    # (`Eine Frau`, `ein junger Mann`: someone new, a person though no office, not a body; `der junge
    # Mann` refers back, as an epithet)
    person = stretch[-1].text in PERSON_NOUNS and stretch[0].text.lower() in ("ein", "eine", "einer", "einem", "einen")
    return Mention(phrase, stretch[0].start, stretch[-1].end, "role" if role_head(phrase) or person else "org")



def _person_after_office(stretch: list[Word], prev: Word, name: Word) -> bool:
    """`Der Vorsitzende des Sicherheitsrats Medwedew`: after an office and its genitive, a known actor's
    or surname-shaped last name is the office holder, not a name narrowing down the body (`ein Sprecher
    der Polizei Hamburg`)."""
    office = next((w for w in stretch if w.upos != "DET"), None)
    return office is not None and office is not prev and role_head(office.text) not in ORG_HEADS | {None} \
        and (name.text in ACTOR_SURNAMES or name.text.lower().endswith(SURNAME_ENDINGS)) and name.text not in PLACES


def mention_of(text: str, sent: Sentence, head: Word, exclude: tuple[int, int],
               expand_left: bool = True) -> Mention | None:
    """The speaker mention headed by `head` (a subject or the word after a cue)."""
    m = _mention_of(text, sent, head, exclude, expand_left)
    return _through_named_body(text, sent, m) if m is not None else None


def _mention_of(text: str, sent: Sentence, head: Word, exclude: tuple[int, int],
                expand_left: bool = True) -> Mention | None:
    if exclude[0] <= head.start < exclude[1]:
        return None
    before = sent.word(head.index - 1)
    if before is not None and before.text.lower() in ("via", "per"):
        return None  # `hatte … via Telegram mitgeteilt` (`via` tagged a conjunction): the channel
    nxt = sent.word(head.index + 1)
    if head.text.lower() in DEMONSTRATIVES and (nxt is None or nxt.upos not in ("NOUN", "PROPN", "ADJ")):
        return Mention(head.text, head.start, head.end, "pronoun")  # `so Letztere`, `sagte dieser`
    if head.upos == "PRON" or head.text.lower() in RELATIVE_PRONOUNS and head.deprel.startswith("nsubj"):
        if head.text.lower() in PRONOUNS:
            return Mention(head.text, head.start, head.end, "pronoun")
        prev = sent.word(head.index - 1)
        nxt = sent.word(head.index + 1)
        if head.text.lower() in ("die", "das") and prev is not None and prev.text == "," and nxt is not None \
                and (nxt.upos == "PROPN" or nxt.text in FIRST_NAMES):
            # `die Marke, die Gerhard Schröder … erklärt hatte`: a name right after an accusative
            # relative pronoun is the subject
            m = surface_np(text, sent, nxt.index - 1, 1, exclude)
            if m is not None and m.kind == "name":
                return m
        if head.text.lower() in RELATIVE_PRONOUNS and prev is not None and prev.text == ",":
            # `Ramsey Clark, der der Regierung vorwarf, …`: a relative pronoun stands for the phrase before it
            k = prev.index - 2
            if k > 0 and sent.words[k].text in PARTICLES and sent.words[k].text.islower():
                # `nahm einen Mann fest, der angab, …`: the object before the verb's particle
                m = mention_from_words(text, sent, _phrase_ending_at(sent, k - 1))
            else:
                m = surface_np(text, sent, k, -1, exclude)
                if m is None and k > 0 and sent.words[k].upos in ("NOUN", "PROPN") and sent.words[k - 1].upos in ("DET", "ADJ") \
                        and _agrees(head, sent.words[k]):
                    # (inside a prepositional phrase too: `sprach mit einer Zeugin, die sagte, …`)
                    m = mention_from_words(text, sent, _phrase_ending_at(sent, k))
            m = _genitive_antecedent(text, m, head.text.lower()) if m is not None else None
            if m is None and prev.index >= 2 and sent.words[prev.index - 2].upos in ("VERB", "AUX", "ADJ"):
                # extraposed after the predicate (`war Ramsey Clark anwesend, der …`): the last name before
                runs = [r for r in name_runs(sent) if r[-1].end <= prev.start]
                if runs:
                    m = mention_from_words(text, sent, runs[-1])
            return m
        return None
    if head.upos not in NPISH or _fronted_comparative(text, sent, head):
        return None
    m = mention_from_words(text, sent, np_stretch(sent, head.index - 1, exclude, expand_left))
    if m is not None:
        m = with_seat(text, sent, _whole_title(text, sent, m), exclude)
        last = next((w for w in sent.words if w.end == m.end), None)
        end = purpose_tail(sent.words, last.index - 1) if last is not None else 0
        if last is not None and end > last.index and not exclude[0] <= sent.words[end - 1].start < exclude[1]:
            # `das Bundesamt für Verfassungsschutz`: the name goes on with what the body is for
            m = Mention(text[m.start:sent.words[end - 1].end], m.start, sent.words[end - 1].end, m.kind)
    # (a press service is whose its genitive says, like a spokesperson: `der Pressedienst des Kremls`;
    # so is a body's of a state or union named by its name: `der Rat der EU`, `die Regierung der Ukraine`)
    if m is not None and (m.kind == "role" or entourage(m.text) or re.search(SPOKESPERSON, m.text)
                          or m.kind == "org" and of_a_named_state(sent, m)):
        return with_genitive(text, sent, m, exclude)
    nxt = next((w for w in sent.words if w.start >= m.end), None) if m is not None and m.kind == "org" else None
    if nxt is not None and nxt.text == "von" and not exclude[0] <= nxt.start < exclude[1]:
        # `die Universität von Manaus`: the body's name (not a person's words, `das Fazit von Sandra
        # Boser`, nor one of several bodies, `die Führungen von SPD und Grünen`)
        whose = of_office(text, sent, m, nxt.index - 1, exclude)
        after = next((w for w in sent.words if w.start >= whose.end), None)
        if whose is not m and not sentence_name_flags(sent)[nxt.index] and \
                (after is None or after.text.lower() not in ("und", "sowie", "oder")):
            return whose
    return m


# endings of adjectives whose comparative (`deutlicher`, `kritischer`, `vorsichtiger`, `zurückhaltender`) may
# open a sentence as its predicate, and short ones the endings miss
_ADJECTIVE_ENDINGS = ("lich", "isch", "ig", "nd", "sam", "bar", "haft")
_SHORT_COMPARATIVES = frozenset("schärfer härter klarer offener direkter knapper gelassener".split())


def _fronted_comparative(text: str, sent: Sentence, w: Word) -> bool:
    """`Deutlicher wurde die Umweltorganisation Greenpeace: …`: a comparative opening the sentence right
    before its finite verb, with a phrase after the verb, is the predicate the parse took for a noun
    (not a word the article names elsewhere: `Schweinsteiger war …`)."""
    lower = w.text.lower()
    if w.index != 1 or not lower.endswith("er") or not (lower in _SHORT_COMPARATIVES or
                                                          len(lower) >= 8 and lower[:-2].endswith(_ADJECTIVE_ENDINGS)):
        return False
    verb, det = sent.word(2), sent.word(3)
    return verb is not None and verb.upos in ("VERB", "AUX") and verb.text.islower() and \
        det is not None and det.upos == "DET" and w.text not in FIRST_NAMES and w.text not in ACTOR_SURNAMES and \
        len(re.findall(rf"\b{re.escape(w.text)}\b", text)) == 1


# the article of a noun phrase's head, and of a genitive after it, by the relative pronoun they agree with
_HEAD_ARTICLES = {"der": ("die", "eine"), "die": ("der", "ein", "das")}
_GENITIVE_ARTICLES = {"der": ("eines", "des"), "die": ("einer", "der")}


def _genitive_antecedent(text: str, m: Mention, relative: str) -> Mention:
    """`die Aussage eines thailändischen Jungen, der angab, …`: a relative pronoun whose gender fits the
    genitive at the end of the phrase before it, not the phrase's head, stands for the genitive."""
    found = re.fullmatch(r"(\w+)\s+.*?\s(eines|des|einer|der)\s+(\S.*)", m.text.strip())
    if relative not in _HEAD_ARTICLES or found is None or found.group(1).lower() not in _HEAD_ARTICLES[relative] \
            or found.group(2) not in _GENITIVE_ARTICLES[relative]:
        return m
    start = m.start + found.start(2)
    return Mention(text[start:m.end], start, m.end, "role")


def _whole_title(text: str, sent: Sentence, m: Mention) -> Mention:
    """`Die „Welt am Sonntag“ hatte berichtet`: a subject opening a title in marks is the whole
    title (the parser hangs `am Sonntag` on the verb)."""
    k = next((k for k, w in enumerate(sent.words) if w.start == m.start), None)
    if not k:
        return m
    title = title_in_marks(text, sent, k - 2)  # checks that a mark stands before the subject
    return title if title is not None and title.start == m.start and title.end > m.end else m


def whose_entourage(text: str, sent: Sentence, m: Mention | None, exclude: tuple[int, int]) -> Mention | None:
    """The phrase of someone close to the person `m` names, when `m` ends it (`Ein Berater von
    Präsident Poroschenko`, `Ein Berater des französischen Präsidenten Emmanuel Macron`), or None."""
    if m is None:
        return None
    k = next((w.index - 1 for w in sent.words if w.start == m.start), 0) - 1  # list position before m
    while k > 0 and (role_head(sent.words[k].text) and sent.words[k].upos in ("NOUN", "PROPN")
                     or sent.words[k].upos == "ADJ" and sent.words[k].text.islower()):
        k -= 1  # `von Präsident Poroschenko`: a title before the name
    if k < 1 or sent.words[k].text.lower() not in ("von", "des", "der", "eines", "einer"):
        return None
    whole = mention_of(text, sent, sent.words[k - 1], exclude)
    return whole if whole is not None and (of_a_person(whole.text) or whole.kind == "role" and office(whole.text)) \
        and whole.end == m.end else None


# participles and adjectives that open a sentence as adverbials (`Besorgt äußerte sich X`,
# `Kritisch sieht das Y`): never a name the tagger missed
_ADVERBIAL_SHAPE = re.compile(r"(Be|Ge|Er|Ver|Ent|Zer|Über|Unter)\w+(t|en)|\w+(isch|lich|ig|bar|sam|los)|"
                              r"\w{2,}(" + "|".join(_ADVERB_ONLY_ENDINGS) + ")")


# adverbs that stand right after a fronted subject (`Lawrow dagegen erklärte …`, `Das Ministerium selbst
# beeilte sich …`, with `selbst` often tagged a verb)
_CONTRAST_ADVERBS = frozenset("dagegen hingegen jedoch allerdings wiederum seinerseits ihrerseits indes indessen "
                              "demgegenüber aber selbst".split())


def _clause_opener(words: list[Word], i: int) -> str:
    """The first word (lower case) of the clause before words[i]: after the last comma, or the sentence's."""
    starts = [k + 1 for k in range(min(i, len(words))) if words[k].text == "," and k + 1 < i]
    first = starts[-1] if starts else 0
    return words[first].text.lower() if first < min(i, len(words)) else ""


def _past_participial_phrase(words: list[Word], i: int) -> int:
    """`teilte die zur Stanford University gehörende Hoover Institution mit`: after an article, a
    phrase closed by a participle describes the noun after it; the position of that noun."""
    if words[i].upos != "DET" or i + 1 >= len(words) or words[i + 1].upos != "ADP":
        return i
    for k in range(i + 2, min(i + 10, len(words) - 1)):
        if words[k].text in ",;:.":
            break
        if words[k].text.islower() and re.search(r"(end|en|t)e[nrsm]?$", words[k].text) \
                and words[k + 1].upos in ("NOUN", "PROPN", "X"):
            return k + 1
    return i


def with_origin(text: str, sent: Sentence, m: Mention) -> Mention:
    """`der 28-Jährige aus Horn`: a person described without a name is named with the place they
    come from, which tells them apart (a name needs no place: `Peter Roth aus Kiel` is Peter Roth)."""
    inside = [w for w in sent.words if m.start <= w.start < m.end]
    if m.kind != "role" or not inside or any(w.upos == "PROPN" for w in inside):
        return m
    k = inside[-1].index  # list position of the word after the mention
    words = sent.words
    if k + 1 >= len(words) or words[k].text != "aus" or not capitalised(words[k + 1]) \
            or words[k + 1].upos not in ("PROPN", "NOUN", "X"):
        return m
    end = k + 2 if k + 2 < len(words) and capitalised(words[k + 2]) and words[k + 2].upos == "PROPN" else k + 1
    return Mention(text[m.start:words[end].end], m.start, words[end].end, m.kind)


# pronouns written capitalised inside a sentence: the polite address
_POLITE = frozenset("Sie Ihnen Ihr Ihre Ihrer Ihren Ihrem Ihres Du Dir Dich Euch Euer".split())


def _mistagged_name(sent: Sentence, w: Word) -> bool:
    """A capitalised word tagged as punctuation, or as a pronoun right after a verb (not the polite
    address): the tagger's guess at a foreign name (`sagte Xi laut …`, `sagte Xi nach Angaben …`)."""
    prev = sent.word(w.index - 1)
    return w.text.isalpha() and w.text[:1].isupper() and \
        (w.upos == "PUNCT" or w.upos == "PRON" and w.text not in _POLITE and prev is not None
         and prev.upos in ("VERB", "AUX") and prev.text.islower())


_RELATIVE_GENDERS = {"der": ("Masc",), "die": ("Fem",), "das": ("Neut",)}


def _agrees(relative: Word, noun: Word) -> bool:
    """A singular relative pronoun agrees in gender with the noun it would stand for (`einer Zeugin, die`;
    not `für den Norden, das …`)."""
    genders = _RELATIVE_GENDERS.get(relative.text.lower())
    return genders is not None and noun.feat("Gender") in genders and noun.feat("Number") != "Plur"


def _phrase_ending_at(sent: Sentence, k: int) -> list[Word]:
    """The noun phrase whose head is word k: its nouns, adjectives and one article or number before them."""
    i = k
    while i >= 0 and sent.words[i].upos in ("NOUN", "PROPN"):
        i -= 1
    while i >= 0 and sent.words[i].upos == "ADJ":
        i -= 1
    if i >= 0 and sent.words[i].upos in ("DET", "NUM"):
        i -= 1
    return list(sent.words[i + 1:k + 1]) if i < k else []


def surface_np(text: str, sent: Sentence, start_i: int, direction: int, exclude: tuple[int, int]) -> Mention | None:
    """A noun phrase next to a cue when the parse gives no subject: `sagte Kremlsprecher Peskow`."""
    i = start_i
    words = sent.words
    if direction < 0 and 0 <= i < len(words) and words[i].text in (")", ","):
        # `Renate Schmidt (SPD) äußerte`, `Sandra Boser (GRÜNE), erklärte`: the party in brackets
        # belongs to the name before it; after a name in marks it is the short name
        # (`die „Koalition für Einheit“ (CUD)`)
        close = i if words[i].text == ")" else i - 1
        opening = next((k for k in range(close - 1, max(close - 5, -1), -1) if words[k].text == "("), None) \
            if close >= 1 and words[close].text == ")" else None
        if opening is not None and opening >= 1 and words[opening - 1].upos != "PUNCT":
            i = opening - 1
    if direction < 0 and 0 <= i < len(words) and words[i].text in ("–", "—"):
        # `Die sogenannten E3 – Deutschland, Frankreich und Großbritannien – werfen …`: the phrase before
        # a parenthesis set off by dashes
        opening = next((k for k in range(i - 1, max(i - 15, -1), -1) if words[k].text == words[i].text), None)
        if opening is not None and opening >= 1 and words[opening - 1].upos != "PUNCT":
            i = opening - 1
    if direction < 0 and i >= 3 and words[i].text == "," and words[i - 1].text.isdigit() and words[i - 2].text == ",":
        i -= 3  # `Alice Kakamara, 30, beschrieb`: the age after a name belongs to it
    # adverbs the tagger calls otherwise count too (`Lawrow dagegen erklärte`, `dagegen` a VERB); time
    # adverbs only after the verb or in a verb-final clause (`wie die Agentur ANSA gestern berichtete`),
    # since in `X hatte Lenz gestern aufgefordert` the phrase before them is the object
    adverbs = SENTENCE_ADVERBS if direction > 0 or _clause_opener(words, i) in VERB_FINAL_OPENERS else _CONTRAST_ADVERBS
    while 0 <= i < len(words) and (words[i].upos in ("ADV", "PUNCT", "PART") or words[i].text in adverbs) \
            and words[i].text not in ".!?:;" and not hyphen_joins(words, i) and not (i == 0 and capitalised(words[i])) \
            and not _mistagged_name(sent, words[i]) and not (0 <= i + 1 < len(words) and hyphen_joins(words, i + 1)):
        if direction > 0 and words[i].text == ",":
            return None  # `wie die Zeitung berichtete, vier Millionen Euro`: a comma ends the verb's clause
        i += direction
    if 0 <= i < len(words) and words[i].text.lower() == "sich":
        i += direction
    if not 0 <= i < len(words):
        return None
    if direction > 0:
        i = _past_participial_phrase(words, i)
        if i + 2 < len(words) and hyphen_joins(words, i + 1) and words[i].upos not in NPISH:
            i += 2  # `so verdi-Verhandlungsführer X`: the compound's noun, whatever the tag of its first part
    w = words[i]
    k = i
    while direction > 0 and k < len(words) - 1 and words[k].text.lower() in NAME_PARTICLES and k - i < 3:
        k += 1
    if k > i and capitalised(words[k]) and (" ".join(x.text.lower() for x in words[i:k]) + " " + words[k].text
                                            in PARTICLE_SURNAMES or w.text.lower() in NAME_ONLY_PARTICLES):
        # `sagte von der Leyen`, `so van der Bellen` (`sagte von Anfang an`, `zu Journalisten`: no names)
        return Mention(text[w.start:words[k].end], w.start, words[k].end, "name")
    if direction < 0 and i == 0 and w.upos not in NPISH + ("PRON", "CCONJ", "SCONJ", "ADP") and capitalised(w) \
            and not exclude[0] <= w.start < exclude[1]:
        # `Milinkewitsch sagte …` with the name mis-tagged as an adverb; not `Besorgt äußerte sich X`
        if _ADVERBIAL_SHAPE.fullmatch(w.text) and w.text not in FIRST_NAMES:
            return None
        return Mention(w.text, w.start, w.end, "name")
    if _mistagged_name(sent, w) and not exclude[0] <= w.start < exclude[1]:
        return Mention(w.text, w.start, w.end, "name")
    m = mention_of(text, sent, w, exclude, expand_left=direction < 0)
    if m is not None and direction > 0 and w.text.endswith("s") and capitalised(w) and i + 1 < len(words) \
            and role_head(words[i + 1].text):
        # `sagte Ungarns Außenminister Peter Szijjarto`: a genitive place before a role and a name
        flags = sentence_name_flags(sent)
        k = i + 2
        while k < len(words) and name_part(words, flags, k):
            k += 1
        if k - (i + 2) >= 2 and words[i + 2].text in FIRST_NAMES:
            return Mention(text[words[i + 2].start:words[k - 1].end], words[i + 2].start, words[k - 1].end, "name")
    if m is not None:
        first = next((w for w in words if w.start == m.start), None)
        prev = sent.word(first.index - 1) if first else None
        if first is not None and title_after_preposition(sent, first):
            return None
        opening = particles_before(sent, first, text[m.start:m.end]) if first is not None else None
        if opening is not None:
            # `Von der Leyen kontert …` opening a clause, `sagte von der Leyen`, `so von der Leyen`:
            # the particles begin the name the actors file spells with them
            return Mention(text[opening.start:m.end], opening.start, m.end, "name")
        counted = False
        while prev is not None and prev.upos in ("DET", "ADJ", "NUM", "ADV") and \
                (prev.upos != "ADV" or prev.text.isdigit() or prev.text.lower() in NUMERALS):
            counted = counted or prev.upos == "NUM" or prev.text.isdigit() or prev.text.lower() in NUMERALS
            prev = sent.word(prev.index - 1)  # `nach fünf Jahren`: a number is part of the phrase
        sources = ("laut", "gemäß", "von") if counted else ("laut", "gemäß", "von", "nach")  # `nach 20 Jahren`: time
        if prev is not None and (prev.upos == "ADP" and prev.text not in STRONG_FINITE or prev.text.lower() in ("als", "wie")) \
                and prev.text.lower() not in sources and not opens_wie_clause(sent, prev):
            return None  # `in einem Interview`, `als Begründung`: not a speaker (`empfahl` tagged ADP is a verb)
    return m


def _through_named_body(text: str, sent: Sentence, m: Mention) -> Mention:
    """A phrase that stops inside a body's name ends with the name (`des Internationalen Komitees
    vom Roten Kreuz`)."""
    bodies = sentence_named_bodies(sent)
    if not any(bodies):
        return m
    k = next((w.index for w in sent.words if w.start < m.end <= w.end), None)
    if k is None or not bodies[k - 1] or k >= len(bodies) or not bodies[k]:
        return m
    while k < len(bodies) and bodies[k]:
        k += 1
    end = sent.words[k - 1].end
    return Mention(text[m.start:end], m.start, end, m.kind)


def title_after_preposition(sent: Sentence, first: Word) -> bool:
    """`gegenüber der Tageszeitung „Die Welt“`: a title in marks inside a prepositional phrase."""
    back = sent.word(first.index - 1)
    if back is None or back.text not in ("„", "»", "«", "\""):
        return False
    for _ in range(4):
        back = sent.word(back.index - 1)
        if back is None or back.upos not in ("DET", "ADJ", "NOUN"):
            break
    # `gegenüber` is often tagged as an adverb
    return back is not None and (back.upos == "ADP" or back.text.lower() == "gegenüber") and \
        back.text.lower() not in ("laut", "gemäß", "von", "nach")


def opens_wie_clause(sent: Sentence, w: Word) -> bool:
    """`Wie die Polizei mitteilte, …`: `wie` opening a clause (sentence start, after a comma, or a
    capitalised `Wie` after a heading the text runs into) is no comparison."""
    before = sent.word(w.index - 1)
    return w.text.lower() == "wie" and (before is None or before.text == "," or w.text == "Wie")


KIND_RANK = {"name": 0, "pronoun": 0, "role": 1, "org": 2}


def title_in_marks(text: str, sent: Sentence, i: int) -> Mention | None:
    """A title in marks right after sent.words[i] (an article or `im`): `im „Standard“`, `in der „Zeit“`."""
    words = sent.words
    j = i + 1
    if j >= len(words) or words[j].text not in "„»«\"":
        return None
    close = next((k for k in range(j + 1, min(j + 6, len(words))) if words[k].text in "“”«»\""), None)
    if close is None or close == j + 1:
        return None
    return Mention(text[words[j + 1].start:words[close - 1].end], words[j + 1].start, words[close - 1].end, "org")


def name_part(words: list[Word], flags: list[bool], k: int) -> bool:
    """words[k] can be part of a name next to a role: a name by the tagger or the name lists, a
    glued hyphen, or a capitalised noun that is no role (the tagger often calls names NOUN)."""
    w = words[k]
    return flags[k] or w.text in FIRST_NAMES or hyphen_joins(words, k) or \
        capitalised(w) and w.upos in ("NOUN", "PROPN", "X") and not role_head(w.text)
