"""Give each candidate a speaker mention and a cue, or drop it.

Order of evidence: the cue of the construction itself (indirect speech), a speech
verb next to the quote in the same sentence (`„…“, sagte er` / `X sagte: „…“`),
`so X`, then carry-over from the speaker of the previous sentences.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from quotes.detect import (RELATIVE_PRONOUNS, STRONG_FINITE, WEB_NAME, Spans, according_to_frame, after_so,
                           anaphoric_frame, comma_between, cue_lemma, impersonal_cue, inside_report, is_cue, is_subjunctive,
                           last_comma_before, modal_frame_verb, opens_relative_clause, passive, wie_across_apposition)
from quotes.lexicon import (COGNITION_VERBS, LABEL_VERBS, NAME_PARTICLES, NUMERALS, PERSON_GROUPS,
                            PLACES, REFLEXIVE_FRAMES, REPORT_NOUNS, SENTENCE_ADVERBS, SPEECH_NOUNS, STRONG_VERBS,
                            TIME_NOUNS, aux_forms, is_report_noun, is_source_noun)
from quotes.mentions import (CLAUSE_OPENERS, KIND_RANK, NPISH, PP_OPENERS, SUBJECT_RELS, appositive_name, coordinated,
                             mention_from_words, mention_of, np_stretch, opens_wie_clause, person_like, surface_np,
                             title_after_preposition, title_in_marks, with_genitive)
from quotes import interview
from quotes.morph import lemma_of, weak_forms
from quotes.reference import (UNNAMED_REACH, about_the_speaker, bare, clause_start_of, describes_one,
                              fitting_person_between, gender_clash, group_of, names_a_text, outlet_named_before,
                              owner_of_source, plural_sie, role_antecedent, role_noun_mentions, role_subject_mentions,
                              singular_sie, subject_between)
from quotes.speakers import (DEMONSTRATIVES, PRONOUNS, People, Resolved, as_pronoun, fold, hyphen_joins,
                             resolve, role_head)
from quotes.types import Candidate, Mention, Parsed, Quote, Sentence, Speaker, Word

LABELS = ("direct:short", "direct:phrase", "direct:label")  # terms in marks that need a cue of their own
CARRY_SENTENCES = 2  # how far back a speaker carries over to an unattributed quote
FREE_REPORT_REACH = 4  # how far back a free report about `er`/`sie` finds the speaker it fits


@dataclass(frozen=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    how: str  # rule suffix: cue-after, cue-before, so, carry, construction


def _subject_candidates(sent: Sentence, cue: Word) -> list[Word]:
    """Subjects of the cue, best first: a nominative pronoun (OVS order fools the parser:
    `Die Arbeit lobte er`), then nouns and names that are not inside a prepositional phrase."""
    heads = [cue]
    prev = sent.word(cue.index - 1)
    lemma = cue_lemma(sent, cue)
    if prev is not None and lemma.startswith(prev.text) and prev.text != lemma:
        heads.append(prev)  # `wie die Polizei bekannt gab`: the parser hangs the subject on the particle
    subs = [c for h in heads for c in sent.children(h.index) if c.deprel in SUBJECT_RELS]
    pron = [c for c in sent.children(cue.index)
            if c.upos == "PRON" and c.text.lower() in PRONOUNS and c.feat("Case") in (None, "Nom")]
    in_pp = lambda w: any(x.deprel == "case" for x in sent.children(w.index))
    # `X sagte, das Dekret sei …`: a noun after the cue and a comma belongs to the reported clause
    past_comma = lambda w: w.start > cue.start and comma_between(sent, cue.start, w.start)
    subs = [c for c in subs if c not in pron and not in_pp(c) and not past_comma(c) and _could_be_nominative(sent, c)]
    if prev is not None and prev.text == "," and any(c.start > cue.start for c in subs):
        # `…, erklärte der Außenminister`: a frame after a comma has its subject after the verb; a noun
        # before the comma belongs to the reported clause (`… Stimmung in Europa, erklärte X`)
        subs = [c for c in subs if c.start > cue.start]
    return pron + subs


_OBLIQUE_STARTS = frozenset("den dem einen einem seinen seinem ihren ihrem unseren unserem diesen diesem "
                            "jenen jenem als mit von zum zur gegenüber bei beim für nach laut".split())
_NO_SUBJECT_OPENERS = _OBLIQUE_STARTS | PP_OPENERS  # a sentence opening with one of these has no subject there


def _after_preposition(sent: Sentence, m: Mention) -> bool:
    """A preposition (not `laut`/`gemäß`, which name a source) stands right before the phrase and
    does not attach it to a noun before (`Ein Sprecher von Tesla` is one phrase)."""
    before = [w for w in sent.words if w.end <= m.start]
    prev = before[-1] if before else None
    owner = before[-2] if len(before) > 1 else None
    return prev is not None and prev.upos == "ADP" and prev.text.lower() not in ("laut", "gemäß") and \
        (owner is None or owner.upos not in ("NOUN", "PROPN"))


def _could_be_nominative(sent: Sentence, head: Word) -> bool:
    """`seinen Schritt`, `als Begründung`: the parser's subject is an object or a predicate."""
    first = min([head] + [c for c in sent.children(head.index) if c.index < head.index], key=lambda w: w.index)
    prev = sent.word(first.index - 1)
    opens_clause = prev is not None and opens_wie_clause(sent, prev)
    return first.text.lower() not in _OBLIQUE_STARTS and not title_after_preposition(sent, first) and \
        not (prev is not None and not opens_clause and (
        prev.text.lower() in ("als", "wie") or prev.upos == "ADP" and prev.text.lower() not in ("laut", "gemäß")))


_FOCUS_PARTICLES = ("auch", "nur", "selbst", "sogar", "ebenfalls")  # `Auch die Ministerin äußerte …`


def _opens_sentence(sent: Sentence, m: Mention | None) -> bool:
    """The mention is the sentence's first phrase (after focus particles like `auch`); the name
    may follow its descriptors (`Die Ministerin Renate Kluge`)."""
    if m is None:
        return False
    # the sentence start, or a main clause coordinated after `, und` / `;`
    starts = [0] + [i + 1 for i, w in enumerate(sent.words) if w.end <= m.start and (
        w.text == ";" or w.text.lower() in ("und", "aber", "doch", "sondern") and i > 0 and sent.words[i - 1].text == ",")]
    opening = next((w for w in sent.words[starts[-1]:] if w.text.lower() not in _FOCUS_PARTICLES), None)
    # `Bezüglich des Startortes meldet …`, `Unter Berufung auf Quellen gab …`: a fronted prepositional phrase
    return opening is not None and opening.start <= m.start and opening.upos != "ADP" and \
        opening.text.lower() not in _NO_SUBJECT_OPENERS and \
        all(w.upos in NPISH or w.text in ("-", "–") for w in sent.words if opening.start <= w.start < m.start)


