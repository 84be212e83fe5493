"""Whether a name is the subject of its sentence, on the parse and, where the small parser fails,
on the surface: apposition to a subject role, verb second, a copula's topic, after a reflexive or a
fronted object. The article's persons (quotes/speakers.py) record where each was named as subject.
"""

from __future__ import annotations

from quotes.clauses import FRONTED_CLAUSE_OPENERS, finite_form, untagged_verb
from quotes.cues import STRONG_FINITE, is_cue
from quotes.lexicon import ACTOR_SURNAMES, FIRST_NAMES, NOT_VERBS, REACTION_NOUNS
from quotes.names import role_head
from quotes.types import Sentence, Word


def is_subject(sent: Sentence, run: list[Word]) -> bool:
    """The name is the subject, or in apposition to it (`Kremlsprecher Dmitri Peskow sagte`)."""
    for w in run:
        if w.deprel.startswith("nsubj") and not _subject_before(sent, run, w):
            return True
        head = sent.word(w.head)
        if head is not None and head.deprel == "conj" and w.deprel in ("appos", "flat", "flat:name") \
                and role_head(head.text):
            # `Der Bauunternehmer und CDU-Abgeordnete Thomas Bareiß widersprach`: two offices, one person
            first = sent.word(head.head)
            head = first if first is not None and first.deprel.startswith("nsubj") else head
        if head is not None and head.deprel in ("appos", "flat", "flat:name") and w.deprel in ("appos", "flat", "flat:name"):
            # `Auch Österreichs Innenminister Gerhard Karner zeigte sich …` with the place's genitive taken
            # for the subject and the office and the name hung on it in turn
            head = sent.word(head.head) or head
        if head is not None and head.deprel.startswith("nsubj") and w.deprel in ("appos", "flat", "flat:name"):
            return True
        if head is not None and head.deprel.startswith("nsubj") and w.deprel == "nmod" and w.index == head.index + 1 \
                and w.feat("Case") != "Gen" and not w.text.endswith("s"):
            return True  # `Der ukrainische Präsident Selenskyj ging …` with the name hung as a modifier
    role = sent.word(run[0].index - 1)
    if role is not None and role.deprel.startswith("nsubj") and role_head(role.text) and not _subject_before(sent, [role], role):
        return True  # `hat Finanzminister Christian Lindner … abgelehnt` with the name hung elsewhere
    if object_after_reflexive(sent, run) or _set_off_after_subject_role(sent, run):
        return True
    # `Hubert Primus, der bei der Stiftung arbeitet, wies …`: a name opening the sentence before a
    # relative clause is the main clause's subject
    comma, rel = sent.word(run[-1].index + 1), sent.word(run[-1].index + 2)
    if run[0].index <= 3 and comma is not None and comma.text == "," and rel is not None and \
            rel.text in ("der", "die", "welcher", "welche") and \
            all(w.upos in ("DET", "NOUN", "PROPN", "ADJ") for w in sent.words[:run[0].index - 1]):
        return True
    # `Russlands Chefunterhändler ist Vize-Außenminister Alexander Gruschko.`, `Nachfolger wird der Heereschef
    # Olexander Syrskyj.`: the person a copula sentence identifies is as much its topic as the subject
    last = sent.word(run[-1].index + 1)
    lead = sent.words[max(0, run[0].index - 7):run[0].index - 1]  # the words before the name
    if (last is None or last.text in (".", "!", ";")) and any(x.text.lower() in _COPULAS for x in lead) and \
            not any(x.text in ",;:" for x in lead):
        return True
    if fronted_object_before(sent, run) or _after_reflexive(sent, run) or _after_verb_without_subject(sent, run) \
            or after_fronted_clause(sent, run) or _source_of_reaction(sent, run):
        return True
    if run[0].index == 1 and last is not None and last.text == ":":
        return True  # `Baerbock: „Die Ukraine verteidigt auch unsere Freiheit“`: the one speaking
    if run[0].index == 1 and labelled_with_phrase(sent, run):
        return True  # `Merz im Interview: „…“`, `Baerbock in Kiew: „…“`: so too with where it was said
    if before_untagged_verb(sent, run, last) or _opening_without_subject(sent, run, last) or _presented(sent, run, last):
        return True
    # `Der Bürgermeister der Gemeinde, Heiner Falldorf, schätzt …`: an apposition set off by commas
    # right before the finite verb of a sentence's first clause, whatever the parser attached
    after = run[-1].index + 1
    if sent.word(after) is not None and sent.word(after).text == "(":
        # `Michael Kretschmer (CDU), verlangte …`: the party in brackets belongs to the name
        close = next((w.index for w in sent.words[after:after + 5] if w.text == ")"), None)
        after = close + 1 if close is not None else after
    prev, nxt, verb = (sent.word(run[0].index - 1), sent.word(after), sent.word(after + 1))
    # (the tagger may miss the verb: `rief` as an adverb; a lower-case inflected form of a verb lemma)
    finite = verb is not None and (verb.upos in ("VERB", "AUX") and bool(verb.feat("Mood")) or untagged_verb(verb))
    return prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and finite and \
        not any(w.text in ",;:" or w.upos in ("VERB", "AUX") for w in sent.words[:prev.index - 1])


