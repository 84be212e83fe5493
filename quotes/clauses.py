"""German clause structure on the parse, with no notion of speech: subtrees, commas, relative
pronouns and subordinators, verb-second order, zu-infinitives and Konjunktiv forms. The small
parser is often wrong on long sentences, so most tests read the surface too.
"""

from __future__ import annotations

import re

from quotes.lexicon import NOT_VERBS, PLACES, STANCE_ADVERBS, T_STEM_VERBS, is_konjunktiv_form
from quotes.marks import ARTICLES
from quotes.morph import lemma_of
from quotes.spans import Spans, inside_any
from quotes.types import Sentence, Word


def is_subjunctive(w: Word, sent: Sentence | None = None) -> bool:
    """Konjunktiv from a closed list of forms, or a 3rd-person form stem+e (`erwarte`, `plane`):
    indicative would be `erwartet`, `plant`. `ich erwarte` is indicative, so a first-person
    subject rules it out."""
    if sent is None:
        return _is_subjunctive(w, None)
    return sent.recall(("subjunctive", w.start), lambda: _is_subjunctive(w, sent))


def _is_subjunctive(w: Word, sent: Sentence | None) -> bool:
    if w.text in NOT_VERBS or w.text.endswith("weise") and _WEISE_ADVERB.fullmatch(w.text):
        return False  # `notwendigerweise`, `inne` tagged a verb: no -e form of one
    if w.text.endswith("nde") and sent is not None and extended_attribute(sent, w):
        return False  # `Der für Manchester United stürmende Nationalspieler`: a participle, no Konjunktiv
    # the closed list of Konjunktiv forms holds even when the tagger misses the verb, and so does a
    # lower-case -e form whose lemma the lemmatizer knows as a verb (`sein Land plane …` tagged ADV)
    # (not an adjective on the noun right after it: `ihre achte Reise` with `achte` read as `achten`)
    verb_lemma = w.text.islower() and w.lemma.endswith(("en", "eln", "ern")) and w.text in _e_forms(w.lemma) and \
        not (sent is not None and _attributive(sent, w))
    if _ieren_form(w, sent):
        return True  # `Der Zugriff funktioniere weiterhin` with `funktioniere` tagged an adjective
    if w.upos not in ("VERB", "AUX") and not (w.text.islower() and is_konjunktiv_form(w.text)) and not verb_lemma:
        return sent is not None and _verb_slot_e_form(sent, w)
    return _subjunctive_verb(w, sent)


def extended_attribute(sent: Sentence, w: Word, openers: tuple[str, ...] = ()) -> bool:
    """An article, a preposition (one of `openers`, any if none given) and its words, then w with an
    adjective's ending before a capitalised noun: the participle closing an extended attribute, whatever
    the tag (`Der als Roma-König bekannte Kiril Raschkow`, `Der für Manchester United stürmende
    Nationalspieler`)."""
    nxt = sent.word(w.index + 1)
    if nxt is None or not nxt.text[:1].isupper() or not w.text.endswith(("e", "en", "er", "es")):
        return False
    words = sent.words[max(0, w.index - 6):w.index - 1]
    k = next((i for i in range(len(words) - 1, 0, -1)
              if (words[i].text in openers if openers else words[i].upos == "ADP" and words[i].text.islower())), None)
    if k is None or words[k - 1].upos != "DET" or k < len(words) - 4:
        return False
    # (any preposition: only after an article, with no verb or comma before w)
    return bool(openers) or "PronType=Art" in words[k - 1].feats and \
        not any(x.upos in ("VERB", "AUX") or x.text == "," for x in words[k + 1:])


# adverbs in -weise (`möglicherweise`, `ausnahmsweise`, `teilweise`), not verbs of `weisen` (`überweise`,
# `verweise`, `ausweise`, `beweise`)
_WEISE_ADVERB = re.compile(r"[a-zäöüß]{3,}(?<!v)erweise|[a-zäöüß]{3,}sweise|"
                           r"(?:teil|schritt|stück|zeit|probe|paar|gruppen|leih|wahl|ansatz|massen)weise")


