"""Frames outside a quotation's own sentence: a headline's clause after its quote (`„…“ – Macron
verteidigt …`, `– Interview mit X`), `Mit scharfen Worten hat X …` after a quote and its colon, the
text named in the sentence before `Darin heißt es`; and the sentence next to another."""

from __future__ import annotations

import re

from quotes.cues import cue_lemma, is_cue, passive
from quotes.lexicon import BODY_HEADS, FIRST_NAMES, SPOKEN_TEXTS, is_group_or_body
from quotes.marks import ALL_MARKS, HEADLINE_LABEL, word_count
from quotes.mentions import mention_from_words
from quotes.names import role_head
from quotes.phrases import genitive_owner
from quotes.layout import headline_end, headline_start
from quotes.speakers import side_of
from quotes.subjects import sentence_subject, subject_of
from quotes.types import Candidate, Mention, Parsed, Sentence, Word


_IN_WORDS = re.compile(r"Mit (\w+ )?(Worten|Sätzen)")


def with_words_verb(sent: Sentence, words: list[Word]) -> Word | None:
    """The verb of a clause (`words` of `sent`) opening with `Mit scharfen Worten` (after a quote and
    its colon, those words are the quote's), its main verb when the finite one is an auxiliary."""
    k = next((k for k in (2, 3) if _IN_WORDS.fullmatch(" ".join(w.text for w in words[:k]))), None)
    if k is None or len(words) < k + 2:
        return None
    # (the finite verb comes next, whatever the tag: `reagierte` as an adjective)
    finite = words[k]
    if not (finite.upos in ("VERB", "AUX") or finite.text.islower() and finite.text.endswith(("te", "t", "en"))):
        return None
    if finite.upos != "AUX":
        return finite
    main = sent.word(finite.head) if finite.deprel.startswith("aux") else None
    return main if main is not None and main.upos == "VERB" else \
        next((w for w in reversed(words) if w.upos == "VERB" and w.start > finite.end), None)


def words_after_colon(text: str, cand: Candidate, sent: Sentence | None) -> tuple[Mention, str] | None:
    """`„Das ist eine Kriegserklärung“: Mit scharfen Worten hat Orbán … reagiert.`: after a quote and
    its colon, the subject of `Mit … Worten` in `sent` and its verb's lemma."""
    colon = re.match(r"\W{0,2}?\s*:\s*", text[cand.end:])
    if colon is None or cand.kind != "direct" or sent is None:
        return None
    verb = with_words_verb(sent, [w for w in sent.words if w.start >= cand.end + colon.end()])
    m = subject_of(text, sent, verb, (cand.start, cand.end)) if verb is not None else None
    return (m, cue_lemma(sent, verb)) if m is not None else None


_INTERVIEW_WITH = re.compile(r"(?:(?:Das )?(?:Interview|Gespräch) mit (?P<who>[^,:;()\n]+?)|"
                             r"(?P<who2>[^,:;()\n]+?) im (?:Interview|Gespräch))\s*$")


