"""Direct speech without quotation marks, found by the article's layout: a paragraph that the next
one attributes (block quote), a paragraph signed by a line naming its speaker, an embedded post
above its author's signature."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from quotes.clauses import is_subjunctive
from quotes.cues import anaphoric_frame, cue_lemma, passive
from quotes.interview import opens_with_label
from quotes.lexicon import FIRST_NAMES, FIRST_PERSON, QUOTE_NOUNS, SPEECH_VERBS
from quotes.marks import word_count
from quotes.names import role_head
from quotes.layout import POST_HEADER, POST_SIGNATURE, POST_TIME, QUOTE_MARKS, holds_office, signs_quote, signs_speech
from quotes.spans import Spans, overlaps_any
from quotes.types import Candidate, Parsed

_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def block_quotes(parsed: Parsed, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A paragraph without quotation marks that the next paragraph opens by attributing
    (`Wir haben unsere Vorschläge klar formuliert. …` / `Das sagte Lawrow in Moskau.`): a block
    quote. A paragraph in Konjunktiv is reported speech, left to the indirect rules."""
    direct = Spans(direct)
    text = parsed.text
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for (a0, a1), (b0, _) in zip(paras, paras[1:]):
        body, frame = text[a0:a1].rstrip(), parsed.sentence_at(b0)
        if frame is None or frame.start < b0 or not _unmarked_speech(body, a0, a1, direct):
            continue
        cue = anaphoric_frame(frame)
        if cue is None or cue_lemma(frame, cue) not in SPEECH_VERBS:
            continue
        sentences = [s for s in parsed.sentences if a0 <= s.start < a1]
        if sentences and not any(is_subjunctive(w, s) for s in sentences for w in s.words):
            yield Candidate(a0, a0 + len(body), "direct", "direct:block", 0.6, cue_start=cue.start, cue_end=cue.end)


def _unmarked_speech(body: str, start: int, end: int, direct: Spans, least: int = 6) -> bool:
    """The paragraph `body` at [start, end) can be speech without marks: none in it, no quotation
    found there already, `least` words or more, and a sentence's end."""
    return not QUOTE_MARKS & set(body) and not overlaps_any(start, end, direct) and word_count(body) >= least \
        and re.search(r"[.!?…]$", body) is not None