def _e_forms(lemma: str) -> tuple[str, ...]:
    """The 3rd person's Konjunktiv I forms of a verb in -en (`plane`), -eln (`sammle`, `sammele`) or
    -ern (`fordere`)."""
    if lemma.endswith("eln"):
        return lemma[:-3] + "le", lemma[:-1] + "e"
    if lemma.endswith("ern"):
        return (lemma[:-1] + "e",)
    return (lemma[:-2] + "e",)


def _attributive(sent: Sentence, w: Word) -> bool:
    """An adjective between an article and its noun (`ihre achte Reise`; not `und frage Corbyn`, which
    the tagger reads the same)."""
    prev, nxt = sent.word(w.index - 1), sent.word(w.index + 1)
    return w.upos == "ADJ" and w.deprel == "amod" and nxt is not None and w.head == nxt.index and \
        nxt.upos == "NOUN" and prev is not None and prev.upos == "DET"


def _ieren_form(w: Word, sent: Sentence | None) -> bool:
    """A lower-case word in -iere is a form of an -ieren verb (`funktioniere`, `kritisiere`): the third
    person's indicative is -iert, so it is Konjunktiv I unless `ich` is its subject."""
    if not (w.text.endswith("iere") and len(w.text) > 6 and w.text.islower()) or sent is None:
        return False
    return not any(x.text.lower() == "ich" for x in sent.words[max(0, w.index - 4):w.index + 2])


def _verb_slot_e_form(sent: Sentence, w: Word) -> bool:
    """`…, man rechne nicht mit …` with `rechne` tagged as an adverb: a lower-case -e form right
    after `, man/er/sie/es` stands where the finite verb goes, and -e there is Konjunktiv I."""
    form = w.text
    if not (form.endswith("e") and len(form) > 3 and form.islower()) or w.upos in ("CCONJ", "SCONJ"):
        return False  # most words: asked for every word of every sentence (a conjunction: `sowie`)
    prev, before = sent.word(w.index - 1), sent.word(w.index - 2)
    # -te as in `man beobachte` (stem in t) only after `man` and when the lemmatizer does not know
    # the word, or when the verb is known to have its stem in t: preterites look the same (`sagte`;
    # `…, er beherrschte das Spiel`)
    t_stem = form.endswith("te") and form + "n" in T_STEM_VERBS  # `arbeite`, `beobachte`
    te_ok = not form.endswith("te") or t_stem or w.lemma == form and not form.endswith("tete") and \
        prev is not None and prev.text.lower() == "man"
    if not (form.islower() and form.endswith("e") and len(form) > 3 and te_ok and form not in NOT_VERBS and prev is not None):
        return False
    if prev.text.lower() in ("man", "er", "sie", "es") and before is not None and before.text == ",":
        return True
    if _opens_sentence(sent, prev, before):
        return True
    # `…, der Westen betreibe Propaganda`: after a comma, an article and a noun, the verb slot; an
    # adjective cannot stand between a noun and what follows it (-te is left out: preterites)
    # (or a bare name: `…, Nordkorea besitze vier Atomwaffen`)
    if (not form.endswith("te") or t_stem) and prev.upos in ("NOUN", "PROPN") and prev.text[:1].isupper() and \
            before is not None and (before.text == "," or _phrase_after_comma(sent, before)):
        return True
    # `Kuleba mahnte: Jeder Tag ohne Flugabwehr koste Menschenleben` (tagged a preposition): after the
    # one phrase opening the sentence or the clause after a colon, if it ends in a noun, the verb's slot
    return (not form.endswith("te") or t_stem) and prev.upos in ("NOUN", "PROPN") and prev.text[:1].isupper() and \
        w.upos not in ("DET", "PRON", "ADV", "ADJ") and _after_one_phrase(sent, w)