_COPULAS = frozenset("ist war wird wurde bleibt blieb".split())


def _presented(sent: Sentence, run: list[Word], last: Word | None) -> bool:
    """`Christian G., Münchener Rechtsanwalt.`: a short sentence with no verb that opens with the name
    (and what the person is) presents the one the story goes on about, as a subject would."""
    return run[0].index == 1 and last is not None and last.text in (",", ".") and len(sent.words) <= 10 and \
        sent.words[-1].text == "." and not any(w.upos in ("VERB", "AUX") for w in sent.words)


def before_untagged_verb(sent: Sentence, run: list[Word], nxt: Word | None) -> bool:
    """`Der ukrainische Präsident Wolodymyr Selenskyj dankte dem Kanzler.` with `dankte` tagged a
    preposition: in a sentence the tagger found no finite verb in, a name closing the sentence's opening
    noun phrase right before a lower-case word shaped like a finite verb is the subject."""
    if nxt is None or not nxt.text.isalpha() or not nxt.text.islower() or nxt.text in NOT_VERBS \
            or not (nxt.text.endswith(("te", "ten", "t")) or nxt.text in STRONG_FINITE) \
            or any(w.upos in ("VERB", "AUX") and finite_form(w) for w in sent.words):
        return False
    return all(w.upos in ("DET", "ADJ", "NOUN", "PROPN") for w in sent.words[:run[0].index - 1])


def _opening_without_subject(sent: Sentence, run: list[Word], nxt: Word | None) -> bool:
    """`Kremlsprecher Peskow hat Forderungen zurückgewiesen.` parsed with no subject at all: a name
    closing the sentence's opening noun phrase right before the finite verb (verb second) is it."""
    if nxt is None or nxt.upos not in ("VERB", "AUX") or not finite_form(nxt):
        return False
    if run[0].index == 1 and _name_opening(sent):
        return True  # `Xi warnte Biden …` with `Xi` tagged a symbol and `Biden` the subject: verb second
    # (a subject the parser found inside the phrase itself is the phrase's: `Leverkusens Coach Erik ten Hag
    # war zufrieden` with the genitive as the subject)
    return not any(w.deprel.startswith(("nsubj", "csubj")) and w.index >= run[0].index for w in sent.words) and \
        all(w.upos in ("DET", "ADJ", "NOUN", "PROPN") for w in sent.words[:run[0].index - 1])


def _name_opening(sent: Sentence) -> bool:
    """The sentence opens with a name right before its finite verb (`Xi warnte Biden`, `Merz kritisierte
    Scholz`): that name is the subject, a name after the verb its object."""
    first, verb = sent.word(1), sent.word(2)
    return first is not None and verb is not None and verb.upos in ("VERB", "AUX") and finite_form(verb) \
        and first.text[:1].isupper() and (first.upos == "PROPN" or first.text in FIRST_NAMES or first.text in ACTOR_SURNAMES)


def _subject_before(sent: Sentence, run: list[Word], w: Word) -> bool:
    """The parser gave w's verb a subject before the run too (`Donald Trump will Wladimir Putin
    treffen` with both as subjects): the first is the subject, the later one its object."""
    return (any(c.deprel.startswith("nsubj") and c.index < run[0].index and c.upos in ("NOUN", "PROPN")
                for c in sent.children(w.head)) or run[0].index > 2 and w.head == 2 and _name_opening(sent)) \
        if w.head else False


# adverbs between the finite verb and a subject after it (`äußerte auch Weber`, `äußerte sich nun X`)
_BEFORE_SUBJECT = frozenset("auch selbst nun jetzt dann erneut".split())


