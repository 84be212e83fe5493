"""Article layout in plain text: the headline line, paragraphs, page junk (banners, menus, teaser
lists, headings) to blank out before parsing, and the signature lines of block quotes."""

from __future__ import annotations

import re

from quotes.lexicon import (FIRST_PERSON, JUNK_LINE_PATTERNS, JUNK_TAIL_MARKERS, SENTENCE_OPENERS, SPEECH_VERBS, STRONG_VERBS,
                            TEASER_MARKERS, TITLE_NOUNS, is_konjunktiv_form)
from quotes.marks import DOUBLE_OPENERS, SINGLE_OPENERS
from quotes.names import role_head
from quotes.types import Parsed, Sentence


def headline_start(text: str) -> int:
    """Where the article's first line with words starts (a menu masked above the headline leaves blank
    lines before it)."""
    return len(text) - len(text.lstrip())


def headline_end(text: str) -> int:
    """Where the article's first line with words ends; the text's end for a text of one line."""
    end = text.find("\n", headline_start(text))
    return len(text) if end < 0 else end


def title_end(text: str) -> int:
    """Where the article's title ends: its first line with words, or the line under it when that
    line only announces an interview (`Interview mit Außenminister Johann Wadephul` / `„…“`)."""
    end = headline_end(text)
    if not _INTERVIEW_HEADING.search(text[headline_start(text):end]):
        return end
    nxt = re.compile(r"\n\s*(\S[^\n]*)").match(text, end)
    return nxt.end(1) if nxt is not None else end


