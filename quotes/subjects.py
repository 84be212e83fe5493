"""Who a speech verb names: the subject of a cue (parse subjects and the phrases beside the verb,
ranked; titles in marks; `heißt es in X`). The phrases after prepositions the mention finders pass
over are quotes/phrases.py's. The agent of a passive and the owner of a noun of saying are quotes/owners.py's, the
source of `laut X`/`X zufolge` quotes/sources.py's. Used by the frames around quotes (quotes/frames.py).
"""

from __future__ import annotations

import re

from quotes.clauses import (GLUED_ZU, RELATIVE_PRONOUNS, comma_between, finite_form, is_subjunctive, last_comma_before,
                            wie_across_apposition)
from quotes.cues import (after_so, cue_lemma, frame_auxiliary, impersonal_cue, is_cue, modal_frame_verb,
                         passive)
from quotes.lexicon import (BODY_HEADS, NAME_PARTICLES, PLACES, SENTENCE_ADVERBS, aux_forms, is_media_noun,
                            is_report_noun)
from quotes.marks import CLOSING_MARKS
from quotes.appositions import appositive_name
from quotes.mentions import (CLAUSE_OPENERS, KIND_RANK, NPISH, PP_OPENERS, SUBJECT_RELS, mention_from_words,
                             mention_of, opens_wie_clause, surface_np, title_after_preposition, whose_entourage,
                             title_in_marks, with_origin)
from quotes.reference import describes_one
from quotes.names import role_head, sentence_name_flags
from quotes.phrases import genitive_owner, object_of_preposition
from quotes.sources import impersonal_source
from quotes.speakers import PRONOUNS
from quotes.types import Mention, Sentence, Word


# adverbs right before a speech verb that the small tagger takes for verbs (`weiter betonte`)
_ADVERBS_TAKEN_FOR_VERBS = frozenset("weiter zudem außerdem ebenfalls erneut nochmals abschließend".split())


def _subject_candidates(sent: Sentence, cue: Word) -> list[Word]:
    """Subjects of the cue, best first: a nominative pronoun (OVS order fools the parser:
    `Die Arbeit lobte er`), then nouns and names that are not inside a prepositional phrase."""
    heads = [cue]
    prev = sent.word(cue.index - 1)
    lemma = cue_lemma(sent, cue)
    if prev is not None and lemma.startswith(prev.text) and prev.text != lemma:
        heads.append(prev)  # `wie die Polizei bekannt gab`: the parser hangs the subject on the particle
    # `Wie Peskow weiter betonte` with `weiter` tagged a verb: the parser hangs the subject on the adverb
    heads += [c for c in sent.children(cue.index) if c.text.lower() in _ADVERBS_TAKEN_FOR_VERBS and c.start < cue.start]
    subs = [c for h in heads for c in sent.children(h.index) if c.deprel in SUBJECT_RELS]
    pron = [c for c in sent.children(cue.index)
            if c.upos == "PRON" and c.text.lower() in PRONOUNS and c.feat("Case") in (None, "Nom")]
    in_pp = lambda w: any(x.deprel == "case" for x in sent.children(w.index))
    # `X sagte, das Dekret sei …`: a noun after the cue and a comma belongs to the reported clause
    past_comma = lambda w: w.start > cue.start and comma_between(sent, cue.start, w.start)
    subs = [c for c in subs if c not in pron and not in_pp(c) and not past_comma(c) and could_be_nominative(sent, c)]
    if prev is not None and prev.text == "," and any(c.start > cue.start for c in subs):
        # `…, erklärte der Außenminister`: a frame after a comma has its subject after the verb; a noun
        # before the comma belongs to the reported clause (`… Stimmung in Europa, erklärte X`)
        subs = [c for c in subs if c.start > cue.start]
    flags = sentence_name_flags(sent)
    if pron and all(x.text.lower() == "sie" and x.start > cue.start for x in pron) and \
            any(c.start < cue.start and (flags[c.index - 1] or c.index < len(flags) and flags[c.index]
                                         and role_head(c.text)) for c in subs):
        # `Regierungssprecher Steffen Hebestreit nannte sie „absurd“`: a name (or a role the parser
        # made the head of its name, `Fraktionsvize Agnieszka Brugger`) before the verb is the
        # subject, `sie` after it the object (`Die Arbeit lobte sie` has no name to compete)
        return subs + pron
    return pron + subs


