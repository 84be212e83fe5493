"""The words that frame speech: speech verbs with their particles (`kündigte … an`), `heißt es`,
`wurde bekannt`, `wollen … wissen`, `so X`, `Das sagte X`; and whether a cue is passive, refused
or itself part of someone's reported speech. The source frames (`laut X`, `X zufolge`) are in
`quotes.according`.
"""

from __future__ import annotations

import re

from quotes.lexicon import (MANNER_VERBS, NAME_PARTICLES, NOT_VERBS, PARTICLES, PHRASE_CUES, REPORT_VERBS, SPEECH_VERBS,
                            STRONG_PRETERITES, STRONG_VERBS, aux_forms)
from quotes.morph import form_table, lemma_of
from quotes.clauses import (CLAUSE_MARKS, RELATIVE_PRONOUNS, SUBORDINATORS, comma_between, extended_attribute, finite_form,
                            is_subjunctive)
from quotes.marks import CLOSING_MARKS, DOUBLE_OPENERS, quotation_open
from quotes.types import Candidate, Parsed, Sentence, Word


def cue_lemma(sent: Sentence, w: Word, verbs: frozenset[str] = SPEECH_VERBS) -> str:
    """Lemma of a verb with its separable particle joined (kündigte … an → ankündigen), when
    that makes one of `verbs`."""
    lemma = lemma_of(w.text, w.lemma.replace("#", ""))
    if lemma in verbs:
        return lemma
    particles = [c.text.lower() for c in sent.children(w.index) if c.deprel == "compound:prt"]
    # the parser often misses the particle: take one standing later in the clause
    # the particle closes the verb's own clause: look no further than the next comma, and
    # `zu` before a verb is the infinitive marker (`gab vor, … herbeiführen zu wollen`)
    after = [x for x in sent.words[w.index:] if x.start > w.end]  # the words after w, in order
    end = next((i for i, x in enumerate(after) if x.text in ",;:"), len(after))
    # a name set off by commas belongs to the subject (`teilte der Sprecher, Steffen Seibert, mit`)
    end = apposition_end(after, end)
    # `zum` = `zu dem` (the two words share the token's offsets) is a preposition, never a particle
    particles += [x.text for i, x in enumerate(after[:end]) if x.upos not in ("NOUN", "PROPN")
                  and x.text.islower() and x.text in PARTICLES
                  and not (i + 1 < len(after) and after[i + 1].start == x.start)
                  and not (x.text == "zu" and i + 1 < len(after) and after[i + 1].upos in ("VERB", "AUX"))]
    # a relative or subordinate clause set off by commas sits inside the verb's clause (`Dies geht aus einer
    # Meldung, die … verbreitet wurde, hervor`, `warf Obama, nachdem … bekannt wurde, vor`): the particle
    # may close the clause after it
    if end + 2 < len(after) and after[end].text == "," and after[end + 1].text.lower() in RELATIVE_PRONOUNS + SUBORDINATORS:
        close = next((i for i in range(end + 2, len(after)) if after[i].text in ",;:"), None)
        if close is not None and close + 1 < len(after) and after[close].text == ",":
            last = next((i for i in range(close + 1, len(after)) if after[i].text in ",;:."), len(after))
            if last == close + 2 and after[close + 1].text in PARTICLES:
                particles.append(after[close + 1].text)
    # verb-final clauses write some particles apart before the verb (`wie die Polizei bekannt gab`); `zu`
    # there is the infinitive's (`der Ukraine zu geben` is no `zugeben`)
    prev = sent.word(w.index - 1)
    if prev is not None and prev.text in PARTICLES and prev.upos not in ("ADP", "DET") and prev.text != "zu":
        particles.append(prev.text)
    for p in particles:
        if p + lemma in verbs:
            return p + lemma
    if lemma == "lassen" and not any(x.text.lower() == "sich" for x in after[:end]):
        # `ließ ein Sprecher verlauten`, `ließ mitteilen`: the infinitive closing the clause is the
        # cue (`musste sich … vorwerfen lassen` is said by others)
        inf = next((x for x in after[:end] if x.text.lower() in _LASSEN_CUES and x.text.lower() in verbs), None)
        if inf is not None:
            return inf.text.lower()
    return lemma


_LASSEN_CUES = ("verlauten", "mitteilen", "ausrichten", "erklären", "verkünden")


