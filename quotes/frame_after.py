"""A report before its frame: `Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen
mit.` — a speech verb opening the clause after a comma reports what stands before it (a candidate
generator of quotes/detect.py)."""

from __future__ import annotations

from quotes.clauses import (RELATIVE_PRONOUNS, VERB_FINAL_OPENERS, finite_form, has_finite_subjunctive, is_subjunctive,
                            last_comma_before, strip_punct)
from quotes.cues import SEIN_FINITE, STRONG_FINITE, cue_lemma, frame_auxiliary
from quotes.layout import QUOTE_MARKS
from quotes.lexicon import ATTITUDE_ADJECTIVES, NUMERALS, PARTICLES, PHRASE_CUES
from quotes.morph import lemma_of
from quotes.spans import inside_any, mostly_quoted
from quotes.surface import FINITE_AUX
from quotes.types import Candidate, Sentence, Word


# endings of a participle declined as an adjective (`des gestorbenen`, `die gewählten`), never of a finite verb
_DECLINED = ("enen", "ener", "enes", "enem", "tes", "tem")
_FRAME_ADVERBS = frozenset("zumindest jedenfalls auch ebenfalls ähnlich".split())
_BUT = frozenset(("aber", "jedoch"))


def frame_after(sent: Sentence, cue: Word, direct: list[tuple[int, int]]) -> Candidate | None:
    """`Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen mit.`: a speech verb
    opening the clause after a comma reports everything before it, in any mood."""
    words = list(sent.words)
    i = words.index(cue)
    finite, inverted = cue.feat("VerbForm") in (None, "Fin"), False
    aux = frame_auxiliary(sent, cue)
    if aux is not None:
        # `…, hatte ein Sprecher am Freitag gesagt`: the finite auxiliary right after the comma opens
        # the frame, the participle closing the sentence ends it
        i, finite, inverted = aux.index - 1, True, True
    # `…, das teilte das Institut mit`, `… – das meint zumindest X`: an anaphoric `das` may open the frame
    k = i - 1
    if k > 2 and words[k].text.lower() in _FRAME_ADVERBS and words[k - 1].text.lower() in ("das", "dies"):
        k -= 1  # `– das zumindest meint X`
    if k > 1 and words[k].text.lower() in ("das", "dies") and words[k - 1].text in (",", "–", "-"):
        k -= 1
    if i < 4 or words[k].text not in (",", "–", "-") or not finite or \
            words[k].text != "," and k == i - 1:
        return None
    body = strip_punct(words[:k])
    # a Konjunktiv clause before `, sagte X` is reported whatever the parse made of it (`Alle
    # Gebiete seien unter Kontrolle, sagte X, Kommandeur des Einsatzes`), however short (`Russland
    # bedrohe niemanden, sagte …`)
    reported = len(body) >= 3 and has_finite_subjunctive(body, sent)
    # a phrase in marks inside the clause is part of the report (`Er habe sich „wie in einem
    # Paralleluniversum“ gefühlt, entgegnete X`); marks around most of it decide, unless the
    # Konjunktiv stands outside them (`Merz betreibe „billige Polemik“, sagte sie`)
    own_verb = reported and any(is_subjunctive(x, sent) and not inside_any(x.start, x.end, direct) for x in body) \
        and not any(s < body[0].start < e for s, e in direct)
    if body and any(body[0].start < s and e >= body[-1].end and any(x.text == ":" and s - 3 <= x.end <= s for x in body)
                    for s, e in direct):
        return None  # `Besorgt äußerte sich X: „…“, sagte er`: the words before the colon frame the quote
    # (a Konjunktiv form is a verb whatever its tag: `Deutschland übernehme Verantwortung` as ADJ)
    # (a participle is no verb of a report: `Julia Nawalnaja, die Witwe des in Haft gestorbenen …, hat X aufgerufen`)
    # (a known verb's past form the tagger took for an adjective is one: `Schon jetzt schrieben zwei Drittel …`)
    if len(body) < 3 or not (reported or any(
            x.upos in ("VERB", "AUX") and (finite_form(x) or is_subjunctive(x, sent)) and not x.text.endswith(_DECLINED)
            or x.text.lower() in FINITE_AUX or x.upos == "ADJ" and _past_of_known_verb(x.text) for x in body)) or \
            not own_verb and mostly_quoted(body[0].start, body[-1].end, direct):
        return None
    # the frame is short: subject, object, particle, adverbials — not a second long clause
    # (commas around an apposition are part of a frame its particle closes: `…, teilte der Direktor
    # der Behörde, Bagus Puruhito, mit`)
    lemma = cue_lemma(sent, cue)
    closed = words[-2].text in PARTICLES and lemma.startswith(words[-2].text) and \
        not any(x.upos in ("VERB", "AUX") or x.text in ";:" for x in words[i + 1:-2])
    # (so is one whose commas only set off a name: `…, erklärte die Präsidentin des VdK, Verena
    # Bentele, am Mittwoch`; a verb after them is a second clause)
    apposed = not any(x.upos in ("VERB", "AUX") or x.text in ";:" for x in words[i + 1:-1])
    # (counted without punctuation: a hyphenated name is split into several tokens, `Max-Planck-Institut`)
    if not reported and (sum(x.upos != "PUNCT" for x in words[i:]) > 16
                         or not (closed or apposed) and any(x.text in ",;:" for x in words[i + 1:-1])):
        return None
    # The cue must not be the main verb of what stands before it: `In seiner Rede, die …, mahnte
    # X` (fronted phrase + relative clause), `Während …, sprach X` (subordinate clause first),
    # `Die Rothemden begrüßten …, forderten aber …` (a second verb of the same subject).
    # after `, das` the verb is a frame whatever the parse; so it is when a pronoun follows it or its
    # particle closes the clause (`…, teilte die Hoover Institution mit`)
    nxt = sent.word(words[i].index + 1)
    # (`…, hieß es aus dem Ministerium`: `heißen` with `es` is a frame whatever the parse)
    # (and `zitieren` with its object pronoun first: `…, zitierte ihn die Agentur`)
    # (and `verlauten` with its source after `aus`: `…, verlautete aus Sicherheitskreisen`)
    # (and `beide`, however tagged: `…, sagten beide nach den Gesprächen`)
    framed = nxt is not None and (nxt.text.lower() in ("er", "sie", "beide") or
                                  nxt.text.lower() == "es" and lemma == "heißen" or
                                  nxt.text.lower() == "aus" and lemma == "verlauten" or
                                  nxt.text.lower() == "ihn" and lemma == "zitieren") or \
        lemma != lemma_of(cue.text, cue.lemma.replace("#", "")) and words[-2].text in PARTICLES \
        or words[-2].text in PHRASE_CUES.get(cue.lemma, ()) \
        or belief_after(sent, cue)  # `…, gab X zu bedenken`, `…, zeigte sich X sicher`: the phrase closes the frame
    # (a number word opening the body is no preposition, whatever the tag: `Drei Viertel …`)
    # (a phrase opening a whole main clause is no fronted phrase when the frame is plain: `Vor dem
    # Absturz wurde kein Notsignal gesendet, teilte X mit`)
    # (so is one with a Konjunktiv verb of its own: `Ohne die Umlage drohe der Zusammenbruch, sagte X`)
    # (a comma inside marks is the quotation's: `In diesem Fall müsse man „nicht über X, sondern über Y“ sprechen`)
    main_clause = (framed or reported) and body[0].upos == "ADP" and \
        not any(x.text in ",;:" and not inside_any(x.start, x.end, direct) for x in body) and \
        (reported or any(x.upos in ("VERB", "AUX") and finite_form(x) or x.text.lower() in FINITE_AUX for x in body))
    # `Seit er im Amt ist, hat sich viel geändert, sagte X`: a subordinate clause, then the main clause
    # opening with its finite verb, then the frame
    comma = next((j for j, x in enumerate(body) if x.text == ","), None)
    after_clause = body[comma + 1] if comma is not None and comma + 1 < len(body) else None
    main_clause = main_clause or k == i - 1 and after_clause is not None and \
        not any(x.text in ":;" or x.text in QUOTE_MARKS for x in body) and \
        (body[0].upos == "SCONJ" or body[0].text.lower() in VERB_FINAL_OPENERS) and \
        (after_clause.text.lower() in FINITE_AUX or after_clause.upos in ("VERB", "AUX")
         and finite_form(after_clause))
    if not reported and nxt is not None and nxt.text.lower() in _BUT:
        return None  # `Tusk gratulierte dem Sieger, kündigte aber … an`: a second verb of the same subject
    # (`Damit`, `Da` right before a finite verb are adverbs opening a main clause: `Damit gingen Hunderte
    # Arbeitsplätze verloren, warnte X`)
    adverb = len(body) > 1 and body[0].text in ("Damit", "Da", "Dabei") and _finite_like(body[1])
    if body[0].upos in ("ADP", "SCONJ") and body[0].text.lower() not in NUMERALS and not main_clause and not adverb \
            or body[0].text.lower() in VERB_FINAL_OPENERS and not main_clause and not adverb \
            or cue.deprel == "conj" and k == i - 1 and not (framed or inverted or any(
                c.deprel.startswith("nsubj") and c.start > cue.end and (reported or _with_article(sent, c))
                for c in sent.children(cue.index))):
        # (a clause, then a verb with its own subject after it, is framed however the parser coordinated
        # the two: `Die Regierung plane …, berichtete die Zeitung …`; in any mood when the subject has its
        # article: `Die Substanzen wirkten …, berichten die Wissenschaftler`, not `…, würdigte Kluncker`)
        return None
    # (a comma inside marks is the quotation's: `…, „Geld in einen Krieg zu pumpen, der …“, sagte X`)
    last_comma = last_comma_before(words, k, direct)
    # `…, die … sagte`: a relative clause; `…, den 6. Februar, teilte X mit`: an article
    if last_comma is not None and any(
            ("Rel" in (x.feat("PronType") or "").split(",") or x.text.lower() in RELATIVE_PRONOUNS) and
            not (j + 1 < k and words[j + 1].upos in ("NUM", "NOUN", "ADJ", "PROPN"))
            for j, x in enumerate(words[last_comma + 1:last_comma + 3], start=last_comma + 1)):
        return None
    if not reported and _subject_with_relative_clause(body):
        return None  # `Mark Rutte, der Trump getroffen hatte, begrüßte …`: the frame's subject, no report
    # (a frame closed by its particle or with a pronoun subject is one whatever the parser hung on it)
    if not reported and not framed and \
            any(x.head == cue.index and x.deprel in ("nsubj", "obj", "iobj", "obl") for x in body):
        return None
    end = words[k - 1].end if words[k - 1].text in QUOTE_MARKS and words[k - 1].start <= body[-1].end + 1 else body[-1].end
    return Candidate(body[0].start, end, "indirect", "indirect:frame-after", 0.65,
                     cue_start=cue.start, cue_end=cue.end)


