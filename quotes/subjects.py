"""Who a speech verb names: the subject of a cue (parse subjects and the phrases beside the verb,
ranked; titles in marks; `heißt es in X`). The phrases after prepositions the mention finders pass
over are quotes/phrases.py's. The agent of a passive and the owner of a noun of saying are quotes/owners.py's, the
source of `laut X`/`X zufolge` quotes/sources.py's; where a phrase stands around the verb,
quotes/positions.py's. Used by the frames around quotes (quotes/frames.py).
"""

from __future__ import annotations

import re

from quotes.appositions import appositive_name
from quotes.clauses import comma_between, finite_form, is_subjunctive
from quotes.cues import (STRONG_FINITE, after_so, cue_lemma, frame_auxiliary, impersonal_cue, is_cue, modal_frame_verb,
                         passive)
from quotes.lexicon import DEMONYMS, REACTION_NOUNS, SENTENCE_ADVERBS, is_group_or_body, is_report_noun
from quotes.marks import CLOSING_MARKS
from quotes.mentions import (CLAUSE_OPENERS, KIND_RANK, SUBJECT_RELS, mention_from_words, mention_of, np_stretch,
                             surface_np, title_in_marks, whose_entourage, with_origin)
from quotes.names import role_head
from quotes.phrases import genitive_owner, object_of_preposition
from quotes.positions import (FINITE_AUX, NO_SUBJECT_OPENERS, after_fronted_adverbial, after_preposition,
                              before_example, before_relative_clause, before_seat, colon_between,
                              compound_with_title, fronted_adverbial, in_marks, nominative_before_ambiguous,
                              opening_with_apposition, opens_sentence, subject_candidates, title_before,
                              wie_apposition_subject, without_addressee, zu_infinitive)
from quotes.reference import describes_one
from quotes.sources import impersonal_source
from quotes.types import Mention, Sentence, Word


# `sagten beide`, `Die beiden betonten`: a subject for the two persons named together before
BOTH = ("beide", "beiden")


def _role_owned_by(text: str, sent: Sentence, m: Mention) -> Mention:
    """`Ein Sprecher Netanjahus teilte mit`: a name in the genitive right after a role noun owns the
    role, which speaks (the parser made both subjects)."""
    first = next((w for w in sent.words if w.start == m.start), None)
    role = sent.word(first.index - 1) if first is not None else None
    # (the name without its -s named elsewhere: `Netanjahus` for Netanjahu, not `Navarro-Valls`)
    if role is None or role.upos == "VERB" or not role_head(role.text) or \
            not re.search(rf"\b{re.escape(m.text[:-1])}\b(?!s)", text):
        return m
    det = sent.word(role.index - 1)
    start = det.start if det is not None and det.upos == "DET" else role.start
    return Mention(text[start:m.end], start, m.end, "role")


