"""Files → Articles: encodings, HTML, JSON/JSONL, and page-junk masking.

Readers never raise for one bad record of many: `read_path` yields `Article`
or `InputError` items so the caller can report each problem and go on.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from quotes.errors import InputError, InputWarning
from quotes.lexicon import JUNK_LINE_PATTERNS, JUNK_TAIL_MARKERS, SENTENCE_OPENERS, TEASER_MARKERS, TITLE_NOUNS
from quotes.marks import DOUBLE_OPENERS, SINGLE_OPENERS
from quotes.types import Article

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


def _utf8_replacing(data: bytes) -> tuple[str, list[int]]:
    """UTF-8 with each invalid sequence replaced by U+FFFD; also the byte offsets replaced."""
    parts, bad, pos = [], [], 0
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            return "".join(parts), bad
        except UnicodeDecodeError as e:
            parts.append(data[pos:pos + e.start].decode("utf-8"))
            parts.append("\ufffd")
            bad.append(pos + e.start)
            pos += e.end


def decode_checked(data: bytes, path: str) -> tuple[str, InputWarning | None]:
    """Text of a file: UTF-8 (with or without BOM), else the legacy cp1252 of German pages.

    A file that is UTF-8 but for a few bytes (it has more valid multi-byte characters than
    invalid bytes) stays UTF-8, with those bytes replaced and a warning naming their offsets:
    re-reading it as cp1252 would store every umlaut as `Ã¤`.
    """
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    text, bad = _utf8_replacing(data[bom:])
    if not bad:
        return text, None
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte >= len(bad):
        shown = ", ".join(str(bom + b) for b in bad[:10]) + (f" and {len(bad) - 10} more" if len(bad) > 10 else "")
        return text, InputWarning(path, f"not valid UTF-8 at byte offset{'s' if len(bad) > 1 else ''} {shown}; "
                                        "read as UTF-8 with those bytes replaced by \ufffd")
    for enc in ("cp1252", "latin-1"):
        try:
            return data.decode(enc), None
        except UnicodeDecodeError:
            continue
    raise InputError(path, "cannot decode text (not UTF-8, cp1252 or latin-1)")


def decode(data: bytes, path: str) -> str:
    return decode_checked(data, path)[0]


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.05


STDIN = Path("-")  # `quotes ingest -`: one article from standard input


def load_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    name = str(path)
    if path == STDIN:
        import sys

        data = sys.stdin.buffer.read(max_bytes + 1)
        if not data:
            raise InputError("-", "nothing on standard input")
        if len(data) > max_bytes:
            raise InputError("-", f"standard input too large (> {max_bytes / 1e6:.0f} MB limit)")
        if _looks_binary(data):
            raise InputError("-", "binary data on standard input, not text")
        return data
    try:
        size = path.stat().st_size
    except OSError as e:
        raise InputError(name, f"cannot read file ({e.strerror or e})") from e
    if size == 0:
        raise InputError(name, "empty file")
    if size > max_bytes:
        raise InputError(name, f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:g} MB limit; "
                               "--max-size raises it)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(name, f"cannot read file ({e.strerror or e})") from e
    if _looks_binary(data):
        raise InputError(name, "binary file, not text")
    return data


def parse_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text[:10], fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


_MONTHS = {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4, "apr": 4,
           "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
           "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12}
_DATE_IN_TEXT = re.compile(
    r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?P<d2>\d{1,2})\.\s*(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)\b", re.I)
#: a date or headline is looked for in the article's first lines only (its header)
HEADER_LINES = 4
HEADER_CHARS = 400


def find_date(text: str) -> date | None:
    """The first date written as `11.01.2022`, `21. Januar 2022` or `2022-01-21` in `text`."""
    for m in _DATE_IN_TEXT.finditer(text):
        try:
            if m.group("d"):
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if m.group("d2"):
                return date(int(m.group("y2")), _MONTHS[m.group("mon").lower()], int(m.group("d2")))
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        except ValueError:  # 31.02.2022
            continue
    return None


def _headline_like(line: str) -> bool:
    words = line.split()
    return (3 <= len(words) <= 25 and len(line) <= 200 and line[-1] not in ".,;:!" and "|" not in line
            and "©" not in line and not _DATE_IN_TEXT.search(line) and sum(c.isalpha() for c in line) > len(line) / 2)


def text_metadata(text: str) -> tuple[str | None, date | None]:
    """Headline and date of a plain-text article from its header: the first headline-like line
    among the first few (not a sentence, no date in it) and the first date written there."""
    lines = [l.strip() for l in text.split("\n") if l.strip()][:HEADER_LINES]
    title = next((l for l in lines if _headline_like(l)), None)
    return title, find_date(text[:HEADER_CHARS])


def normalize_text(text: str) -> str:
    """Unify line breaks and odd spaces; keep everything else as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return text.strip("\n\ufeff ")


