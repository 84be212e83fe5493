"""Where a phrase stands around a speech verb in a German clause: the parse's subjects of the verb, a
phrase opening the sentence or following a fronted adverbial's finite verb, after a preposition, in
marks, before a relative clause, an apposition or an example, a body's seat, a title in marks before
the verb. What the subject rules of quotes/subjects.py read a sentence with; no decision is made here.
"""

from __future__ import annotations

from quotes.clauses import (GLUED_ZU, RELATIVE_PRONOUNS, comma_between, last_comma_before,
                            wie_across_apposition)
from quotes.cues import cue_lemma
from quotes.lexicon import BODY_HEADS, NAME_PARTICLES, NOT_VERBS, PLACES, aux_forms, is_media_noun
from quotes.marks import CLOSING_MARKS
from quotes.mentions import (NPISH, PP_OPENERS, SUBJECT_RELS, mention_from_words, opens_wie_clause, surface_np,
                             title_after_preposition)
from quotes.names import role_head, sentence_name_flags
from quotes.speakers import PRONOUNS
from quotes.types import Mention, Sentence, Word


# adverbs right before a speech verb that the small tagger takes for verbs (`weiter betonte`)
_ADVERBS_TAKEN_FOR_VERBS = frozenset("weiter zudem außerdem ebenfalls erneut nochmals abschließend".split())


def subject_candidates(sent: Sentence, cue: Word) -> list[Word]:
    """Subjects of the cue, best first: a nominative pronoun (OVS order fools the parser:
    `Die Arbeit lobte er`), then nouns and names that are not inside a prepositional phrase."""
    heads = [cue]
    prev = sent.word(cue.index - 1)
    lemma = cue_lemma(sent, cue)
    if prev is not None and lemma.startswith(prev.text) and prev.text != lemma:
        heads.append(prev)  # `wie die Polizei bekannt gab`: the parser hangs the subject on the particle
    head = sent.word(cue.head) if cue.head else None
    if head is not None and cue.deprel == "aux" and head.text.islower() and lemma.startswith(head.text) \
            and head.text != lemma:
        heads.append(head)  # `X wies die Vorwürfe zurück` with the particle the root, the verb its auxiliary
    # `Wie Peskow weiter betonte` with `weiter` tagged a verb: the parser hangs the subject on the adverb
    heads += [c for c in sent.children(cue.index) if c.text.lower() in _ADVERBS_TAKEN_FOR_VERBS and c.start < cue.start]
    subs = [c for h in heads for c in sent.children(h.index) if c.deprel in SUBJECT_RELS]
    pron = [c for c in sent.children(cue.index)
            if c.upos == "PRON" and c.text.lower() in PRONOUNS and c.feat("Case") in (None, "Nom")]
    in_pp = lambda w: any(x.deprel == "case" for x in sent.children(w.index))
    # `X sagte, das Dekret sei …`: a noun after the cue and a comma belongs to the reported clause
    past_comma = lambda w: w.start > cue.start and comma_between(sent, cue.start, w.start)
    subs = [c for c in subs if c not in pron and not in_pp(c) and not past_comma(c) and could_be_nominative(sent, c)]
    # (not a comma closing the relative clause of a subject before it: `Der Mikrobiologe X, der nicht
    # beteiligt war, nannte die Ergebnisse „beeindruckend“`)
    last = sent.word(prev.index - 1) if prev is not None and prev.text == "," else None
    clause = last if last is None or last.deprel == "acl:relcl" or not last.head else sent.word(last.head)
    relative = clause is not None and clause.deprel == "acl:relcl" and any(c.start < clause.start for c in subs) \
        and any(x.text.lower() in RELATIVE_PRONOUNS and x.upos == "PRON" for x in sent.children(clause.index))
    if prev is not None and prev.text == "," and any(c.start > cue.start for c in subs) and not relative:
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


NO_SUBJECT_OPENERS = _OBLIQUE_STARTS | PP_OPENERS  # a sentence opening with one of these has no subject there


def after_preposition(sent: Sentence, m: Mention) -> bool:
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
    verb = sent.word(head.head) if head.head else None
    if first is not head and prev is not None and prev.text == "," and first.text.lower() in ("den", "dem", "denen") \
            and verb is not None and verb.deprel == "acl:relcl":
        # `ein Satz, den Generalsekretär Mark Rutte sagte: „…“`: the relative pronoun taken for the article
        return True
    return first.text.lower() not in _OBLIQUE_STARTS and not title_after_preposition(sent, first) and \
        not (prev is not None and not opens_clause and (
        prev.text.lower() in ("als", "wie") or prev.upos == "ADP" and prev.text.lower() not in ("laut", "gemäß")))


_FOCUS_PARTICLES = ("auch", "nur", "selbst", "sogar", "ebenfalls")  # `Auch die Ministerin äußerte …`


def opens_sentence(sent: Sentence, m: Mention | None) -> bool:
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
        (opening.upos != "ADP" and opening.text.lower() not in NO_SUBJECT_OPENERS
         or opening.start == m.start and m.kind == "name" and opening.text.lower() in NAME_PARTICLES) and \
        all(w.upos in NPISH or w.text in ("-", "–") for w in sent.words if opening.start <= w.start < m.start)


_OPENING_MARKS = ("„", "»", "«", '"')


def compound_with_title(text: str, sent: Sentence, m: Mention) -> Mention:
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