def apposition_end(words: list[Word], comma: int) -> int:
    """Where the verb's stretch ends when `words[comma]` opens an apposition of capitalised words
    (`teilte der Sprecher der Regierung, Steffen Seibert, mit, …`): at the separator after the
    apposition's closing comma; else at `comma`."""
    if comma >= len(words) or words[comma].text != ",":
        return comma
    close = next((i for i in range(comma + 1, min(comma + 6, len(words))) if words[i].text in ",;:."), None)
    inner = words[comma + 1:close] if close is not None else []
    # (a name may hold lower-case particles: `Mohammed el-Baradei`, `Ursula von der Leyen`; after a name,
    # the list goes on: `betonten Merz, Macron und Starmer, …`)
    listed = comma > 0 and words[comma - 1].text[:1].isupper() and words[comma - 1].upos in ("NOUN", "PROPN", "X")
    if close is None or words[close].text != "," or not inner or not inner[0].text[:1].isupper() or \
            not all(x.text[:1].isupper() and x.upos in ("NOUN", "PROPN", "X", "ADJ") or x.text == "-"
                    or x.text.split("-")[0] in NAME_PARTICLES or listed and x.text in ("und", "sowie")
                    for x in inner):
        return comma
    # the verb's stretch goes on to its particle (`…, mit, dass …`); a clause there is the report
    # (`sagte der Sprecher, Steffen Seibert, die Gespräche würden …`), which opens after `close`
    # (the sentence's stop ends it too: `räumte die Präsidentin …, Karin Welge, ein.`)
    nxt = next((i for i in range(close + 1, len(words)) if words[i].text in ",;:.!?"), len(words))
    rest = words[close + 1:nxt]
    if rest and len(rest) <= 6 and rest[-1].text in PARTICLES and rest[-1].text.islower() and \
            not any(x.upos in ("VERB", "AUX") for x in rest[:-1]):
        return nxt
    return close


# finite forms of strong verbs that are never anything else (`wies`, `bat`, `schrieb`, `bringt`):
# the small tagger sometimes calls them SCONJ or ADV
_STRONG_FINITE = frozenset(f for forms in STRONG_VERBS.values() for f in forms
                           if not f.endswith(("e", "en")) and not f.startswith("ge")) | \
    STRONG_PRETERITES  # (`wich`, `blieb`: other verbs' past)
STRONG_FINITE = _STRONG_FINITE | {f.replace("ß", "ss") for f in _STRONG_FINITE}  # (Swiss spelling: `liess`)


# verbs that report only together with their pronominal adverb: `bestehen darauf, dass …`
_ADVERB_CUES = {"bestehen": "darauf", "beharren": "darauf", "pochen": "darauf", "berufen": "darauf"}


# `„Wo ist meine Stimme?“, wollen die Demonstranten wissen`, `Der NDR will wissen, dass …`, `Der Kreml
# ließ wissen, man sei zufrieden`: a verb that reports only with this modal (or `lassen`)
_MODAL_CUES = {"wissen": aux_forms(("wollen", "lassen"), ("present", "past"))}


def _modal_cue(sent: Sentence, w: Word) -> bool:
    modals = _MODAL_CUES.get(lemma_of(w.text, w.lemma))
    if modals is None:
        return False
    for x in reversed(sent.words[:w.index - 1]):  # the modal stands in the verb's own clause
        if x.upos == "PUNCT":
            return False
        if x.text.lower() in modals:
            return True
    return False


def modal_frame_verb(sent: Sentence, modal: Word) -> Word | None:
    """`„…“, wollen die Demonstranten … wissen`: the verb closing a modal's clause, when the pair
    reports (the verb may stand far after the modal)."""
    if not any(modal.text.lower() in forms for forms in _MODAL_CUES.values()):
        return None
    for x in sent.words[modal.index:]:
        if x.upos == "PUNCT":
            return None
        if _modal_cue(sent, x):
            return x
    return None


def _adverb_cue(sent: Sentence, w: Word) -> bool:
    adverb = _ADVERB_CUES.get(lemma_of(w.text, w.lemma))
    return adverb is not None and any(x.text.lower() == adverb for x in sent.words[w.index:w.index + 4])


_WORDS_PHRASE = re.compile(r"\b[Mm]it (den|diesen|folgenden|seinen|ihren|deutlichen|klaren) (\w+ )?Worten\b")