class _ArticleHTML(HTMLParser):
    """Collects block texts, skipping scripts, navigation and other page chrome."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "button", "svg",
            "figure", "iframe", "select"}
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "article", "section", "br", "tr",
             "td", "pre", "dd", "dt"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.blocks: list[str] = []
        self.cur: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self._in_title = False
        self._in_h1 = False
        self.article_blocks: list[str] | None = None
        self._article_depth = 0
        self._quote_depth = 0  # inside <blockquote>: its <footer> signs the quotation, no page chrome

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        self.cur = []
        if text:
            self.blocks.append(text)
            if self._article_depth and self.article_blocks is not None:
                self.article_blocks.append(text)

    def _signature(self, tag: str) -> bool:
        return tag in ("footer", "cite", "figcaption") and self._quote_depth > 0

    def handle_starttag(self, tag, attrs):
        if tag == "blockquote":
            self._quote_depth += 1
        if self._signature(tag):
            self._flush()  # `— Sergej Schoigu, russischer Verteidigungsminister`: its own line
        elif tag in self.SKIP:
            self.skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag == "article":
            self._article_depth += 1
            if self.article_blocks is None:
                self.article_blocks = []
        if tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if self._signature(tag):
            self._flush()
        elif tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag == "blockquote" and self._quote_depth:
            self._quote_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self.BLOCK:
            self._flush()
        if tag == "article" and self._article_depth:
            self._flush()
            self._article_depth -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if self.skip_depth:
            return
        if self._in_h1:
            self.h1 = (self.h1 or "") + data.strip()
        self.cur.append(data)


def html_date(html: str) -> date | None:
    """The page's publication date from its markup (meta tags, <time>, JSON-LD, URL) by htmldate."""
    import logging

    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.CRITICAL)  # a page it cannot parse just has no date
    try:
        found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate/lxml on broken markup: no date rather than no article
        return None
    return parse_date(found) if found else None


def html_to_text(html: str, path: str) -> tuple[str, str | None]:
    parser = _ArticleHTML()
    try:
        parser.feed(html)
        parser.close()
    except Exception as e:  # html.parser raises assorted errors on broken markup
        raise InputError(path, f"broken HTML ({e})") from e
    parser._flush()
    blocks = parser.article_blocks if parser.article_blocks else parser.blocks
    text = "\n\n".join(blocks)
    if len(re.findall(r"\w+", text)) < 5:
        raise InputError(path, "HTML contains no article text")
    return text, parser.h1 or parser.title