def colon_blocks(parsed: Parsed, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A paragraph without quotation marks after a paragraph that ends in a speech verb's colon
    (`Auf Telegram schrieb der Vize-Chef des Sicherheitsrats:` / `Die Lieferung … ist ein Spiel mit
    dem Feuer. …`): a block quote, its speaker the verb's subject. A paragraph opening in Konjunktiv
    is reported speech, left to the indirect rules."""
    direct = Spans(direct)
    text = parsed.text
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for (a0, a1), (b0, b1) in zip(paras, paras[1:]):
        head, body = text[a0:a1].rstrip(), text[b0:b1].rstrip()
        frame = parsed.sentence_at(a0 + len(head) - 1)
        # (an interview's turns after its lead-in are read as turns: `Frage: …`, `Hofreiter: …`)
        # (after a speech verb's colon a short post is words too: `Only the AfD can save Germany.`)
        if not head.endswith(":") or frame is None or not _unmarked_speech(body, b0, b1, direct, 3) or opens_with_label(body):
            continue
        cue = next((w for w in reversed(frame.words) if w.start < a0 + len(head) - 1 and w.upos == "VERB"
                    and (cue_lemma(frame, w) in SPEECH_VERBS or _publishes_text(frame, w))), None)
        # the first sentence's finite verb: its root, or the copula or auxiliary on it
        first = parsed.sentence_at(b0)
        root = next((w for w in first.words if w.head == 0), None) if first is not None else None
        finite = [w for w in first.words if w is root or root is not None and w.head == root.index
                  and w.deprel in ("cop", "aux")] if first is not None else []
        # (`Ihm wird vorgeworfen:` names no speaker: what follows is a list, not someone's words)
        if cue is None or passive(frame, cue) or any(is_subjunctive(w, first) for w in finite):
            continue
        yield Candidate(b0, b0 + len(body), "direct", "direct:block", 0.6, cue_start=cue.start, cue_end=cue.end)
        # (a statement's further paragraphs in the first person go on with it: `Wir verurteilen … /
        # Wir bekräftigen …`, until the article's own words)
        for c0, c1 in paras[paras.index((b0, b1)) + 1:]:
            more = text[c0:c1].rstrip()
            sent = parsed.sentence_at(c0)
            if not _unmarked_speech(more, c0, c1, direct) or not FIRST_PERSON.search(more) or sent is None or \
                    opens_with_label(more) or \
                    any(is_subjunctive(w, sent) for w in sent.words):
                break
            yield Candidate(c0, c0 + len(more), "direct", "direct:block", 0.6, cue_start=cue.start, cue_end=cue.end)


# verbs that put out a text: with `folgende Erklärung` as object they frame it like a speech verb
_PUBLISHING = frozenset("veröffentlichen verbreiten herausgeben abgeben verlesen".split())


def _publishes_text(sent, verb) -> bool:
    """`haben folgende Erklärung veröffentlicht:`: a verb that puts out a text with a noun of saying as object."""
    return cue_lemma(sent, verb) in _PUBLISHING and any(
        c.text in QUOTE_NOUNS and c.deprel in ("obj", "nsubj", "nsubj:pass") for c in sent.children(verb.index))


SIGNED = "direct:block-signed"


def signed_blocks(parsed: Parsed, direct: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A paragraph of first-person speech without marks signed by a line that only names its
    speaker (`Wir werden der Ukraine helfen. …` / `Die Außenministerin Annalena Baerbock`), with more
    text after the signature (a name closing the article is its author's, unless an office says whose
    voice it is: `Ungarns Ministerpräsident Viktor Orbán`)."""
    direct = Spans(direct)
    text = parsed.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start():m.end()].strip()]
    opens = 0  # the first line of the paragraph that lines[i - 1] belongs to
    last = len(lines) - 1 if lines and holds_office(text[lines[-1][0]:lines[-1][1]]) else len(lines) - 2
    for i in range(1, last + 1):
        if "\n\n" in text[lines[i - 2][1]:lines[i - 1][0]] if i >= 2 else False:
            opens = i - 1
        s0, s1 = lines[i]
        if text[lines[i - 1][1]:s0].count("\n") > 2:
            continue
        # the body: the paragraph (or the lines of it) right before the signature
        a0, a1 = lines[opens][0], lines[i - 1][1]
        body = text[a0:a1].rstrip()
        # (the full stop the pipeline puts after a text's last word is no part of a closing signature)
        signature = text[s0:s1].rstrip(".") if i == len(lines) - 1 else text[s0:s1]
        if not signs_speech(body, signature) or not _names_someone(parsed, s0, s1) \
                or overlaps_any(a0, a1, direct) or word_count(body) < 6:
            continue
        if not FIRST_PERSON.search(body) and "\n\n" in text[a1:s0]:
            continue  # (a name and office set apart below words in no first person may be the author's)
        sentences = [s for s in parsed.sentences if a0 <= s.start < a1]
        if sentences and not any(is_subjunctive(w, s) for s in sentences for w in s.words):
            yield Candidate(a0, a0 + len(body), "direct", SIGNED, 0.6, cue_start=s0, cue_end=s1)


