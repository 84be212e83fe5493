"""Direct speech: quotation marks found on the raw text by a scanner that recovers from
unbalanced marks instead of rejecting the document, and titles, names and page junk in marks
told apart from speech."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from quotes.lexicon import CITED_TEXTS, MEDIA_TITLES, SPEECH_VERBS, TITLE_NOUNS
from quotes.morph import form_table
from quotes.types import Candidate

# opening mark -> marks that may close it. „ closes with “ (the English opening
# mark); sloppy sources close it with ” or a straight quote.
DOUBLE_OPENERS = {"„": "“”\"", "“": "”\"", '"': '"', "»": "«", "«": "»"}
# (a German ‚ closed by a typewriter's straight mark: `‚Mit uns nicht', sagte er`)
SINGLE_OPENERS = {"‚": "‘’'", "‹": "›", "›": "‹", "‘": "’", "'": "'"}
# English single marks and straight apostrophes open only before a word (`'Wir sind vorbereitet', sagte
# sie`): inside a word they are apostrophes, after one the German closing ‘
_SINGLE_BEFORE_A_WORD = "‘'"
ALL_MARKS = "„“”\"»«‚‘’‹›"
# the double marks that close a quotation, as tokens (`„…“`, `»…«`, `«…»`, `"…"`)
CLOSING_MARKS = frozenset("“”«»\"")


@dataclass(frozen=True)
class MarkSpan:
    """Quoted material between marks: [start, end) is the inside, without the marks."""

    open_at: int
    close_at: int | None  # None: never closed in its paragraph
    start: int
    end: int


# French spacing sets a space inside the marks: `« Das ist eine Lüge. »`
_FRENCH_PAIR = re.compile(r"«[ \u00a0\u202f]\w[^«»\n]{0,400}?[\w.,!?][ \u00a0\u202f]»")


def guillemet_style(text: str) -> str:
    """'german' for »…«, 'swiss' for «…»: decided by which side of a word each mark stands."""
    german = len(re.findall(r"»\w", text)) + len(re.findall(r"[\w.,!?]«", text))
    swiss = len(re.findall(r"«\w", text)) + len(re.findall(r"[\w.,!?]»", text)) + 2 * len(_FRENCH_PAIR.findall(text))
    return "swiss" if swiss > german else "german"


def _openers(text: str) -> dict[str, str]:
    op = dict(DOUBLE_OPENERS)
    # a document in one style: its closing mark never opens (`»Ja«` … `«, sagte er`)
    del op["»" if guillemet_style(text) == "swiss" else "«"]
    if re.search(r"«\w", text) and re.search(r"»\w", text):
        op.update({"»": "«", "«": "»"})  # both styles open somewhere: the position decides
    return op


def _is_apostrophe(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _straight_opens(text: str, i: int) -> bool:
    """A straight " opens when it stands before a word, not after one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "«" and after in " \u00a0\u202f" and i + 2 < len(text) and text[i + 2].isalnum():
        after = text[i + 2]  # French spacing: `« Das ist eine Lüge. »`
    return (before.isspace() or before in "([{–-:/") and not after.isspace()


def _single_opens(text: str, i: int) -> bool:
    """An English or straight single mark opens before a word and closes in its paragraph: left open,
    it is an apostrophe or a letter of a transliteration (`in ‘Adi`), never a quote running on."""
    if not _straight_opens(text, i) or not text[i + 1].isalnum():
        return False
    end = text.find("\n", i)
    para = text[i + 1:end if end >= 0 else len(text)]
    closer = SINGLE_OPENERS[text[i]]
    return any(ch == closer and not _is_apostrophe(para, k) and (k + 1 == len(para) or not para[k + 1].isalnum())
               for k, ch in enumerate(para) if k > 0)