def fronted_object_before(sent: Sentence, run: list[Word]) -> bool:
    """`Ähnliche Kritik äußerte auch Weber`, `Diese Einschätzung teilt auch Sportdirektor Rudi Völler`: a
    name right after the finite verb (past `auch`, `selbst` and what describes it) whose parse subject
    before the verb is a thing (no person, no role) is the subject, the thing fronted."""
    k = _before_description(sent, run)
    verb = sent.words[k] if k >= 1 else None
    if verb is None or verb.upos != "VERB" or verb.feat("VerbForm") != "Fin" or verb.deprel != "root":
        return False
    subjects = [c for c in sent.children(verb.index) if c.deprel.startswith("nsubj") and c.start < verb.start]
    return len(subjects) == 1 and subjects[0].upos == "NOUN" and role_head(subjects[0].text) is None


# a reflexive or an object pronoun between the finite verb and a subject named after it
_BEFORE_NAMED_SUBJECT = frozenset("sich das dies es".split())


def _before_description(sent: Sentence, run: list[Word]) -> int:
    """The list position of the word before the name and what describes it: the role's article and
    adjectives (`der stellvertretende Außenminister X`), a role's compound split at its hyphen
    (`die FDP-Politikerin`, `US-Präsident`), adverbs like `auch`."""
    k = run[0].index - 2  # list position of the word before the name
    while k >= 0 and (role_head(sent.words[k].text) or sent.words[k].text.lower() in _BEFORE_SUBJECT
                      or sent.words[k].text in ("der", "die") or sent.words[k].upos == "ADJ" and sent.words[k].text.islower()
                      or sent.words[k].text == "-" and k >= 1 and sent.words[k - 1].end == sent.words[k].start):
        k -= 2 if sent.words[k].text == "-" else 1
    return k


def after_fronted_clause(sent: Sentence, run: list[Word]) -> bool:
    """`Auf die Frage, ob …, antwortete Blinken ausweichend` with the speech verb tagged an adjective:
    after a fronted phrase or clause, the speech verb right after its comma opens the main clause, and
    the name (with its role) right after that verb is the subject."""
    # (past the role only, not `_before_description`: that skips a lower-case adjective, and the verb
    # this reads is one the tagger took for an adjective)
    k = run[0].index - 2
    while k >= 0 and (role_head(sent.words[k].text) or sent.words[k].text == "-"):
        k -= 1
    verb = sent.words[k] if k >= 1 else None
    first = sent.words[0]
    return verb is not None and verb.text.islower() and is_cue(sent, verb) and sent.words[k - 1].text == "," and \
        (first.upos == "ADP" or first.text.lower() in FRONTED_CLAUSE_OPENERS)


def labelled_with_phrase(sent: Sentence, run: list[Word]) -> bool:
    """A name opening a label, then a short phrase with a preposition and no verb before the colon."""
    after = sent.words[run[-1].index:run[-1].index + 5]
    colon = next((k for k, w in enumerate(after) if w.text == ":"), None)
    return colon is not None and colon >= 2 and after[0].upos == "ADP" and \
        not any(w.upos in ("VERB", "AUX") or w.text in ",;" for w in after[:colon])