_OBLIQUE_STARTS = frozenset("den dem einen einem seinen seinem ihren ihrem unseren unserem diesen diesem "
                            "jenen jenem als mit von zum zur gegenüber bei beim für nach laut".split())
_NO_SUBJECT_OPENERS = _OBLIQUE_STARTS | PP_OPENERS  # a sentence opening with one of these has no subject there


# `sagten beide`, `Die beiden betonten`: a subject for the two persons named together before
BOTH = ("beide", "beiden")


def _after_preposition(sent: Sentence, m: Mention) -> bool:
    """A preposition (not `laut`/`gemäß`, which name a source) stands right before the phrase and
    does not attach it to a noun before (`Ein Sprecher von Tesla` is one phrase)."""
    before = [w for w in sent.words if w.end <= m.start]
    prev = before[-1] if before else None
    owner = before[-2] if len(before) > 1 else None
    return prev is not None and prev.upos == "ADP" and prev.text.lower() not in ("laut", "gemäß") and \
        (owner is None or owner.upos not in ("NOUN", "PROPN"))


def could_be_nominative(sent: Sentence, head: Word) -> bool:
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
    # (or a headline's clause after its quotation: `„…“: Scholz warnt Moskau`, `„…“ – Scholz warnt …`)
    starts = [0] + [i + 1 for i, w in enumerate(sent.words) if w.end <= m.start and (
        w.text == ";" or w.text.lower() in ("und", "aber", "doch", "sondern") and i > 0 and sent.words[i - 1].text == ","
        or w.text in (":", "–", "-") and i > 0 and sent.words[i - 1].text in CLOSING_MARKS)]
    opening = next((w for w in sent.words[starts[-1]:] if w.text.lower() not in _FOCUS_PARTICLES), None)
    # `Bezüglich des Startortes meldet …`, `Unter Berufung auf Quellen gab …`: a fronted prepositional phrase
    # (a name may open with a capitalised particle the tagger calls a preposition: `Von der Leyen`)
    return opening is not None and opening.start <= m.start and \
        (opening.upos != "ADP" and opening.text.lower() not in _NO_SUBJECT_OPENERS
         or opening.start == m.start and m.kind == "name" and opening.text.lower() in NAME_PARTICLES) and \
        all(w.upos in NPISH or w.text in ("-", "–") for w in sent.words if opening.start <= w.start < m.start)