def belief_after(sent: Sentence, w: Word) -> bool:
    """`…, ist Verena Hubertz überzeugt.`, `…, gab sich der Kanzler zuversichtlich.`: a finite `sein`
    (or `zeigen`/`geben` with `sich`) right after a comma whose clause, closing the sentence, ends in
    an adjective of belief frames the clause before it."""
    prev, nxt = sent.word(w.index - 1), sent.word(w.index + 1)
    if prev is None or prev.text != "," or nxt is None:
        return False
    if w.text.lower() not in SEIN_FINITE and not (lemma_of(w.text, w.lemma) in ("zeigen", "geben") and nxt.text == "sich"):
        return False
    rest = [x for x in sent.words[w.index:] if x.upos != "PUNCT" or x.text == ","]
    return 2 <= len(rest) <= 8 and rest[-1].text in ATTITUDE_ADJECTIVES and not any(x.text == "," for x in rest) \
        and any(x.upos in ("NOUN", "PROPN", "PRON") and x.text != "sich" for x in rest)


def _with_article(sent: Sentence, w: Word) -> bool:
    """The noun has its article right before it (`die Wissenschaftler`)."""
    prev = sent.word(w.index - 1)
    return prev is not None and prev.upos == "DET" and prev.text.lower() in ("der", "die", "das", "ein", "eine")


