"""Give each candidate a speaker mention and a cue, or drop it.

Order of evidence: the cue of the construction itself (indirect speech), a speech
verb next to the quote in the same sentence (`„…“, sagte er` / `X sagte: „…“`),
`so X`, then carry-over from the speaker of the previous sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.detect import cue_lemma, is_cue, subtree
from quotes.speakers import PRONOUNS, People, Resolved, resolve, role_head
from quotes.types import Candidate, Mention, Parsed, Quote, Sentence, Word

SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
NP_RELS = ("flat", "flat:name", "appos", "compound", "det", "amod", "nmod:poss", "det:poss", "nmod", "conj", "cc")
CARRY_SENTENCES = 3  # how far back a speaker carries over to an unattributed quote


@dataclass(frozen=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    how: str  # rule suffix: cue-after, cue-before, so, carry, construction


def _words_between(sent: Sentence, start: int, end: int) -> list[Word]:
    return [w for w in sent.words if w.start >= start and w.end <= end]


def mention_of(sent: Sentence, head: Word, exclude: tuple[int, int]) -> Mention | None:
    """The noun phrase headed by `head` as a speaker mention."""
    if exclude[0] <= head.start < exclude[1]:
        return None
    if head.upos == "PRON":
        if head.text.lower() in PRONOUNS:
            return Mention(head.text, head.start, head.end, "pronoun")
        return None
    words = [head]
    stack = [head]
    while stack:
        w = stack.pop()
        for c in sent.children(w.index):
            if c.deprel in NP_RELS and c.upos in ("PROPN", "NOUN", "ADJ", "DET", "X", "NUM", "PUNCT", "CCONJ") \
                    and not exclude[0] <= c.start < exclude[1] and c.deprel != "nmod" or \
                    (c.deprel == "nmod" and c.upos == "PROPN" and c.start < head.start):
                words.append(c)
                stack.append(c)
    words.sort(key=lambda w: w.index)
    # keep the contiguous stretch around the head
    idx = [w.index for w in words]
    lo = hi = idx.index(head.index)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    words = [w for w in words[lo:hi + 1] if w.upos != "PUNCT" or w.text == "-"]
    while words and words[-1].upos in ("PUNCT", "CCONJ", "DET", "ADP"):
        words.pop()
    if not words:
        return None
    runs, cur = [], []
    for w in words:
        if w.upos == "PROPN" or (w.ner.endswith("PER") and w.ner != "O"):
            cur.append(w)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    person_runs = [r for r in runs if not (len(r) == 1 and r[0].text.endswith("s") and r[0] is not words[-1])]
    if person_runs:
        run = max(person_runs, key=lambda r: (len(r), r[0].index))
        return Mention(" ".join(w.text for w in run), run[0].start, run[-1].end, "name")
    text = " ".join(w.text for w in words)
    kind = "role" if role_head(words[-1].text) or head.upos == "NOUN" and role_head(head.text) else "org"
    if head.upos not in ("NOUN", "PROPN", "X"):
        return None
    return Mention(text, words[0].start, words[-1].end, kind)


def surface_np(sent: Sentence, start_i: int, direction: int, exclude: tuple[int, int]) -> Mention | None:
    """A noun phrase next to a cue when the parse gives no subject: `sagte Kremlsprecher Peskow`."""
    i = start_i
    words = sent.words
    while 0 <= i < len(words) and words[i].upos in ("ADV", "PUNCT") and words[i].text not in ".!?:;":
        i += direction
    if not 0 <= i < len(words):
        return None
    w = words[i]
    if w.upos == "PRON" and w.text.lower() in PRONOUNS:
        return mention_of(sent, w, exclude)
    span = []
    while 0 <= i < len(words) and words[i].upos in ("DET", "ADJ", "NOUN", "PROPN", "X") and \
            not exclude[0] <= words[i].start < exclude[1]:
        span.append(words[i])
        i += direction
    if direction < 0:
        span.reverse()
    nouns = [x for x in span if x.upos in ("NOUN", "PROPN")]
    if not nouns:
        return None
    head = nouns[-1] if direction > 0 else nouns[-1]
    propn = [x for x in span if x.upos == "PROPN"]
    if propn:
        # the last run of names: `Kremlsprecher Dmitri Peskow`
        run = [propn[-1]]
        for x in reversed(propn[:-1]):
            if x.index == run[0].index - 1:
                run.insert(0, x)
            else:
                break
        return Mention(" ".join(x.text for x in run), run[0].start, run[-1].end, "name")
    text = " ".join(x.text for x in span)
    return Mention(text, span[0].start, span[-1].end, "role" if role_head(head.text) else "org")


def subject_of(sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    for c in sent.children(cue.index):
        if c.deprel in SUBJECT_RELS:
            m = mention_of(sent, c, exclude)
            if m is not None:
                return m
    # the subject of an auxiliary construction hangs on the participle's head
    pos = sent.words.index(cue)
    if cue.text.lower() == "so" or cue.start > exclude[1]:
        m = surface_np(sent, pos + 1, 1, exclude)
        if m is not None:
            return m
    return surface_np(sent, pos - 1, -1, exclude)


def _cue_after(sent: Sentence, end: int) -> Word | None:
    after = [w for w in sent.words if w.start >= end]
    for i, w in enumerate(after[:6]):
        if is_cue(sent, w):
            return w
        if w.text.lower() == "so" and i > 0 and after[i - 1].text == ",":
            return w
        if w.upos in ("VERB",) and i > 1:
            break
    return None


def _cue_before(sent: Sentence, start: int) -> Word | None:
    before = [w for w in sent.words if w.end <= start]
    for w in reversed(before):
        if is_cue(sent, w):
            return w
    return None


def find_attribution(parsed: Parsed, cand: Candidate) -> Attribution | None:
    span = (cand.start, cand.end)
    if cand.cue_start is not None:
        sent = parsed.sentence_at(cand.cue_start)
        cue = next((w for w in sent.words if w.start == cand.cue_start), None) if sent else None
        if cue is not None:
            if cue.text.lower() in ("laut", "zufolge", "angaben"):
                m = _according_to(sent, cue, span)
            else:
                m = subject_of(sent, cue, span)
            if m is not None:
                return Attribution(m, cue_lemma(sent, cue), "construction")
    # sentence(s) around the quote: the one it ends in, then the one it starts in
    last = parsed.sentence_at(max(cand.end - 1, cand.start))
    first = parsed.sentence_at(cand.start)
    nxt = _next_sentence(parsed, last) if last else None
    for sent in filter(None, (last, nxt if nxt and nxt.start - cand.end < 4 else None)):
        cue = _cue_after(sent, cand.end)
        if cue is not None:
            m = subject_of(sent, cue, span)
            if m is not None:
                return Attribution(m, cue_lemma(sent, cue) if cue.text.lower() != "so" else "so", "cue-after")
    if first is not None:
        cue = _cue_before(first, cand.start)
        if cue is not None:
            m = subject_of(first, cue, span)
            if m is not None:
                return Attribution(m, cue_lemma(first, cue), "cue-before")
    return None


def _according_to(sent: Sentence, cue: Word, span: tuple[int, int]) -> Mention | None:
    pos = sent.words.index(cue)
    if cue.text.lower() == "zufolge":
        return surface_np(sent, pos - 1, -1, span)
    if cue.text.lower() == "angaben":
        # nach Angaben von X / des X
        return surface_np(sent, pos + 2 if pos + 1 < len(sent.words) and sent.words[pos + 1].text == "von" else pos + 1, 1, span)
    return surface_np(sent, pos + 1, 1, span)


def _next_sentence(parsed: Parsed, sent: Sentence) -> Sentence | None:
    i = sent.index
    for s in parsed.sentences:
        if s.index == i + 1:
            return s
    return None


def _sentence_position(parsed: Parsed, offset: int) -> int:
    s = parsed.sentence_at(offset)
    if s is not None:
        return s.index
    before = [s.index for s in parsed.sentences if s.start <= offset]
    return before[-1] if before else 0


def person_like(sent: Sentence, run: list[Word]) -> bool:
    """A run of names is a person when it has a first and last name, a PER tag, or a role noun before it."""
    if any(w.ner.endswith("PER") for w in run):
        return True
    if len(run) >= 2 and all(w.text[:1].isupper() for w in run) and not run[-1].text.endswith("s") or \
            len(run) >= 2 and len(run) <= 4:
        return True
    prev = sent.word(run[0].index - 1)
    if prev is not None and role_head(prev.text):
        return True
    head = sent.word(run[0].head) if run[0].head else None
    if run[0].deprel in SUBJECT_RELS and head is not None and is_cue(sent, head):
        return True
    return False


def attribute(parsed: Parsed, candidates: list[Candidate]) -> list[tuple[Candidate, Attribution, Resolved]]:
    """Attribute candidates in text order, carrying speakers over to quotes that name none."""
    people = People.from_parsed(parsed, person_like)
    out = []
    recent: tuple[int, str | None, Resolved] | None = None  # (sentence index, cue, speaker)
    cue_speakers = _cue_speakers(parsed, people)
    for cand in sorted(candidates, key=lambda c: c.start):
        sidx = _sentence_position(parsed, cand.start)
        att = find_attribution(parsed, cand)
        resolved = None
        if att is not None and att.mention is not None:
            name_hint = recent[2].name if recent and sidx - recent[0] <= CARRY_SENTENCES else None
            resolved = resolve(att.mention, people, name_hint)
            if resolved.name is None:
                resolved = None
        if resolved is None:
            # no speaker in the quote's own sentence: the last speaker nearby, if any
            prior = _latest_speaker(recent, cue_speakers, sidx)
            if prior is None or cand.rule in ("direct:short",):
                continue
            if cand.kind == "direct" and cand.rule == "direct:phrase":
                continue
            att = Attribution(prior[1].name and Mention(prior[1].name, cand.start, cand.start, "name"), prior[2], "carry")
            resolved = prior[1]
        out.append((cand, att, resolved))
        recent = (_sentence_position(parsed, cand.end - 1), att.cue, resolved)
    return out


def _cue_speakers(parsed: Parsed, people: People) -> list[tuple[int, Resolved, str]]:
    """(sentence index, speaker, cue) for every speech verb with a subject, quote or not."""
    found = []
    for sent in parsed.sentences:
        for w in sent.words:
            if is_cue(sent, w):
                for c in sent.children(w.index):
                    if c.deprel in SUBJECT_RELS:
                        m = mention_of(sent, c, (0, 0))
                        if m is not None:
                            r = resolve(m, people, None)
                            if r.name:
                                found.append((sent.index, r, cue_lemma(sent, w)))
    return found


def _latest_speaker(recent, cue_speakers, sidx: int):
    best = None
    if recent is not None and 0 <= sidx - recent[0] <= CARRY_SENTENCES:
        best = (recent[0], recent[2], recent[1])
    for s, r, cue in cue_speakers:
        if s <= sidx and sidx - s <= CARRY_SENTENCES - 1 and (best is None or s > best[0]):
            best = (s, r, cue)
    return best


def to_quote(text: str, cand: Candidate, att: Attribution, r: Resolved) -> Quote:
    rule = f"{cand.rule}+{att.how}"
    conf = round(cand.confidence * (0.6 if att.how == "carry" else 1.0), 2)
    return Quote(start=cand.start, end=cand.end, text=text[cand.start:cand.end], kind=cand.kind,
                 rule=rule, confidence=conf, speaker=r.name, side=r.side or "OTHER",
                 mention=att.mention if att.how != "carry" else None, cue=att.cue)