def signed_quotes(parsed: Parsed, direct: list[Candidate]) -> list[Candidate]:
    """A quotation in marks that fills its paragraph, with a line below that only names its speaker
    (`„Wir müssen … nachdenken.“` / `Der französische Präsident Emmanuel Macron`): the quote is
    signed, like a block quote without marks."""
    text = parsed.text
    out = []
    for c in direct:
        para = text.rfind("\n", 0, c.start) + 1
        line_end = text.find("\n", c.end)
        if c.rule != "direct:marks" or line_end < 0 or len(text[para:c.start].strip()) > 1 \
                or len(text[c.end:line_end].strip()) > 1:
            out.append(c)
            continue
        # (`— Sergej Schoigu, russischer Verteidigungsminister`: a dash may open the signature)
        nxt = re.match(r"\n[ \t]*\n?[ \t]*(?:[—–-][ \t]*)?([^\n]+)", text[line_end:])
        if nxt is None:
            out.append(c)
            continue
        s0, s1 = line_end + nxt.start(1), line_end + nxt.end(1)
        line = nxt.group(1)
        if not text[s1:].strip():
            line = line.rstrip(".")  # (the full stop `prepare_text` puts after a last line is no sentence's)
        signed = signs_quote(text[para:line_end], line) and _names_someone(parsed, s0, s1) and _names_a_person(line)
        out.append(replace(c, rule=SIGNED, cue_start=s0, cue_end=s1) if signed else c)
    return out


POST = "direct:post"
_POST_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def embedded_posts(parsed: Parsed) -> Iterator[Candidate]:
    """An embedded post (X/Twitter, Mastodon, Bluesky as pages copy them): the lines right above a
    signature with the author's name and handle are that author's words, with the links left out
    (in marks or not: the caller sets aside the quotes in marks inside it)."""
    text = parsed.text
    for m in POST_SIGNATURE.finditer(text):
        above = text[:m.start()].rstrip()
        # the post's paragraph right above the signature, a blank line between them or not
        para = text.rfind("\n\n", 0, len(above))
        a0 = para + 2 if para >= 0 else 0
        body = _POST_LINKS.sub("", text[a0:len(above)])
        # (a line that introduces the embed, `Twitter-Beitrag von @MedvedevRussiaE:`, is the page's)
        while "\n" in body.strip() and body.strip().split("\n", 1)[0].rstrip().endswith(":"):
            cut = body.index("\n", len(body) - len(body.lstrip())) + 1
            a0, body = a0 + cut, body[cut:]
        a0 += len(body) - len(body.lstrip())
        post = _post(text, body.strip().strip("„“\"»«").strip(), a0, m)
        if post is not None:
            yield post
    yield from post_cards(parsed)


def post_cards(parsed: Parsed) -> Iterator[Candidate]:
    """A post card (`Wolodymyr Selenskyj @ZelenskyyUa`, the post, `12:45 PM · 3. Mai 2024`): the lines
    between the author's line and the time line are the author's words (without the time line, an
    author's line is as likely a byline with a handle)."""
    text = parsed.text
    for m in POST_HEADER.finditer(text):
        after = text.find("\n", m.end())
        time = POST_TIME.search(text, after, after + _POST_REACH) if after >= 0 else None
        if time is None:
            continue
        body = _POST_LINKS.sub("", text[after:time.start()]).strip()
        post = _post(text, body, after, m) if not POST_HEADER.search(body) else None
        if post is not None:
            yield post


_POST_REACH = 1500  # a post card's text is at most this long (the time line ends it)


def _post(text: str, body: str, at: int, author: re.Match) -> Candidate | None:
    """The post's words found from `at` on, signed by the `name` group of `author`; none for fewer than
    two words."""
    if word_count(body) < 2:
        return None
    start = text.find(body, at)
    return Candidate(start, start + len(body), "direct", POST, 0.8, cue_start=author.start("name"),
                     cue_end=author.end("name"))


def _names_a_person(line: str) -> bool:
    """A first name or an office in the line (`Emmanuel Macron`, `Kremlsprecher Peskow`): a person,
    not a subheading that names a place (`Die Lage in Charkiw`)."""
    words = re.findall(r"[\w-]+", line)
    return any(w in FIRST_NAMES or role_head(w) for w in words)


def _names_someone(parsed: Parsed, start: int, end: int) -> bool:
    """A signature line holds a name and no finite verb (`Annalena Baerbock, Außenministerin`)."""
    words = [w for s in parsed.sentences for w in s.words if start <= w.start < end]
    return any(w.upos == "PROPN" or w.text in FIRST_NAMES for w in words) and \
        not any(w.feat("VerbForm") == "Fin" for w in words)