def _article_from_obj(obj: object, doc: str, meta: dict) -> Article:
    if not isinstance(obj, dict):
        raise InputError(doc, "JSON record is not an object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(doc, "JSON record has no 'text'")
    return Article(
        doc=str(obj.get("doc") or obj.get("id") or doc),
        text=normalize_text(text),
        title=obj.get("title") or None,
        source=obj.get("source") or meta.get("source"),
        published=parse_date(obj.get("date") or obj.get("published")) or meta.get("published"),
        url=obj.get("url") or None,
    )


def read_path(path: Path, source: str | None = None, published: date | None = None,
              max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError | InputWarning]:
    """Yield the articles in one file, an InputError for each problem found, and an
    InputWarning (before the articles) when the file was not read exactly as written."""
    name = str(path)
    meta = {"source": source, "published": published}
    try:
        text, warning = decode_checked(load_bytes(path, max_bytes), name)
    except InputError as e:
        yield e
        return
    if warning:
        yield warning
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                yield _article_from_obj(json.loads(line), f"{path.name}:{lineno}", meta)
            except json.JSONDecodeError as e:
                yield InputError(where, f"malformed JSON line ({e.msg})")
            except InputError as e:
                yield InputError(where, e.problem)
        return
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            yield InputError(name, f"malformed JSON ({e.msg} at line {e.lineno})")
            return
        records = data if isinstance(data, list) else [data]
        for i, obj in enumerate(records):
            doc = path.name if len(records) == 1 else f"{path.name}:{i}"
            try:
                yield _article_from_obj(obj, doc, meta)
            except InputError as e:
                yield InputError(f"{name}[{i}]", e.problem)
        return
    title, is_html = None, suffix in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I)
    if is_html:
        published = published or html_date(text)
        try:
            text, title = html_to_text(text, name)
        except InputError as e:
            yield e
            return
    text = normalize_text(text)
    if not re.search(r"\w", text):
        yield InputError(name, "no text in file")
        return
    # a headline line and a date line at the top of a text file are its metadata (and a page's
    # date written in its first lines when its markup has none)
    header_title, header_date = text_metadata(text)
    title = title if is_html else header_title
    published = published or header_date
    yield Article(doc="stdin" if path == STDIN else path.name, text=text, title=title, source=source,
                  published=published)


def expand_paths(paths: list[str]) -> Iterator[Path | InputError]:
    """Files, directories (recursively, known suffixes) and globs, in a stable order."""
    import glob

    for raw in paths:
        p = Path(raw)
        if raw == "-":
            yield STDIN
        elif p.is_dir():
            yield from _directory(p)
        elif p.is_symlink() and not p.exists():
            yield InputError(raw, "broken symbolic link")
        elif p.exists():
            yield p
        else:
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(raw, "no such file or directory")
            for m in matches:
                if Path(m).is_file():
                    yield Path(m)


def _directory(root: Path) -> Iterator[Path | InputError]:
    """Article files below a directory, sorted; what cannot be read is said, not skipped."""
    import os

    found = 0
    problems: list[InputError] = []
    for here, dirs, files in os.walk(root, onerror=lambda e: problems.append(
            InputError(e.filename or str(root), f"cannot read directory ({e.strerror or e})"))):
        dirs.sort()
        for name in sorted(files):
            child = Path(here) / name
            if child.suffix.lower() not in SUFFIXES:
                continue
            if child.is_symlink() and not child.exists():
                problems.append(InputError(str(child), "broken symbolic link"))
                continue
            found += 1
            yield child
    yield from problems
    if not found and not problems:
        yield InputError(str(root), f"no article files ({', '.join(SUFFIXES)}) in this directory")


# --- page junk -------------------------------------------------------------