def scan_marks(text: str, max_len: int = 4000) -> list[MarkSpan]:
    """Top-level quoted spans; nested quotes (‚…‘ in „…“) stay inside their outer span.

    A quote left open at a paragraph end continues when the next paragraph reopens
    with a mark (the convention for quotes over several paragraphs); otherwise it is
    closed at the paragraph end and flagged with close_at=None.
    """
    openers = _openers(text)
    spans: list[MarkSpan] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        single = c in SINGLE_OPENERS and not _is_apostrophe(text, i)
        if not (c in openers or single):
            i += 1
            continue
        if c in _SINGLE_BEFORE_A_WORD and not _single_opens(text, i):
            i += 1
            continue
        if c in '"»«' and not _straight_opens(text, i):
            # a guillemet opens before a word, whichever way it points: wire copy mixes the German
            # »…« and the Swiss «…» in one article
            i += 1
            continue
        closers = openers.get(c) or SINGLE_OPENERS[c]
        open_at, j, end_at = i, i + 1, None
        while j < n and j - open_at <= max_len:
            ch = text[j]
            if ch in closers and not (ch in "’‘'" and _is_apostrophe(text, j)):
                end_at = j
                break
            if ch == c and c not in closers:
                inner = _nested_close(text, j, c, closers)
                if inner is None:
                    break  # `„A, sagte er. … „B“`: a new quote opens while this one was never closed
                j = inner + 1
                continue
            if ch == "\n" and re.match(r"\n\s*\n", text[j:j + 10]):
                para = re.match(r"\n\s*\n\s*", text[j:]).end()
                nxt = j + para
                if nxt < n and text[nxt] in openers:
                    j = nxt + 1  # the next paragraph reopens: same quote continues
                    continue
                if _closes_unopened(text, nxt, c, closers):
                    j = nxt  # the next paragraph only closes it: the writer left out the reopening mark
                    continue
                if _closes_later(text, nxt, c, closers):
                    j = nxt  # paragraphs with no marks, then the closing one: one quote over all of them
                    continue
                break
            j += 1
        if end_at is not None:
            spans += _split_at_frame(text, open_at, end_at)
            i = end_at + 1
        else:
            # unbalanced: close at the paragraph (or length) end, or where a frame of saying follows
            # (`"Das Ministerium hat geschlafen, sagte der Abgeordnete …`: the writer forgot the mark)
            stop = min(j, n)
            stop = _frame_inside(text, open_at + 1, stop) or stop
            if re.search(r"\w\s*$", text[max(0, open_at - 3):open_at]):
                # (opened inside a sentence, `warnten vor einer „Neiddebatte. Sozialverbände …`: a term or
                # phrase, which ends with its sentence)
                end = _SENTENCE_END.search(text, open_at + 1, stop)
                stop = end.start() + 1 if end is not None else stop
            spans.append(MarkSpan(open_at, None, open_at + 1, stop))
            i = stop
    return [_trim(text, s) for s in spans if text[s.start:s.end].strip()]


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ„»\"])")


def _closes_unopened(text: str, start: int, opener: str, closers: str) -> bool:
    """The paragraph at `start` holds a closing mark with no opening mark of that style before it,
    in closing position (before punctuation, a space or the paragraph end)."""
    end = text.find("\n", start)
    para = text[start:end if end >= 0 else len(text)]
    k = next((i for i, ch in enumerate(para) if ch in closers), None)
    if k is None or k == 0 or opener in para[:k]:
        return False
    return k + 1 == len(para) or para[k + 1] in ".,;:!? –-"


def _closes_later(text: str, start: int, opener: str, closers: str, most: int = 4) -> bool:
    """Of the next `most` paragraphs from `start`, the first with a mark of that style closes the
    quote (`„Ich habe … verhindern.` / `Dass das … richtig.` / `Niemand konnte … tun würde.“`), and
    the paragraphs before it hold no mark at all."""
    for _ in range(most):
        end = text.find("\n", start)
        para = text[start:end if end >= 0 else len(text)]
        if any(ch in closers or ch == opener for ch in para):
            return _closes_unopened(text, start, opener, closers)
        if end < 0:
            return False
        start = _LINE_BREAK.match(text, end).end()
    return False


_LINE_BREAK = re.compile(r"\n\s*")


def _nested_close(text: str, i: int, opener: str, closers: str) -> int | None:
    """Where a quote opened at `i` inside an open quote of the same style closes.

    `„A „B“ C“`: the inner quote is nested when the next mark of that style after its
    close is another close in the same paragraph; `„A … „B“ … „C“` (the outer never
    closed) is not nested: the outer ends before `„B`, or at a frame of saying inside it.
    """
    end = text.find("\n", i)
    para = text[i + 1:end if end >= 0 else len(text)]
    marks = [(k, ch) for k, ch in enumerate(para) if ch == opener or ch in closers]
    if len(marks) >= 2 and marks[0][1] in closers and marks[1][1] in closers:
        return i + 1 + marks[0][0]
    return None