def title_before(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
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


def colon_between(sent: Sentence, a: Word, b: Word) -> bool:
    return any(w.text in (":", ";") for w in sent.words[a.index:b.index - 1])


def fronted_adverbial(sent: Sentence, clause_open: int, finite: Word) -> bool:
    """A prepositional phrase or one adverb fills the place before the finite verb (`Am Montag hat …`,
    `Später meldete sich …`, with a particle before the phrase: `Bereits im Frühjahr hatte …`): the
    subject follows that verb."""
    fronted = sent.words[clause_open:finite.index - 1]
    return bool(fronted) and not any(w.text in (",", "„", "“", "»", "«") for w in fronted) and \
        (fronted[0].upos == "ADP" or len(fronted) == 1 and fronted[0].upos == "ADV"
         or len(fronted) > 2 and fronted[0].upos == "ADV" and fronted[1].upos == "ADP")


def without_addressee(text: str, sent: Sentence, m: Mention) -> Mention:
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


def after_fronted_adverbial(text: str, sent: Sentence, clause_open: int, aux: Word,
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


def zu_infinitive(sent: Sentence, w: Word) -> bool:
    """`zu sagen`, `klarzustellen`: an infinitive with `zu` right before it or glued in (the
    tagger's VerbForm for the glued ones is unreliable: `klarzustellen` comes as a participle)."""
    prev = sent.word(w.index - 1)
    return prev is not None and prev.text.lower() == "zu" or bool(GLUED_ZU.fullmatch(w.text))


def nominative_before_ambiguous(text: str, opening: Mention, pronoun: Mention) -> bool:
    """`Der Hauptgeschäftsführer des BPI nannte sie „fahrlässig“`, `Das Weiße Haus nannte sie …`: `sie`/`es`
    after the verb may be the object; a person or body opening the sentence with an article that may be
    nominative is the subject (news fronts objects as phrases, rarely persons; not `Aktuell lässt sie …`)."""
    return pronoun.text.lower() in ("sie", "es") and \
        text[opening.start:opening.end].split()[0] in ("Der", "Die", "Das", "Ein", "Eine", "Kein", "Keine")


def wie_apposition_subject(text: str, sent: Sentence, pos: int, exclude: tuple[int, int]) -> Mention | None:
    """`…, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte`: the phrase right after `wie`,
    not the apposition next to the verb."""
    wie = wie_across_apposition(sent, pos) if pos >= 4 else None
    return surface_np(text, sent, wie + 1, 1, exclude) if wie is not None else None


def opening_with_apposition(text: str, sent: Sentence, k: int, exclude: tuple[int, int]) -> Mention | None:
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
    if len(head) > 8 or head[0].text.lower() in NO_SUBJECT_OPENERS or head[0].upos in ("ADP", "SCONJ", "PRON", "ADV") \
            or not all(w.upos in NPISH or w.text in "()-–" or w.upos == "ADP" and n > 0 for n, w in enumerate(head)):
        return None  # a preposition may stand inside the phrase (`Der Fraktionschef im Landtag, X,`)
    # `, der Dekan der Fakultät,` is an article and its noun; `, der … sagte,` a relative clause
    article = len(appo) > 1 and appo[1].upos in ("NOUN", "ADJ") and not any(w.upos == "VERB" for w in appo)
    if appo[0].text.lower() in ("wie", "als", "so") or appo[0].text.lower() in RELATIVE_PRONOUNS and not article \
            or appo[0].upos in ("ADP", "SCONJ") or any((w.feat("VerbForm") == "Fin" or w.upos == "AUX")
                                                       and w.text not in NOT_VERBS for w in appo):
        return None  # (`, selbst Biobauer,` with `selbst` tagged a verb is an apposition still)
    if any(exclude[0] <= w.start < exclude[1] for w in head):
        return None
    # `Der Direktor des BBC World Service, Peter Horrocks, …`: after a role the apposition is the person
    named = mention_from_words(text, sent, [w for w in appo if w.text not in "()"])
    if named is not None and named.kind == "name" and " " in named.text and any(role_head(w.text) for w in head):
        return named
    inner = next((n for n, w in enumerate(head) if w.upos == "ADP" and w.text not in NAME_PARTICLES), len(head))
    return mention_from_words(text, sent, head[:inner])  # `Die Regierungsparteien in Pakistan`: not Pakistan


FINITE_AUX = aux_forms(("haben", "sein", "werden"), ("present", "past"))


_EXAMPLE_MARKERS = ("darunter", "etwa", "beispielsweise", "insbesondere")


def before_example(text: str, sent: Sentence, m: Mention | None, exclude: tuple[int, int]) -> Mention | None:
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


def before_seat(sent: Sentence, k: int) -> int:
    """Where the noun phrase before word k ends once a body's seat after it is left out (`Die
    russische Botschaft in Berlin wies … zurück`: the embassy, not Berlin, stands before the verb)."""
    words = sent.words
    if k >= 3 and words[k].text in PLACES and words[k - 1].text.lower() in ("in", "aus") \
            and words[k - 2].upos == "NOUN" and words[k - 2].text.lower().endswith(BODY_HEADS):
        return k - 2
    return k


def before_relative_clause(text: str, sent: Sentence, pos: int, exclude: tuple[int, int]) -> Mention | None:
    """`Jimmy Carter, der als Wahlbeobachter im Land war, sagte …`: the subject stands before
    the relative clause that ends right before the verb."""
    words = sent.words
    if pos < 4 or words[pos - 1].text != ",":
        return None
    opening = last_comma_before(words, pos - 1)
    if opening is None or opening + 1 >= pos or words[opening + 1].text.lower() not in RELATIVE_PRONOUNS:
        return None
    return surface_np(text, sent, opening - 1, -1, exclude)