def subject_of(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """The speaker of a cue: parse subjects and the phrases right and left of the cue, ranked
    person before role before thing, then parse subject before surface position (the parse of
    the small models is often wrong, a name next to the cue rarely is)."""
    m = _subject_of(text, sent, cue, exclude)
    if m is not None and "(" in m.text and ")" not in m.text:
        cut = m.text.index("(")  # `Bernd Lange (SPD`: an opened bracket is no part of the name
        m = Mention(m.text[:cut].rstrip(), m.start, m.start + len(m.text[:cut].rstrip()), m.kind) if cut else m
    if m is not None and m.text.startswith("-"):
        m = _compound_with_title(text, sent, m)  # `sagte der „Spiegel“-Reporter`
    if m is not None and m.kind == "role" and m.start > cue.start and cue_lemma(sent, cue) in _DATIVE_CUES:
        m = _without_addressee(text, sent, m)
    if m is None or m.text.startswith("-"):
        # `Wie „heise online“ berichtet`, `Die „Bild“-Zeitung berichtete`: a title in marks before the verb
        m = _title_before(text, sent, cue, exclude) or m
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


_OPENING_MARKS = ("„", "»", "«", '"')


def sentence_subject(text: str, sent: Sentence, exclude: tuple[int, int]) -> Mention | None:
    """The subject of the sentence's root, when the parse made a verb its root (`Der Kreml reagierte
    gelassen.`, `Die Regierung veröffentlichte eine Erklärung.`)."""
    root = next((w for w in sent.words if w.head == 0 and w.upos in ("VERB", "AUX")), None)
    return subject_of(text, sent, root, exclude) if root is not None else None


def _compound_with_title(text: str, sent: Sentence, m: Mention) -> Mention:
    """`„Spiegel“-Reporter`: the compound's noun after a title in marks is one word with it (the
    mention's text drops the marks); a `-Zeitung` with no title before it stays as it is."""
    words = sent.words
    k = next((i for i, w in enumerate(words) if w.start >= m.start), None)
    if k is None or k < 3 or words[k - 1].text not in CLOSING_MARKS:
        return m
    opening = next((i for i in range(k - 2, max(k - 8, -1), -1) if words[i].text in _OPENING_MARKS), None)
    if opening is None or opening + 1 >= k - 1:
        return m
    title = text[words[opening + 1].start:words[k - 2].end]
    return Mention(title + m.text, words[opening + 1].start, m.end, m.kind)


def _title_before(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """A title in marks opening the cue's clause (after `wie` or an article), with only adverbs, a
    prepositional phrase or the compound's noun (`„Bild“-Zeitung`) between it and the verb."""
    words = sent.words
    i = cue.index - 2  # list position of the word before the cue
    while i >= 0 and words[i].text not in CLOSING_MARKS and words[i].text not in (",", ";", ":") and \
            words[i].upos in ("ADV", "ADP", "DET", "NOUN", "NUM", "ADJ", "PUNCT") and cue.index - 2 - i < 10:
        i -= 1
    if i < 1 or words[i].text not in CLOSING_MARKS:
        return None
    close = i
    opening = next((k for k in range(close - 1, max(close - 8, -1), -1) if words[k].text in _OPENING_MARKS), None)
    if opening is None or opening + 1 >= close:
        return None
    before = words[opening - 1] if opening > 0 else None
    if before is not None and not (before.text.lower() in ("der", "die", "das", "wie") or before.text in (",", ":")) \
            or words[opening].start < exclude[1] and exclude[0] < words[close].end:
        return None  # (the quote itself is no title: `„Ein guter Start“, sagte er`)
    return Mention(text[words[opening + 1].start:words[close - 1].end], words[opening + 1].start,
                   words[close - 1].end, "org")


def in_marks(sent: Sentence | None, m: Mention) -> bool:
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
            not any(c.deprel in SUBJECT_RELS for c in sent.children(cue.index)) and \
            (any(w.text.lower() in ("und", "oder", "sowie") for w in sent.words if head.end <= w.start < cue.start)
             or cue.deprel == "conj" and sent.words[cue.index - 2].text == ","):
        # `hatte Fehler eingeräumt und angegeben, …`, `bestätigten den Zwischenfall, teilten jedoch mit, …`:
        # a coordinated verb without a subject of its own shares the first verb's, before any noun
        # next to it (an object)
        m = subject_of(text, sent, head, exclude)
        if m is not None:
            return m
    before = sent.word(cue.index - 1)
    if cue.deprel == "conj" and before is not None and before.text.lower() in ("und", "sowie") and \
            not is_subjunctive(cue, sent) and not any(c.deprel in SUBJECT_RELS for c in sent.children(cue.index)):
        # `X erklärte, man wolle keine Eskalation, und fügte hinzu, …`: wherever the parser hung the
        # second speech verb, it shares the subject of the first one in the sentence
        first = next((x for x in sent.words if x.start < cue.start and is_cue(sent, x) and x.upos == "VERB"
                      and finite_form(x) and not is_subjunctive(x, sent)), None)
        m = subject_of(text, sent, first, exclude) if first is not None else None
        if m is not None:
            return m
    if before is not None and before.text.lower() in ("und", "sowie") and cue.feat("Mood") == "Ind" and \
            not any(c.deprel in SUBJECT_RELS for c in sent.children(cue.index)):
        # `Der Minister trat vor die Presse und sagte: „…“`: the parser hung the subject on the quote's
        # verb; the finite verb of the clause before `und` (no comma between) has it
        k = cue.index - 2
        while k > 0 and sent.words[k - 1].text != "," and not (
                sent.words[k - 1].upos in ("VERB", "AUX") and sent.words[k - 1].feat("Mood") == "Ind"):
            k -= 1
        first = sent.words[k - 1] if k > 0 and sent.words[k - 1].text != "," else None
        m = subject_of(text, sent, first, exclude) if first is not None and first is not cue else None
        # (after a verb that is no speech verb, `und ist sich sicher: „…“`, only a person)
        if m is not None and (m.kind in ("name", "role", "pronoun") or m.kind == "org" and is_cue(sent, cue)):
            return m
    governing = sent.word(cue.head) if cue.deprel == "xcomp" and cue.head else None
    if governing is not None and governing.upos == "VERB" and governing.start < cue.start and \
            _zu_infinitive(sent, cue) and not any(c.deprel in SUBJECT_RELS for c in sent.children(cue.index)) and \
            any(x.text == "sich" for x in sent.words[governing.index:governing.index + 2]):
        # `Das Ministerium beeilte sich klarzustellen, …`, `X weigerte sich zu sagen, …`: after a
        # reflexive verb of will a zu-infinitive says what that verb's subject said
        m = subject_of(text, sent, governing, exclude)
        if m is not None:
            return m
    lemma, pos = cue_lemma(sent, cue), sent.words.index(cue)
    if lemma == "zitieren":
        # `„…“, zitiert die „Computerwoche“ Lynch`: after the verb the source, then the quoted one
        first = surface_np(text, sent, pos + 1, 1, exclude)
        if first is not None:
            k = next((i for i, w in enumerate(sent.words) if w.start >= first.end), None)
            while k is not None and k < len(sent.words) and sent.words[k].text in CLOSING_MARKS:
                k += 1
            second = surface_np(text, sent, k, 1, exclude) if k is not None and k < len(sent.words) else None
            if second is not None and (second.kind in ("name", "role") or
                                       re.match(r"(?i)(einen|eine|einem|den)\s", second.text)):
                return appositive_name(text, sent, second)  # `zitierte die Zeitung einen Feuerwehrmann`
        # `Der Spiegel zitiert den Prediger mit den Worten: „…“`: the quoted one is the object
        for c in sent.children(cue.index):
            if c.deprel in ("obj", "iobj"):
                m = mention_of(text, sent, c, exclude)
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
        # `Dies geht aus einer Pressemitteilung des Konzerns hervor`: the text after `aus` is the source
        j = next((k for k in range(pos + 1, len(sent.words)) if sent.words[k].text.lower() == "aus"), None)
        if j is None:  # `Wie aus dem Bericht hervorgeht, …`: verb last
            j = next((k for k in range(pos - 1, -1, -1) if sent.words[k].text.lower() == "aus"
                      and not comma_between(sent, sent.words[k].start, cue.start)), None)
        return object_of_preposition(text, sent, j, exclude) if j is not None else None
    both = next((c for c in sent.children(cue.index) if c.text.lower() in BOTH
                 and not exclude[0] <= c.start < exclude[1]), None)
    if both is not None and not any(c.deprel in SUBJECT_RELS for c in sent.children(cue.index)):
        # `sagten beide`, `Beide betonten` (tagged an adverb): the two named together before, as a plural `sie`
        return Mention(both.text, both.start, both.end, "pronoun")
    addressed = lambda m: lemma in _DATIVE_CUES and m.start > cue.start and \
        re.search(r"\b(der|dem)\s*[„»«\"]$", text[max(0, m.start - 8):m.start]) is not None  # noqa: E731
    for c in _subject_candidates(sent, cue):
        m = mention_of(text, sent, c, exclude)
        if m is not None and not addressed(m):
            found.append((KIND_RANK[m.kind], 0, m))
            break
    right = surface_np(text, sent, pos + 1, 1, exclude)
    if right is None and pos + 1 < len(sent.words) and sent.words[pos + 1].text.lower() in ("der", "die", "das"):
        right = title_in_marks(text, sent, pos + 1)  # `teilte das „Space Telescope Science Institute“ mit`
        if right is not None and exclude[0] < right.end and right.start < exclude[1]:
            right = None
    if right is not None and addressed(right):
        right = None  # `sagte der „Welt“`: the newspaper spoken to
    if right is not None and after_so(sent, cue):
        return appositive_name(text, sent, right)  # `…, so vermutet die Zeitung, …`: an inserted frame
    if cue.text.lower() == "so":
        # `so das Fazit der Betreiber`: a noun of saying stands for its owner
        noun = next((w for w in sent.words if right is not None and w.start >= right.start and w.end == right.end), None)
        if noun is not None and is_report_noun(noun.text):
            return genitive_owner(text, sent, noun, exclude) or right
        return right
    left = surface_np(text, sent, _before_seat(sent, pos - 1), -1, exclude) or _before_relative_clause(text, sent, pos, exclude)
    left = _before_example(text, sent, left, exclude)
    # (`Ein Berater von Präsident Poroschenko sagte`: the adviser speaks, not the president)
    left = whose_entourage(text, sent, left, exclude) or left
    inside = left is not None and any(f[2].start < left.start and left.end <= f[2].end for f in found)
    before_left = next((w for w in reversed(sent.words) if w.end <= left.start), None) if inside else None
    if before_left is not None and (before_left.upos in ("ADP", "CCONJ") or before_left.text in ("für", "und")):
        # `Eine Sprecherin des Bundesamts für Migration und Flüchtlinge sagte`: the words before the verb
        # end the parse subject's phrase after `für`/`und`; they are no subject of their own (a name
        # right after the role's noun is: `Der Vorsitzende der Selbstverwaltung Istvan Kovacs hob hervor`)
        left = None
    if left is not None and _after_preposition(sent, left):
        left = None  # `Auch von Rassismus spricht der junge Mann`: what he speaks of
    # verb second: a noun phrase opening the sentence right before the finite verb is its subject
    # (`Thaksin beschuldigte General Prem, …`, `Die Regierung hatte den Bericht … zurückgewiesen`),
    # whatever the parser made the object
    # (`Deutlicher wurde die Linke: Parteichef X nannte …`: an auxiliary before a colon is another clause's)
    aux = next((c for c in sent.children(cue.index) if c.deprel.startswith("aux") and c.start < cue.start
                and not comma_between(sent, c.start, cue.start) and not _colon_between(sent, c, cue)), None)
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
    finite = next((c for c in sent.children(cue.index) if c.deprel.startswith("aux") and c.start < cue.start), None)
    if finite is None and finite_form(cue):
        finite = cue  # `Später meldete sich auch Wulff zu Wort`: the cue itself stands second
    if not found and finite is not None and not passive(sent, cue) and not lassen:
        after_aux = _after_fronted_adverbial(text, sent, clause_open, finite, exclude)
        if after_aux is not None and (after_aux.end <= cue.start or finite is cue):
            found.append((KIND_RANK[after_aux.kind], 1, after_aux))
    frame_aux = frame_auxiliary(sent, cue)
    if frame_aux is not None and not passive(sent, cue):
        # `…, hatte ein Sprecher am Freitag gesagt`: a frame after the report, the subject right
        # after its finite auxiliary
        after_aux = surface_np(text, sent, frame_aux.index, 1, exclude)
        if after_aux is not None and after_aux.end <= cue.start:
            found.append((KIND_RANK[after_aux.kind], 1, after_aux))
    if before_finite is not None and (before_finite.kind == "org" or in_marks(sent, before_finite)) and right is not None and right.kind in ("name", "role") \
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
        return appositive_name(text, sent, wie_subject)  # `wie ein Sprecher, John Kirby, mitteilte`
    opening = _opening_with_apposition(text, sent, pos - 1 if aux is None else sent.words.index(aux) - 1, exclude)
    if opening is not None and not (found and found[0][2].kind == "pronoun"):
        return appositive_name(text, sent, opening)
    found += [(KIND_RANK[m.kind], rank, m) for rank, m in ((1, right), (2, left)) if m is not None]
    if clause_open:  # a main clause after a semicolon has its own subject
        found = [f for f in found if f[2].start >= sent.words[clause_open].start]
    if not found:
        # verb second, last resort: the one phrase before the verb (`Ärzte ohne Grenzen teilte mit, …`)
        prefix = [w for w in sent.words if w.end <= cue.start and w.text not in ("„", "“", "”", "»", "«", "\"")]
        if len(prefix) > 1 and prefix[-1].text.lower() in _FINITE_AUX:
            prefix = prefix[:-1]  # `Wallström hatte geschrieben, …`: the auxiliary is the finite verb
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
    if not found and cue.feat("VerbForm") != "Fin" and not cue.feat("Mood") and not passive(sent, cue):
        # `Manfred Berg hatte … gegenüber der Zeitung mitgeteilt` with `gegenüber` taken for the verb: the
        # phrase opening the sentence before the clause's finite auxiliary is its subject
        aux_word = next((w for w in sent.words[clause_open:pos] if w.text.lower() in _FINITE_AUX
                         and not comma_between(sent, w.start, cue.start)), None)
        opening = (_opening_with_apposition(text, sent, aux_word.index - 2, exclude)
                   or surface_np(text, sent, aux_word.index - 2, -1, exclude)) if aux_word is not None else None
        if opening is not None and _opens_sentence(sent, opening) and opening.kind in ("name", "role", "org"):
            found.append((KIND_RANK[opening.kind], 3, opening))
    # `Wahlbeteiligung Wie der Wahlleiter mitteilte`: after a heading the text runs into, the
    # subject of the `Wie` clause stands inside it
    wie = next((w for w in reversed(sent.words[:pos]) if w.text == "Wie"), None)
    if wie is not None and not comma_between(sent, wie.start, cue.start):
        found = [f for f in found if f[2].start > wie.start]
    return appositive_name(text, sent, min(found, key=lambda t: (t[0], t[1]))[2]) if found else None


def _colon_between(sent: Sentence, a: Word, b: Word) -> bool:
    return any(w.text in (":", ";") for w in sent.words[a.index:b.index - 1])


def fronted_adverbial(sent: Sentence, clause_open: int, finite: Word) -> bool:
    """A prepositional phrase or one adverb fills the place before the finite verb (`Am Montag hat …`,
    `Später meldete sich …`): the subject follows that verb."""
    fronted = sent.words[clause_open:finite.index - 1]
    return bool(fronted) and not any(w.text in (",", "„", "“", "»", "«") for w in fronted) and \
        (fronted[0].upos == "ADP" or len(fronted) == 1 and fronted[0].upos == "ADV")


def _without_addressee(text: str, sent: Sentence, m: Mention) -> Mention:
    """`sagte der Ministerpräsident der Deutschen Presse-Agentur`: after a speech verb that takes an
    addressee, an outlet in the dative after the speaker's role is the one spoken to, not a genitive."""
    words = [w for w in sent.words if m.start <= w.start and w.end <= m.end]
    k = next((i for i, w in enumerate(words) if i > 0 and w.text.lower() == "der" and w.upos == "DET"), None)
    if k is None or not any(is_media_noun(w.text) for w in words[k + 1:]) or \
            any(is_media_noun(w.text) or w.text.lower().startswith(("chef", "redakteur", "korrespondent", "reporter"))
                for w in words[:k]):
        return m  # (`der Chefredakteur der Zeitung` is the paper's own)
    return Mention(text[m.start:words[k - 1].end], m.start, words[k - 1].end, m.kind)


_DATIVE_PRONOUNS = frozenset("ihm ihr ihnen mir uns dir euch".split())


def _after_fronted_adverbial(text: str, sent: Sentence, clause_open: int, aux: Word,
                             exclude: tuple[int, int]) -> Mention | None:
    """`Am Montag hat sich die Ministerin … ausgesprochen`, `So hat sich etwa X …`, `Dort sagte ihm der
    Minister`: when a prepositional phrase or an adverb fills the place before the finite verb or
    auxiliary, the subject follows it, after a reflexive, a dative pronoun and particles (the parser,
    misled by `sich`, may call it an object)."""
    if not fronted_adverbial(sent, clause_open, aux):
        return None
    j = aux.index
    while j < len(sent.words) and (sent.words[j].text.lower() == "sich" or sent.words[j].upos in ("ADV", "PART")
                                   or sent.words[j].upos == "PRON" and sent.words[j].text.lower() in _DATIVE_PRONOUNS):
        j += 1
    m = surface_np(text, sent, j, 1, exclude) if j < len(sent.words) else None
    head = next((w for w in sent.words if m is not None and w.end == m.end), None)
    return m if head is not None and could_be_nominative(sent, head) and \
        m.text.split()[0].lower() not in _OBLIQUE_STARTS and \
        (m.kind != "pronoun" or m.text.lower() in PRONOUNS) else None  # `sagte ihm der Minister`: no `ihm`


def _zu_infinitive(sent: Sentence, w: Word) -> bool:
    """`zu sagen`, `klarzustellen`: an infinitive with `zu` right before it or glued in (the
    tagger's VerbForm for the glued ones is unreliable: `klarzustellen` comes as a participle)."""
    prev = sent.word(w.index - 1)
    return prev is not None and prev.text.lower() == "zu" or bool(GLUED_ZU.fullmatch(w.text))


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


def _before_seat(sent: Sentence, k: int) -> int:
    """Where the noun phrase before word k ends once a body's seat after it is left out (`Die
    russische Botschaft in Berlin wies … zurück`: the embassy, not Berlin, stands before the verb)."""
    words = sent.words
    if k >= 3 and words[k].text in PLACES and words[k - 1].text.lower() in ("in", "aus") \
            and words[k - 2].upos == "NOUN" and words[k - 2].text.lower().endswith(BODY_HEADS):
        return k - 2
    return k


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