def headline_speaker(parsed: Parsed, cand: Candidate, sentences: list[Sentence]) -> tuple[Mention, str | None] | None:
    """`„Die Nato ist hirntot“ – Macron verteidigt umstrittene Äußerung`: a headline that opens with
    a whole sentence in marks, then a dash or colon and a clause opened by a name and its verb
    (or `über`/`zu` what), quotes that name, whatever the verb: (the name, the verb's lemma)."""
    text = parsed.text
    line_end = headline_end(text)
    labelled = _headline_label(parsed, cand, sentences, line_end)
    if labelled is not None:
        return labelled, None
    after = re.match(r"\W{0,2}?\s*[–—:-]\s*", text[cand.end:line_end])
    if cand.kind != "direct" or cand.end > line_end or text[:cand.start].strip() not in ("", *ALL_MARKS) \
            or after is None or word_count(text[cand.start:cand.end]) < 3:
        return None
    words = [(s, w) for s in sentences for w in s.words]
    if not any(w.upos in ("VERB", "AUX") and w.feat("Mood") for s, w in words if cand.start <= w.start < cand.end):
        return None  # a name or title in marks (`„Nord Stream 2“ – Scholz verteidigt …`) is no quote
    clause = [(s, w) for s, w in words if cand.end + after.end() <= w.start < line_end]
    with_whom = _INTERVIEW_WITH.match(text, cand.end + after.end(), line_end)
    if with_whom is not None and clause:
        # `„Wir sind nicht Kriegspartei“ – Interview mit Außenministerin Baerbock`: whom the interview is with
        group = "who" if with_whom.group("who") else "who2"
        who = [w for s, w in clause if with_whom.start(group) <= w.start < with_whom.end(group)]
        m = mention_from_words(text, clause[0][0], who) if who else None
        return (m, None) if m is not None and m.kind == "name" else None
    # (headlines drop articles: the small tagger reads `Macron verteidigt` as noun and adjective)
    k = next((i for i, (_, w) in enumerate(clause) if not (w.text[:1].isupper() and w.upos in ("NOUN", "PROPN", "X"))),
             len(clause))
    if not 1 <= k <= 3 or k == len(clause):
        return None
    sent, verb = clause[k]
    # (or what they spoke about: `„Wir sind nicht naiv“ – Kallas über Russland`)
    about = verb.text in _ABOUT
    # (a verb the headline's parse tagged otherwise has a verb's infinitive as its lemma: `bricht` ADP)
    if not (about or verb.text.islower() and verb.text.endswith(("t", "en")) and (
            verb.upos in ("VERB", "AUX", "ADJ") or verb.lemma.endswith("en") and verb.lemma != verb.text)):
        return None
    m = mention_from_words(text, sent, [w for _, w in clause[:k]])
    # (or an office or body, whom the article names below: `„…“ – Kiews Unterhändler bleibt hart`)
    return (m, None if about else cue_lemma(sent, verb)) if m is not None and m.kind in ("name", "role", "org") else None


_ABOUT = ("über", "zu", "zum", "zur")


def _headline_label(parsed: Parsed, cand: Candidate, sentences: list[Sentence], line_end: int) -> Mention | None:
    """`Macron: Bodentruppen „nicht ausgeschlossen“`: words in marks further on in a headline that opens
    with a person's name and a colon are that person's, when the article names them with a first name
    or an office (`Emmanuel Macron`, `Präsident Macron`); a topic before the colon (`Ukraine-Krieg:`) is
    no one; so is a body of a side the article names."""
    text = parsed.text
    label = HEADLINE_LABEL.match(text, headline_start(text), line_end)
    if label is None or cand.kind != "direct" or cand.end > line_end or cand.start <= label.end() + 1:
        return None  # (a quote right after the colon is the colon's: quotes/frames.py)
    last = label.group(1).split()[-1]
    named = any(m.group(1) in FIRST_NAMES or role_head(m.group(1))
                for m in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+)\s+(?:[A-ZÄÖÜ][\w-]+\s+)?{re.escape(last)}\b", text[line_end:]))
    if not named and last.lower().endswith(BODY_HEADS) and side_of(label.group(1)) is not None \
            and re.search(rf"\b{re.escape(last)}", text[line_end:]) is not None:
        # a body of a side that the article names: `Weißes Haus: Gespräche „konstruktiv“` over `nach
        # Angaben des Weißen Hauses`, `Kreml: …` over `Kremlsprecher Peskow`
        return Mention(label.group(1), label.start(1), label.end(1), "org")
    words = [w for s in sentences for w in s.words if w.start < label.end(1)]
    m = mention_from_words(text, sentences[0], words) if named and words else None
    return m if m is not None and m.kind == "name" else None


THEREIN = ("Darin", "Hierin", "Dort")
# word ends of a text that says something (`Papier`, `Gesetzentwurf`, `Pressemitteilung`)
_DOCUMENTS = tuple("papier dokument entwurf gesetzentwurf beschluss resolution vertrag abkommen urteil "
                   "protokoll memo vermerk bericht studie erklärung mitteilung stellungnahme brief schreiben "
                   "text beitrag post tweet botschaft".split())