def subject_of(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """The speaker of a cue: parse subjects and the phrases right and left of the cue, ranked
    person before role before thing, then parse subject before surface position (the parse of
    the small models is often wrong, a name next to the cue rarely is)."""
    m = _subject_of(text, sent, cue, exclude)
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
    return m


def _in_marks(sent: Sentence | None, m: Mention) -> bool:
    """`Der „Welt“ …`, `die Zeitung „Daily Mail“`: a name in quotation marks is a title (a
    newspaper, a programme)."""
    inside = [w for w in sent.words if m.start <= w.start < m.end] if sent is not None else []
    before = sent.word(inside[0].index - 1) if inside else None
    after = sent.word(inside[-1].index + 1) if inside else None
    marks = ("„", "“", "”", "»", "«", '"')
    return before is not None and after is not None and before.text in marks and after.text in marks


_DATIVE_CUES = frozenset("sagen erzählen erklären verraten versichern schildern".split())
_LASSEN = frozenset("ließ ließen lässt lassen ließe".split())


def _subject_of(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    found: list[tuple[int, int, Mention]] = []
    modal = sent.word(cue.head) if cue.head else None
    if modal is not None and modal_frame_verb(sent, modal) is cue:
        return subject_of(text, sent, modal, exclude)  # `wollen die Demonstranten … wissen`: the modal's subject
    if modal is not None and modal.text.lower() in _LASSEN and modal.start < cue.start and cue.feat("VerbForm") != "Fin":
        m = subject_of(text, sent, modal, exclude)  # `X ließ … durchblicken`: who lets it be known
        if m is not None:
            return m
    head = sent.word(cue.head) if cue.deprel == "conj" and cue.head else None
    if head is not None and head.upos in ("VERB", "AUX") and head.start < cue.start and \
            not any(c.deprel in SUBJECT_RELS for c in sent.children(cue.index)) and \
            any(w.text.lower() in ("und", "oder", "sowie") for w in sent.words if head.end <= w.start < cue.start):
        # `hatte Fehler eingeräumt und angegeben, …`: a coordinated verb without a subject of its
        # own shares the first verb's, before any noun next to it (an object)
        m = subject_of(text, sent, head, exclude)
        if m is not None:
            return m
    lemma, pos = cue_lemma(sent, cue), sent.words.index(cue)
    if lemma == "zitieren":
        # `„…“, zitiert die „Computerwoche“ Lynch`: after the verb the source, then the quoted one
        first = surface_np(text, sent, pos + 1, 1, exclude)
        if first is not None:
            k = next((i for i, w in enumerate(sent.words) if w.start >= first.end), None)
            while k is not None and k < len(sent.words) and sent.words[k].text in ("“", "”", "«", "»", '"'):
                k += 1
            second = surface_np(text, sent, k, 1, exclude) if k is not None and k < len(sent.words) else None
            if second is not None and second.kind in ("name", "role"):
                return appositive_name(text, sent, second)
        # `Der Spiegel zitiert den Prediger mit den Worten: „…“`: the quoted one is the object
        for c in sent.children(cue.index):
            if c.deprel in ("obj", "iobj"):
                m = mention_of(text, sent, c, exclude)
                if m is not None:
                    return m
    if impersonal_cue(sent, cue):
        return _source_phrase(text, sent, cue, exclude)
    if lemma == "verlauten":
        # `Aus EU-Kreisen verlautete, …`: the source follows `aus`; `verlautete der Sprecher` has a subject
        m = _source_phrase(text, sent, cue, exclude)
        if m is not None:
            return m
    if lemma == "hervorgehen":
        # `Dies geht aus einer Pressemitteilung des Konzerns hervor`: the text after `aus` is the source
        j = next((k for k in range(pos + 1, len(sent.words)) if sent.words[k].text.lower() == "aus"), None)
        if j is None:  # `Wie aus dem Bericht hervorgeht, …`: verb last
            j = next((k for k in range(pos - 1, -1, -1) if sent.words[k].text.lower() == "aus"
                      and not comma_between(sent, sent.words[k].start, cue.start)), None)
        return _object_of_preposition(text, sent, j, exclude) if j is not None else None
    addressed = lambda m: lemma in _DATIVE_CUES and m.start > cue.start and \
        re.search(r"\b(der|dem)\s*[„»«\"]$", text[max(0, m.start - 8):m.start]) is not None  # noqa: E731
    for c in _subject_candidates(sent, cue):
        m = mention_of(text, sent, c, exclude)
        if m is not None and not addressed(m):
            found.append((KIND_RANK[m.kind], 0, m))
            break
    right = surface_np(text, sent, pos + 1, 1, exclude)
    if right is not None and addressed(right):
        right = None  # `sagte der „Welt“`: the newspaper spoken to
    if right is not None and after_so(sent, cue):
        return appositive_name(text, sent, right)  # `…, so vermutet die Zeitung, …`: an inserted frame
    if cue.text.lower() == "so":
        # `so das Fazit der Betreiber`: a noun of saying stands for its owner
        noun = next((w for w in sent.words if right is not None and w.start >= right.start and w.end == right.end), None)
        if noun is not None and is_report_noun(noun.text):
            return _genitive_owner(text, sent, noun, exclude) or right
        return right
    left = surface_np(text, sent, pos - 1, -1, exclude) or _before_relative_clause(text, sent, pos, exclude)
    left = _before_example(text, sent, left, exclude)
    if left is not None and _after_preposition(sent, left):
        left = None  # `Auch von Rassismus spricht der junge Mann`: what he speaks of
    # verb second: a noun phrase opening the sentence right before the finite verb is its subject
    # (`Thaksin beschuldigte General Prem, …`, `Die Regierung hatte den Bericht … zurückgewiesen`),
    # whatever the parser made the object
    aux = next((c for c in sent.children(cue.index) if c.deprel.startswith("aux") and c.start < cue.start
                and not comma_between(sent, c.start, cue.start)), None)
    before_finite = left if aux is None else surface_np(text, sent, sent.words.index(aux) - 1, -1, exclude)
    lassen = any(w.text.lower() in ("lassen", "ließ", "ließen") for w in sent.words[pos + 1:pos + 2])
    # the clause opens at the sentence start or after a semicolon or colon (`Vorwürfe bei den Grünen:
    # Jetzt spricht der Beschuldigte`: a headline's topic before the colon is no subject)
    clause_open = max([i + 1 for i, w in enumerate(sent.words[:pos]) if w.text in (";", ":")], default=0)
    second = sent.words[clause_open + 1] if clause_open + 1 < pos else None
    surface_aux = second is not None and second.text.lower() in _FINITE_AUX and not cue.feat("Mood") and \
        not comma_between(sent, second.start, cue.start)  # `seinerzeit hatte Österreich … abgelehnt`
    if second is not None and (second is aux or surface_aux) and \
            sent.words[clause_open].text.lower() in SENTENCE_ADVERBS \
            and not passive(sent, cue) and not lassen:  # `musste sich X vorwerfen lassen`: said by others
        # `Unterdessen haben einige Abgeordnete angekündigt, …`: after an adverb the subject
        # follows the finite auxiliary (the parser may hang it elsewhere)
        after_aux = surface_np(text, sent, clause_open + 2, 1, exclude)
        if after_aux is not None and after_aux.end <= cue.start:
            found.append((KIND_RANK[after_aux.kind], 1, after_aux))
    if before_finite is not None and (before_finite.kind == "org" or _in_marks(sent, before_finite)) and right is not None and right.kind in ("name", "role") \
            and lemma in _DATIVE_CUES and all(w.upos in ("DET", "ADJ") or role_head(w.text)
                                        for w in sent.words if cue.end <= w.start < right.start) \
            and right.end <= (exclude[0] if exclude[0] > cue.start else len(text)):
        # `Der Rheinischen Post sagte Bodo Ramelow: …`: before a speech verb that takes an addressee, a
        # fronted outlet or body is the one spoken to, the person right after the verb the speaker
        return appositive_name(text, sent, right)
    if _opens_sentence(sent, before_finite) and not (found and found[0][2].kind == "pronoun" and
                                                      not _nominative_before_ambiguous(text, before_finite, found[0][2])):
        return before_finite
    wie_subject = _wie_apposition_subject(text, sent, pos, exclude)
    if wie_subject is not None:
        return wie_subject
    opening = _opening_with_apposition(text, sent, pos - 1 if aux is None else sent.words.index(aux) - 1, exclude)
    if opening is not None and not (found and found[0][2].kind == "pronoun"):
        return appositive_name(text, sent, opening)
    found += [(KIND_RANK[m.kind], rank, m) for rank, m in ((1, right), (2, left)) if m is not None]
    if clause_open:  # a main clause after a semicolon has its own subject
        found = [f for f in found if f[2].start >= sent.words[clause_open].start]
    if not found:
        # verb second, last resort: the one phrase before the verb (`Ärzte ohne Grenzen teilte mit, …`)
        prefix = [w for w in sent.words if w.end <= cue.start and w.text not in ("„", "“", "”", "»", "«", "\"")]
        if 0 < len(prefix) <= 6 and prefix[0].upos in ("DET", "NOUN", "PROPN", "ADJ") and \
                prefix[0].text.lower() not in _NO_SUBJECT_OPENERS and \
                not any(w.upos in ("VERB", "AUX", "SCONJ", "PRON") or w.text in ",;:" or w.text.lower() in CLAUSE_OPENERS
                        for w in prefix) and \
                not any(exclude[0] <= w.start < exclude[1] for w in prefix):
            m = mention_from_words(text, sent, prefix)
            if m is not None:
                found.append((KIND_RANK[m.kind], 3, m))
    if not found and cue.deprel == "conj" and cue.head:
        # `biss den Fluggast und rief: „…“`: a coordinated verb shares the first verb's subject
        head = sent.word(cue.head)
        if head is not None and head.upos in ("VERB", "AUX") and head.start < cue.start and \
                not any(w.text == ";" for w in sent.words if head.end <= w.start < cue.start):
            return subject_of(text, sent, head, exclude)
    # `Wahlbeteiligung Wie der Wahlleiter mitteilte`: after a heading the text runs into, the
    # subject of the `Wie` clause stands inside it
    wie = next((w for w in reversed(sent.words[:pos]) if w.text == "Wie"), None)
    if wie is not None and not comma_between(sent, wie.start, cue.start):
        found = [f for f in found if f[2].start > wie.start]
    return appositive_name(text, sent, min(found, key=lambda t: (t[0], t[1]))[2]) if found else None


def _nominative_before_ambiguous(text: str, opening: Mention, pronoun: Mention) -> bool:
    """`Der Hauptgeschäftsführer des BPI nannte sie „fahrlässig“`: `sie`/`es` after the verb may be the
    object; a phrase opening with a masculine nominative article before the verb is the subject."""
    return pronoun.text.lower() in ("sie", "es") and text[opening.start:opening.end].split()[0] in ("Der", "Ein", "Kein")


def _wie_apposition_subject(text: str, sent: Sentence, pos: int, exclude: tuple[int, int]) -> Mention | None:
    """`…, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte`: the phrase right after `wie`,
    not the apposition next to the verb."""
    wie = wie_across_apposition(sent, pos) if pos >= 4 else None
    return surface_np(text, sent, wie + 1, 1, exclude) if wie is not None else None


def _opening_with_apposition(text: str, sent: Sentence, k: int, exclude: tuple[int, int]) -> Mention | None:
    """`Tony Auden, ein Sprecher des Zentrums, wies darauf hin, …`: a noun phrase opening the sentence,
    then an apposition between commas right before the finite verb — the verb is second, the opening
    phrase its subject (whatever the parser made of the words after the verb)."""
    words = sent.words
    if k < 3 or words[k].text != ",":
        return None
    j = next((i for i in range(k - 1, 0, -1) if words[i].text == ","), None)
    if j is None or k - j < 2:
        return None
    head, appo = words[:j], words[j + 1:k]
    if len(head) > 8 or head[0].text.lower() in _NO_SUBJECT_OPENERS or head[0].upos in ("ADP", "SCONJ", "PRON", "ADV") \
            or not all(w.upos in NPISH or w.text in "()-–" or w.upos == "ADP" and n > 0 for n, w in enumerate(head)):
        return None  # a preposition may stand inside the phrase (`Der Fraktionschef im Landtag, X,`)
    # `, der Dekan der Fakultät,` is an article and its noun; `, der … sagte,` a relative clause
    article = len(appo) > 1 and appo[1].upos in ("NOUN", "ADJ") and not any(w.upos == "VERB" for w in appo)
    if appo[0].text.lower() in ("wie", "als", "so") or appo[0].text.lower() in RELATIVE_PRONOUNS and not article \
            or appo[0].upos in ("ADP", "SCONJ") or any(w.feat("VerbForm") == "Fin" or w.upos == "AUX" for w in appo):
        return None
    if any(exclude[0] <= w.start < exclude[1] for w in head):
        return None
    # `Der Direktor des BBC World Service, Peter Horrocks, …`: after a role the apposition is the person
    named = mention_from_words(text, sent, [w for w in appo if w.text not in "()"])
    if named is not None and named.kind == "name" and " " in named.text and any(role_head(w.text) for w in head):
        return named
    inner = next((n for n, w in enumerate(head) if w.upos == "ADP" and w.text not in NAME_PARTICLES), len(head))
    return mention_from_words(text, sent, head[:inner])  # `Die Regierungsparteien in Pakistan`: not Pakistan


_FINITE_AUX = aux_forms(("haben", "sein", "werden"), ("present", "past"))
_EXAMPLE_MARKERS = ("darunter", "etwa", "beispielsweise", "insbesondere")


def _before_example(text: str, sent: Sentence, m: Mention | None, exclude: tuple[int, int]) -> Mention | None:
    """`Die Unterstützer der Vorlage, darunter auch die Bürgerfraktion, verwiesen …`: an example
    set off by commas is not the subject; the phrase before it is."""
    if m is None:
        return None
    k = next((i for i, w in enumerate(sent.words) if w.start == m.start), None)
    j = k - 1 if k else None
    while j is not None and j >= 0 and sent.words[j].text.lower() in ("auch", "unter", "ihnen", "anderem"):
        j -= 1
    if j is None or j < 1 or sent.words[j].text.lower() not in _EXAMPLE_MARKERS or sent.words[j - 1].text != ",":
        return m
    return surface_np(text, sent, j - 2, -1, exclude) or m


_SOURCE_PREPOSITIONS = ("in", "im", "von", "vom", "aus", "seitens", "bei", "beim", "auf")  # `Auf der Homepage heißt es`


def _source_phrase(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """The source of `heißt es in der Erklärung` / `In dem Schreiben heißt es`: the noun phrase
    after a preposition right after the cue or opening the sentence."""
    words = sent.words
    pos = words.index(cue)
    starts = []
    j = pos + 1
    while j < len(words) and (words[j].text.lower() in ("es", "dazu", "weiter", "auch", "nun", "darin", "dort")
                              or words[j].upos == "ADV"):
        j += 1
    starts.append(j)
    if words[0].text.lower() in _SOURCE_PREPOSITIONS:
        starts.append(0)
    elif len(words) > 1 and words[0].text.lower() == "wie" and words[1].text.lower() in _SOURCE_PREPOSITIONS:
        starts.append(1)  # `Wie aus Regierungskreisen verlautete, …`
    for j in starts:
        if j + 1 < len(words) and words[j].text.lower() in _SOURCE_PREPOSITIONS:
            m = _object_of_preposition(text, sent, j, exclude)
            if m is not None:
                return m
    return None


def _object_of_preposition(text: str, sent: Sentence, j: int, exclude: tuple[int, int]) -> Mention | None:
    """The noun phrase governed by the preposition words[j] (`in der Erklärung des Verbandes`);
    `surface_np` refuses such phrases as speakers, source frames need them."""
    words = sent.words
    k = j + 1
    while k < len(words) and words[k].upos in ("DET", "ADJ") and k < j + 4:
        k += 1
    glued = k  # `auf der documenta-Homepage`: a lower-case word the tokenizer split off its compound
    if k < len(words) and hyphen_joins(words, k):
        glued, k = k - 1, k + 1
    if k < len(words) and words[k].upos in ("NOUN", "PROPN", "X"):
        m = mention_from_words(text, sent, list(words[glued:k]) + np_stretch(sent, k, exclude, expand_left=False))
        # `aus einer Pressemitteilung des Konzerns`: whose text it is
        return with_genitive(text, sent, m, exclude) if m is not None else m
    return None


def _past_contraction(sent: Sentence, k: int) -> int:
    """`vom LSVD` is split into `von dem`: a phrase after the preposition starts after the
    contracted article (which shares the preposition's offset)."""
    words = sent.words
    return k + 1 if 0 < k < len(words) - 1 and words[k].start == words[k - 1].start else k


def _agent(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """`wurde von der Polizei mitgeteilt`: the agent of a passive cue, if it is named."""
    for i, w in enumerate(sent.words):
        if exclude[0] <= w.start < exclude[1] or w.end > cue.start or comma_between(sent, w.start, cue.start):
            continue
        if w.text.lower() in ("von", "vom"):
            m = surface_np(text, sent, _past_contraction(sent, i + 1), 1, exclude)
            if m is not None and m.text.lower() in ("seiten", "seite"):
                m = with_genitive(text, sent, m, exclude)  # `von Seiten der Delegation`
            if m is not None:
                return m
        if w.text.lower() in ("in", "im") and i + 1 < len(sent.words):
            # `In einem Bericht der Zeitung wurde vermutet, …`: a text as the source
            m = _object_of_preposition(text, sent, i, exclude)
            nouns = [x for x in sent.words if m is not None and m.start <= x.start < m.end and x.upos == "NOUN"]
            if nouns and (is_source_noun(nouns[0].text) or nouns[0].text in SPEECH_NOUNS):
                return m
            title = title_in_marks(text, sent, i + (1 if w.text.lower() == "in" else 0))
            if title is not None and not exclude[0] <= title.start < exclude[1]:
                return title  # `wurden gestern im „Standard“ als „…“ bezeichnet`: the medium
    return None


def _before_relative_clause(text: str, sent: Sentence, pos: int, exclude: tuple[int, int]) -> Mention | None:
    """`Jimmy Carter, der als Wahlbeobachter im Land war, sagte …`: the subject stands before
    the relative clause that ends right before the verb."""
    words = sent.words
    if pos < 4 or words[pos - 1].text != ",":
        return None
    opening = last_comma_before(words, pos - 1)
    if opening is None or opening + 1 >= pos or words[opening + 1].text.lower() not in RELATIVE_PRONOUNS:
        return None
    return surface_np(text, sent, opening - 1, -1, exclude)


def _before_colon(sent: Sentence, start: int) -> list[Word] | None:
    """The words before `: „` when a colon introduces the quote at `start`, without the colon."""
    before = [w for w in sent.words if w.end <= start]
    while before and before[-1].text in ("„", "»", "«", '"', "“"):
        before.pop()
    if not before or before[-1].text != ":":
        return None
    return before[:-1]


def _colon_speaker(text: str, sent: Sentence, start: int) -> Mention | None:
    """`Koppelin wörtlich: „…“`: a verbless phrase before a colon names the speaker."""
    before = _before_colon(sent, start)
    if not before:
        return None
    while before and before[-1].upos == "PUNCT":
        before.pop()
    last_comma = last_comma_before(before, len(before))
    if last_comma is not None and last_comma + 2 < len(before) and before[last_comma + 1].text.lower() == "so":
        before = before[last_comma + 2:]  # `…, so Elshorst weiter: „…“`
    if before and any(w.upos in ("VERB", "AUX") or w.text in STRONG_FINITE for w in before):
        return _listed_speaker(text, sent, before, start)
    if not before:
        return None
    comma = next((i for i, w in enumerate(before) if w.text == ","), None)
    if len(before) > 6 and comma is not None and 0 < comma <= 4:
        before = before[:comma]  # `Erkki Tuomioja, Präsident des Rats der EU: „…“`: the name before the apposition
    adp = next((i for i, w in enumerate(before) if i > 0 and w.upos == "ADP" and w.text not in ("von", "vom")), None)
    if adp is not None:
        before = before[:adp]  # `Ein Hauptkommissar nach der Festnahme: „…“`: the phrase before the preposition
    if len(before) > 6:
        return _listed_speaker(text, sent, before, start)
    while before and before[-1].upos in ("ADV", "ADJ") and before[-1].text[:1].islower():
        before.pop()  # wörtlich, dazu, weiter
    return mention_from_words(text, sent, np_stretch(sent, before[-1].index - 1, (start, start))) if before else None


def _listed_speaker(text: str, sent: Sentence, before: list[Word], start: int) -> Mention | None:
    """`…, gratulierten X, Y und der norwegische Ministerpräsident Jens Stoltenberg: „…“`: after
    a clause or in a long list, the last item, when it ends in a name right before the colon, speaks."""
    cut = max((i for i, w in enumerate(before) if w.text == "," or w.text.lower() == "und"), default=None)
    tail = before[cut + 1:] if cut is not None else []
    if not tail or len(tail) > 6 or any(w.upos in ("VERB", "AUX", "ADP") or w.text in STRONG_FINITE for w in tail):
        return None
    m = mention_from_words(text, sent, np_stretch(sent, tail[-1].index - 1, (start, start)))
    return m if m is not None and m.kind == "name" and m.end == tail[-1].end else None


def _cue_after(sent: Sentence, end: int) -> Word | None:
    after = [w for w in sent.words if w.start >= end]
    for i, w in enumerate(after[:10]):
        first_word = all(x.upos == "PUNCT" for x in after[:i])  # nothing but punctuation since the quote
        verb = modal_frame_verb(sent, w) if first_word else None
        if verb is not None:
            return verb
        if is_cue(sent, w) or _shows_itself(sent, w) and first_word:
            return w
        if w.text.lower() == "so" and (i == 0 or after[i - 1].text in (",", "“", "”", "\"", "«", "»")):
            return w  # `„…“, so X` and `„….“ so das Fazit der Betreiber`
        if w.upos in ("VERB",) and i > 1:
            break
    return None


def _reflexive_forms() -> dict[str, str]:
    """Form -> lemma of the reflexive frame verbs (`freute` -> freuen, `gab` -> geben)."""
    out: dict[str, str] = {}
    for lemma in REFLEXIVE_FRAMES:
        for form in STRONG_VERBS.get(lemma, ()) or weak_forms(lemma):
            out.setdefault(form, lemma)
    return out


_REFLEXIVE_FORMS = _reflexive_forms()


def _shows_itself(sent: Sentence, w: Word) -> bool:
    """`„…“, zeigte sich der Trainer zufrieden`, `„…“, freute sich X`: a reflexive frame verb
    (`reflexive_frames.txt`) with `sich` right after a quote frames it."""
    nxt = sent.word(w.index + 1)
    return w.text.lower() in _REFLEXIVE_FORMS and nxt is not None and nxt.text == "sich"


def _shown_state(sent: Sentence, cue: Word) -> str | None:
    """`zeigte sich der Trainer zufrieden`: the state shown (`zufrieden`) is what the frame says, and
    what carries its stance (`stance_verbs.tsv`); `freute sich X`: the verb itself."""
    if not _shows_itself(sent, cue):
        return None
    if _REFLEXIVE_FORMS[cue.text.lower()] not in ("zeigen", "geben"):
        return _REFLEXIVE_FORMS[cue.text.lower()]
    clause = [w for w in sent.words if w.start > cue.end]
    clause = clause[:next((k for k, w in enumerate(clause) if w.text in ".;:!?"), len(clause))]
    return clause[-1].text.lower() if clause and clause[-1].text.islower() else None


def _cue_before(sent: Sentence, start: int) -> Word | None:
    before = [w for w in sent.words if w.end <= start]
    for w in reversed(before):
        if is_cue(sent, w) and not _in_closed_relative_clause(sent, w, start) and not inside_report(sent, w):
            return w
    return None


def _in_closed_relative_clause(sent: Sentence, w: Word, start: int) -> bool:
    """`X kritisierte die Handlungsweise Kozulins, der zum Sturm aufgerufen haben soll, als „…“`:
    the verb of a relative clause that closes before the quote frames nothing."""
    words = sent.words
    i = w.index - 1  # list position
    opening = last_comma_before(words, i)
    if opening is None or opening + 1 >= i:
        return False
    return opens_relative_clause(sent, words[opening + 1]) and comma_between(sent, w.start, start)


def _bracketed_after_name(parsed: Parsed, cand: Candidate) -> Mention | None:
    """`…, Mohammed ElBaradei („Mir fällt niemand ein …“), und …`: a quote in brackets right after
    a name is that person's."""
    if cand.kind != "direct" or not re.search(r"\(\s*[„“»«\"]$", parsed.text[max(0, cand.start - 3):cand.start]):
        return None
    if not re.search(r"[.!?…]$", parsed.text[cand.start:cand.end]):
        return None  # `Jobbik Magyarországért Mozgalom („Bewegung für ein besseres Ungarn“)`: a translation
    sent = parsed.sentence_at(cand.start)
    bracket = next((w for w in reversed(sent.words) if w.end <= cand.start and w.text == "("), None) if sent else None
    if bracket is None or bracket.index < 2:
        return None
    m = surface_np(parsed.text, sent, bracket.index - 2, -1, (cand.start, cand.end))
    return m if m is not None and m.kind == "name" else None


_COPULA = aux_forms(("sein",), ("present", "past", "subjunctive1"))


# nouns of slogans and writing: the words in marks after them were chanted or written
_SLOGAN_NOUNS = frozenset("Parole Parolen Aufschrift Aufschriften Schriftzug Spruchband Transparent "
                          "Transparenten Plakat Plakaten Sprechchor Sprechchören".split())
_WRITTEN_CUES = frozenset(n.lower() for n in _SLOGAN_NOUNS)


def _written_on(parsed: Parsed, cand: Candidate) -> Attribution | None:
    """`Stoffbänder mit der Aufschrift „Kritik = Terror“`, `Demonstranten mit der Parole „…“`: the
    bearer before `mit`; `Auf dem Transparent war die Parole „…“ zu lesen`: the place it is written."""
    sent = parsed.sentence_at(cand.start)
    if sent is None:
        return None
    before = [w for w in sent.words if w.end <= cand.start and w.text not in "„»«\"‚"]
    if not before or before[-1].text not in _SLOGAN_NOUNS:
        return None
    k = len(before) - 2
    while k >= 0 and before[k].upos in ("DET", "ADJ"):
        k -= 1
    text = parsed.text
    if k >= 1 and before[k].text.lower() == "mit":
        m = surface_np(text, sent, before[k].index - 2, -1, (cand.start, cand.end))
        return Attribution(m, before[-1].text.lower(), "cue-before") if m is not None else None
    opening = sent.words[0]
    if opening.text.lower() in ("auf", "an") and before[-1] is not opening:
        m = _object_of_preposition(text, sent, 0, (cand.start, cand.end))
        return Attribution(m, before[-1].text.lower(), "cue-before") if m is not None else None
    return None


# `Auf dem Plakat stand: „…“`, `In der Zeitung fand sich die Feststellung „…“`: where words are written
_STANDS = frozenset(f for f in STRONG_VERBS["stehen"] if not f.startswith("ge")) | {"stehen"}
_FINDS = frozenset("findet finden fand fanden fände".split())
_WHERE_WRITTEN = ("in", "im", "auf", "an", "am")
_RELATIVE_ARTICLES = frozenset("dem der denen welchem welcher".split())


def _written_in(parsed: Parsed, cand: Candidate) -> Attribution | None:
    """A quote whose clause says where it stands written, `Auf dem Plakat stand: „…“`, `ein Zettel,
    auf dem geschrieben stand: „…“`, `steht im Entwurf der Passus: „…“`: the text it stands in."""
    sent = parsed.sentence_at(cand.start)
    if sent is None or cand.rule in LABELS:
        return None
    clause = _clause_before(sent, cand)
    clause = clause[1:] if clause and clause[0].text == "," else clause
    # the words are introduced by a colon or a noun (`der Passus: „…“`, `die Feststellung „…“`)
    if len(clause) < 3 or not (clause[-2].text == ":" or clause[-2].upos == "NOUN"):
        return None
    # lower case: `der große Stand in Halle 4` is no verb
    verb = next((w for w in clause if w.text in _STANDS or
                 w.text in _FINDS and any(x.text.lower() == "sich" for x in clause)), None)
    if verb is None or any(w.upos in ("VERB", "AUX") and w.start > verb.end and w.text != "geschrieben" for w in clause):
        return None
    text, span = parsed.text, (cand.start, cand.end)
    head = clause[0].index - 1
    if clause[0].text.lower() in _WHERE_WRITTEN and len(clause) > 1 and clause[1].text.lower() in _RELATIVE_ARTICLES \
            and head >= 2 and sent.words[head - 1].text == ",":
        # a relative clause: the noun it hangs on, also past a verb (`ein Zettel kleben, auf dem …`)
        k = next((k for k in range(head - 2, max(head - 5, -1), -1) if sent.words[k].upos in ("NOUN", "PROPN")), None)
        m = mention_from_words(text, sent, np_stretch(sent, k, span, expand_left=False)) if k is not None else None
    else:
        places = (_object_of_preposition(text, sent, w.index - 1, span) for w in clause if w.text.lower() in _WHERE_WRITTEN)
        m = next((p for p in places if p is not None and p.text not in TIME_NOUNS), None)  # not `Am Montag`
    return Attribution(m, "schreiben", "cue-before") if m is not None else None


_HALTEN = frozenset(STRONG_VERBS["halten"]) | {"halten"}
_SEHEN = frozenset(STRONG_VERBS["sehen"]) | {"sehen"}
_INDEFINITE = frozenset("ein eine einen einem einer".split())


def _clause_before(sent: Sentence, cand: Candidate) -> list[Word]:
    """The words of a term's own clause before it (back to the last comma)."""
    return [w for w in sent.words if w.end <= cand.start and not comma_between(sent, w.start, cand.start)]


def _framed_by_source(text: str, sent: Sentence, cand: Candidate) -> Attribution | None:
    """`Laut Rjabkow waren die Gespräche „schwierig, aber nützlich“`, `Dem Kreml zufolge war das
    Treffen „ein Schritt in die richtige Richtung“`: a quote in marks inside a clause framed by
    `laut`, `zufolge` or `nach Angaben` is the source's."""
    if cand.rule not in ("direct:phrase", "direct:marks", "direct:unclosed"):
        return None  # a one- or two-word term there is mostly a name (`des „antikapitalistischen Blocks“`)
    for i, w in enumerate(sent.words):
        if w.start >= cand.start:
            break
        frame = according_to_frame(sent, i)
        if frame is None or frame == "wonach" or comma_between(sent, w.start, cand.start):
            continue
        m = _frame_source(text, sent, w)
        if m is not None and m.end <= cand.start:
            return Attribution(m, frame, "construction")
    return None


def _expected(text: str, sent: Sentence, cand: Candidate) -> Attribution | None:
    """`Meteorologen rechnen mit „sehr ergiebigen Niederschlägen“`, `Die Polizei geht von einer
    „gezielten Tat“ aus`: a phrase in marks opening in lower case inside the object of a verb of
    thinking is what its subject thinks, in their words."""
    if cand.kind != "direct" or not text[cand.start:cand.start + 1].islower():
        return None
    clause = _clause_before(sent, cand)
    lemmas = [(w, cue_lemma(sent, w, COGNITION_VERBS)) for w in reversed(clause) if w.upos in ("VERB", "AUX")]
    verb, lemma = next(((w, lemma) for w, lemma in lemmas if lemma in COGNITION_VERBS), (None, None))
    if verb is None or lemma == "zeigen" and not any(w.text == "sich" for w in clause):
        return None  # `zeigte sich „sehr glücklich“` is a state shown, `zeigt ihre „neuen Modelle“` a display
    return _judged_by(text, sent, verb, cand, lemma)


# verbs after which `als „…“` describes the subject's own role or standing, not a judgment
_NOT_LABELLING = frozenset("arbeiten gelten dienen fungieren agieren auftreten antreten kandidieren amtieren".split())
_NOT_OBJECTS = frozenset("sich er sie es ich wir ihr man".split())  # reflexive or subject after the verb


def _labelled_as(text: str, sent: Sentence, cand: Candidate) -> Attribution | None:
    """`X feierte die Absage als „großen Erfolg“`, `stufte den Vorfall als „Landfriedensbruch“ ein`:
    a term in marks right after `als` with an object before it is the subject's judgment."""
    clause = [w for w in _clause_before(sent, cand) if w.text not in "„»«\"‚"]
    if len(clause) < 4 or clause[-1].text.lower() != "als":
        return None
    verb = next((w for w in clause if w.upos == "VERB" and w.text.islower() and
                 (w.feat("VerbForm") == "Fin" or w.feat("Mood"))), None)
    if verb is None or lemma_of(verb.text, verb.lemma) in _NOT_LABELLING:
        return None
    between = [w for w in clause if verb.end <= w.start and w.end <= clause[-1].start]
    # `präsentiert sich als „Wissenschaftlicher Berater“`: a title one takes on, not a judgment
    if not any(w.upos in ("NOUN", "PROPN", "PRON") and w.text.lower() not in _NOT_OBJECTS for w in between):
        return None
    return _judged_by(text, sent, verb, cand, lemma_of(verb.text, verb.lemma))


def _judged_by(text: str, sent: Sentence, verb: Word, cand: Candidate, lemma: str) -> Attribution | None:
    """The subject of the verb that judges a term in marks, when it is someone (a person, role,
    pronoun or body): `hält … für „…“`, `feierte … als „…“`, `rechnen mit „…“`."""
    m = subject_of(text, sent, verb, (cand.start, cand.end))
    return Attribution(m, lemma, "cue-before") if m is not None and m.kind in ("name", "role", "pronoun", "org") else None


def _held_for(sent: Sentence, cand: Candidate) -> Word | None:
    """`Der Staatsanwalt hält Spector für „böse und gefährlich“`, `X sieht darin einen „Angriff auf
    die Belegschaft“`: a form of `halten` with `für`, or of `sehen` with an indefinite article, in
    the clause of a term in marks judges it; the verb, if so."""
    clause = _clause_before(sent, cand)
    k = len(clause) - 1
    while k >= 0 and (clause[k].upos == "PUNCT" or clause[k].text in "„»«\""):
        k -= 1
    if k >= 0 and clause[k].text.lower() in _INDEFINITE:
        seen = next((w for w in clause[:k] if w.text.lower() in _SEHEN), None)
        if seen is not None:
            return seen
    while k >= 0 and clause[k].upos in ("DET", "ADJ"):
        k -= 1
    if k < 0 or clause[k].text.lower() != "für":
        return None
    return next((w for w in clause[:k] if w.text.lower() in _HALTEN), None)


def _viewpoint(text: str, sent: Sentence, cand: Candidate) -> Mention | None:
    """`Für den Gesundheitsminister X ist die Lage „alarmierend“`: `für` + a person and a copula in the
    clause of a term in marks say whose judgement it is."""
    clause = _clause_before(sent, cand)
    if not any(w.text.lower() in _COPULA for w in clause):
        return None
    for i, w in enumerate(clause):
        if w.text.lower() == "für" and i + 1 < len(clause):
            m = surface_np(text, sent, clause[i + 1].index - 1, 1, (cand.start, cand.end))
            if m is not None and m.kind in ("name", "role"):
                return appositive_name(text, sent, m)
    return None


def find_attribution(parsed: Parsed, cand: Candidate) -> Attribution | None:
    span = (cand.start, cand.end)
    if cand.rule == interview.RULE and cand.cue_start is not None and cand.cue_end is not None:
        # an interview answer: the label before it names the speaker
        label = parsed.text[cand.cue_start:cand.cue_end]
        return Attribution(Mention(label, cand.cue_start, cand.cue_end, "name"), None, "interview")
    if cand.cue_start is not None:
        sent = parsed.sentence_at(cand.cue_start)
        cue = next((w for w in sent.words if w.start == cand.cue_start), None) if sent else None
        if cue is not None:
            if cue.text in REPORT_NOUNS:
                m = _noun_owner(parsed.text, sent, cue, span)
            elif cue.text.lower() in ("laut", "zufolge", "gemäß", "nach", "wonach"):
                # the source phrase lies inside the reported sentence: no exclusion
                m = _frame_source(parsed.text, sent, cue)
            elif passive(sent, cue) and cue_lemma(sent, cue) != "zitieren":
                m = _agent(parsed.text, sent, cue, span)
                if m is not None or not any(is_subjunctive(w, sent) for w in sent.words if w.end <= cue.start):
                    return Attribution(m, cue_lemma(sent, cue), "construction" if m else "unnamed")
                return None  # `Der US-Seite sei versichert worden, …`: itself reported, the speaker carries over
            else:
                # an inserted `, so X,` or `, wie X berichtete,` frame lies inside its report: only
                # the words before it are excluded
                inside = cand.start <= cue.start < cand.end
                opener = next((w.start for w in reversed(sent.words) if w.end <= cue.start
                               and w.text.lower() in ("so", "wie")), cue.start) if inside else cue.start
                m = subject_of(parsed.text, sent, cue, (cand.start, opener) if inside else span)
            if m is not None:
                return Attribution(m, cue_lemma(sent, cue), "construction")
            if impersonal_cue(sent, cue):
                return Attribution(None, "heißen", "unnamed")  # `…, heißt es.`: no source named
            if any(w.text.lower() == "man" for w in sent.words[max(0, cue.index - 2):cue.index + 2]):
                return Attribution(None, cue_lemma(sent, cue), "unnamed")  # `…, so glaubt man`: anyone
    bracketed = _bracketed_after_name(parsed, cand)
    if bracketed is not None:
        return Attribution(bracketed, None, "bracket")
    written = _written_on(parsed, cand) or _written_in(parsed, cand) if cand.kind == "direct" else None
    if written is not None:
        return written
    # sentence(s) around the quote: the one it ends in, then the one it starts in
    last = parsed.sentence_at(max(cand.end - 1, cand.start))
    first = parsed.sentence_at(cand.start)
    nxt = _sentence_beside(parsed, last, 1) if last else None
    # a sentence split right after the closing mark (`„…“ | , sagte er.`) still belongs to the quote
    split = nxt is not None and nxt.start - cand.end < 4 and nxt.words and \
        (nxt.words[0].text in (",", "so") or is_cue(nxt, nxt.words[0]))
    if first is not None and cand.rule in LABELS:
        # `nannte den Plan „überzogen“, X bezeichnete …`: a label belongs to the verb of its own
        # clause, which mostly stands before it; a cue after it may open the next clause
        cue = _cue_before(first, cand.start)
        if cue is not None and not comma_between(first, cue.start, cand.start):
            m = _speaker_of(parsed.text, first, cue, span)
            if m is not None:
                return Attribution(m, cue_lemma(first, cue), "cue-before")
        m = _viewpoint(parsed.text, first, cand)
        if m is not None:
            return Attribution(m, None, "viewpoint")
        verb = _held_for(first, cand)
        held = _judged_by(parsed.text, first, verb, cand, "sehen" if verb.text.lower() in _SEHEN else "halten") \
            if verb is not None else None
        if held is not None:
            return held
    for sent in filter(None, (last, nxt if split else None)):
        cue = _cue_after(sent, cand.end)
        if cue is not None:
            m = _speaker_of(parsed.text, sent, cue, span)
            if m is not None:
                return Attribution(m, _shown_state(sent, cue) or cue_lemma(sent, cue), "cue-after")
            if cand.rule in ("direct:short", "direct:phrase") and passive(sent, cue) and first is not None \
                    and _cue_before(first, cand.start) is None:
                # `die als „nebelartig“ beschrieben wurden`: a term said by someone not named
                return Attribution(None, cue_lemma(sent, cue), "unnamed")
    labelled = _labelled_as(parsed.text, first, cand) if first is not None else None
    if labelled is not None:
        return labelled
    expected = _expected(parsed.text, first, cand) if first is not None else None
    if expected is not None:
        return expected
    if first is not None:
        first = _colon_paragraph(parsed, first, cand) or first
        cue = _cue_before(first, cand.start)
        if cue is not None:
            m = subject_of(parsed.text, first, cue, span)
            if m is not None:
                return Attribution(m, cue_lemma(first, cue), "cue-before")
        sourced = _framed_by_source(parsed.text, first, cand)
        if sourced is not None:
            return sourced
        m = _colon_speaker(parsed.text, first, cand.start)
        if m is not None:
            return Attribution(m, None, "colon")
        verb = _colon_clause_verb(first, cand.start)
        if verb is not None and any(c.deprel.startswith("nsubj") and c.text.lower() == "es"
                                    for c in first.children(verb.index)):
            verb = None  # `Vielleicht gäbe es etwas Neues: „…“`: an impersonal clause names no speaker
        if verb is not None:
            m = subject_of(parsed.text, first, verb, span)
            noun = m and next((w for w in first.words if w.end == m.end), None)
            if noun is not None and is_report_noun(noun.text):
                # `Seine Zuversicht gründet sich auf …: „…“`: whose confidence
                m = _noun_owner(parsed.text, first, noun, span) or m
            if m is not None:
                return Attribution(m, cue_lemma(first, verb), "colon-subject")
    # `„Ja, es gibt Zumutungen“. Das musste der Minister einräumen.`: the next sentence frames the quote
    if cand.kind == "direct" and cand.rule not in ("direct:short", "direct:label") and nxt is not None and last is not None \
            and last.end - cand.end < 4:
        cue = anaphoric_frame(nxt)
        if cue is not None:
            m = subject_of(parsed.text, nxt, cue, span)
            if m is not None:
                return Attribution(m, cue_lemma(nxt, cue), "frame-after")
    return None


def _speaker_of(text: str, sent: Sentence, cue: Word, span: tuple[int, int]) -> Mention | None:
    """The subject of an active cue, the agent of a passive one (`wurden vom Kreml als
    „Provokation“ bezeichnet`: not the plans); `wird X zitiert` quotes its subject."""
    if passive(sent, cue) and cue_lemma(sent, cue) != "zitieren":
        return _agent(text, sent, cue, span)
    return subject_of(text, sent, cue, span)


_POSSESSIVE_PRONOUNS = {"sein": "er", "seine": "er", "seiner": "er", "seinem": "er", "seinen": "er",
                        "ihr": "sie", "ihre": "sie", "ihrer": "sie", "ihrem": "sie", "ihren": "sie"}


def _genitive_owner(text: str, sent: Sentence, noun: Word, exclude: tuple[int, int]) -> Mention | None:
    """`die Forderung der Opposition`, `das Fazit von Abgeordnetenwatch`: the owner after the noun."""
    nxt = sent.word(noun.index + 1)
    if nxt is not None and (nxt.text.lower() in ("von", "vom") or
                            nxt.text.lower() in ("der", "des") and nxt.feat("Case") == "Gen"):
        k = noun.index + (1 if nxt.text.lower() in ("von", "vom") else 0)  # list position of the word after
        return surface_np(text, sent, _past_contraction(sent, k), 1, exclude)
    return None


def _noun_owner(text: str, sent: Sentence, noun: Word, exclude: tuple[int, int]) -> Mention | None:
    """Who hopes, demands or claims in `die Forderung der Opposition, dass …`, `seine Warnung, …`,
    `X ist der Meinung, …`, `X äußerte die Hoffnung, …`: a genitive or `von` owner, a possessive,
    the subject of a copula, or the subject of the verb the noun belongs to."""
    m = _genitive_owner(text, sent, noun, exclude)
    if m is not None:
        return m
    det = sent.word(noun.index - 1)
    while det is not None and det.upos == "ADJ":  # `Seine zentrale Aussage`
        det = sent.word(det.index - 1)
    if det is not None and det.text.lower() in _POSSESSIVE_PRONOUNS:
        return Mention(_POSSESSIVE_PRONOUNS[det.text.lower()], det.start, det.end, "pronoun")
    for c in sent.children(noun.index):
        if c.deprel in SUBJECT_RELS:
            m = mention_of(text, sent, c, exclude)
            if m is not None:
                return m
    head = sent.word(noun.head) if noun.head else None
    if head is not None and head.upos in ("VERB", "AUX") and not exclude[0] <= head.start < exclude[1]:
        return subject_of(text, sent, head, exclude)
    return None


def _colon_clause_verb(sent: Sentence, start: int) -> Word | None:
    """`Die Firma empfindet die Kritik als ungerechtfertigt: „…“`: a colon right before the
    quote makes the clause before it the frame, whatever its verb; return that clause's verb."""
    before = _before_colon(sent, start)
    if before is None:
        return None
    verbs = [w for w in before if w.upos in ("VERB", "AUX")]
    finite = [w for w in verbs if w.feat("VerbForm") == "Fin" or w.feat("Mood")]
    # the clause right before the colon frames the quote, not a first clause further back
    # (`Damit wird die Marke unterschritten, die Schröder zum Ziel erklärt hatte: „…“`), unless
    # that clause is itself reported (`wandte sich gegen die Behauptung, die Sorte werde …: „…“`)
    own = [w for w in finite if not is_subjunctive(w, sent)]
    return (own or finite or verbs or [None])[-1]


def _according_to(text: str, sent: Sentence, cue: Word) -> Mention | None:
    """The source in `laut X`, `X zufolge`, `nach Angaben (von) X`: the genitive owner if there is one."""
    pos = sent.words.index(cue)
    none = (0, 0)
    if cue.text.lower() == "zufolge":
        m = surface_np(text, sent, pos - 1, -1, none)
        adp = next((k for k in range(pos - 2, max(pos - 5, 0), -1) if sent.words[k].upos == "ADP"), None)
        if m is None and adp is not None:
            # `Den Polizeibehörden in Mombasa zufolge`: the source with its place
            owner = surface_np(text, sent, adp - 1, -1, none)
            end = sent.words[pos - 1].end
            return owner and Mention(text[owner.start:end], owner.start, end, owner.kind)
        return m
    if cue.text.lower() == "wonach":
        return surface_np(text, sent, pos - 2, -1, none)  # the report named before `, wonach`
    nxt = sent.word(cue.index + 1)
    if cue.text.lower() == "laut" and nxt is not None and WEB_NAME.fullmatch(nxt.text):
        return Mention(nxt.text, nxt.start, nxt.end, "org")  # `laut ndr.de`, whatever the tagger made of it
    if cue.text.lower() == "laut" and nxt is not None and nxt.text in ("„", "»", "«", '"'):
        # `laut „tagesschau.de“`: the name in marks is the source, whatever its case
        close = next((w for w in sent.words[pos + 2:pos + 7] if w.text in ("“", "”", "«", "»", '"')), None)
        if close is not None and close.start > nxt.end:
            return Mention(text[nxt.end:close.start], nxt.end, close.start, "org")
    # `laut den Angaben zwei deutsche Touristen`: like `nach Angaben`, the source noun ends the source
    source_noun = any(is_source_noun(w.text) for w in sent.words[pos + 1:pos + 4])
    if cue.text.lower() == "nach" or cue.text.lower() == "laut" and source_noun:
        j = pos + 1
        while j < len(sent.words) and not is_source_noun(sent.words[j].text):
            j += 1
        nxt = sent.words[j + 1] if j + 1 < len(sent.words) else None
        # the owner is a genitive (`Angaben der Polizei`, `Angaben Moskaus`) or `von X`, not the
        # subject that follows (`nach den Polizeiangaben elf Personen gestorben`)
        after = sent.words[j + 2] if j + 2 < len(sent.words) else None
        # `nach Einschätzung britischer Geheimdienste`: a plural genitive without an article
        plural_genitive = nxt is not None and nxt.upos == "ADJ" and nxt.text.endswith("er") and nxt.text.islower() \
            and after is not None and after.upos == "NOUN"
        if nxt is not None and (nxt.text.lower() in ("der", "des", "eines", "einer", "von", "vom")
                                or nxt.upos == "PROPN" or plural_genitive):
            k = j + 2 if nxt.text.lower() in ("von", "vom") else j + 1
            m = surface_np(text, sent, _past_contraction(sent, k), 1, none)
            if m is not None:
                return m
        if cue.text.lower() == "laut" and j < len(sent.words):
            m = surface_np(text, sent, pos + 1, 1, none)  # `laut ai-Bericht`: the whole compound
            end = sent.words[j].end
            return Mention(text[m.start:end], m.start, end, m.kind) if m is not None and m.end > end else m
        return surface_np(text, sent, min(j, len(sent.words) - 1), 1, none)
    m = surface_np(text, sent, pos + 1, 1, none)
    return appositive_name(text, sent, m) if m is not None else None  # `laut der Zeitung „Habertürk“`


_QUANTITY_WORDS = frozenset("insgesamt rund etwa mindestens mehr weitere weiteren knapp fast über bis zu".split()) | NUMERALS


def _frame_source(text: str, sent: Sentence, cue: Word) -> Mention | None:
    """The source a `laut`/`zufolge`/`gemäß`/`nach Angaben` frame names, without the report's words."""
    return _source_only(text, sent, _according_to(text, sent, cue), cue.text.lower() == "zufolge")


def _source_only(text: str, sent: Sentence, m: Mention | None, before_cue: bool = False) -> Mention | None:
    """`nach Angaben der Veranstalter insgesamt 25.000 Menschen`, `laut BBC britische Staatsbürger`:
    the source ends where the report's own words begin — at a number or quantity word, or at a
    bare adjective after a noun that starts a new phrase (a genitive `-er` adjective does not:
    `nach Angaben libanesischer Sicherheitskreise`). Before `zufolge` the source is the last
    phrase (`al-Qaida-Gruppen gewinnen Medienberichten zufolge`)."""
    if m is None:
        return None
    words = [w for w in sent.words if m.start <= w.start and w.end <= m.end]
    cuts = [k for k, w in enumerate(words[1:], 1)
            if w.text[:1].isdigit() or w.upos == "NUM" or w.text.lower() in _QUANTITY_WORDS
            or w.upos == "ADJ" and w.text.islower() and not w.text.endswith("er") and words[k - 1].upos in ("NOUN", "PROPN")]
    if not cuts:
        return m
    if before_cue:
        rest = words[cuts[-1] + 1:]
        return Mention(text[rest[0].start:m.end], rest[0].start, m.end, m.kind) if rest else m
    return Mention(text[m.start:words[cuts[0] - 1].end], m.start, words[cuts[0] - 1].end, m.kind)


def _colon_paragraph(parsed: Parsed, first: Sentence, cand: Candidate) -> Sentence | None:
    """`Scholz sagte nach dem Treffen:` + a paragraph opening with the quote: the sentence ending
    in the colon frames it, as if on one line."""
    if any(w.end <= cand.start and w.text not in ("„", "»", "«", '"', "“") for w in first.words):
        return None
    prev = _sentence_beside(parsed, first, -1)
    if prev is None or not prev.words or prev.words[-1].text != ":" or parsed.text[prev.end:cand.start].strip(" \n„»«\"“"):
        return None
    return prev


def _sentence_beside(parsed: Parsed, sent: Sentence, step: int) -> Sentence | None:
    """The sentence `step` places after (negative: before) `sent`, if any."""
    i = sent.index + step
    # sentence indexes are positions in parsed.sentences (an index lookup, not a scan)
    if 0 <= i < len(parsed.sentences) and parsed.sentences[i].index == i:
        return parsed.sentences[i]
    return next((s for s in parsed.sentences if s.index == i), None)


def _sentence_position(parsed: Parsed, offset: int) -> int:
    i = parsed.position_at(offset)
    return parsed.sentences[i].index if i >= 0 else 0


def attribute(parsed: Parsed, candidates: list[Candidate], people: People | None = None
              ) -> list[tuple[Candidate, Attribution, Resolved]]:
    """Attribute candidates in text order, carrying speakers over to quotes that name none
    (`people`: the article's persons, if the caller has collected them already)."""
    people = people if people is not None else People.from_parsed(parsed, person_like)
    out = []
    recent: tuple[int, Resolved, str | None, int] | None = None  # (sentence index, speaker, cue, quote end)
    quoted = [(c.start, c.end) for c in candidates if c.kind == "direct" and c.rule != "direct:label"]
    cue_speakers = _cue_speakers(parsed, people, quoted)
    cue_keys = [s for s, _, _ in cue_speakers]
    role_subjects = role_subject_mentions(parsed)
    role_nouns: list[tuple[int, Mention]] | None = None  # read once, only when a pronoun finds no one
    titles: list[tuple[int, Resolved]] = []  # speakers named by a title in marks (`„Daily Mail“`)
    unnamed: list[tuple[int, Resolved]] = []  # persons known only by a description, where described

    def speaker_of(cand: Candidate, mention: Mention, sidx: int) -> Resolved | None:
        """The person or body a mention in the quote's sentence stands for (pronouns and
        role nouns resolved in the article), None when it names no one."""
        nonlocal role_nouns
        name_hint = recent[1].name if recent and sidx - recent[0] <= CARRY_SENTENCES else None
        ref = as_pronoun(mention)  # `sagte der Norweger` refers back like `sagte er`
        if ref is not mention and people.get(resolve(mention, people, None).name or "") is not None:
            ref = mention  # `der Linkspolitiker` after `der Linkspolitiker X`: the title names him
        she = ref.kind == "pronoun" and singular_sie(parsed, ref)
        role = role_antecedent(parsed, people, role_subjects, ref, recent) if ref.kind == "pronoun" else None
        if role is not None:
            # `Der iranische Vize-Außenminister betrachtet … Er sagte, …`: a role named as the
            # subject since the last named person is the antecedent
            resolved = resolve(role, people, None)
        elif ref.kind == "pronoun" and ref.text.lower() not in DEMONSTRATIVES and recent \
                and sidx - recent[0] <= 2 and recent[1].name \
                and not gender_clash(people, ref, recent[1], she) \
                and not subject_between(people, recent, mention.start) \
                and not fitting_person_between(people, ref, recent, she, mention.start) \
                and not (recent[1].how == "org" and recent[1].name in PLACES) \
                and not names_a_text(recent[1].name):  # `er` is no country, nor `Angaben`
            # `„…“, erklärte X. Sie warnte …`: a pronoun right after a quote is its speaker
            resolved = recent[1]
        else:
            resolved = resolve(ref, people, name_hint, clause_start_of(parsed, mention.start), she=she)
            if resolved.name is None and ref is not mention:
                resolved = resolve(mention, people, name_hint)  # no one named before: the noun itself
            elif resolved.name is None:
                # no one named before: `Ein 39-jähriger Landwirt wurde getroffen. … Er sagte aus`
                role_nouns = role_noun_mentions(parsed) if role_nouns is None else role_nouns
                role = role_antecedent(parsed, people, role_nouns, ref, None, CARRY_SENTENCES)
                resolved = resolve(role, people, None) if role is not None else resolved
        if (ref is not mention or describes_one(mention)) and (resolved is None or people.get(resolved.name or "") is None):
            # an epithet (`der 28-Jährige`, `der junge Mann`) for no named person: the person
            # described last without a name (`so der 28-Jährige aus Horn`); else it describes one
            if unnamed and mention.start - unnamed[-1][0] < UNNAMED_REACH:
                resolved = unnamed[-1][1]
            elif resolved is not None and resolved.name == bare(mention.text):
                unnamed.append((mention.start, resolved))
        outlet = outlet_named_before(parsed.text, mention, titles)
        if outlet is not None:
            resolved = outlet  # `berichtete das Blatt`: the newspaper named last
        if resolved.name is None:
            resolved = None
        elif ref.kind != "pronoun":
            resolved = _with_partners(parsed, people, cand, mention, resolved)
        elif not resolved.others and plural_sie(parsed, ref):
            resolved = group_of(parsed, people, resolved, ref.start)
        return resolved

    for cand in sorted(candidates, key=lambda c: c.start):
        sidx = _sentence_position(parsed, cand.start)
        att = find_attribution(parsed, cand)
        resolved = None
        if att is not None and att.mention is not None:
            # `nach eigenen Angaben`, `nach seiner Meinung`: the words are the owner's (the mention
            # stays as written)
            resolved = speaker_of(cand, owner_of_source(parsed, att.mention) or att.mention, sidx)
        host = _host_report(out, cand) if resolved is None and cand.rule in ("direct:short", "direct:phrase") \
            and _said_phrase(parsed, cand) else None
        if att is not None and att.how == "unnamed":
            resolved = Resolved(None, None, "unnamed")  # `Ihm wird vorgeworfen, …`: no source named
        elif host is not None:
            # `Johnson habe „Schwule beleidigt“`: a phrase in marks inside a report, with no speaker
            # of its own, is that report speaker's words
            att, resolved = Attribution(None, host[1].cue, "inside"), host[2]
        elif resolved is None:
            # no speaker in the quote's own sentence: the last speaker nearby, if any
            prior = _latest_speaker(recent, cue_speakers, sidx, cue_keys)
            if prior is None and cand.rule == "indirect:free" and recent is not None \
                    and sidx - recent[0] <= FREE_REPORT_REACH and about_the_speaker(parsed, people, cand, recent):
                # `„…“, sagte de Maizière. [two sentences of background] Er wolle zu einem offenen
                # Europa zurück.`: a free report about `er`/`sie` goes on with the last speaker if
                # that is the person the pronoun fits and no one else was named as a subject since
                prior = recent[:3]
            if cand.rule == "indirect:plan" and (recent is None or sidx - recent[0] > 1):
                continue  # a plan continues a report right before it, or it is the writer's own
            if prior is None or cand.rule in LABELS:
                continue
            if cand.kind == "direct" and prior[0] != sidx and _embedded_elsewhere(parsed, cand, prior[1]):
                continue
            att, resolved = Attribution(None, prior[2], "carry"), prior[1]
            if cand.kind == "direct" and cand.rule == "direct:marks":
                introduced = _introduced_before(parsed, people, cand, sidx, resolved)
                if introduced is not None:
                    resolved = introduced
        if cand.rule in LABELS and att.how not in ("cue-before", "cue-after", "frame-after", "viewpoint", "unnamed",
                                                   "construction", "inside"):
            continue  # a label in marks needs a speech verb of its own sentence
        if cand.rule == "direct:label" and att.cue not in _WRITTEN_CUES and (
                not (_judges(parsed.text, cand, att.cue) or _said_term(parsed, cand, att) or _phrase_said(parsed, cand, att))
                or att.mention is None or att.mention.kind not in ("name", "pronoun", "role")
                and not _person_group(att.mention.text)):
            continue  # a capitalised term needs a person's verb that judges it (`wies … als „X“ zurück`)
        out.append((cand, att, resolved))
        if att.mention is not None and resolved.name and \
                _in_marks(parsed.sentence_at(att.mention.start), att.mention):
            titles.append((att.mention.start, resolved))
        if resolved.name:
            recent = (_sentence_position(parsed, cand.end - 1), resolved, att.cue, cand.end)
    return out


_ENGLISH_FUNCTION_WORDS = frozenset("for of the and in on s".split())


def _person_group(text: str) -> bool:
    """`Die Kritiker`, `Datenschützer`: people speaking as a group."""
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and words[-1].split("-")[-1].endswith(PERSON_GROUPS)


def _phrase_said(parsed: Parsed, cand: Candidate, att: Attribution) -> bool:
    """`konstatierte eine wachsende „Kluft zwischen Arm und Reich“`: a phrase of four words or more
    with lower-case words in it, framed by a speech verb of its clause, is said, not a title."""
    inner = parsed.text[cand.start:cand.end]
    words = re.findall(r"[^\W\d]+", inner)
    return att.how == "cue-before" and len(words) >= 4 and any(w.islower() for w in words[1:]) \
        and not _ENGLISH_FUNCTION_WORDS & set(words)  # `People's Alliance for Democracy` is a name


def _said_term(parsed: Parsed, cand: Candidate, att: Attribution) -> bool:
    """`„Nein“, sagte Peskow.`: a term in marks that opens its sentence before `, <verb> X` is said,
    not named (`„Uncle Ted“, wie der Senator genannt wurde`)."""
    opening = parsed.sentence_at(cand.start)
    after = parsed.text[cand.end:cand.end + 12].lstrip("“”»«\"")
    return att.how == "cue-after" and after.startswith(",") and not after[1:].lstrip().startswith("wie") \
        and att.cue != "nennen" and opening is not None and not parsed.text[opening.start:cand.start].strip(" „»«\"\n")


def _with_partners(parsed: Parsed, people: People, cand: Candidate, mention: Mention, resolved: Resolved) -> Resolved:
    """The speaker with those named together with it (`sagten Merkel und Macron`)."""
    sent = parsed.sentence_at(mention.start)
    if sent is None:
        return resolved
    others: list[Resolved] = []
    for m in coordinated(parsed.text, sent, mention, (cand.start, cand.end)):
        r = resolve(m, people, None)
        if r.name and fold(r.name) not in {fold(resolved.name or "")} | {fold(o.name or "") for o in others}:
            others.append(r)
    return replace(resolved, others=tuple(others)) if others else resolved


def _judges(text: str, cand: Candidate, cue: str | None) -> bool:
    """A judging verb frames the term: `wies … als „Unverschämtheit“ zurück`; `nennen` only with an
    indefinite article (`nannte es einen „Militärputsch“`), not when naming (`nennt das Modell „Touareg“`)."""
    if cue in LABEL_VERBS or cue in ("halten", "sehen"):  # `hält X für „…“`, `sieht darin einen „…“`
        return True
    before = [w.lower() for w in re.findall(r"\w+", text[max(0, cand.start - 20):cand.start])]
    if cue == "sprechen" and "von" in before[-2:] or "vom" in before[-1:]:
        return True  # `sprach von einer „Gefahr für Leib und Leben“`
    return cue == "nennen" and bool(before) and before[-1] in ("ein", "eine", "einen", "einem")


def _cue_speakers(parsed: Parsed, people: People, quoted: list[tuple[int, int]]) -> list[tuple[int, Resolved, str]]:
    """(sentence index, speaker, cue) for every speech verb with a subject, quote or not;
    verbs inside quotation marks are the quoted speaker's words (`„Wir hoffen …“`), not a frame."""
    quoted_spans = Spans(quoted)  # a bisect per word, not a scan over every quote

    def in_quote(w: Word) -> bool:
        return quoted_spans.contains(w.start, w.start + 1)
    found = []
    for sent in parsed.sentences:
        for w in sent.words:
            if in_quote(w) or not is_cue(sent, w) or inside_report(sent, w):
                continue
            if passive(sent, w):
                mentions = [_agent(parsed.text, sent, w, (0, 0))]
            else:
                # a parse subject inside a prepositional phrase is none (`Auch von Rassismus spricht der
                # junge Mann`: the parser's subject `Rassismus` is what he speaks of)
                subjects = [c for c in sent.children(w.index) if c.deprel in SUBJECT_RELS and not in_quote(c)
                            and _could_be_nominative(sent, c)]
                # `Der Sprecher des Kremls, Dmitri Peskow, äußerte sich …`: the apposed name
                mentions = [m and appositive_name(parsed.text, sent, m)
                            for m in (mention_of(parsed.text, sent, c, (0, 0)) for c in subjects)]
                if subjects and not any(m is not None and m.kind in ("name", "role", "pronoun") for m in mentions):
                    # a thing as the parse subject of a speech verb (`Der Botschafter, X, kritisierte die
                    # Lieferungen`): the surface reading may find the person
                    m = subject_of(parsed.text, sent, w, (0, 0))
                    if m is not None and m.kind in ("name", "role") and not in_quote(m):
                        mentions = [m]
                if not subjects and (w.text in STRONG_FINITE or w.upos not in ("VERB", "AUX", "ADJ", "NOUN")):
                    # `Der Minister weist … hin`: the tagger missed the verb, the parse its subject
                    mentions = [subject_of(parsed.text, sent, w, (0, 0))]
                elif not subjects:
                    # `Die Regierung warnt vor …` with the subject hung elsewhere: a person or role
                    # opening the sentence
                    m = subject_of(parsed.text, sent, w, (0, 0))
                    fronted = w.index == 2 and sent.words[0].upos in ("ADV", "ADJ")  # `Besorgt äußerte sich X`
                    mentions = [m] if m is not None and m.kind in ("name", "role") and (m.end <= w.start or fronted) \
                        else []
            for m in mentions:
                r = resolve(m, people, None) if m is not None else None
                if r is not None and r.name:
                    found.append((sent.index, r, cue_lemma(sent, w)))
    return found


def _embedded_elsewhere(parsed: Parsed, cand: Candidate, speaker: Resolved) -> bool:
    """A quote that opens inside the writer's own sentence (`… vom Aufsichtsrat der „documenta und …“
    gewählt`, `Seiner Ansicht nach „sind wir …“`) with no speaker there is not carried from an
    earlier sentence, unless that speaker is the sentence's subject (`Das Gericht sieht neben
    neuen „Möglichkeiten …“`). A quote after a colon or `„…“ und „…“` opens afresh."""
    sent = parsed.sentence_at(cand.start)
    if sent is None:
        return False
    head = parsed.text[sent.start:cand.start].rstrip("„“”»«\"‚‘ ")
    head = re.split(r"[:\n„“”»«\"]", head)[-1].strip().lower()
    if not re.search(r"\w", head) or head in ("und", "oder", "sowie"):
        return False
    names = set(re.findall(r"\w+", (speaker.name or "").lower()))
    return not any(w.deprel.startswith("nsubj") and w.end <= cand.start and w.text.lower() in names
                   for w in sent.words)


def _introduced_before(parsed: Parsed, people: People, cand: Candidate, sidx: int, carried: Resolved) -> Resolved | None:
    """`Georg Ratzinger war eingeweiht. „Mein Bruder wünscht sich Ruhe.“`: a quote standing on its own
    right after a sentence whose subject is a person other than the last speaker is that person's."""
    sent = parsed.sentence_at(cand.start)
    if sent is None or sent.start < cand.start - 2 or sidx == 0:
        return None
    prev = parsed.sentences[sidx - 1]
    newer = people.before(cand.start, subjects_only=True)
    if not newer or fold(newer[0].name) == fold(carried.name or ""):
        return None
    pos = max(x for x in newer[0].subject_positions if x < cand.start)
    # the sentence before reports nothing in marks itself: it introduces the person
    if not prev.start <= pos < prev.end or set("„“”»«\"") & set(parsed.text[prev.start:prev.end]):
        return None
    return resolve(Mention(newer[0].name, pos, pos + len(newer[0].name), "name"), people, None)


def _said_phrase(parsed: Parsed, cand: Candidate) -> bool:
    """Words in marks that say something (`Schwule beleidigt`, `völlig unrealistisch`, `mit offenen
    Armen empfangen`), not a term: one word, or a noun phrase of articles, adjectives and nouns
    (`grüne Gentechnik`, `Präferenz der USA`), is a term the writer sets apart."""
    sent = parsed.sentence_at(cand.start)
    words = [w for w in sent.words if cand.start <= w.start and w.end <= cand.end and w.upos != "PUNCT"] if sent else []
    if len(words) < 2:
        return False
    return words[-1].text.islower() or any(w.upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for w in words)


def _host_report(out: list, cand: Candidate):
    """The attributed report, with a speaker, that holds the candidate (among the last few)."""
    for c, att, resolved in reversed(out[-8:]):
        if c.kind == "indirect" and c.start <= cand.start and cand.end <= c.end and resolved.name:
            return c, att, resolved
    return None


def _latest_speaker(recent, cue_speakers, sidx: int, keys: list[int]):
    """The latest speaker within reach of sentence `sidx`: the last quote's, or a speech verb's
    (`cue_speakers` is in sentence order, `keys` its sentence indexes: a bisect, not a scan)."""
    best = recent if recent is not None and 0 <= sidx - recent[0] <= CARRY_SENTENCES else None
    hi = bisect.bisect_right(keys, sidx)
    lo = bisect.bisect_left(keys, sidx - CARRY_SENTENCES + 1)
    if lo < hi:
        first_of_latest = bisect.bisect_left(keys, keys[hi - 1], lo, hi)
        s, r, cue = cue_speakers[first_of_latest]
        if best is None or s > best[0]:
            best = (s, r, cue)
    return best


def to_quote(text: str, cand: Candidate, att: Attribution, r: Resolved) -> Quote:
    rule = f"{cand.rule}+{att.how}"
    conf = round(cand.confidence * (0.6 if att.how in ("carry", "unnamed") else 1.0), 2)
    return Quote(start=cand.start, end=cand.end, text=text[cand.start:cand.end], kind=cand.kind,
                 rule=rule, confidence=conf, speaker=r.name, side=(r.side or "OTHER") if r.name else None,
                 mention=att.mention, cue=att.cue,
                 co_speakers=tuple(Speaker(o.name, o.side or "OTHER") for o in r.others if o.name))

