"""Frozen records passed between stages: plain data with character offsets into the article text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Callable, TypeVar

T = TypeVar("T")

# Contracts the store keeps too: the sides a speaker can have, and the stance labels in the order
# of the database's stance bitmasks (a new label goes at the end).
SIDES = ("US", "RU", "NATO", "UA", "EU", "OTHER")
STANCE_LABELS = ("concession", "threat", "optimism", "rejection", "demand")
MEASURED_STANCE_LABELS = ("concession", "threat", "optimism")  # the ones measured against labelled data


@dataclass(frozen=True)
class Article:
    """One article as read from a file: `text` is what every offset points into."""

    doc: str
    text: str
    title: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Word:
    """One syntactic word of the parse, with offsets into the article text."""

    index: int  # 1-based within its sentence
    text: str
    lemma: str
    upos: str
    feats: str
    head: int  # 0 = root
    deprel: str
    start: int
    end: int
    ner: str = "O"
    xpos: str = ""

    def feat(self, name: str) -> str | None:
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    words: tuple[Word, ...]

    def word(self, index: int) -> Word | None:
        return self.words[index - 1] if 0 < index <= len(self.words) else None

    def children(self, index: int) -> list[Word]:
        return list(self._by_head.get(index, ()))

    @cached_property
    def _by_head(self) -> dict[int, tuple[Word, ...]]:
        """Dependents by head index: `children` is asked for thousands of times per article."""
        out: dict[int, list[Word]] = {}
        for w in self.words:
            out.setdefault(w.head, []).append(w)
        return {head: tuple(ws) for head, ws in out.items()}

    @cached_property
    def _memo(self) -> dict:
        return {}

    def recall(self, key, compute: Callable[[], T]) -> T:
        """`compute()` once per sentence and key: for answers the rules ask again and again (is this
        word a speech verb). They are derived from the frozen words, so never stale."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @cached_property
    def texts(self) -> frozenset[str]:
        """The word forms of the sentence, for quick membership tests."""
        return frozenset(w.text for w in self.words)

    @cached_property
    def comma_offsets(self) -> tuple[int, ...]:
        """Start offsets of the sentence's commas (clause boundaries are asked for often)."""
        return tuple(w.start for w in self.words if w.text == ",")


@dataclass(frozen=True)
class Parsed:
    """An article's text with its sentences: what the NLP stage hands on."""

    text: str
    sentences: tuple[Sentence, ...]

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Start offsets of the sentences, in order (for bisecting)."""
        return tuple(s.start for s in self.sentences)

    def position_at(self, offset: int) -> int:
        """Position in `sentences` of the last sentence starting at or before `offset` (-1: none)."""
        return bisect.bisect_right(self.starts, offset) - 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding `offset` (a bisect: long articles stay linear)."""
        i = self.position_at(offset)
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


@dataclass(frozen=True)
class Candidate:
    """A span that may be a quotation, before attribution."""

    start: int
    end: int
    kind: str  # "direct" | "indirect"
    rule: str
    confidence: float = 1.0
    # where the construction that found it has its cue word (indirect speech)
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class Mention:
    """A speaker as written in the text (`er`, `der Kremlsprecher`, `Peskow`)."""

    text: str
    start: int
    end: int
    kind: str = "name"  # name | pronoun | role | org


@dataclass(frozen=True)
class StanceTag:
    """A stance label with its score and the words behind it; `confident` tags are the ones
    counted by default, borderline ones are kept and shown on request."""

    label: str
    score: float
    evidence: str
    confident: bool = True


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str
    rule: str
    confidence: float
    speaker: str | None = None
    side: str | None = None
    mention: Mention | None = None
    cue: str | None = None
    stance: tuple[StanceTag, ...] = ()
    co_speakers: tuple[Speaker, ...] = ()  # further speakers of a joint statement (`sagten A und B`)


@dataclass(frozen=True)
class Speaker:
    name: str
    side: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Drop:
    """A candidate span that was not kept, and why (`filter: p=0.12 < 0.35`)."""

    start: int
    end: int
    text: str
    rule: str
    reason: str


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)
    dropped: tuple[Drop, ...] = ()


@dataclass(frozen=True)
class SpeakerEntry:
    """One line of the user's speaker file: a canonical name, its side and other spellings."""

    name: str
    side: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeakerKeys:
    """How a name is looked up among the speakers stored from other articles (`StoreRules.same_person`
    decides among what the lookups find)."""

    key: str  # the whole name, folded
    last_key: str  # its last name, folded
    short_prefix: str | None  # a lone last-or-first name: stored names starting with it (`Thaksin`)
    first_word: str | None  # a full name: a speaker stored under its first word (`Thaksin` before `Thaksin Shinawatra`)


@dataclass(frozen=True)
class StoreRules:
    """The decisions the store applies while saving, made in `quotes` (`quotes.store_rules.STORE_RULES`)
    and handed to `db` by the caller, which imports nothing of `quotes` but these records: which stored
    speaker a name is, and whether reports in two articles carry one statement."""

    speaker_keys: Callable[[str], SpeakerKeys]
    same_person: Callable[[str, list[str]], int | None]  # index among the stored names sharing the last name
    canonical_of: Callable[[str, str], bool]  # (stored, new): the new form becomes the canonical name
    fold: Callable[[str], str]  # a spelling-insensitive key
    last_name: Callable[[str], str]
    statement_stems: Callable[[str], frozenset[str]]
    statement_overlap: Callable[[frozenset[str], frozenset[str]], float]
    min_overlap: float  # the overlap from which two reports are one statement
    window_days: int  # reports of one statement appear within this many days of each other