def document_before(parsed: Parsed, sent: Sentence) -> Mention | None:
    """`Das geht aus einem Papier des Auswärtigen Amts hervor. Darin heißt es, …`: the text named last
    in the sentence before, with the genitive that says whose it is."""
    found = _text_named_before(parsed, sent, _DOCUMENTS, reach=1)
    if found is None:
        return None
    prev, k = found
    words = list(prev.words)
    lo = k
    while lo > 0 and words[lo - 1].upos in ("DET", "ADJ") and words[lo - 1].text.islower():
        lo -= 1
    hi = k
    if hi + 1 < len(words) and words[hi + 1].text.lower() in ("des", "der", "eines", "einer"):
        hi += 1
        while hi + 1 < len(words) and (words[hi + 1].upos in ("ADJ", "NOUN", "PROPN") or words[hi + 1].text in ("-",)):
            hi += 1
    if hi == k:
        # `Die Regierung veröffentlichte eine Erklärung. Darin hieß es …`: the author is the subject
        author = sentence_subject(parsed.text, prev, (words[lo].start, words[hi].end))
        if author is not None and author.kind in ("name", "org", "role"):
            return author
    return Mention(parsed.text[words[lo].start:words[hi].end], words[lo].start, words[hi].end, "org")


_DEFINITE = ("der", "die", "das", "dem", "den", "im")
_POSSESSIVES = frozenset("sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren".split())
# verbs whose subject is the author of their object (`eine Rede halten`, `eine Erklärung veröffentlichen`)
_AUTHORING = frozenset("halten veröffentlichen verbreiten schreiben verfassen geben abgeben senden posten richten "
                       "verlesen herausgeben twittern teilen unterzeichnen".split())
TEXT_REACH = 3  # sentences back to the speech a definite `der Rede` refers to


def owner_of_text(parsed: Parsed, sent: Sentence, m: Mention) -> Mention | None:
    """`In seiner „Thronrede“ … mahnte Harper … „…“, hieß es in der Rede`: a definite speech or text
    with no owner beside it is the one named in the sentences before (the same noun, else any such
    text: `Brandbrief` for `das Schreiben`), and its owner speaks: the genitive after it, else (after
    a possessive, as the object of an authoring verb: `Merkel hielt eine Rede`, or after `in`/`mit`)
    the subject of its clause. An indefinite text with no owner is its issuer's (`_issuer_before`)."""
    words = m.text.split()
    definite = len(words) == 2 and words[0].lower() in _DEFINITE or len(words) == 1 and \
        re.search(r"\b(?:der|die|das|dem|den)\s+$", parsed.text[max(0, m.start - 5):m.start], flags=re.I)
    head = next((t for t in SPOKEN_TEXTS if words[-1].lower().endswith(t)), None) if definite else None
    found = (_text_named_before(parsed, sent, (head,), TEXT_REACH) or
             _text_named_before(parsed, sent, SPOKEN_TEXTS, TEXT_REACH)) if head else None
    if found is None:
        return _issuer_before(parsed, sent, m)
    prev, k = found
    noun = prev.words[k]
    owner = genitive_owner(parsed.text, prev, noun, (noun.start, noun.end))
    before = [w for w in prev.words[:k] if w.upos != "PUNCT"]
    governor = prev.word(noun.head)
    if noun.deprel == "obj" and governor is not None and governor.lemma in _AUTHORING:
        verb = governor  # `Merkel hielt eine Rede`
    elif before and before[-1].text.lower() in _POSSESSIVES or \
            len(before) >= 2 and before[-2].text.lower() in ("in", "mit") or before and before[-1].text.lower() == "im":
        # `In seiner Rede mahnte Harper …`, `Putin wandte sich in einer Ansprache an …`: the
        # clause's finite verb (by the words: the parse often misses it); after a fronted phrase
        # it comes right after the noun
        after = next((w for w in prev.words[k + 1:] if w.upos != "PUNCT"), None)
        verb = next((w for w in prev.words if w.deprel == "root" and w.upos in ("VERB", "AUX")), None) or \
            (after if len(before) <= 2 and after is not None and after.text.islower() else None) or \
            next((w for w in prev.words if w.upos in ("VERB", "AUX") and "Mood=Ind" in w.feats), None)
    else:
        verb = None  # (`Merz kritisierte die Rede`: whose, is not said)
    if owner is None and verb is not None:
        owner = subject_of(parsed.text, prev, verb, (noun.start, noun.end))
    return owner if owner is not None and owner.kind in ("name", "role", "org") else None