def _trim(text: str, s: MarkSpan) -> MarkSpan:
    start, end = s.start, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkSpan(s.open_at, s.close_at, start, end)


def quotation_open(texts: list[str]) -> bool:
    """More German opening marks (`„`, `»`) than closing ones (`“`, `«`) among these words, or an
    odd number of straight ones (`"`): a quotation was opened and is not closed yet."""
    return sum(t in ("„", "»") for t in texts) > sum(t in ("“", "«") for t in texts) or texts.count('"') % 2 == 1


def word_count(s: str) -> int:
    return len(re.findall(r"\w+", s))


ARTICLES = frozenset("der die das des dem den ein eine einer eines einem einen".split())


_ARTICLES_PREPOSITIONS = ARTICLES | frozenset(
    "in im bei beim von vom mit für auf unter über "
    "aus zur zum am ins durch gegen ohne um".split())


# `mit dem „Deutschlandfunk“`, `in der „Zeit“`: a term after these names a medium or a place
_PLACE_PREPOSITIONS = frozenset("mit in im bei beim aus auf an am zu zum zur gegenüber von vom für über unter nach".split())


def _title_noun(word: str) -> bool:
    low = word.lower()
    if low.endswith(_NOT_TITLE_TAILS):
        return False  # `zum Beispiel „…“` ends in `spiel` but names no game
    # genitives too: `eines Tests des Magazines „auto, motor und sport“`
    forms = {low} | ({low[:-2], low[:-1]} if low.endswith("es") else {low[:-1]} if low.endswith("s") else set())
    return any(f in TITLE_NOUNS or any(f.endswith(t) and len(t) >= 4 for t in TITLE_NOUNS) for f in forms)


_NOT_TITLE_TAILS = ("beispiel", "beispiels")


_POSSESSIVES = frozenset("sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere unserer unserem "
                         "unseren dessen deren".split())


def _follows_title(text: str, pos: int) -> bool:
    """A quoted title closes right before `pos` (whitespace allowed)."""
    head = text[:pos].rstrip()
    if not head or head[-1] not in "“”\"«»":
        return False
    # scan from the paragraph start only: lists of titles are short, articles may be long
    start = head.rfind("\n") + 1
    span = next((s for s in reversed(scan_marks(head[start:])) if s.close_at == len(head) - start - 1), None)
    if span is None:
        return False
    span = MarkSpan(span.open_at + start, span.close_at + start, span.start + start, span.end + start)
    return not_speech_reason(text, span) not in (None, "empty")


# a short term in marks that a conjunction or finite verb continues without a comma is a name
_NAME_CONTINUES = re.compile(r"\s+(und|sowie|oder|hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|will|wollen)\b")


def _long_title_reason(prev_word: str, inner: str) -> str | None:
    """A long term without closing punctuation is still a title after a title noun (`sein Buch
    „Cobra II – die wirkliche Geschichte …“`) or a name after an article when its first two words
    are capitalised (`das „Große Goldene Ehrenzeichen …“`; `die „Stärkung der …“` stays)."""
    if prev_word and _title_noun(prev_word.split("-")[-1]):
        return "title-noun"
    first_two = re.findall(r"\w+", inner)[:2]
    if prev_word.lower() in ARTICLES and all(w[0].isupper() for w in first_two):
        return "name-after-article"
    return None


# what a group calls itself is its name: das sich selbst „Allianz für …“ (AfI) nennt, nennt sich „Neue Garde“
_ITSELF = re.compile(r"\bsich(\s+selbst|\s+auch)?\s*$")


_NENNEN = r"(nennt|nennen|nannte|nannten)"  # the finite forms of `nennen`

# `nannte das Gesetz` before the marks: the verb, then its object of a few words
_NAMES_IT = re.compile(r"\b(?:" + _NENNEN + r"|genannt)\b(?:\s+[\w-]+){1,4}\s*$")


_CALLS_AFTER = re.compile(r"\s*(\([^)]*\)\s*)?" + _NENNEN + r"\b")


_CALLS_ITSELF = re.compile(r"\b" + _NENNEN + r"\s+sich(\s+selbst|\s+auch)?\s*$")