def _with_words(sent: Sentence, w: Word) -> bool:
    """`mit diesen Worten reagierte X`, `meldete sich mit den Worten: …`: any verb of the clause says it."""
    if w.upos == "AUX" or "Worten" not in sent.texts:
        return False  # `wird … mit den Worten zitiert`: the participle is the cue, not `wird`
    if w.upos != "VERB":
        # a verb the tagger missed only right after the phrase (`mit diesen Worten reagierte`), or after
        # the words in marks that the phrase opens (`Mit den Worten „Europa ist stärker“ beendete X …`)
        prev = sent.word(w.index - 1)
        if prev is not None and prev.text in CLOSING_MARKS:
            opening = next((x for x in reversed(sent.words[:prev.index - 1]) if x.text in DOUBLE_OPENERS), None)
            prev = sent.word(opening.index - 1) if opening is not None else None
        return w.text.islower() and w.upos in ("ADJ", "NOUN", "ADV") and prev is not None and prev.text == "Worten" \
            and bool(_WORDS_PHRASE.search(" ".join(x.text for x in sent.words[max(0, prev.index - 4):prev.index])))
    clause = [x for x in sent.words if not comma_between(sent, min(x.start, w.start), max(x.start, w.start))]
    return bool(_WORDS_PHRASE.search(" ".join(x.text for x in clause)))


def _phrase_cue(sent: Sentence, w: Word) -> bool:
    """`nahm zu der Frage Stellung`, `meldete sich zu Wort`: a verb speaks with a noun of its own clause
    (lexicon/phrase_cues.tsv)."""
    nouns = PHRASE_CUES.get(w.lemma)
    if not nouns or w.upos != "VERB":
        return False
    after = [x for x in sent.words[w.index:] if x.start > w.end]
    clause: list[Word] = []
    k = 0
    while k < len(after) and after[k].text not in ";:.":
        if after[k].text == ",":
            # past a name set off by commas (`nahm der Ministerpräsident, Christian Wulff (CDU), zu der
            # Frage Stellung`), else the clause ends
            close = next((i for i in range(k + 1, min(k + 8, len(after))) if after[i].text == ","), None)
            inner = after[k + 1:close] if close is not None else []
            if not inner or not all(y.text[:1].isupper() or y.text in "()-" for y in inner):
                break
            k = close + 1
            continue
        clause.append(after[k])
        k += 1
    before = [x for x in sent.words[max(0, w.index - 6):w.index - 1] if not comma_between(sent, x.start, w.start)]
    return any(x.text in nouns for x in clause + before)  # (`als er dazu Stellung nahm`)


def _short_parenthetical(sent: Sentence, w: Word) -> bool:
    """`(Wikinews berichtete)`: a cross-reference in brackets frames nothing outside them."""
    words = sent.words
    i = w.index - 1  # list position
    opening = next((k for k in range(i - 1, max(i - 4, -1), -1) if words[k].text in "()"), None)
    closing = next((k for k in range(i + 1, min(i + 4, len(words))) if words[k].text in "()"), None)
    return opening is not None and closing is not None and words[opening].text == "(" and words[closing].text == ")"


_ADVERB_PARTICIPLES = frozenset({"wiederholt"})


def is_cue(sent: Sentence, w: Word) -> bool:
    """A speech verb; lower-case words the tagger called ADJ/NOUN count too (`gesagt`, `erklärt`)."""
    return sent.recall(("cue", w.start), lambda: _is_cue(sent, w))


def _is_cue(sent: Sentence, w: Word) -> bool:
    cue = _verbish(sent, w) and (cue_lemma(sent, w) in SPEECH_VERBS or impersonal_cue(sent, w) or _adverb_cue(sent, w)
                                 or _modal_cue(sent, w) or _with_words(sent, w) or _phrase_cue(sent, w)) \
        or becomes_known(sent, w)
    return cue and not _short_parenthetical(sent, w) and not _known(sent, w) \
        and not extended_attribute(sent, w, ("als",))  # checked last: the rare cases
    # (`Der als Roma-König bekannte Kiril Raschkow`)


def _known(sent: Sentence, w: Word) -> bool:
    """`Der Hang sei als gefährdet bekannt gewesen`: `bekannt` is the participle of `bekennen` only
    with `sich` in its clause (`hat sich schuldig bekannt`); else it is the adjective."""
    return w.text.lower() == "bekannt" and not becomes_known(sent, w) and \
        not any(x.text.lower() == "sich" and not comma_between(sent, min(x.start, w.start), max(x.start, w.start))
                for x in sent.words)