def _source_of_reaction(sent: Sentence, run: list[Word]) -> bool:
    """`Kritik kam vom ungarischen Außenminister Peter Szijjarto.`: the one a reaction comes from is
    the sentence's agent, the antecedent of `betonte er` next, as a subject would be."""
    k = _before_description(sent, run)
    if k >= 1 and sent.words[k].text.lower() == "dem" and sent.words[k - 1].text.lower() == "von":
        k -= 1
    if k < 2 or sent.words[k].text.lower() not in ("von", "vom"):
        return False
    verb = next((w for w in reversed(sent.words[:k]) if w.upos in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma == "kommen" and finite_form(verb) and verb.index <= 3 and \
        any(c.deprel.startswith("nsubj") and c.text in REACTION_NOUNS for c in sent.children(verb.index))


def _after_verb_without_subject(sent: Sentence, run: list[Word]) -> bool:
    """`Vor einem Jahr hatte US-Präsident Donald Trump die Staaten … zurückgezogen.` parsed with no
    subject at all: a name (and its role) right after the main clause's finite verb, verb second, is it."""
    k = _before_description(sent, run)
    verb = sent.words[k] if k >= 1 else None
    return verb is not None and verb.upos in ("VERB", "AUX") and verb.text.islower() and finite_form(verb) and \
        not any(w.deprel.startswith(("nsubj", "csubj")) for w in sent.words) and \
        not any(w.upos in ("VERB", "AUX") and finite_form(w) and w.text not in NOT_VERBS or w.text in ",;:"
                for w in sent.words[:k])


def _after_reflexive(sent: Sentence, run: list[Word]) -> bool:
    """`Ähnlich äußerte sich auch Bundeskanzlerin Angela Merkel`: after a finite verb and `sich` (then
    adverbs, a role with its article) the name is the subject, whatever the parse made of the reflexive;
    so after an object pronoun (`Anders sieht das der Unternehmer Klaus Wendt`, `Ähnlich sah es Merz`)."""
    k = _before_description(sent, run)
    verb = sent.words[k - 1] if k >= 1 and sent.words[k].text in _BEFORE_NAMED_SUBJECT else None
    # (the main clause's finite verb after its first phrase: nothing verbal, no comma before it;
    # `gegenüber` is a preposition whatever its tag: `und gegenüber dem Magazin „Profil“ äußerte sich X`)
    return verb is not None and verb.upos in ("VERB", "AUX") and verb.text.islower() and verb.index > 1 and \
        not any(w.upos in ("VERB", "AUX") and w.text.lower() != "gegenüber" or w.text in ",;:"
                for w in sent.words[:verb.index - 1])


def object_after_reflexive(sent: Sentence, run: list[Word]) -> bool:
    """`In Moskau äußerte sich Sacharowa zurückhaltend`: a name the parser made the object right after
    a verb and its `sich`, which has no subject, is the subject (a reflexive verb takes no second object);
    so is one set off after the role that follows `sich`. Unlike `_after_reflexive` (a name after
    `sich` or an object pronoun, with nothing verbal before the verb), this asks the parse, and it
    also serves the second pass over known names."""
    refl, verb = sent.word(run[0].index - 1), sent.word(run[0].index - 2)
    comma = sent.word(run[0].index - 1)
    if comma is not None and comma.text == ",":
        # `Ähnlich äußerte sich der Präsident des Verbands, Siegfried Russwurm.`: the name set off
        # after the role that follows `sich`
        refl = next((w for w in reversed(sent.words[:run[0].index - 1]) if w.text == "sich"), None)
        verb = sent.word(refl.index - 1) if refl is not None else None
        office = next((w for w in sent.words[refl.index:] if w.upos not in ("DET", "ADJ", "ADV")), None) \
            if refl is not None else None
        after = sent.word(run[-1].index + 1)
        if office is None or not role_head(office.text) or after is not None and after.text not in ".,;" or \
                any(w.text in ",;:" or w.upos in ("VERB", "AUX") for w in sent.words[refl.index:comma.index - 1]):
            return False
        return verb is not None and verb.upos == "VERB" and \
            not any(c.deprel.startswith("nsubj") for c in sent.children(verb.index))
    return refl is not None and refl.text == "sich" and verb is not None and verb.upos == "VERB" and \
        run[-1].deprel in ("obj", "iobj") and not any(c.deprel.startswith("nsubj") for c in sent.children(verb.index))


def _set_off_after_subject_role(sent: Sentence, run: list[Word]) -> bool:
    """`Davon ist die Präsidentin des Städtetags, Eva Weber, überzeugt`: a name set off by a comma
    after the phrase of a role the parser made the subject (the name hung on the genitive)."""
    comma = sent.word(run[0].index - 1)
    if comma is None or comma.text != ",":
        return False
    phrase = []
    for w in reversed(sent.words[:comma.index - 1]):
        if w.upos not in ("DET", "ADJ", "NOUN", "PROPN"):
            break
        phrase.append(w)
    role = next((w for w in reversed(phrase) if w.upos == "NOUN" and role_head(w.text)), None)
    if role is None:
        return False
    # (or right after the finite verb that follows a fronted adverbial, whatever the parse: `Besonders
    # deutlich wurde der Chef der Jungen Union, Johannes Winkel.`)
    verb = sent.word(phrase[-1].index - 1)
    # (the adverbial in lower case but for its first word, with no article, pronoun or name: the tags of
    # such openings are often wrong, `Besonders` as a noun, `deutlich` as a verb)
    if verb is not None and verb.upos in ("VERB", "AUX") and verb.text.islower() and finite_form(verb) and \
            verb.index > 1 and all(w.upos not in ("DET", "PRON", "PROPN", "PUNCT") and (w.index == 1 or w.text.islower())
                                   for w in sent.words[:verb.index - 1]):
        return True
    # (or the root the parser made of it with the copula: `Davon ist die Präsidentin …, X, überzeugt`)
    return not _subject_before(sent, [role], role) and (
        role.deprel.startswith("nsubj") or role.deprel == "root" and any(c.deprel == "cop" for c in sent.children(role.index)))