# `warfen der Regierung unter anderem „Wortbruch“ vor`: an adverbial phrase, no preposition or article
_ADVERBIAL_TAIL = re.compile(r"\b(unter anderem|unter anderen|vor allem|nicht zuletzt)\s*$", re.IGNORECASE)


# a clause before the colon about a name or title (not `im Namen der Regierung erklärte er:`)
_NAMED_BEFORE_COLON = re.compile(r"(?<![Ii]m )(?<![Ii]n )\b(Namen?|Titel)\b[^.!?:;\n]*:[ \t]*$")


def not_speech_reason(text: str, span: MarkSpan) -> str | None:
    """Why a quoted string is a name or title rather than speech, if it is."""
    inner = text[span.start:span.end]
    n = word_count(inner)
    if n == 0:
        return "empty"
    after = text[span.close_at + 1:span.close_at + 3] if span.close_at is not None else ""
    if re.match(r"-\w", after) or re.search(r"\w-$", text[max(0, span.open_at - 2):span.open_at]):
        return "compound"  # «Snow White»-Remake, „Nord Stream“-Pipeline, ZDF-„heute journal“
    if inner.strip().lower() in MEDIA_TITLES:
        return "media-title"  # Im „heute journal“ sagte er, bei „Markus Lanz“
    if re.search(r"[.!?…]$", inner):
        return None
    after_close = text[span.close_at + 1:span.close_at + 30] if span.close_at is not None else ""
    if re.match(r"\s*\(\s*[„“\"»«‚]", after_close) or \
            re.search(r"[“”\"»«‘]\s*\(\s*$", text[max(0, span.open_at - 4):span.open_at]):
        return "title-translated"  # „Inside the Foreign Office“ („Hinter den Türen …“): both are the title
    if n <= 12 and re.match(r" +[A-ZÄÖÜ0-9„\"»«]", after_close) and \
            re.search(r"(^|[.!?“”\"»«]|\n)\s*$", text[max(0, span.open_at - 3):span.open_at]):
        return "heading"  # a subheading or teaser in marks the text runs into: `… legen" Bayerns Innenminister`
    if _NAMED_BEFORE_COLON.search(text[max(0, span.open_at - 120):span.open_at]):
        return "title-noun"  # `Den Namen der Sendung gab das ZDF bekannt: „…“`, `Der Titel des Films: „…“`
    if re.search(r"[A-ZÄÖÜ][\w.-]*:[ \t]*$", text[max(0, span.open_at - 40):span.open_at]):
        return None  # `Nahost-Experte Lüders: "Alarmstufe Rot …"`: after a name and a colon, words said
    # the words before the mark in its own sentence (`auf. „Die Arbeitgeber …`: not after `auf`)
    window = _ADVERBIAL_TAIL.sub("", re.split(r"[.!?:;]\s", text[max(0, span.open_at - 60):span.open_at])[-1])
    prev = re.findall(r"([\w-]+)\W*$", window)
    prev_word = prev[0] if prev else ""
    if n > 8:
        return _long_title_reason(prev_word, inner)
    follows = text[span.close_at + 1:span.close_at + 12] if span.close_at is not None else ""
    if n <= 4 and inner[:1].isupper() and not re.search(r"\w", window) and _NAME_CONTINUES.match(follows):
        return "name-in-clause"  # „Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an
    if _title_noun(prev_word.split("-")[-1]) and not (inner[:1].islower() and _NAMES_IT.search(window)):
        # (`nannte das Gesetz „überfällig“`: a lower-case word after `nennen` and its object is what it is called)
        return "title-noun"  # die Nachrichtenagentur „Xinhua“, des Typs „Sokol“
    if prev_word.lower() in ("laut", "gemäß") and n <= 3:
        return "source-name"  # laut „tagesschau.de“: the source of a report, not its words
    words_before = re.findall(r"[\w-]+", window)[-3:]
    two_before = words_before[-2:]
    if n <= 6 and inner[:1].isupper() and len(two_before) == 2 and two_before[0].lower() in CITED_TEXTS and \
            two_before[1].lower() in ("des", "der"):
        return "outlet-cited"  # einen Bericht der „New York Times“ … zurückgewiesen: whose report, not a label
    if prev_word.lower() in _ARTICLES_PREPOSITIONS and inner[:1].isupper():
        return "name-after-article"  # der „Berliner Zeitung“, in „Nackt unter Wölfen“
    if n <= 3 and len(two_before) == 2 and two_before[0].lower() in _PLACE_PREPOSITIONS and \
            two_before[1].lower() in ("dem", "der", "den", "des"):
        return "name-after-article"  # im Interview mit dem «heute journal»: a lower-case title
    if inner[:1].isupper() and len(words_before) >= 2 and prev_word.islower() and \
            words_before[-2].lower() in _ARTICLES_PREPOSITIONS | _POSSESSIVES and \
            re.fullmatch(r"[a-zäöüß]+(e|er|en|em|es)", prev_word):
        return "name-after-article"  # der neue „Oberste Rat …“, seiner „Gardan GY-80“
    if prev_word.lower() in ("oder", "und", "sowie") and _follows_title(text, span.open_at - len(prev_word) - 1):
        return "title-list"  # in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“
    if prev_word.lower() in ("genannt", "genannte", "genannten", "sogenannte", "sogenannten", "namens"):
        return "so-called"
    if inner[:1].isupper() and (_ITSELF.search(window) and _CALLS_AFTER.match(after_close) or _CALLS_ITSELF.search(window)):
        return "self-name"  # das sich selbst „Allianz für …“ nennt, nennt sich „Neue Garde“
    # numbers are no evidence (`„Gardan GY-80 Horizon 180“`); short words count only when there is nothing else (`„HD 13189“`)
    content = re.findall(r"[^\W\d]\w{2,}", inner) or re.findall(r"[^\W\d]\w*", inner)
    said = _COMMA_WORD.match(after_close + " x")  # (the pattern wants a word after the verb: the text may end)
    if said is not None and _speech_form(said.group(1)) and not re.search(r"\w", window):
        return None  # `„Nächstes Mal in Moskau“, sagte er`: capitalised nouns opening the sentence, but said
    if content and all(w[0].isupper() for w in content) and n <= 6:
        return "title-case"  # „Deutsche Krebshilfe“
    return None