def _verbish(sent: Sentence, w: Word) -> bool:
    """Could this word be a verb, whatever the small tagger says? The cheap tests first: this
    runs for every word of every sentence."""
    if w.upos in ("VERB", "AUX") or w.text in STRONG_FINITE:
        return True
    if w.upos in ("ADJ", "NOUN") and w.text[:1].islower() and w.text not in _ADVERB_PARTICIPLES:
        # an adjective between an article and its noun is attributive (`der bekannte Autor`); after an
        # anaphoric `Das`/`Dies` it is the verb the tagger missed (`Dies bestätigte Stoiber`)
        prev, nxt = sent.word(w.index - 1), sent.word(w.index + 1)
        attributive = w.upos == "ADJ" and prev is not None and nxt is not None and nxt.upos in ("NOUN", "PROPN") and \
            prev.upos == "DET" and prev.text.lower() not in ("das", "dies", "dieses")
        if not attributive:
            return True
    if w.text.lower() not in form_table():
        return False  # each test below wants a known verb form
    nxt = sent.word(w.index + 1)
    # `Kritisiert wird vor allem, dass …`: a fronted participle the tagger takes for a noun
    if w.index == 1 and nxt is not None and nxt.text.lower() in _WERDEN:
        return True
    # `„…“, meinen die beiden Mitglieder`: right after a quote and its comma a verb form is a verb,
    # whatever the tag (`meinen` tagged as the possessive)
    prev, before = sent.word(w.index - 1), sent.word(w.index - 2)
    if prev is not None and prev.text == "," and before is not None and before.text in CLOSING_MARKS:
        return True
    # a weak preterite (`drohte`, `meldete`) is a verb whatever the small tagger calls it; after an
    # article or preposition it is an adjective (`der bekannte Autor`, `die erwähnte Studie`)
    # (`wiederholt` tagged ADJ is the adverb: `hat wiederholt Reisekosten falsch abgerechnet`)
    return w.text.islower() and w.text.endswith(("te", "ten")) and len(w.text) > 5 and w.text in form_table() \
        and not (prev is not None and prev.upos in ("DET", "ADP", "ADJ"))


# `wurde bekannt`, `Kritisiert wird …`, `ist bekannt geworden`, `wie bekannt ist`; not `Mir sind
# keine Gründe bekannt`, which is knowledge, not a report
_WERDEN = aux_forms(("werden",), ("present", "past", "participle", "passive-participle")) | {"ist", "war"}


def becomes_known(sent: Sentence, w: Word) -> bool:
    """`Im April wurde bekannt, dass …`, `Wie gestern bekannt wurde, …`: a report without a source."""
    if w.text.lower() != "bekannt":
        return False
    nxt = sent.word(w.index + 1)
    if nxt is not None and nxt.text.lower() in ("für", "als", "dafür"):
        return False  # `war bekannt für sein Geschick`: known for, not made known
    # `wurde inzwischen auch bekannt`: a form of werden up to four words before, in the same clause
    near = [sent.word(w.index + d) for d in (-4, -3, -2, -1, 1, 2)]
    near = [x for x in near if x is not None and not comma_between(sent, x.start, w.start)]
    if any(x.text.lower() in ("nicht", "kaum", "nie") for x in near):
        return False  # `Ob …, ist noch nicht bekannt`: nothing was reported
    return any(x.text.lower() in _WERDEN for x in near) and \
        not any(x is not None and x.text.lower() in ("gab", "gibt", "geben", "gegeben", "macht", "machte", "gemacht")
                for x in sent.words)


_HEARSAY = frozenset("hören erfahren lesen vernehmen".split())


SEIN_FINITE = aux_forms(("sein",), ("present", "past", "subjunctive1", "subjunctive2"))