def _phrase_after_comma(sent: Sentence, last: Word) -> bool:
    """An article, then lower-case adjectives up to `last`, right after a comma (`…, eine solche
    Pause`, `…, die russische Armee`)."""
    k = last.index
    while k > 1 and sent.words[k - 1].upos == "ADJ" and sent.words[k - 1].text.islower():
        k -= 1
    article = sent.words[k - 1].upos == "DET" or sent.words[k - 1].text.lower() in ("der", "die", "das")  # (`die` as PRON)
    return k > 1 and article and sent.words[k - 2].text == ","


def _opens_sentence(sent: Sentence, prev: Word, before: Word | None) -> bool:
    """`Das ändere nichts.`, `Die Reise ändere nichts.` with `ändere` tagged a determiner: the -e form
    right after the sentence's subject pronoun or article and noun stands in the verb's second place,
    unless a noun or verb follows it (`Das andere Problem`, `Das andere ist …`)."""
    nxt = sent.word(prev.index + 2)
    # (an adverb in -lich the tagger calls a verb blocks nothing: `Sein Programm diene ausschließlich …`)
    adverb = nxt is not None and nxt.text.islower() and nxt.text.endswith(("lich", "weise"))
    # (a lower-case word is no noun, whatever the tagger says: `Die Brigade diene allein der Abschreckung`)
    if nxt is not None and not adverb and (nxt.upos in ("VERB", "AUX") or nxt.text[:1].isupper()):
        return False
    if _clause_opens_at(sent, prev):
        # (or a bare name: `Russland suche nur einen Vorwand` with both words tagged adverbs)
        return prev.text.lower() in ("er", "sie", "es", "man", "das", "dies") or \
            prev.text[:1].isupper() and (prev.upos == "PROPN" or prev.text in PLACES)
    return prev.upos == "NOUN" and before is not None and before.upos == "DET" and _clause_opens_at(sent, before)


def _clause_opens_at(sent: Sentence, w: Word) -> bool:
    """w opens the sentence or the clause after a colon (`Peskow sagte: Die Reise ändere nichts`)."""
    return w.index == 1 or sent.words[w.index - 2].text in (":", "„", "»")


_AUXILIARY_LEMMAS = frozenset("haben sein werden können müssen sollen wollen dürfen mögen lassen".split())