_DROHEN = re.compile(r"\b(?:ge)?droh(?:t|te|ten|en|e)\b", re.I)


def _threatens_with(text: str, span: MarkSpan, before: list[str]) -> bool:
    """`hat Nordkorea mit „Feuer und Wut“ gedroht`: a term right after `mit` in a clause of `drohen` is
    the threat's words, not a name after a preposition."""
    if not before or before[-1].lower() != "mit" or span.close_at is None:
        return False
    clause = re.split(r"[.!?;]\s", text[max(0, span.open_at - 80):span.open_at])[-1] + \
        re.split(r"[.!?;]", text[span.close_at + 1:span.close_at + 40])[0]
    return _DROHEN.search(clause) is not None


_HELD_FOR = re.compile(r"\b(hält|halten|hielt|hielten|halte|gehalten)\b[^.;:,]*\bfür\W*$")


_SPEAKS_OF = re.compile(r"\b(spricht|sprach|sprachen|sprechen|gesprochen) (?:\w+ ){0,5}(vom|von(?: \w+)?)$")


_FIRST_PERSON_CLAUSE = re.compile(r"(?:Ich|Wir)\s+[a-zäöü]\w+\s+\w")


_COMMA_WORD = re.compile(r",[ \t]+(\w+)[ \t]+\w")


def _speech_form(word: str) -> bool:
    """A lower-case form of a speech verb (`sagte`, `erklärt`)."""
    return word.islower() and form_table().get(word) in SPEECH_VERBS


def _frame_inside(text: str, start: int, stop: int) -> int | None:
    """The comma of the first `, sagte X` / `, so X` in text[start:stop], if any."""
    for m in _COMMA_WORD.finditer(text, start, stop):
        word = m.group(1)
        if word == "so" and text[m.end(1) + 1:m.end(1) + 2].isupper() or _speech_form(word):
            return m.start()
    return None


_FIRST_PERSON = frozenset("ich wir mir uns".split())
_SPEAKER_ARTICLES = frozenset("der die ein eine".split())