def _issuer_before(parsed: Parsed, sent: Sentence, m: Mention) -> Mention | None:
    """`Die russische Botschaft wies die Vorwürfe zurück. …, hieß es in einer Erklärung`: a text
    named with an indefinite article and no owner is issued by the body or person the sentence before,
    in the same paragraph, has as its subject."""
    words = m.text.split()
    indefinite = len(words) == 2 and words[0].lower() in _INDEFINITE or len(words) == 1 and \
        re.search(r"\b(?:einer|einem|eines)\s+$", parsed.text[max(0, m.start - 7):m.start], flags=re.I)
    if not indefinite or not any(words[-1].lower().endswith(t) for t in SPOKEN_TEXTS):
        return None
    prev = sentence_beside(parsed, sent, -1)
    if prev is None or "\n\n" in parsed.text[prev.end:sent.start]:
        return None
    subject = sentence_subject(parsed.text, prev, (0, 0))
    if subject is None or subject.kind not in ("name", "role", "org"):
        return None
    # (a body or person, not a thing: `Das Programm sei …, hieß es in einer Mitteilung`)
    head = subject.text.split()[-1]
    return subject if subject.kind != "org" or is_group_or_body(head) else None


_INDEFINITE = frozenset("einer einem eines".split())


def _text_named_before(parsed: Parsed, sent: Sentence, heads: tuple[str, ...], reach: int) -> tuple[Sentence, int] | None:
    """The last noun ending in one of `heads` in the `reach` sentences before `sent`, and its position."""
    for step in range(1, reach + 1):
        prev = sentence_beside(parsed, sent, -step)
        if prev is None:
            return None
        k = next((k for k in range(len(prev.words) - 1, -1, -1) if prev.words[k].upos in ("NOUN", "PROPN")
                  and prev.words[k].text.lower().endswith(heads)), None)
        if k is not None:
            return prev, k
    return None


def sentence_beside(parsed: Parsed, sent: Sentence, step: int) -> Sentence | None:
    """The sentence `step` places after (negative: before) `sent`, if any."""
    i = sent.index + step
    # sentence indexes are positions in parsed.sentences (an index lookup, not a scan)
    if 0 <= i < len(parsed.sentences) and parsed.sentences[i].index == i:
        return parsed.sentences[i]
    return next((s for s in parsed.sentences if s.index == i), None)


def _verbatim(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def headline_repeats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The headline's quotations that the article quotes again word for word below: one statement,
    whose row is the body's (`„Wir verlieren Teile der Bundeswehr an die AfD“` over the article and
    in it). An article opening with its first paragraph has no headline."""
    first_break = headline_end(text)
    line = text[:first_break].lstrip()
    if len(line) > 200 or line.rstrip().endswith("."):
        return []
    body = [_verbatim(text[c.start:c.end]) for c in cands if c.kind == "direct" and c.start > first_break]
    return [c for c in cands if c.kind == "direct" and c.end <= first_break
            and any(f" {_verbatim(text[c.start:c.end])} " in f" {b} " for b in body)]


def whole_headline(text: str, cand: Candidate) -> bool:
    """The quote is all the headline says (`„Europa muss aufwachen“`), but for two words at most."""
    line_end = headline_end(text)
    return cand.end <= line_end and word_count(text[headline_start(text):cand.start] + " " + text[cand.end:line_end]) <= 2


def lead_frame(parsed: Parsed, cand: Candidate) -> tuple[Mention, Sentence, str] | None:
    """`„Die Lage an der Front ist schwierig“` over `Der Oberbefehlshaber …, Olexander Syrskyj, hat die
    Lage als schwierig bezeichnet.`: the subject of the lead's first sentence, when its main verb is a
    speech verb in the active, names whose words a headline quote no one repeats below are (its
    mention, sentence and the verb's lemma), when the quote is all the headline says. A dateline
    sentence (`Kiew.`) before it is skipped."""
    # (a text whose first line is a paragraph has no headline to frame)
    if not whole_headline(parsed.text, cand):
        return None
    line_end = headline_end(parsed.text)
    body = [s for s in parsed.sentences if s.start > line_end]
    if body and len(body[0].words) < 3:
        body = body[1:]
    if not body:
        return None
    sent = body[0]
    root = next((w for w in sent.words if w.head == 0 and w.upos == "VERB"), None)
    if root is None or not is_cue(sent, root) or passive(sent, root):
        return None
    m = subject_of(parsed.text, sent, root, (cand.start, cand.end))
    return (m, sent, cue_lemma(sent, root)) if m is not None and m.kind in ("name", "role", "org") else None