def subject_of(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """The speaker of a cue: parse subjects and the phrases right and left of the cue, ranked
    person before role before thing, then parse subject before surface position (the parse of
    the small models is often wrong, a name next to the cue rarely is)."""
    m = _subject_of(text, sent, cue, exclude)
    if m is not None and "(" in m.text and ")" not in m.text:
        cut = m.text.index("(")  # `Bernd Lange (SPD`: an opened bracket is no part of the name
        m = Mention(m.text[:cut].rstrip(), m.start, m.start + len(m.text[:cut].rstrip()), m.kind) if cut else m
    if m is not None and m.kind == "name" and m.text.endswith("s"):
        m = _role_owned_by(text, sent, m)
    if m is not None and m.text.startswith("-"):
        m = compound_with_title(text, sent, m)  # `sagte der „Spiegel“-Reporter`
    if m is not None and m.kind == "role" and m.start > cue.start and cue_lemma(sent, cue) in _DATIVE_CUES:
        m = without_addressee(text, sent, m)
    if m is None or m.text.startswith("-"):
        # `Wie „heise online“ berichtet`, `Die „Bild“-Zeitung berichtete`: a title in marks before the verb
        m = title_before(text, sent, cue, exclude) or m
    verb = m and next((w for w in sent.words if m.start <= w.start < m.end and w.text.islower() and is_cue(sent, w)),
                      None)
    if verb is not None:
        # the tagger took a speech verb for part of a phrase: the speaker is the noun phrase
        # before it (`Internationale Wahlbeobachter monieren Unregelmäßigkeiten`); after an
        # anaphoric `Das`/`Dies` the one after it (`Das berichten Medien`), and after `zitieren`
        # the quoted one (`Ein Sender zitierte Papandreou`)
        before = [w for w in sent.words if m.start <= w.start and w.end <= verb.start]
        after = [w for w in sent.words if verb.end <= w.start and w.end <= m.end]
        quoted = cue_lemma(sent, verb) == "zitieren" and after
        part = before if any(w.upos in ("NOUN", "PROPN") for w in before) and not quoted else after
        m = Mention(text[part[0].start:part[-1].end], part[0].start, part[-1].end, m.kind) if part else None
    described = with_origin(text, sent, m) if m is not None else None
    if described is not None and described is not m and describes_one(described) and \
            not (described.start < exclude[1] and exclude[0] < described.end):
        m = described
    return m


def sentence_subject(text: str, sent: Sentence, exclude: tuple[int, int]) -> Mention | None:
    """The subject of the sentence's root, when the parse made a verb its root (`Der Kreml reagierte
    gelassen.`, `Die Regierung veröffentlichte eine Erklärung.`)."""
    root = next((w for w in sent.words if w.head == 0 and w.upos in ("VERB", "AUX")), None)
    return subject_of(text, sent, root, exclude) if root is not None else None


def reaction_source(text: str, sent: Sentence) -> Mention | None:
    """`Kritik kommt vom ADAC.`, `Widerspruch kam von der Gewerkschaft EVG.`: the one a reaction
    comes from, who is the sentence's agent as a subject would be."""
    root = next((w for w in sent.words if w.head == 0 and w.lemma == "kommen"), None)
    if root is None or not any(w.text in REACTION_NOUNS for w in sent.words[:root.index - 1]):
        return None
    source = next((c for c in sent.children(root.index) if c.deprel == "obl" and c.index > root.index
                   and any(a.text.lower() == "von" for a in sent.children(c.index))), None)
    # (not left past the head: `vom` is split into `von dem`, which reads as a phrase of its own)
    return mention_of(text, sent, source, (sent.end, sent.end), expand_left=False) if source is not None else None


_DATIVE_CUES = frozenset("sagen erzählen erklären verraten versichern schildern".split())
_LASSEN = frozenset("ließ ließen lässt lassen ließe".split())


def _subject_of(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`subject_of` before its clean-up: the subject another verb shares with the cue, the source of
    cues that name theirs in their own way (`zitieren`, `heißt es`, `verlauten`, `hervorgehen`,
    `beide`), else the best of the phrases around the verb."""
    modal = sent.word(cue.head) if cue.head else None
    if modal is not None and modal_frame_verb(sent, modal) is cue:
        return subject_of(text, sent, modal, exclude)  # `wollen die Demonstranten … wissen`: the modal's subject
    for shared in _SHARED_SUBJECTS:
        m = shared(text, sent, cue, exclude)
        if m is not None:
            return m
    lemma = cue_lemma(sent, cue)
    if lemma == "zitieren":
        if passive(sent, cue):
            # `Putin wird von der Agentur Tass mit den Worten zitiert, …`: the passive's subject is the one
            # quoted, whatever the parser made of the agent
            subject = next((c for c in sent.children(cue.index) if c.deprel in ("nsubj", "nsubj:pass")
                            and c.start < cue.start and not exclude[0] <= c.start < exclude[1]), None)
            m = mention_of(text, sent, subject, exclude) if subject is not None else None
            if m is not None:
                return m
        m = _quoted_one(text, sent, cue, exclude)
        if m is not None:
            return m
    if impersonal_cue(sent, cue):
        return impersonal_source(text, sent, cue, exclude)
    if lemma == "verlauten":
        # `Aus EU-Kreisen verlautete, …`: the source follows `aus`; `verlautete der Sprecher` has a subject
        m = impersonal_source(text, sent, cue, exclude)
        if m is not None:
            return m
    if lemma == "hervorgehen":
        return _source_of_hervorgehen(text, sent, cue, exclude)
    # (or right after the verb, whatever the parser hung it on: `sagten beide übereinstimmend`)
    both = next((c for c in [*sent.children(cue.index), sent.word(cue.index + 1)] if c is not None
                 and c.text.lower() in BOTH and not exclude[0] <= c.start < exclude[1]), None)
    if both is not None and not _has_subject(sent, cue):
        # `sagten beide`, `Beide betonten` (tagged an adverb): the two named together before, as a plural `sie`
        return Mention(both.text, both.start, both.end, "pronoun")
    one_of = _one_of_them(sent, cue)
    if one_of is not None and not _has_subject(sent, cue):
        # `schrieb einer von ihnen`: a member of the group named before speaks for it, as a plural `sie`
        return Mention(one_of.text, one_of.start, one_of.end, "pronoun")
    return _Ranking(text, sent, cue, exclude).best()


_ONE_OF = frozenset("einer eine eines einige viele manche mehrere".split())


def _one_of_them(sent: Sentence, cue: Word) -> Word | None:
    """The `ihnen` of `einer von ihnen` right after the cue (past adverbs: `sagte später einer von ihnen`)."""
    words = sent.words[cue.index:]
    k = next((k for k, w in enumerate(words) if w.upos != "ADV"), len(words))
    if k + 2 < len(words) and words[k].text.lower() in _ONE_OF and words[k + 1].text.lower() == "von" \
            and words[k + 2].text.lower() == "ihnen":
        return words[k + 2]
    return None


def _has_subject(sent: Sentence, verb: Word) -> bool:
    return any(c.deprel in SUBJECT_RELS for c in sent.children(verb.index))


# --- a verb that shares another verb's subject --------------------------------------------------

def _lets_it_be_known(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`X ließ … durchblicken`: who lets it be known."""
    modal = sent.word(cue.head) if cue.head else None
    if modal is not None and modal.text.lower() in _LASSEN and modal.start < cue.start and cue.feat("VerbForm") != "Fin":
        return subject_of(text, sent, modal, exclude)
    return None


def _first_of_coordinated(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`hatte Fehler eingeräumt und angegeben, …`, `bestätigten den Zwischenfall, teilten jedoch mit, …`:
    a coordinated verb without a subject of its own shares the first verb's, before any noun next
    to it (an object)."""
    head = sent.word(cue.head) if cue.deprel == "conj" and cue.head else None
    if head is not None and not is_cue(sent, head):
        # `X sagte, die Regierung sei entschlossen, …, und erklärte, …`: the parser hung the second
        # speech verb on the first one's report; it shares the first speech verb's subject
        reporting = head
        for _ in range(3):
            if reporting is None or reporting.deprel not in ("ccomp", "parataxis", "xcomp", "conj") or \
                    not reporting.head:
                break
            reporting = sent.word(reporting.head)
            if reporting is not None and is_cue(sent, reporting):
                break
        # (a coordinated verb in Konjunktiv is part of the report: `…, X sei gekommen und habe befürchtet, …`)
        own = [w for w in sent.words if head.end <= w.start and w.end <= cue.end]
        if reporting is not None and reporting is not head and reporting.start < head.start and \
                is_cue(sent, reporting) and not any(is_subjunctive(x, sent) for x in own):
            head = reporting
    if head is not None and head.upos not in ("VERB", "AUX"):
        # `wies die Vorwürfe zurück und sagte, …`: the parser may head the clause with the verb's
        # particle and make the verb its copula
        head = next((c for c in sent.children(head.index) if c.deprel == "cop" and c.start < cue.start
                     and c.feat("VerbForm") == "Fin"), head)
    if head is not None and head.upos in ("VERB", "AUX") and head.start < cue.start and \
            not _has_speaking_subject(sent, cue) and \
            (any(w.text.lower() in ("und", "oder", "sowie") for w in sent.words if head.end <= w.start < cue.start)
             or cue.deprel == "conj" and sent.words[cue.index - 2].text == ","):
        return subject_of(text, sent, head, exclude)
    return None


def _has_speaking_subject(sent: Sentence, verb: Word) -> bool:
    """The verb has a subject of its own that can speak: before it, or after it and a person, a body
    or a name (`…, mahnte aber mehr Tempo an:` has the object `mehr Tempo` for a subject in the parse)."""
    return any(c.deprel in SUBJECT_RELS and (c.start < verb.start or can_speak(c)) for c in sent.children(verb.index))


def can_speak(w: Word) -> bool:
    """The word names someone who can speak: a name, a pronoun, a person's role, a group or body, a
    people (`Pläne` cannot)."""
    return w.upos in ("PROPN", "PRON") or bool(role_head(w.text)) or w.ner != "O" or is_group_or_body(w.text) \
        or w.text.lower() in DEMONYMS


def _first_speech_verb(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`X erklärte, man wolle keine Eskalation, und fügte hinzu, …`: wherever the parser hung the
    second speech verb, it shares the subject of the first one in the sentence."""
    before = sent.word(cue.index - 1)
    if cue.deprel != "conj" or before is None or before.text.lower() not in ("und", "sowie") or \
            is_subjunctive(cue, sent) or _has_subject(sent, cue):
        return None
    first = next((x for x in sent.words if x.start < cue.start and is_cue(sent, x) and x.upos == "VERB"
                  and finite_form(x) and not is_subjunctive(x, sent)), None)
    return subject_of(text, sent, first, exclude) if first is not None else None


def _clause_before_und(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`Der Minister trat vor die Presse und sagte: „…“`: the parser hung the subject on the quote's
    verb; the finite verb of the clause before `und` (no comma between) has it."""
    before = sent.word(cue.index - 1)
    # (a past form the tagger called an adjective is finite too: `und bezeichnete Kanzler Scholz als …`)
    finite = cue.feat("Mood") == "Ind" or cue.upos == "ADJ" and cue.text.islower() and cue.text.endswith(("te", "ten"))
    if before is None or before.text.lower() not in ("und", "sowie") or not finite or _has_subject(sent, cue):
        return None
    k = cue.index - 2
    while k > 0 and sent.words[k - 1].text != "," and not (
            sent.words[k - 1].upos in ("VERB", "AUX") and sent.words[k - 1].feat("Mood") == "Ind"
            or sent.words[k - 1].text in STRONG_FINITE):  # (`biss` tagged a preposition)
        k -= 1
    first = sent.words[k - 1] if k > 0 and sent.words[k - 1].text != "," else None
    if first is not None and not _has_subject(sent, first):
        # (`Musk reagierte prompt und …` with `prompt` tagged a finite verb: the one with a subject)
        first = next((w for w in reversed(sent.words[:k - 1]) if w.upos in ("VERB", "AUX") and w.feat("Mood") == "Ind"
                      and _has_subject(sent, w) and not comma_between(sent, w.start, cue.start)), first)
    m = subject_of(text, sent, first, exclude) if first is not None and first is not cue else None
    # (after a verb that is no speech verb, `und ist sich sicher: „…“`, only a person)
    if m is not None and (m.kind in ("name", "role", "pronoun") or m.kind == "org" and is_cue(sent, cue)):
        return m
    return None


def _reflexive_will(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`Das Ministerium beeilte sich klarzustellen, …`, `X weigerte sich zu sagen, …`: after a
    reflexive verb of will a zu-infinitive says what that verb's subject said."""
    governing = sent.word(cue.head) if cue.deprel == "xcomp" and cue.head else None
    if governing is not None and governing.upos == "VERB" and governing.start < cue.start and \
            zu_infinitive(sent, cue) and not _has_subject(sent, cue) and \
            any(x.text == "sich" for x in sent.words[governing.index:governing.index + 2]):
        return subject_of(text, sent, governing, exclude)
    return None


_SHARED_SUBJECTS = (_lets_it_be_known, _first_of_coordinated, _first_speech_verb, _clause_before_und,
                    _reflexive_will)


# --- cues that name their source in their own way -----------------------------------------------

def _quoted_one(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`„…“, zitiert die „Computerwoche“ Lynch`: after the verb the source, then the quoted one;
    `Der Spiegel zitiert den Prediger mit den Worten: „…“`: the quoted one is the object."""
    pos = sent.words.index(cue)
    pronoun = sent.words[pos + 1] if pos + 2 < len(sent.words) else None
    if pronoun is not None and pronoun.text.lower() in ("ihn", "sie") and not exclude[0] <= pronoun.start < exclude[1] \
            and (sent.words[pos + 2].upos in ("DET", "PROPN", "NOUN") or sent.words[pos + 2].text.lower() == "mit" and pos > 0):
        # `…, zitierte ihn die Agentur`: a pronoun object stands before the subject; `Die Zeitung zitierte
        # ihn mit den Worten: …`: after it, once the subject stood before the verb
        return Mention(pronoun.text, pronoun.start, pronoun.end, "pronoun")
    first = surface_np(text, sent, pos + 1, 1, exclude)
    if first is not None:
        k = next((i for i, w in enumerate(sent.words) if w.start >= first.end), None)
        while k is not None and k < len(sent.words) and sent.words[k].text in CLOSING_MARKS:
            k += 1
        second = surface_np(text, sent, k, 1, exclude) if k is not None and k < len(sent.words) else None
        if second is not None and (second.kind in ("name", "role") or
                                   re.match(r"(?i)(einen|eine|einem|den)\s", second.text)):
            if second.kind == "org" and len(second.text.split()) == 2 and role_head(second.text.split()[1]):
                # `zitierte die Agentur Tass den Präsidenten`: a weak noun's role in the accusative
                second = Mention(second.text, second.start, second.end, "role")
            return appositive_name(text, sent, second)  # `zitierte die Zeitung einen Feuerwehrmann`
        if second is None and first.kind == "name" and pos > 0 and sent.words[pos - 1].upos in ("NOUN", "PROPN"):
            return first  # `Ein Fernsehsender zitierte Papandreou mit den Worten: …`: the subject stood before
    for c in sent.children(cue.index):
        if c.deprel in ("obj", "iobj"):
            m = mention_of(text, sent, c, exclude)
            if m is not None:
                return m
    return None


def _source_of_hervorgehen(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`Dies geht aus einer Pressemitteilung des Konzerns hervor`: the text after `aus` is the source."""
    pos = sent.words.index(cue)
    j = next((k for k in range(pos + 1, len(sent.words)) if sent.words[k].text.lower() == "aus"), None)
    if j is None:  # `Wie aus dem Bericht hervorgeht, …`: verb last
        j = next((k for k in range(pos - 1, -1, -1) if sent.words[k].text.lower() == "aus"
                  and not comma_between(sent, sent.words[k].start, cue.start)), None)
    return object_of_preposition(text, sent, j, exclude) if j is not None else None


# --- the phrases around the verb, ranked --------------------------------------------------------

# (and the object `es` before the subject: `Ähnlich sieht es Kapitän X`, `So formulierte es der Minister`)
_PARTICLES_BEFORE_SUBJECT = frozenset("jedenfalls zumindest wenigstens allerdings auch ebenfalls übrigens "
                                      "freilich es".split())


class _Ranking:
    """The phrases around a speech verb that may be its subject (the parse subject, the phrases
    right and left of the verb, the one after a fronted adverbial's finite verb), ranked person
    before role before thing, then parse subject before surface position; some positions decide
    alone (a phrase opening the sentence right before the verb)."""

    def __init__(self, text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]):
        self.text, self.sent, self.cue, self.exclude = text, sent, cue, exclude
        self.lemma, self.pos = cue_lemma(sent, cue), sent.words.index(cue)

    def addressed(self, m: Mention) -> bool:
        """`sagte der „Welt“`: the newspaper spoken to."""
        return self.lemma in _DATIVE_CUES and m.start > self.cue.start and \
            re.search(r"\b(der|dem)\s*[„»«\"]$", self.text[max(0, m.start - 8):m.start]) is not None

    def best(self) -> Mention | None:
        text, sent, cue, exclude, pos = self.text, self.sent, self.cue, self.exclude, self.pos
        if any(c.deprel.startswith("nsubj") and c.text.lower() == "man" for c in sent.children(cue.index)):
            return None  # `man halte eine Übernahme für „nicht akzeptabel“`: no one named, not the object
        found: list[tuple[int, int, Mention]] = []
        for c in subject_candidates(sent, cue):
            m = mention_of(text, sent, c, exclude)
            if m is not None and not self.addressed(m):
                found.append((KIND_RANK[m.kind], 0, m))
                break
        right = self.right()
        if right is not None and after_so(sent, cue):
            return appositive_name(text, sent, right)  # `…, so vermutet die Zeitung, …`: an inserted frame
        if cue.text.lower() == "so":
            # `so das Fazit der Betreiber`: a noun of saying stands for its owner
            noun = next((w for w in sent.words if right is not None and w.start >= right.start and w.end == right.end),
                        None)
            if noun is not None and is_report_noun(noun.text):
                return genitive_owner(text, sent, noun, exclude) or right
            # (`so der Sprecher der FDP-Fraktion, Reinhard Houben`: the name set off after the role)
            return appositive_name(text, sent, right) if right is not None else None
        clause_open = self.clause_open()
        left = self.left(found, clause_open)
        # verb second: a noun phrase opening the sentence right before the finite verb is its subject
        # (`Thaksin beschuldigte General Prem, …`, `Die Regierung hatte den Bericht … zurückgewiesen`),
        # whatever the parser made the object
        # (`Deutlicher wurde die Linke: Parteichef X nannte …`: an auxiliary before a colon is another clause's)
        aux = next((c for c in sent.children(cue.index) if c.deprel.startswith("aux") and c.start < cue.start
                    and not comma_between(sent, c.start, cue.start) and not colon_between(sent, c, cue)), None)
        before_finite = left if aux is None else surface_np(text, sent, sent.words.index(aux) - 1, -1, exclude)
        lassen = any(w.text.lower() in ("lassen", "ließ", "ließen") for w in sent.words[pos + 1:pos + 2])
        found += self.after_finite(bool(found), clause_open, aux, lassen)
        if before_finite is not None and (before_finite.kind == "org" or in_marks(sent, before_finite)) and \
                right is not None and right.kind in ("name", "role") \
                and self.lemma in _DATIVE_CUES and all(w.upos in ("DET", "ADJ") or role_head(w.text)
                                                       for w in sent.words if cue.end <= w.start < right.start) \
                and right.end <= (exclude[0] if exclude[0] > cue.start else len(text)):
            # `Der Rheinischen Post sagte Bodo Ramelow: …`: before a speech verb that takes an addressee, a
            # fronted outlet or body is the one spoken to, the person right after the verb the speaker
            return appositive_name(text, sent, right)
        if opens_sentence(sent, before_finite) and not (found and found[0][2].kind == "pronoun" and
                                                          not nominative_before_ambiguous(text, before_finite,
                                                                                           found[0][2])):
            return before_finite
        wie_subject = wie_apposition_subject(text, sent, pos, exclude)
        if wie_subject is not None:
            return appositive_name(text, sent, wie_subject)  # `wie ein Sprecher, John Kirby, mitteilte`
        opening = opening_with_apposition(text, sent, pos - 1 if aux is None else sent.words.index(aux) - 1, exclude)
        if opening is not None and not (found and found[0][2].kind == "pronoun"):
            return appositive_name(text, sent, opening)
        found += [(KIND_RANK[m.kind], rank, m) for rank, m in ((1, right), (2, left)) if m is not None]
        if clause_open:  # a main clause after a semicolon has its own subject
            found = [f for f in found if f[2].start >= sent.words[clause_open].start]
        if not found:
            m = self.only_phrase_before()
            if m is not None:
                found.append((KIND_RANK[m.kind], 3, m))
        if not found and cue.deprel == "conj" and cue.head:
            # `biss den Fluggast und rief: „…“`: a coordinated verb shares the first verb's subject
            head = sent.word(cue.head)
            if head is not None and head.upos in ("VERB", "AUX") and head.start < cue.start and \
                    not any(w.text == ";" for w in sent.words if head.end <= w.start < cue.start):
                return subject_of(text, sent, head, exclude)
        if not found:
            m = self.opening_before_auxiliary(clause_open)
            if m is not None:
                found.append((KIND_RANK[m.kind], 3, m))
        # `Wahlbeteiligung Wie der Wahlleiter mitteilte`: after a heading the text runs into, the
        # subject of the `Wie` clause stands inside it
        wie = next((w for w in reversed(sent.words[:pos]) if w.text == "Wie"), None)
        if wie is not None and not comma_between(sent, wie.start, cue.start):
            found = [f for f in found if f[2].start > wie.start]
        return appositive_name(text, sent, min(found, key=lambda t: (t[0], t[1]))[2]) if found else None

    def right(self) -> Mention | None:
        """The phrase right after the verb (`sagte der Minister`)."""
        text, sent, pos, exclude = self.text, self.sent, self.pos, self.exclude
        right = surface_np(text, sent, pos + 1, 1, exclude)
        k = pos + 1
        while right is None and k < pos + 3 and k + 1 < len(sent.words) \
                and sent.words[k].text.lower() in _PARTICLES_BEFORE_SUBJECT:
            # `Das glaubt jedenfalls die Präsidentin`, `So formulierte es auch der Minister`: past a sentence
            # adverb or the object `es`, whatever its tag
            k += 1
            right = surface_np(text, sent, k, 1, exclude)
        if right is None and pos + 1 < len(sent.words) and sent.words[pos + 1].text.lower() in ("der", "die", "das"):
            right = title_in_marks(text, sent, pos + 1)  # `teilte das „Space Telescope Science Institute“ mit`
            if right is not None and exclude[0] < right.end and right.start < exclude[1]:
                right = None
        return None if right is not None and self.addressed(right) else right

    def left(self, found: list[tuple[int, int, Mention]], clause_open: int) -> Mention | None:
        """The phrase right before the verb (`Der Minister sagte`), unless it ends the parse
        subject's phrase or follows a preposition."""
        text, sent, pos, exclude = self.text, self.sent, self.pos, self.exclude
        k = pos - 1
        while k > 1 and pos - k < 3 and (sent.words[k].text.lower() in SENTENCE_ADVERBS
                                          or sent.words[k].text.lower() in ("selber", "selbst")):
            k -= 1  # `McCains Kampagne selber dagegen warf …`: adverbs after the subject opening the sentence
        left = surface_np(text, sent, before_seat(sent, pos - 1), -1, exclude) or \
            (surface_np(text, sent, before_seat(sent, k), -1, exclude) if k < pos - 1 else None) or \
            before_relative_clause(text, sent, pos, exclude)
        left = before_example(text, sent, left, exclude)
        # (`Ein Berater von Präsident Poroschenko sagte`: the adviser speaks, not the president)
        left = whose_entourage(text, sent, left, exclude) or left
        # (or a place after the `von` of a parse subject that is a body: `Die Universität von Manaus
        # teilte mit`; after a person's role the `von` phrase says whose, `Ein Sprecher von Siemens`)
        inside = left is not None and any(f[2].start < left.start and left.end <= f[2].end or
                                          f[2].kind == "org" and f[2].end < left.start and
                                          self._owned_by(left, f[2]) for f in found)
        before_left = next((w for w in reversed(sent.words) if w.end <= left.start), None) if inside else None
        if before_left is not None and (before_left.upos in ("ADP", "CCONJ") or before_left.text in ("für", "und")):
            # `Eine Sprecherin des Bundesamts für Migration und Flüchtlinge sagte`: the words before the verb
            # end the parse subject's phrase after `für`/`und`; they are no subject of their own (a name
            # right after the role's noun is: `Der Vorsitzende der Selbstverwaltung Istvan Kovacs hob hervor`)
            return None
        if left is not None and after_preposition(sent, left):
            return None  # `Auch von Rassismus spricht der junge Mann`: what he speaks of
        if left is not None and fronted_adverbial(sent, clause_open, self.cue) and \
                left.start > sent.words[clause_open].start and sent.words[clause_open].text.lower() != "für":
            # `Bei einem Treffen mit ihrem Amtskollegen Wang Yi sagte die Ministerin`: inside the adverbial
            # (`Für Senator Lemke ist das …` names whose view it is)
            return None
        return left

    def _owned_by(self, m: Mention, owner: Mention) -> bool:
        """`m` hangs on a word of `owner` as its nominal modifier (`von Manaus` on `Universität`)."""
        heads = {w.index for w in self.sent.words if owner.start <= w.start < owner.end}
        return any(w.deprel == "nmod" and w.head in heads for w in self.sent.words if m.start <= w.start < m.end)

    def clause_open(self) -> int:
        """Where the verb's clause opens: at the sentence start or after a semicolon or colon
        (`Vorwürfe bei den Grünen: Jetzt spricht der Beschuldigte`: a headline's topic before the
        colon is no subject)."""
        return max([i + 1 for i, w in enumerate(self.sent.words[:self.pos]) if w.text in (";", ":")], default=0)

    def after_finite(self, found_any: bool, clause_open: int, aux: Word | None,
                     lassen: bool) -> list[tuple[int, int, Mention]]:
        """The phrase right after a finite verb that follows a fronted adverbial or closes a frame
        after the report (`Unterdessen haben einige Abgeordnete angekündigt`, `…, hatte ein
        Sprecher gesagt`)."""
        text, sent, cue, exclude, pos = self.text, self.sent, self.cue, self.exclude, self.pos
        extra: list[tuple[int, int, Mention]] = []
        second = sent.words[clause_open + 1] if clause_open + 1 < pos else None
        surface_aux = second is not None and second.text.lower() in FINITE_AUX and not cue.feat("Mood") and \
            not comma_between(sent, second.start, cue.start)  # `seinerzeit hatte Österreich … abgelehnt`
        if second is not None and (second is aux or surface_aux) and \
                sent.words[clause_open].text.lower() in SENTENCE_ADVERBS \
                and not passive(sent, cue) and not lassen:  # `musste sich X vorwerfen lassen`: said by others
            # after an adverb the subject follows the finite auxiliary (the parser may hang it elsewhere)
            after_aux = surface_np(text, sent, clause_open + 2, 1, exclude)
            if after_aux is not None and after_aux.end <= cue.start:
                extra.append((KIND_RANK[after_aux.kind], 1, after_aux))
        finite = next((c for c in sent.children(cue.index) if c.deprel.startswith("aux") and c.start < cue.start),
                      None)
        if finite is None and finite_form(cue):
            finite = cue  # `Später meldete sich auch Wulff zu Wort`: the cue itself stands second
        if not (found_any or extra) and finite is not None and not passive(sent, cue) and not lassen:
            after_aux = after_fronted_adverbial(text, sent, clause_open, finite, exclude)
            if after_aux is not None and (after_aux.end <= cue.start or finite is cue):
                extra.append((KIND_RANK[after_aux.kind], 1, after_aux))
        frame_aux = frame_auxiliary(sent, cue)
        if frame_aux is not None and not passive(sent, cue):
            # `…, hatte ein Sprecher am Freitag gesagt`: the subject right after the frame's finite auxiliary
            after_aux = surface_np(text, sent, frame_aux.index, 1, exclude)
            if after_aux is not None and after_aux.end <= cue.start:
                extra.append((KIND_RANK[after_aux.kind], 1, after_aux))
        return extra

    def only_phrase_before(self) -> Mention | None:
        """Verb second, last resort: the one phrase before the verb (`Ärzte ohne Grenzen teilte mit, …`)."""
        text, sent, cue, exclude = self.text, self.sent, self.cue, self.exclude
        prefix = [w for w in sent.words if w.end <= cue.start and w.text not in ("„", "“", "”", "»", "«", "\"")]
        if len(prefix) > 1 and prefix[-1].text.lower() in FINITE_AUX:
            prefix = prefix[:-1]  # `Wallström hatte geschrieben, …`: the auxiliary is the finite verb
        if len(prefix) > 2 and prefix[-1].upos == "CCONJ":
            # `Der Mann biss den Fluggast und rief:` with `biss` taken for a preposition: the cue is
            # the second of two verbs, and their subject is the phrase the sentence opens with
            prefix = np_stretch(sent, prefix[0].index - 1, exclude, expand_left=False)
            prefix = prefix if len(prefix) > 1 and prefix[-1].upos in ("NOUN", "PROPN") else []
        if 0 < len(prefix) <= 6 and prefix[0].upos in ("DET", "NOUN", "PROPN", "ADJ") and \
                prefix[0].text.lower() not in NO_SUBJECT_OPENERS and \
                not any(w.upos in ("VERB", "AUX", "SCONJ", "PRON") or w.text in ",;:" or w.text.lower() in CLAUSE_OPENERS
                        for w in prefix) and \
                not any(exclude[0] <= w.start < exclude[1] for w in prefix):
            return mention_from_words(text, sent, prefix)
        return None

    def opening_before_auxiliary(self, clause_open: int) -> Mention | None:
        """`Manfred Berg hatte … gegenüber der Zeitung mitgeteilt` with `gegenüber` taken for the verb:
        the phrase opening the sentence before the clause's finite auxiliary is its subject."""
        text, sent, cue, exclude, pos = self.text, self.sent, self.cue, self.exclude, self.pos
        if cue.feat("VerbForm") == "Fin" or cue.feat("Mood") or passive(sent, cue):
            return None
        aux_word = next((w for w in sent.words[clause_open:pos] if w.text.lower() in FINITE_AUX
                         and not comma_between(sent, w.start, cue.start)), None)
        opening = (opening_with_apposition(text, sent, aux_word.index - 2, exclude)
                   or surface_np(text, sent, aux_word.index - 2, -1, exclude)) if aux_word is not None else None
        if opening is not None and opens_sentence(sent, opening) and opening.kind in ("name", "role", "org"):
            return opening
        return None