def impersonal_cue(sent: Sentence, w: Word) -> bool:
    """`heißt es`, `hieß es in der Erklärung`: `heißen` with the expletive `es` next to it reports
    a text or an unnamed source (without `es` it names things: `Das Buch heißt „…“`); so does
    `Aus der Regierung ist zu hören`, `war aus Kreisen zu erfahren`."""
    if w.text.lower() in _HEARSAY:
        prev = sent.word(w.index - 1)
        clause = [x for x in sent.words[max(0, w.index - 8):w.index - 1] if not comma_between(sent, x.start, w.start)]
        sein = next((k for k, x in enumerate(clause) if x.text.lower() in SEIN_FINITE), None)
        if prev is None or prev.text.lower() != "zu" or sein is None:
            return False
        in_phrase = False  # `war der Fahrer zu hören`: with a subject of its own it is no hearsay
        for x in clause[sein + 1:]:
            if x.upos == "ADP":
                in_phrase = True
            elif x.upos in ("NOUN", "PROPN"):
                if not in_phrase:
                    return False
                in_phrase = False
        return True
    if lemma_of(w.text, w.lemma) != "heißen":
        return False
    near = [sent.word(w.index - 1), sent.word(w.index + 1)]
    clause = [x.text.lower() for x in sent.words[:w.index - 1]
              if x.upos != "PUNCT" and not comma_between(sent, x.start, w.start)]
    # `wie es auf einer Pressekonferenz hieß`: the verb closes a clause opened by `wie es`
    return any(x is not None and x.text.lower() == "es" for x in near) or clause[:2] == ["wie", "es"] \
        or _es_before(sent, w)


def _es_before(sent: Sentence, w: Word) -> bool:
    """`hatte es zunächst geheißen`, `Es hatte geheißen`: the expletive `es` before the verb with only
    adverbs and auxiliaries between."""
    k = w.index - 2
    while k >= 0 and sent.words[k].upos in ("ADV", "AUX"):
        k -= 1
    return k >= 0 and k < w.index - 2 and sent.words[k].text.lower() == "es"


_MODALS_AUX = aux_forms(("müssen", "wollen", "haben", "werden"), ("present", "past"))


_CONCLUSIONS = frozenset(("Ergebnis", "Schluss", "Befund"))
_KOMMEN = frozenset(("kommt", "kommen", "kam", "kamen"))


def _conclusion_reached(words: list[Word]) -> Word | None:
    """`Zu diesem Ergebnis kommt X`, `Zum selben Schluss kamen die Forscher`: the finite `kommen` after
    a conclusion that refers back."""
    if len(words) < 5 or words[0].text not in ("Zu", "Zum"):
        return None
    k = next((k for k in range(1, 4) if words[k].text in _CONCLUSIONS), None)
    if k is None or not (words[0].text == "Zum" or words[1].text.lower() in ("diesem", "dem")):
        return None
    return words[k + 1] if words[k + 1].text in _KOMMEN else None


def anaphoric_frame(sent: Sentence, verbs: frozenset[str] = REPORT_VERBS) -> Word | None:
    """The reporting verb of a sentence like `Dies gab heute der Gutachter bekannt.` or `Das musste X
    einräumen.`, which frames what the sentence before it said (a sentence in Konjunktiv before it is
    framed by any speech verb: `Die Renten müssten sinken. Das fordert X.`)."""
    words = sent.words
    if len(words) >= 3 and words[0].text == "So" and not _reports_own(sent, words[1]):
        # `„…“ So äußerte sich X.`: the manner of what was just said
        cue = words[1]
        return cue if is_cue(sent, cue) and cue_lemma(sent, cue) in verbs | MANNER_VERBS else None
    if len(words) >= 5 and with_these_words(words) and \
            (finite_form(words[3]) or words[3].text.islower() and _verbish(sent, words[3])) and \
            not _reports_own(sent, words[3]):
        return words[3]  # `„…“ Mit diesen Worten kommentierte X den Gipfel.`: whatever the verb
    k = these_words(sent)
    if k is not None and (finite_form(words[k + 1]) or words[k + 1].text.islower() and _verbish(sent, words[k + 1])) \
            and not _reports_own(sent, words[k + 1]):
        return words[k + 1]  # `„…“ Diese drastischen Worte wählte ein Offizier.`: whatever the verb
    conclusion = _conclusion_reached(words)
    if conclusion is not None:
        return conclusion  # `Zu diesem Ergebnis kommt das Ifo-Institut`: what the sentence before concluded
    # `Das Ministerium …` is no anaphoric frame; a lower-case verb form the tagger calls ADJ
    # (`Dies bestätigte Stoiber`) is
    if len(words) < 3 or words[0].text not in ("Dies", "Das") or words[0].upos not in ("PRON", "DET") \
            or words[1].upos in ("NOUN", "PROPN") or words[1].upos == "ADJ" and not words[1].text.islower():
        return None
    # the cue is second, or last after a modal or auxiliary in second place
    places = list(words[1:3])
    if words[1].text.lower() in _MODALS_AUX:
        places += [w for w in words[2:] if w.upos in ("VERB", "AUX", "ADJ")][-1:]
    # (`Das glaubt jedenfalls X`, `Das befürchtet X`: a belief is someone's view as much as a report)
    return next((w for w in places if is_cue(sent, w) and ((lemma := cue_lemma(sent, w)) in verbs or lemma in _BELIEVING)),
                None)