def _after_one_phrase(sent: Sentence, w: Word) -> bool:
    """`Vor allem die Industrie leide unter …`: the verb right after one opening phrase of a few words
    (nouns and their articles, a preposition; no verb, pronoun or comma), the slot of a main clause's
    finite verb; after a colon the clause opens there (`X widersprach: Ohne Reformen verpuffe …`)."""
    before = [x for x in sent.words if x.index < w.index]
    colon = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == ":"), None)
    before = before[colon + 1:] if colon is not None else before
    return 2 <= len(before) <= 6 and any(x.upos in ("NOUN", "PROPN") for x in before) and \
        all(x.upos in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV") for x in before)


def _subjunctive_verb(w: Word, sent: Sentence | None) -> bool:
    form, lemma = w.text.lower(), lemma_of(w.text, w.lemma)
    # an auxiliary's subject hangs on its verb (`Ich habe das nicht gewusst`)
    owners = (w.index, w.head) if w.deprel.startswith("aux") and w.head else (w.index,)
    first_person = sent is not None and any(
        c.text.lower() in ("ich", "wir") and c.deprel.startswith("nsubj") for o in owners for c in sent.children(o))
    if is_konjunktiv_form(form):
        return not (first_person and form in ("habe", "werde", "gebe", "komme", "stehe", "liege", "bleibe",
                                              "gehe", "brauche", "lasse", "sehe", "halte", "tue"))
    if form.endswith("te") and form + "n" in T_STEM_VERBS and lemma != form + "n" \
            and (w.deprel != "aux" or w.upos == "AUX" and lemma not in _AUXILIARY_LEMMAS) \
            and w.feat("VerbForm") != "Inf" and not first_person:
        # a verb with its stem in t that the lemmatizer read as another verb's preterite
        # (`die Stationierung richte sich …` as `richen`): the preterite would be `richtete`
        return True
    if lemma.endswith("en") and form == lemma[:-2] + "e" and w.feat("VerbForm") != "Inf" and not first_person:
        # an -e form the parser hung as a complement is still finite when it has a subject of its own
        # (`…, Russland bedrohe niemanden` with `niemanden` taken for a verb)
        own_subject = w.deprel == "xcomp" and sent is not None and \
            any(c.deprel.startswith("nsubj") for c in sent.children(w.index))
        # (a full verb the parser hung as an auxiliary is no auxiliary: `…, die Entdeckung werfe …`)
        aux = w.deprel == "aux" and lemma in _AUXILIARY_LEMMAS
        return (w.deprel != "xcomp" and not aux or own_subject) and form not in ("werde",)
    if lemma.endswith(("eln", "ern")) and form in (lemma[:-1] + "e", lemma[:-3] + lemma[-2] + "e") and not first_person:
        return True  # `es handle sich um …`, `handele`, `ändere`
    # (a verb's lemma ends in -n: `verlang` for `verlängere` is a lemmatizer's guess, as good as none;
    # `ganz` for `ganze` reads an adjective, unless the tagger has a verb: `Der Treibstoff reiche …`)
    unknown = lemma == form or not lemma.endswith("n") and (form != lemma + "e" or w.upos == "VERB" and sent is not None
                                                             and _verb_not_adjective(sent, w))
    # (three letters are no verb's stem and -e: `the` in a post in English)
    if unknown and form.isalpha() and len(form) > 3 and form.endswith("e") and form not in NOT_VERBS and sent is not None \
            and not first_person and (not form.endswith("te") or _verb_slot_e_form(sent, w)):
        # the lemmatizer did not know the verb: a third-person subject with an -e form is Konjunktiv I
        # (`Das hänge … ab`: a demonstrative subject is often tagged DET); with no subject in the
        # parse, the root of a verb-second main clause (`Dazu gehöre unter anderem …`)
        near = [sent.word(w.index + d) for d in (-1, 1, 2)]
        return any(c.deprel.startswith("nsubj") and c.upos in ("NOUN", "PROPN", "PRON", "DET") for c in sent.children(w.index)) \
            or w.deprel in ("root", "ccomp") and w.upos == "VERB" and w.text.islower() \
            and (2 <= w.index <= 4 or _after_one_phrase(sent, w)) \
            and not any(x is not None and x.text.lower() in ("ich", "wir", "du", "ihr") for x in near)
    # the tagger's Mood=Sub is only trusted on a form that cannot be past indicative
    return w.feat("Mood") == "Sub" and not form.endswith("te")


def _verb_not_adjective(sent: Sentence, w: Word) -> bool:
    """An -e form tagged a verb whose lemma is an adjective's (`reich` for `reiche`) is a verb when
    no article stands before it and no copula hangs on it (`Ist das ganze …?` is an adjective)."""
    prev = sent.word(w.index - 1)
    return (prev is None or prev.upos != "DET") and not any(c.deprel == "cop" for c in sent.children(w.index))


def subtree(sent: Sentence, index: int) -> list[Word]:
    out, stack = [], [index]
    seen = set()
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        w = sent.word(i)
        if w is not None:
            out.append(w)
        stack.extend(c.index for c in sent.children(i))
    return sorted(out, key=lambda w: w.index)


def finite_form(w: Word) -> bool:
    """The tagger marks the word finite: `VerbForm=Fin`, or a mood (which only finite forms have)."""
    return w.feat("VerbForm") == "Fin" or bool(w.feat("Mood"))


def untagged_verb(w: Word) -> bool:
    """A verb the tagger missed still has a verb's lemma: a lower-case inflected form of a lemma in -en
    (`blieb` tagged an adverb, lemma `bleiben`), not a noun, adjective or article."""
    return w.text.islower() and w.lemma.endswith("en") and w.lemma != w.text \
        and w.upos not in ("NOUN", "ADJ", "DET", "PRON")


def strip_punct(words: list[Word]) -> list[Word]:
    # (a word the tagger called PUNCT is still a word: `stärker denn je`)
    while words and words[0].upos == "PUNCT" and not words[0].text[:1].isalnum():
        words = words[1:]
    while words and words[-1].upos == "PUNCT" and words[-1].text not in ".!?" and not words[-1].text[:1].isalnum():
        words = words[:-1]
    return words


def has_finite_subjunctive(words: list[Word], sent: Sentence) -> bool:
    return any(is_subjunctive(w, sent) for w in words)


def relative_opening(words: list[Word]) -> bool:
    """`die …`, `für die …`: a relative pronoun (not an article before its noun) opens the clause."""
    i = 1 if words and words[0].upos == "ADP" else 0
    return len(words) > i + 1 and words[i].text.lower() in RELATIVE_PRONOUNS and \
        words[i + 1].upos not in ("NOUN", "ADJ", "PROPN", "NUM")


def perfect_infinitive(words: list[Word]) -> bool:
    """`… geplant haben`, `… getötet worden sein`: a participle before a final haben/sein."""
    low = [w.text.lower() for w in words]
    # a participle ends in -t or -en whatever the tag says (`fertig sein` is a state: a plan)
    # (the clause may go on after a comma: `… eingeschleust haben, indem er …`)
    return any(a in ("haben", "sein") and i > 0 and low[i - 1].endswith(("t", "en")) and (
        words[i - 1].feat("VerbForm") == "Part" or low[i - 1] in ("worden", "gewesen") or
        words[i - 1].upos == "VERB" and (i == len(low) - 2 or low[i + 1] == ",")) for i, a in enumerate(low))


CLAUSE_MARKS = ("dass", "ob", "wie", "wann", "warum", "weshalb", "wer", "was", "wo")


SUBORDINATORS = ("während", "da", "weil", "wenn", "als", "nachdem", "obwohl", "bevor", "seit", "seitdem", "sobald",
                  "falls", "damit", "indem", "solange", "sodass")


RELATIVE_PRONOUNS = ("der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "welchen")


# words that open a clause with its finite verb last (`wie die Agentur gestern berichtete`)
VERB_FINAL_OPENERS = frozenset(CLAUSE_MARKS + SUBORDINATORS)


# `um den Weg freizumachen`, `nachdem er nicht mehr zu sehen war`: a purpose or a time, not what was said
NOT_REPORTED_ZU = ("um", "ohne", "statt", "anstatt", "nachdem", "weil", "wenn", "obwohl", "bevor", "falls", "sobald")


GLUED_ZU = re.compile(r"[a-zäöü]{2,}zu[a-zäöü]{3,}(en|ern|eln)")  # niederzulegen, stattzugeben


def has_zu_infinitive(words: list[Word]) -> bool:
    """`zu` and a verb (past an opening mark: `das Treffen zu „politisieren“`), or `zu` glued into one."""
    low = [w.text.lower() for w in words]
    after_zu = lambda i: words[i + 2] if words[i + 1].text in _OPENING and i + 2 < len(words) else words[i + 1]  # noqa: E731
    return any(a == "zu" and after_zu(i).upos in ("VERB", "AUX") for i, a in enumerate(low[:-1])) or \
        any(w.upos == "VERB" and w.feat("VerbForm") in (None, "Inf") and GLUED_ZU.fullmatch(w.text) for w in words)


_OPENING = frozenset('„"»«‚\'')


DEPENDENT_OPENERS = ("da", "weil", "wenn", "obwohl", "sodass", "damit", "um", "falls", "zumal", "indem")


FRONTED_CLAUSE_OPENERS = SUBORDINATORS + ("um", "ohne", "statt", "anstatt")  # `Um … zu begegnen, müsse …`
# a conditional clause opening with its finite verb (`Sollte Brüssel nicht einlenken, …`)
CONDITIONAL_OPENERS = frozenset("sollte sollten hätte hätten wäre wären würde würden käme kämen gäbe".split())


# third-person Konjunktiv I forms no other mood shares
_KONJUNKTIV_I = frozenset("werde sei seien habe könne müsse dürfe wolle solle möge".split())


def verb_second(words: list[Word], verbs: list[Word]) -> bool:
    """On the surface, one of the verbs is the finite verb of a main clause opening the sentence:
    inside its first clause, not at the clause's end, and the sentence opens with no subordinator
    (the parse of long sentences is often too broken to tell)."""
    first = _first_clause(words)
    if first and first[0].text.lower() in FRONTED_CLAUSE_OPENERS and len(first) + 1 < len(words) \
            and words[len(first)].text == ",":
        # `Um dem Trend zu begegnen, müsse die CDU …`: after a fronted subordinate clause the main
        # clause's finite verb comes right after its comma (not after a conditional opening with
        # its verb: `Sollte es zum Krieg kommen, würde …` is as often a hypothetical as a report)
        return words[len(first) + 1] in verbs
    after = konjunktiv_after_fronted_clause(words)
    if after is not None:
        return after in verbs
    if _after_apposition(words, first, verbs):
        return True  # (a noun phrase alone opens no relative clause: `Der` is its article)
    if not first or subordinate_opening(first):
        return False
    if len(first) == 3 and first[1] in verbs and first[0].upos in ("NOUN", "PROPN", "PRON") and \
            first[2].upos not in ("VERB", "AUX"):
        return True  # `Trump habe recht, dass …`: a three-word clause, its verb second
    k = next((k for k, x in enumerate(first) if x.upos not in ("DET", "ADJ", "NUM")), len(first))
    if 0 < k < len(first) - 2 and first[k].upos in ("NOUN", "PROPN") and first[k + 1] in verbs:
        return True  # `Viele Rentner wüssten nicht, wie …`: the verb right after an opening noun phrase
    listed = next((k for k, x in enumerate(first) if x in verbs or x.upos not in _NOMINAL
                   and x.text not in (",", "und", "oder", "sowie")), len(first))
    if 2 < listed < len(first) and first[listed] in verbs and any(x.text in ("und", "oder", "sowie") for x in first[:listed]):
        return True  # `Präsident Putin, Russland und Iran trügen Verantwortung`: after a list of subjects
    return any(x in first[1:-2] for x in verbs)


def _first_clause(words: list[Word]) -> list[Word]:
    """The words before the first comma, semicolon or colon that does not join a list."""
    return words[:next((k for k, x in enumerate(words) if x.text in ",;:" and not _listing_comma(words, k)), len(words))]


def konjunktiv_after_fronted_clause(words: list[Word]) -> Word | None:
    """`Sollte Iran erneut angreifen, werde Israel reagieren`, `Wenn …, werde …`: the Konjunktiv I right
    after the comma closing a fronted conditional or subordinate clause, the main clause's finite verb —
    reported, not hypothetical (`…, würde …` stays open)."""
    first = _first_clause(words)
    opener = first[0].text.lower() if first else ""
    if (opener in CONDITIONAL_OPENERS or opener in FRONTED_CLAUSE_OPENERS) and len(first) + 1 < len(words) \
            and words[len(first)].text == "," and words[len(first) + 1].text.lower() in _KONJUNKTIV_I:
        return words[len(first) + 1]
    return None


_NOMINAL = ("DET", "ADJ", "NUM", "NOUN", "PROPN")


def _listing_comma(words: list[Word], k: int) -> bool:
    """The comma at k joins nouns of a list that `und`/`oder` closes (`in Schienen, Brücken und Schulen`),
    inside one clause."""
    if words[k].text != "," or k == 0 or words[k - 1].upos not in ("NOUN", "PROPN"):
        return False
    j = k + 1
    while j < len(words) and (words[j].upos in _NOMINAL or words[j].text == ","):
        j += 1
    return j > k + 1 and j + 1 < len(words) and words[j].text in ("und", "oder", "sowie") and words[j + 1].upos in _NOMINAL


def _after_apposition(words: list[Word], first: list[Word], verbs: list[Word]) -> bool:
    """`Der Tatverdächtige, ein 25-jähriger Afghane, sei in Haft`: an opening noun phrase, a noun phrase
    (or a relative clause) set off by commas after it, then the verb."""
    if not first or not all(x.upos in _NOMINAL for x in first) or first[-1].upos not in ("NOUN", "PROPN"):
        return False
    close = next((k for k in range(len(first) + 1, len(words)) if words[k].text in ",;:"), None)
    between = words[len(first) + 1:close] if close is not None else []
    # (or a relative clause, its verb last: `Die Zeiten, in denen Europa Trittbrett fahren konnte, seien vorbei`)
    pronoun = between[1] if len(between) > 1 and between[0].upos == "ADP" else between[0] if between else None
    relative = len(between) >= 3 and between[-1].upos in ("VERB", "AUX") and pronoun is not None \
        and pronoun.text.lower() in RELATIVE_PRONOUNS + ("denen",)
    return bool(between) and (relative or all(x.upos in _NOMINAL or x.text in ("-", "–") for x in between)) \
        and close + 1 < len(words) and words[close + 1] in verbs


def subordinate_opening(words: list[Word]) -> bool:
    """The clause opens with a subordinator, a w-word, `und/oder` or a relative pronoun (`der`
    before a noun is an article)."""
    first = words[0].text.lower()
    return first in SUBORDINATORS + CLAUSE_MARKS + ("und", "oder") or \
        first in RELATIVE_PRONOUNS and not article_before_noun(words) and not _demonstrative(words)


def _demonstrative(words: list[Word]) -> bool:
    """`Das sei „unehrlich“`, `…, das sei falsch`: a pronoun right before a finite verb, with more of
    the clause after it, is a demonstrative (a relative clause puts its verb last)."""
    # (`der sagte, dass …` is a relative clause of two words before its own clause)
    return len(words) >= 3 and words[1].text.islower() and words[1].upos in ("VERB", "AUX") and finite_form(words[1]) \
        and words[2].text not in ",;:.!?"


_PAST_MODALS = ("wollte", "wollten", "sollte", "sollten")


def past_modal_second(words: list[Word]) -> bool:
    """`Blinken sagte, die USA wollten die Ukraine weiter unterstützen`: a modal whose past form is also
    its Konjunktiv II, as the second phrase of a clause after a speech verb, reports."""
    if len(words) < 4 or subordinate_opening(words):
        return False
    return any(w.text.lower() in _PAST_MODALS for w in words[1:4]) and words[-1].text.lower() not in _PAST_MODALS


def article_before_noun(words: list[Word]) -> bool:
    """`die Ankündigung, der Iran werde …`: `der` opening the clause is an article, not a relative pronoun
    (`Den Erfordernissen sei das Team nicht gewachsen`)."""
    if len(words) <= 2 or words[0].text.lower() not in ("der", "die", "das", "dem", "den"):
        return False
    # `die tunesischen Gesetze`: an adjective may stand between the article and its noun
    noun = words[2] if words[1].upos == "ADJ" and words[1].text.islower() and len(words) > 3 else words[1]
    return noun.upos in ("NOUN", "PROPN", "ADJ") and noun.text[:1].isupper()


def comma_between(sent: Sentence, a: int, b: int) -> bool:
    """A comma stands strictly between character offsets a and b (in either order): the two
    words are in different clauses, whatever the parser attached."""
    lo, hi = min(a, b), max(a, b)
    return any(lo < x < hi for x in sent.comma_offsets)


def last_comma_before(words: list[Word], i: int, quoted: Spans | None = None) -> int | None:
    """Index of the last comma among words[:i], if any (outside the `quoted` spans, if given: a comma
    inside marks is the quotation's)."""
    return max((k for k in range(i) if words[k].text == ","
                and (quoted is None or not inside_any(words[k].start, words[k].end, quoted))), default=None)


def wie_boundary(w: Word) -> bool:
    return w.text in (",", ";", ":") or w.text.lower() == "wie"


def wie_across_apposition(sent: Sentence, i: int, words_after: bool = False) -> int | None:
    """The position of `wie` when the comma before word i closes an apposition right after `wie X`
    (`…, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte`); `words_after`: words may stand
    between that comma and word i (`Wie Steve Marshall, Sprecher der UN-Büros, in Bangkok mitteilte`)."""
    words = sent.words
    comma = next((m for m in range(i - 1, -1, -1) if wie_boundary(words[m])), None) if words_after else i - 1
    if comma is None or comma < 1 or words[comma].text != ",":
        return None
    marks = [m for m in range(comma - 1, -1, -1) if wie_boundary(words[m])][:2]
    return marks[1] if len(marks) == 2 and words[marks[0]].text == "," and words[marks[1]].text.lower() == "wie" \
        else None


def opens_relative_clause(sent: Sentence, w: Word) -> bool:
    """`…, das …`, `…, von denen …`: a relative pronoun tagged as one, or a preposition before one."""
    nxt = sent.word(w.index + 1)
    return w.text.lower() in RELATIVE_PRONOUNS and w.upos == "PRON" or \
        w.upos == "ADP" and nxt is not None and nxt.text.lower() in RELATIVE_PRONOUNS


_SUBJECT_PRONOUNS = frozenset("er sie es man wir ich du ihr".split())


def adverb_then_verb(words: list[Word]) -> bool:
    """`gab an, vermutlich halten sich zwei Verdächtige in der Maschine auf`: an adverb of stance or
    of the present and a lower-case finite verb right after it (not a preterite in -te), whatever the
    tagger made of them: the shape of a main clause."""
    if len(words) < 4 or words[0].text not in STANCE_ADVERBS:
        return False
    verb = words[1]
    return verb.text.isalpha() and verb.text.islower() and not verb.text.endswith("te") and \
        (finite_form(verb) or verb.upos in ("VERB", "AUX"))


def subject_then_verb(words: list[Word]) -> bool:
    """`sagte, Sanktionen schadeten Europa mehr als Russland` with the verb tagged an adjective: a
    subject (pronoun, name or noun, with its article and adjectives) and a lower-case verb form
    right after it, the shape of a main clause."""
    k = 1 if words[0].upos == "DET" or words[0].text.lower() in ARTICLES else 0
    while k and k < len(words) - 1 and words[k].upos == "ADJ" and words[k].text.islower():
        k += 1  # (adjectives only after an article: a word the tagger calls ADJ may be the verb)
    if k >= len(words) - 1:
        return False
    subject, verb = words[k], words[k + 1]
    if not (subject.upos in ("NOUN", "PROPN") and subject.text[:1].isupper() or
            k == 0 and subject.text.lower() in _SUBJECT_PRONOUNS):
        return False
    # (a singular preterite narrates: `…, sie schaffte den zweiten Platz`)
    return verb.text.isalpha() and verb.text.islower() and not verb.text.endswith("te") and \
        (finite_form(verb) or verb.upos in ("VERB", "AUX") or verb.upos == "ADJ" and verb.text.endswith(("t", "en")))


def verb_after_noun(prev: Word, w: Word) -> bool:
    """A lower-case `adjective` right after a noun is a verb the tagger missed (`des Weißen Hauses
    telefonierte Biden`): no adjective follows its noun, save one opening a genitive plural
    (`Verband kommunaler Unternehmen`, `nach Ansicht vieler Experten`)."""
    return w.upos == "ADJ" and w.text.islower() and not w.text.endswith("er") and prev.upos in ("NOUN", "PROPN")


def in_ob_clause(words: list[Word], verb: Word) -> bool:
    """The verb stands in a clause opened by `ob` (between commas): an indirect question."""
    if verb not in words:
        return False
    at = words.index(verb)
    k = at
    while k > 0 and words[k - 1].text != ",":
        k -= 1
    return words[k].text.lower() == "ob" and at > k