def _split_at_frame(text: str, open_at: int, end_at: int) -> list[MarkSpan]:
    """A closed quote that holds its own frame and goes on after it (`"Wir sind enttäuscht, sagte die
    Sprecherin. Die Stadt hat uns nicht angehört."`): the writer forgot the mark that closes the first
    part and the one that reopens the second; two quotes around the frame. A first-person frame is
    the speaker's own words (`Ich weiß nicht, sagte ich mir. …`)."""
    comma = _frame_inside(text, open_at + 1, end_at)
    stop = _SENTENCE_END.search(text, comma, end_at) if comma is not None else None
    frame = text[comma + 1:stop.start()] if stop is not None else ""
    words = re.findall(r"\w+", frame)
    # (a frame is a clause of its own: `, sagte der Vorsitzende, dass …` goes on as reported speech; its
    # speaker follows the verb, by name or with an article: `, droht ihm eine Verhaftung` is no frame)
    if stop is None or any(ch in frame for ch in "\n,:;") or any(w.lower() in _FIRST_PERSON for w in words) \
            or len(words) < 2 or not (words[1][:1].isupper() or words[1].lower() in _SPEAKER_ARTICLES):
        return [MarkSpan(open_at, end_at, open_at + 1, end_at)]
    return [MarkSpan(open_at, None, open_at + 1, comma), MarkSpan(stop.end(), end_at, stop.end(), end_at)]


# a name and a colon opening a headline (`Blinken: Waffenruhe in Gaza „in Reichweite“`), matched from
# the first line's first word (quotes/neighbours.py reads whose words it labels)
HEADLINE_LABEL = re.compile(r"([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){0,2}):[ \t]+(?=\S)")


@lru_cache(maxsize=2)  # (the article at hand: texts may be large)
def marked_quotes(text: str) -> tuple[Candidate, ...]:
    """The text's quotations in marks, found once per text: the collection of the article's persons
    and the quote stages both need them."""
    return tuple(direct_candidates(text))


def direct_candidates(text: str) -> Iterator[Candidate]:
    label = HEADLINE_LABEL.match(text, len(text) - len(text.lstrip()))
    labelled_end = -1  # where the headline a label opens ends (-1: no label)
    if label is not None:
        labelled_end = text.find("\n", label.end())
        labelled_end = len(text) if labelled_end < 0 else labelled_end
    for span in scan_marks(text):
        reason = not_speech_reason(text, span)
        inner = text[span.start:span.end]
        words = word_count(inner)
        lead = re.findall(r"\w+", _ADVERBIAL_TAIL.sub("", text[max(0, span.open_at - 80):span.open_at]))
        before = lead[-3:]
        # `sprach (am Sonntag) von einer „Gefahr für Leib und Leben“`: the usual German way to label something
        speaks_of = bool(_SPEAKS_OF.search(" ".join(lead[-9:]).lower())) or \
            bool(_HELD_FOR.search(text[max(0, span.open_at - 80):span.open_at])) or \
            _threatens_with(text, span, before)  # `hält X für „Unsinn“`, `mit „Feuer und Wut“ gedroht`
        # (in a headline labelled by a name, a place before the term is no title's: the words are the name's)
        in_labelled = span.close_at is not None and span.close_at < labelled_end
        if (reason == "title-case" and words <= 3 or reason == "name-after-article") and span.close_at is not None \
                and (speaks_of or in_labelled or not any(w.lower() in _PLACE_PREPOSITIONS for w in before[-2:])):
            # `als „Unverschämtheit“ zurückgewiesen`: German nouns are capitalised, so a short term
            # looks like a title; attribution keeps it only after a labelling verb of its clause
            yield Candidate(start=span.start, end=span.end, kind="direct", rule="direct:label", confidence=0.4)
            continue
        if reason:
            continue
        if span.close_at is None:
            rule, conf = "direct:unclosed", 0.5
        elif words <= 2:
            # a one- or two-word term (`als „nützlich“ bezeichnet`) counts only when a speech verb
            # in its sentence attributes it; attribution checks that
            rule, conf = "direct:short", 0.4
        elif words <= 4 and not re.search(r"[.!?…]$", inner) and not _FIRST_PERSON_CLAUSE.match(inner):
            # (`„Wir haben viel erreicht“` is a sentence someone said, however short)
            rule, conf = "direct:phrase", 0.6
        else:
            rule, conf = "direct:marks", 0.9
        yield Candidate(start=span.start, end=span.end, kind="direct", rule=rule, confidence=conf)
