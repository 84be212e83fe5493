"""Files → Articles: encodings, HTML, JSON/JSONL, and page-junk masking.

Readers never raise for one bad record of many: `read_path` yields `Article`
or `InputError` items so the caller can report each problem and go on.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from quotes.errors import InputError, InputWarning
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
    """Unify line breaks and odd spaces, drop soft hyphens and zero-width characters, decode HTML
    entities left in text copied from a page (`&quot;`, `&nbsp;`, `&#8222;`); keep everything else
    as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (only complete entities with their semicolon: `AT&T` and `&c` stay)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = text.translate(_INVISIBLE)
    return text.strip("\n\ufeff ")


_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
# soft hyphen, zero-width space, non-joiner, joiner, word joiner: nothing a reader sees; no-break, narrow
# no-break and thin spaces: a space
_INVISIBLE = {**{ord(c): None for c in "\u00ad\u200b\u200c\u200d\u2060"}, **{ord(c): " " for c in "\u00a0\u202f\u2009"}}


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