def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block separated by blank lines."""
    spans, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
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


_FIRST_PERSON = re.compile(r"\b(?:ich|wir|mich|mir|uns|unsere?[mnrs]?|meine?[mnrs]?)\b", re.I)
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
        and bool(_FIRST_PERSON.search(before))


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


# a tail marker with its linked title on the same line (`Mehr zum Thema: Nato-Osterweiterung: …`)
# (RT DE writes `Mehr zum Thema - Russland: …` with a dash)
_INLINE_TEASER = re.compile(r"(?i)(lesen sie (auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren)"
                            r"\s*(:|\s[-–—])\s*\S")


# a paragraph that is one short phrase in marks with no stop at all: a subheading quoting what follows
_SUBHEADING_IN_MARKS = re.compile(r"[„\"»«][^„“”\"»«.!?…:\n]{3,100}[“”\"«»]")


# `— Annalena Baerbock (@ABaerbock) 10. Oktober 2022`: the line an embedded post is signed with
POST_SIGNATURE = re.compile(r"^[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n(@—–]{2,80}?)[ \t]*\(@\w{1,30}\)[^\n]*$", re.M)


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
            if all(_INLINE_TEASER.match(l.strip()) for l in lines[tail:] if l.strip()):
                # `Lesen Sie auch: „Putin droht dem Westen“`: a link set into the article, which goes on
                spans.append((s if tail == 0 else start, e))
                continue
            spans.append((s if tail == 0 else start, len(text)))
            break
        if any(re.search(p, block, re.I) for p in JUNK_LINE_PATTERNS):
            spans.append((s, e))
            continue
        if len(lines) == 1 and _INLINE_TEASER.match(block):
            spans.append((s, e))  # `Auch interessant: „So teuer wird das Parken“` between paragraphs: a link
            continue
        if (i == 0 or i <= 2 and _INTERVIEW_HEADING.search(block)) and len(lines) == 1 \
                and 3 <= len(re.findall(r"\w+", block)) <= 15 and "|" not in block:
            # the title, or the line under it that introduces an interview: its names count for the
            # article (`SPIEGEL-Gespräch mit Annalena Baerbock`, `Interview mit Außenminister Johann Wadephul`)
            continue
        if i > 0 and len(lines) == 1 and _SUBHEADING_IN_MARKS.fullmatch(block):
            spans.append((s, e))  # `„Das ist ein Angriff auf die Ordnung“` between paragraphs: a subheading
            continue
        if all(not _is_sentence_like(l) for l in lines) and not POST_SIGNATURE.search(block) and not (
                0 < i < len(blocks) - 1 and signs_any(text[blocks[i - 1][0]:blocks[i - 1][1]], block)):
            spans.append((s, e))  # headings, menu entries, captions without sentences
            continue
        # headings on the lines above their text (`12:40 Uhr – London: Russland verlegt Truppen`, or a
        # live blog's time and headline on two lines): no sentences of the text, which would run into them
        heads = next((k for k, line in enumerate(lines) if _is_sentence_like(line)), 0)
        at = s
        for line in lines[:heads] if i > 0 else ():
            at = text.index(line, at)
            # (a headline's label keeps its name for the text: `Selenskyj: Russland verschleppt Waffenruhe`)
            if not QUOTE_MARKS & set(line) and not _HEADING_LABEL.match(line):
                spans.append((at, at + len(line)))
            at += len(line)
        if len(re.findall(r"\w+", block)) >= 12:
            body_seen += 1
    return spans


_GLUED = re.compile(r"(?<=[\w)]) +(%s)\b(?! *[-„“\"])" % "|".join(SENTENCE_OPENERS))
_HEADING_TAIL_WORDS = frozenset("und oder der die das den dem des ein eine einer eines einem einen von vom zu zum "
                                "zur in im am an auf aus bei mit nach für über unter vor sowie wie als".split())


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
        if 1 <= len(words) <= 8 and not re.search(r"[,;:„“\"()]", text[start:end]) and words[0][:1].isupper() \
                and words[-1].lower() not in _HEADING_TAIL_WORDS and words[-1].lower() not in TITLE_NOUNS:
            spans.append((start, end))  # `die Rockband Die Happy`: a title noun names what follows
    return spans


_TEASER = re.compile(r"(?:%s) ?:" % "|".join(TEASER_MARKERS))
_KICKER = re.compile(r"[^:.!?„“\"]{2,60}? ?: ")  # `Wolfsmasken-Fall: `, the topic before a teaser title
TEASER_TITLES = 3  # how many titles such a list holds (the pages of domain-dev: always three)


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