_BELIEVING = frozenset("glauben befürchten fürchten vermuten".split())


# after a block quote, these make the sentence's subject someone else (`Söder äußerte sich ähnlich`)
_OTHER_SPEAKER_WORDS = frozenset("ähnlich auch ebenfalls ebenso dagegen hingegen anders daraufhin darauf".split())


def subject_frame(sent: Sentence) -> Word | None:
    """`„…“ ¶ Selenskyj äußerte sich am Abend in einer Videobotschaft.`: a sentence with a verb of
    saying in its second place and nothing reported of its own names (as its subject) the speaker
    of the quote that stands alone before it (the caller checks that); `ähnlich`, `auch`, `dagegen`
    make the subject someone else."""
    words = sent.words
    if len(words) < 3 or any(w.text.lower() in _OTHER_SPEAKER_WORDS for w in words):
        return None
    cue = next((w for w in words[1:5] if w.upos in ("VERB", "AUX") and finite_form(w)), None)
    if cue is None or not is_cue(sent, cue) or cue_lemma(sent, cue) not in REPORT_VERBS | MANNER_VERBS \
            or _reports_own(sent, cue):
        return None
    return cue


_WITH_WORDS = re.compile(r"[Mm]it (diesen|den|seinen|ihren|jenen|solchen) Worten")


def with_these_words(words: list[Word]) -> bool:
    """The words open with `mit diesen Worten` (`mit seinen Worten`, …): the quote before them is what
    the clause's verb frames."""
    return len(words) >= 3 and _WITH_WORDS.fullmatch(" ".join(w.text for w in words[:3])) is not None


_WORDS_NOUNS = ("Worte", "Sätze", "Zeilen")


def these_words(sent: Sentence) -> int | None:
    """Where `Diese (drastischen) Worte` opening the sentence ends (the index of its noun): the quote
    before it, which the sentence's verb frames."""
    words = sent.words
    k = next((k for k in (1, 2, 3) if k < len(words) - 1 and words[k].text in _WORDS_NOUNS), None)
    if k is None or words[0].text not in ("Diese", "Solche", "Jene") or not all(w.upos == "ADJ" for w in words[1:k]):
        return None
    return k


def _reports_own(sent: Sentence, cue: Word) -> bool:
    """The frame has a report of its own after its verb (`So sagte X, die Lage sei ernst`,
    `Mit diesen Worten begann X: „…“`): it frames that, not the sentence before."""
    after = [w for w in sent.words if w.start > cue.end]
    return any(w.text == ":" or w.text in DOUBLE_OPENERS or w.text.lower() == "dass" or is_subjunctive(w, sent)
               for w in after)


_HABEN = aux_forms(("haben",), ("present", "past", "subjunctive1", "subjunctive2"))


def after_so(sent: Sentence, w: Word) -> str | None:
    """`inserted` when the cue follows `, so` (`…, so vermutet die Zeitung, …`), `opening` when it
    follows a sentence-initial `So`; the speaker stands after the verb in both."""
    before = sent.word(w.index - 1)
    if before is None or before.text.lower() != "so":
        return None
    if before.index == 1:
        return "opening"
    return "inserted" if sent.word(before.index - 1).text in (",", "–") else None


def _aux_group(sent: Sentence, cue: Word) -> list[Word]:
    # the small parser often calls the passive `wird` a copula (`Es wird vermutet`)
    # an auxiliary beyond a comma belongs to another clause, whatever the parser says
    return [cue] + [c for c in sent.children(cue.index) if (c.deprel.startswith("aux") or c.deprel == "cop")
                    and not comma_between(sent, c.start, cue.start)]