def _finite_like(w: Word) -> bool:
    """A finite verb, whatever the tagger says of a known verb's past (`gingen` as an adjective)."""
    return w.upos in ("VERB", "AUX") and finite_form(w) or w.text.lower() in FINITE_AUX or _past_of_known_verb(w.text)


def _past_of_known_verb(word: str) -> bool:
    """`schrieben`, `sagten`: a past form of a verb the lexicons know (not a participle, `geschrieben`);
    `gingen`, `blieben`: the plural of a strong verb's past (`lexicon/strong_preterites.txt`)."""
    if word.islower() and word.endswith("en") and word[:-2] in STRONG_FINITE:
        return True
    lemma = lemma_of(word, "")
    return word.islower() and lemma != word and not word.startswith("ge") and word.endswith(("te", "en")) \
        and not word.endswith(_DECLINED)


def _subject_with_relative_clause(body: list[Word]) -> bool:
    """A phrase without a verb, then `, der …` ending in its finite verb: a noun phrase with its
    relative clause (a subject), not a clause that could be reported."""
    comma = next((j for j, x in enumerate(body) if x.text == ","), None)
    return comma is not None and comma + 1 < len(body) and body[comma + 1].text.lower() in RELATIVE_PRONOUNS and \
        not any(x.upos in ("VERB", "AUX") for x in body[:comma]) and \
        (body[-1].upos in ("VERB", "AUX") or body[-1].text.lower() in FINITE_AUX) and \
        sum(x.upos in ("VERB", "AUX") and finite_form(x) for x in body) == 1