def sentence_before_in_paragraph(parsed: Parsed, sent: Sentence) -> Sentence | None:
    """The sentence right before `sent` when no line break lies between them, else None."""
    if sent.index == 0:
        return None
    prev = parsed.sentences[sent.index - 1]
    return None if "\n" in parsed.text[prev.end:sent.start] else prev


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block separated by blank lines; of each line in a text with no blank line
    (a page copied one paragraph per line: a cookie banner's line is not the whole article)."""
    spans, pos = [], 0
    breaks = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    for m in re.finditer(breaks, text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


# `„Wir bleiben hart“: Lawrow verteidigt Kurs`: a headline opening with a quotation says something
_HEADLINE_QUOTE = re.compile(r"^\s*[„»«\"“‚]\w[^„“”»«\"\n]*\s[^„“”»«\"\n]*\w[.!?…]?[“”«»\"‘]\s?[:–—-]\s*\w")


def _is_sentence_like(block: str) -> bool:
    words = re.findall(r"\w+", block)
    return len(words) >= 8 or bool(re.search(r"[.!?:…\"“”«»]\s*$", block)) or bool(_HEADLINE_QUOTE.match(block))


QUOTE_MARKS = frozenset("„“”»«\"‚‘’‹›")


# a credit or link line, not a speaker's signature
_NOT_SIGNATURES = re.compile(r"(?i)^(von|foto|fotos|bild|quelle|mehr|lesen|anzeige|video|grafik|text|mit material)\b")


def _signature_shape(line: str) -> bool:
    """A short line of capitalised words that is no sentence, credit or link (`Die Außenministerin
    Annalena Baerbock`, `Der französische Präsident Emmanuel Macron im Interview`), the occasion
    after the name at most eight words more (`… Selenskyj in seiner Rede vor dem Europäischen Parlament`)."""
    occasion = _OCCASION.search(line)
    who = line[:occasion.start()] if occasion else line
    return len(re.findall(r"\w+", who)) <= 8 and len(re.findall(r"\w+", line)) <= 16 \
        and len(re.findall(r"\b[A-ZÄÖÜ]\w", who)) >= 2 \
        and line[:1].isupper() and not re.search(r"[.!?:;]$", line) and not _NOT_SIGNATURES.match(line) \
        and not QUOTE_MARKS & set(line)


# where a signature goes on with the occasion of the words (`… in seiner Rede vor …`, `… beim Gipfel`)
_OCCASION = re.compile(r"\s(?:in|im|bei|beim|auf|am|vor|gegenüber|während|nach)\s")


def signs_speech(before: str, line: str) -> bool:
    """`Die Außenministerin Annalena Baerbock` after a paragraph of first-person speech without marks:
    the signature of a block quote, not a caption (quotes/blocks.py reads it)."""
    before, line = before.strip(), line.strip()
    return _signature_shape(line) and not QUOTE_MARKS & set(before) and bool(re.search(r"[.!?…]$", before)) \
        and (bool(FIRST_PERSON.search(before)) or _name_then_office(line))


# `Olaf Scholz, Bundeskanzler`, `Viktor Orbán, ungarischer Ministerpräsident`: a person's name, a comma and
# an office, the way a page signs a voice (a caption describes a picture in a sentence)
_NAME_COMMA = re.compile(r"[A-ZÄÖÜ][\w.'-]+(?:\s+(?:von|van|de|der|zu|al)?\s*[A-ZÄÖÜ][\w.'-]+){1,3},\s+(?P<office>[^,]+)")


def _name_then_office(line: str) -> bool:
    """A signature naming a person, then their office after a comma: the words above are theirs even
    in no first person (`Dieser Gipfel hat gezeigt, …` / `Olaf Scholz, Bundeskanzler`)."""
    m = _NAME_COMMA.fullmatch(line)
    return m is not None and len(m.group("office").split()) <= 5 and holds_office(m.group("office")) \
        and not any(role_head(w) for w in re.findall(r"[\w-]+", line[:m.start("office")]))


OPENERS = {**DOUBLE_OPENERS, **SINGLE_OPENERS}


def signs_quote(before: str, line: str) -> bool:
    """`„Wir müssen … nachdenken.“` / `Der französische Präsident Emmanuel Macron`: a paragraph that is
    one quotation in marks, signed by a line that only names its speaker (after a dash, as a page's
    block quote has it: `— Sergej Schoigu, russischer Verteidigungsminister`)."""
    before, line = before.strip(), line.strip().lstrip("—–- \t")
    return _signature_shape(line) and len(before) > 2 and before[0] in OPENERS \
        and before[-1] in OPENERS.get(before[0], "") and bool(re.search(r"[.!?…]$", before[:-1].rstrip()))


def signs_any(before: str, line: str) -> bool:
    return signs_speech(before, line) or signs_quote(before, line)


def holds_office(line: str) -> bool:
    """A signature naming an office of someone quoted (`Ungarns Ministerpräsident Viktor Orbán`), not
    of the one who wrote the article: it may close the article."""
    words = re.findall(r"[\w-]+", line)
    return any(role_head(w) for w in words) and not _BYLINE.search(line)


_BYLINE = re.compile(r"(?i)korrespondent|redakteur|reporter|autor|journalist|\bvon\b|mitarbeit|text:|foto")


# a tail marker with its linked title on the same line (`Mehr zum Thema: Nato-Osterweiterung: …`)
# (RT DE writes `Mehr zum Thema - Russland: …` with a dash)
_INLINE_TEASER = re.compile(r"(?i)(lesen sie (auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren)"
                            r"\s*(:|\s[-–—])\s*\S")


# a paragraph that is one short phrase in marks with no stop at all: a subheading quoting what follows
_SUBHEADING_IN_MARKS = re.compile(r"[„\"»«][^„“”\"»«.!?…:\n]{3,100}[“”\"«»]")


# `— Annalena Baerbock (@ABaerbock) 10. Oktober 2022`: the line an embedded post is signed with
POST_SIGNATURE = re.compile(r"^[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n(@—–]{2,80}?)[ \t]*\(@\w{1,30}\)[^\n]*$", re.M)
# `Wolodymyr Selenskyj @ZelenskyyUa` over the post, `12:45 PM · 3. Mai 2024` under it: a post card as
# pages copy it to text
POST_HEADER = re.compile(r"^[ \t]*(?P<name>[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,4})[ \t]*[✓✔]?[ \t]*@\w{1,30}[ \t]*$", re.M)
POST_TIME = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*Uhr)?[ \t]*·[^\n]*$", re.M)


_HEADING_LABEL = re.compile(r"[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?: ")
_INTERVIEW_HEADING = re.compile(r"\b(?:Interview|Gespräch)\s+mit\b", re.I)


def junk_spans(text: str) -> list[tuple[int, int]]:
    """Blocks that are page chrome, not article: banners, menus, teaser lists, disclaimers.

    A teaser list is recognised by a tail marker (`Weitere News`) once the body has
    begun; everything after it is dropped, since outlets append link lists there.
    """
    spans = []
    blocks = paragraphs(text)
    body_seen = 0
    for i, (s, e) in enumerate(blocks):
        block = text[s:e].strip()
        lines = block.split("\n")
        # (the marker may follow a line of sharing links in the same block)
        tail = next((j for j, l in enumerate(lines) if any(re.fullmatch(p, l.strip(), re.I) for p in JUNK_TAIL_MARKERS)),
                    None) if body_seen >= 2 else None
        if tail is not None:
            start = s + sum(len(l) + 1 for l in lines[:tail]) + (len(text[s:e]) - len(text[s:e].lstrip()))
            if all(_INLINE_TEASER.match(l.strip()) for l in lines[tail:] if l.strip()) or \
                    all(_teaser_title(l) for l in lines[tail + 1:]) and _prose(text, blocks[i + 1:i + 2]):
                # `Lesen Sie auch: „Putin droht dem Westen“`: a link set into the article, which goes on
                # (so does a box of a few link titles with article prose right below it)
                spans.append((s if tail == 0 else start, e))
                continue
            spans.append((s if tail == 0 else start, len(text)))
            break
        if len(lines) > 1 and any(re.fullmatch(p, lines[0].strip(), re.I) for p in JUNK_TAIL_MARKERS) \
                and all(_teaser_title(l) for l in lines[1:]):
            # `Dazu passend:` over link titles early in the article (before the tail's rule applies):
            # the block is links, and the article goes on after it
            spans.append((s, e))
            continue
        if any(re.search(p, block, re.I) for p in JUNK_LINE_PATTERNS):
            # (lines of article text over the junk line in one block stay: `…, sagte Merz.\nMehr zum
            # Thema: …` with no blank line between them)
            first = next((j for j, l in enumerate(lines) if _junk_line(l)), 0)
            kept = lines[:first] if all(len(re.findall(r"\w+", l)) >= 8 and re.search(r"[.!?\"“”«»]\s*$", l)
                                        for l in lines[:first]) else []
            if not kept:
                spans.append((s, e))
                continue
            spans.append((s + sum(len(l) + 1 for l in kept) + len(text[s:e]) - len(text[s:e].lstrip()), e))
            body_seen += len(" ".join(kept).split()) >= 12
            continue
        if len(lines) == 1 and _INLINE_TEASER.match(block):
            spans.append((s, e))  # `Auch interessant: „So teuer wird das Parken“` between paragraphs: a link
            continue
        if (i == 0 or i <= 2 and _INTERVIEW_HEADING.search(block)) and len(lines) == 1 \
                and 3 <= len(re.findall(r"\w+", block)) <= 15 and "|" not in block:
            # the title, or the line under it that introduces an interview: its names count for the
            # article (`SPIEGEL-Gespräch mit Annalena Baerbock`, `Interview mit Außenminister Johann Wadephul`)
            continue
        if i > 0 and len(lines) == 1 and _SUBHEADING_IN_MARKS.fullmatch(block) and \
                not all(any(a <= bs and be <= b for a, b in spans) for bs, be in blocks[:i]) and \
                not (i + 1 < len(blocks) and _points_back_at_words(text[blocks[i + 1][0]:blocks[i + 1][1]].lstrip())) and \
                not (i == 1 and _INTERVIEW_HEADING.search(text[blocks[0][0]:blocks[0][1]])):
            # (under `Interview mit X`, the words in marks are the headline, quoting X)
            # `„Das ist ein Angriff auf die Ordnung“` between paragraphs: a subheading (not the headline
            # under a kicker that is junk itself: `Interview` / `„Wir brauchen mehr Tempo“`)
            spans.append((s, e))
            continue
        if all(not _is_sentence_like(l) for l in lines) and not POST_SIGNATURE.search(block) \
                and not POST_HEADER.search(block) and not POST_TIME.fullmatch(block) and not (
                0 < i and (i < len(blocks) - 1 or holds_office(block)) and signs_any(text[blocks[i - 1][0]:blocks[i - 1][1]], block)):
            spans.append((s, e))  # headings, menu entries, captions without sentences
            continue
        # headings on the lines above their text (`12:40 Uhr – London: Russland verlegt Truppen`, or a
        # live blog's time and headline on two lines): no sentences of the text, which would run into them
        heads = next((k for k, line in enumerate(lines) if _is_sentence_like(line)), 0)
        at = s
        for line in lines[:heads] if i > 0 else ():
            at = text.index(line, at)
            # (a headline's label keeps its name for the text: `Selenskyj: Russland verschleppt Waffenruhe`)
            # (nor is a post card's author line a heading: `Wolodymyr Selenskyj @ZelenskyyUa`)
            if not QUOTE_MARKS & set(line) and not _HEADING_LABEL.match(line) and not POST_HEADER.fullmatch(line):
                spans.append((at, at + len(line)))
            at += len(line)
        if len(re.findall(r"\w+", block)) >= 12:
            body_seen += 1
    return spans


def _points_back_at_words(paragraph: str) -> bool:
    """The paragraph opens by saying who said the words before it (`Das sagte die Grünen-Politikerin
    …`, `Dies erklärte …`, `So äußerte sich …`): those words are a quotation, no subheading."""
    m = _POINTER_FRAME.match(paragraph)
    if m is None:
        return False
    verb = m.group(1).lower()
    stems = {verb[:-len(e)] for e in ("ete", "te", "et", "t") if verb.endswith(e)}
    return verb in _STRONG_SPEECH_FORMS or any(stem + "en" in _SPEECH_TAILS or stem + "n" in _SPEECH_TAILS for stem in stems)


_POINTER_FRAME = re.compile(r"(?:Das|Dies|So|Diese Worte|Mit diesen Worten)\s+([a-zäöüß]+)\b")
# the speech verbs' lemmas and their tails without a particle (`hinzufügen`: `fügte … hinzu`)
_SPEECH_TAILS = frozenset(v[k:] for v in SPEECH_VERBS for k in range(len(v) - 4))
_STRONG_SPEECH_FORMS = frozenset(f for forms in STRONG_VERBS.values() for f in forms)


def _junk_line(line: str) -> bool:
    return any(re.search(p, line.strip(), re.I) for p in JUNK_LINE_PATTERNS)


def _prose(text: str, blocks: list[tuple[int, int]]) -> bool:
    """The block is a paragraph of article text: one line of three sentences or more (a teaser's summary
    under its title has one or two)."""
    if not blocks:
        return False
    block = text[blocks[0][0]:blocks[0][1]].strip()
    return "\n" not in block and len(re.findall(r"\w+", block)) >= 25 and len(re.findall(r"[.!?][“\"»«]?(?:\s|$)", block)) >= 3


def _teaser_title(line: str) -> bool:
    """A link's title: a short line with no full stop of a sentence (`Selenskyj: „Wir brauchen mehr
    Zeit“`, `Baerbock in Kiew: „Wir bleiben an eurer Seite“`)."""
    return 0 < len(re.findall(r"\w+", line)) <= 12 and not re.search(r"[.!?]\s*$", line.strip())


_GLUED = re.compile(r"(?<=[\w)]) +(%s)\b(?! *[-„“\"])" % "|".join(SENTENCE_OPENERS))
_HEADING_TAIL_WORDS = frozenset("und oder der die das den dem des ein eine einer eines einem einen von vom zu zum "
                                "zur in im am an auf aus bei mit nach für über unter vor sowie wie als".split())


_PRONOUN_OPENERS = frozenset("ich du er sie es wir ihr man".split())  # open sentences, not headings


def glued_headings(text: str) -> list[tuple[int, int]]:
    """Headings a text without line breaks runs into (`… freizumachen. Reaktionen Der Kanzler
    nahm …`): up to eight words since the last sentence end, with no punctuation, right before
    a word that only opens a sentence. Blanking them lets the sentence after them parse alone."""
    spans = []
    for m in _GLUED.finditer(text):
        end = m.start()
        start = max(text.rfind(x, 0, end) for x in (". ", "! ", "? ", ": ", "“ ", "\" ", "\n"))
        start = 0 if start < 0 else start + (1 if text[start] == "\n" else 2)
        words = text[start:end].split()
        # (a verb in Konjunktiv says it is a sentence: `Kiew werde nach anderen Wegen suchen`, with
        # `Wegen` the noun; a heading may hold an indicative one)
        if 1 <= len(words) <= 8 and not re.search(r"[,;:„“\"()]", text[start:end]) and words[0][:1].isupper() \
                and words[-1].lower() not in _HEADING_TAIL_WORDS and words[-1].lower() not in TITLE_NOUNS \
                and not any(is_konjunktiv_form(w) for w in words) \
                and words[0].lower() not in _PRONOUN_OPENERS:
            spans.append((start, end))  # `die Rockband Die Happy`: a title noun names what follows
    return spans


_TEASER = re.compile(r"(?:%s) ?:" % "|".join(TEASER_MARKERS))
_KICKER = re.compile(r"[^:.!?„“\"]{2,60}? ?: ")  # `Wolfsmasken-Fall: `, the topic before a teaser title
TEASER_TITLES = 3  # how many titles such a list holds (the pages of domain-dev: always three)


# `… auf Eigenständigkeit./bek/he`: a news agency's initials of its editors glued to the last sentence
_AGENCY_INITIALS = re.compile(r"(?m)(?<=[.!?“\"»])(?:/[a-z]{1,4}){2,}[ \t]*$")


def agency_initials(text: str) -> list[tuple[int, int]]:
    """The editors' initials a news agency puts after a report's last full stop (`./bek/he`,
    `./jha/fba`), which would otherwise run into the last sentence's words."""
    return [(m.start(), m.end()) for m in _AGENCY_INITIALS.finditer(text)]


def inline_teasers(text: str) -> list[tuple[int, int]]:
    """Teaser lists a page runs into its article text (`… am Bundestag. Das interessiert andere
    MSN-Leser: Nach Drohnenabschuss: USA starteten … Keine Überlebenden: Elf Tote … Istanbul:
    Entscheidung im Herzen der Türkei Um dem Trend …`): the heading and its titles, each a kicker
    with a colon and a headline. The last headline ends at a word that only opens a sentence;
    when none follows soon, only up to the last kicker is blanked (never the article's words)."""
    spans = []
    for m in _TEASER.finditer(text):
        end, kickers = m.end(), 0
        while kickers < TEASER_TITLES:
            k = _KICKER.match(text, end + (1 if text[end:end + 1] == " " else 0)) if kickers == 0 else \
                _KICKER.search(text, end, end + 200)
            if k is None:
                break
            end, kickers = k.end(), kickers + 1
        if kickers < TEASER_TITLES - 1:
            continue  # a title may lack its kicker (`Kein Plan vom Brexit? …`): two of three will do
        quoted = re.match(r"\s*[„\"»][^„“\"«»\n]{1,150}[“\"«]", text[end:])
        if quoted:  # a headline in marks: up to its closing mark
            spans.append((m.start(), end + quoted.end()))
            continue
        opener = _GLUED.search(text, end, end + 160)
        spans.append((m.start(), opener.start() if opener is not None else end))
    return spans


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans with spaces (newlines kept) so offsets stay valid."""
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