def _closes_wie_clause(sent: Sentence, cue: Word) -> bool:
    """The participle closes a clause `wie` opens with no verb and no subject between, and an agent
    (`…, wie schon vom Bundesgerichtshof entschieden, …`; not `wie die BBC berichtet`)."""
    nxt, low = sent.word(cue.index + 1), cue.text.lower()
    # (a strong participle with an unstressed prefix has the infinitive's ending: `entschieden`)
    participle = _participle(cue) or low.startswith(_INSEPARABLE) and low.endswith("en")
    if not participle or nxt is not None and nxt.text not in (",", ";", ")", ".", "–", "-"):
        return False
    k = cue.index - 2
    while k >= 0 and sent.words[k].text.lower() != "wie":
        k -= 1
    between = sent.words[k + 1:cue.index - 1] if k >= 0 else None
    if between is None or any(x.text in (",", ";", ":", "(") or x.upos in ("VERB", "AUX") for x in between):
        return False
    # adverbs, then phrases a preposition opens: an agent (`vom Gericht`), no subject
    in_phrase = False
    for x in between:
        in_phrase = in_phrase or x.upos == "ADP"
        if not in_phrase and x.upos not in ("ADV", "PART"):
            return False
    return any(x.text.lower() in ("von", "vom", "durch") for x in between)


_INSEPARABLE = ("be", "er", "ver", "zer", "ent", "emp")  # prefixes a participle keeps without `ge`


def _participle(w: Word) -> bool:
    """`gefordert`, `vorgeworfen`, `bezweifelt` after `wird`: Part by tag, or a ge-/prefix form."""
    low = w.text.lower()
    return w.feat("VerbForm") == "Part" or low.startswith("ge") or "ge" in low[2:5] and low.endswith(("t", "en")) \
        or low.endswith("iert") \
        or low.startswith(_INSEPARABLE) and low.endswith("t")


def inside_report(sent: Sentence, cue: Word) -> bool:
    """The cue itself is in Konjunktiv: it is part of someone else's reported speech."""
    if any(is_subjunctive(x, sent) for x in _aux_group(sent, cue)):
        return True
    if not (cue.text.islower() and cue.text.endswith("en") and cue.feat("VerbForm") in (None, "Inf")):
        return False
    # `Russland werde „angemessen“ antworten` with `werde` hung elsewhere: the infinitive's auxiliary
    # is the finite one of its clause
    before = [x for x in sent.words if x.end <= cue.start]
    # (a comma inside marks is the quotation's: `müsse man „nicht über X, sondern über Y“ … sprechen`)
    comma = max((k for k, x in enumerate(before) if x.text in ",;:"
                 and not quotation_open([w.text for w in before[:k]])), default=-1)
    # (a modal the tagger calls a full verb is an auxiliary here: `Die Regierenden dürften nicht einfach sagen, …`)
    return any((x.upos == "AUX" or x.text.lower() in _MODAL_K2) and is_subjunctive(x, sent) for x in before[comma + 1:])


_MODAL_K2 = aux_forms(("dürfen", "müssen", "können"), ("subjunctive2",)) | {"möchte", "möchten"}


_PASSIVE_AUX = aux_forms(("werden",), ("present", "past", "passive-participle"))


_HABEN_SEIN_FINITE = aux_forms(("haben", "sein"), ("present", "past", "subjunctive1", "subjunctive2"))


_HEARSAY_MODALS = frozenset("soll sollen will wollen".split())
# `…, wurde er zitiert`: the passive of `zitieren` names the one quoted as its subject
_WERDEN_FINITE = aux_forms(("werden",), ("present", "past"))


def frame_auxiliary(sent: Sentence, cue: Word) -> Word | None:
    """`…, hatte ein Sprecher am Freitag gesagt`: the finite `haben`/`sein` right after the comma
    that opens a frame closed by the participle cue, with the frame's subject after it (a
    nominative: `…, haben einen Sieg prognostiziert` continues the sentence's own subject); the
    finite `werden` of a passive `zitiert` (`…, wurde er zitiert`)."""
    words = sent.words
    i = cue.index - 1
    # (`…, soll Lukaschenko gesagt haben`: hearsay, the perfect infinitive after the participle)
    rest = [x for x in words[i + 1:] if x.upos != "PUNCT"]
    hearsay = len(rest) == 1 and rest[0].text == "haben"
    if cue.feat("VerbForm") not in (None, "Part") or rest and not hearsay:
        return None
    finite = _HEARSAY_MODALS if hearsay else _HABEN_SEIN_FINITE
    if not hearsay and cue_lemma(sent, cue) == "zitieren":
        finite = finite | _WERDEN_FINITE
    # the comma nearest the cue, or one before a name set off by commas in the frame (`…, hatte der
    # Präsident des Landkreistags, Achim Brötel, vor dem Treffen gewarnt`)
    for j in (j for j in range(i - 1, max(i - 16, 1), -1) if words[j - 1].text == ","):
        aux, after = words[j], words[j + 1]
        if aux.upos in ("AUX", "VERB") and aux.feat("VerbForm") in (None, "Fin") and aux.text.lower() in finite \
                and not any(x.upos in ("VERB", "AUX") and x.text not in NOT_VERBS for x in words[j + 1:i]) \
                and after.upos in ("DET", "PROPN", "NOUN", "PRON") and (after.feat("Case") in (None, "Nom") or
                                                                       after.upos in ("PROPN", "NOUN") and hearsay):
            return aux
    return None


def passive(sent: Sentence, cue: Word) -> bool:
    """`Ihm wird vorgeworfen, …`, `Es wurde berichtet, dass …`: the speaker is the agent, if any."""
    if becomes_known(sent, cue):
        return True
    nxt = sent.word(cue.index + 1)
    if cue.index == 1 and nxt is not None and nxt.text.lower() in _PASSIVE_AUX and _participle(cue):
        return True  # `Kritisiert wird vor allem, dass …`: fronted participle, whatever the parse
    group = _aux_group(sent, cue)
    if len(group) == 1 and _closes_wie_clause(sent, cue):
        return True  # `wie vom Bundesgerichtshof entschieden`: a `wie` clause with no auxiliary
    # a form of `werden` before the participle (`wird … vorgeworfen`) or right after it
    # (`…, dass … gefordert wird`); `werden` after a finite verb belongs to another clause
    if any(c.text.lower() in _PASSIVE_AUX and (c.start < cue.start or c.index == cue.index + 1)
           for c in group[1:]) and _participle(cue):
        return True
    # the small parser's `nsubj:pass` is wrong when a form of `haben` makes the tense active
    # (`Gruppen hatten angekündigt`)
    active = any(c.text.lower() in _HABEN for c in group[1:])
    werden = any(c.text.lower() in _PASSIVE_AUX for c in group[1:])
    return not active and werden and any(c.deprel == "nsubj:pass" for c in sent.children(cue.index))


_DENIABLE = frozenset({"bestätigen", "kommentieren"})
# the words opening an indirect question (the clause marks but `dass`)
_QUESTION_WORDS = frozenset(CLAUSE_MARKS) - {"dass"} | {"wieso"}


def denied_confirmation(sent: Sentence, cue: Word, report: tuple[int, int] | None = None) -> bool:
    """`wollte nicht bestätigen, dass …`, `haben den Verdacht nicht bestätigt, dass …`: a confirmation or
    comment refused says nothing of what follows; nor does any speech verb refused a question (`Wieso …,
    gab die Flugsicherung nicht bekannt`, `ich kann nicht erklären, was …`; `report`: the reported span)."""
    if cue_lemma(sent, cue) in _DENIABLE:
        before = [w.text.lower() for w in sent.words[max(0, cue.index - 3):cue.index - 1]]
        after = [w.text.lower() for w in sent.words[cue.index:cue.index + 2]]
        return "nicht" in before or "nicht" in after
    if report is None:
        return False
    first = next((w for w in sent.words if w.start >= report[0]), None)
    if first is None or first.text.lower() not in _QUESTION_WORDS or first.start >= report[1]:
        return False
    # the cue's own clause, between the commas around it and outside the report
    k = cue.index - 1
    lo = next((i + 1 for i in range(k - 1, -1, -1) if sent.words[i].text == ","), 0)
    hi = next((i for i in range(k + 1, len(sent.words)) if sent.words[i].text in ",.;"), len(sent.words))
    return any(w.text.lower() == "nicht" and not report[0] <= w.start < report[1] for w in sent.words[lo:hi])


def candidate_cue(parsed: Parsed, cand: Candidate) -> tuple[Sentence, Word] | None:
    """The sentence and word of the cue a candidate was found with, if it has one."""
    sent = parsed.sentence_at(cand.cue_start) if cand.cue_start is not None else None
    cue = next((w for w in sent.words if w.start == cand.cue_start), None) if sent is not None else None
    return (sent, cue) if cue is not None else None
