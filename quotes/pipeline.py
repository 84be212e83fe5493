"""Article → ArticleResult: the stages wired together, no I/O."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Iterable, Iterator

from quotes import actors, interview, stance
from quotes.attribute import attribute, to_quote
from quotes.person_runs import person_like
from quotes.blocks import block_quotes, colon_blocks, embedded_posts, signed_blocks, signed_quotes
from quotes.cues import candidate_cue, denied_confirmation
from quotes.detect import indirect_candidates
from quotes.spans import inside_any
from quotes.marks import marked_quotes
from quotes.layout import OPENERS, agency_initials, glued_headings, inline_teasers, junk_spans, mask
from quotes.names import fold
from quotes.nations import nationality
from quotes.nominative import nominative_adjectives
from quotes.reference import names_a_text
from quotes.lexicon import AGENCIES, GENERIC_BODY_WORDS, MISSIONS, NATIONAL_BODIES, ORG_HEADS, PLACES, SIDE_PATTERNS
from quotes.speakers import People, side_of
from quotes.types import Article, ArticleResult, Candidate, Drop, Parsed, Quote, Speaker


def _junk(text: str) -> list[tuple[int, int]]:
    """The page's menus, captions, teasers and headings glued to the text."""
    return junk_spans(text) + glued_headings(text) + inline_teasers(text) + agency_initials(text)


def prepare_text(article: Article) -> str:
    """The text stanza sees: page junk and headings glued to the text blanked out, offsets unchanged."""
    # (a dateline, `Paris (AFP) – `, is no part of the sentence it opens: the parser took `Paris` for
    # the subject of `Frankreichs Präsident Emmanuel Macron hat … angestoßen`)
    datelines = [(m.start(), m.end()) for m in _DATELINE_AT_PARAGRAPH.finditer(article.text)]
    junk = _junk(article.text)
    opening = _opening_dateline(article.text, junk)
    if opening is not None and not datelines:
        datelines.append((opening.start(), opening.end()))
    text = mask(article.text, junk + datelines)
    body = text.rstrip()
    if body[-1:].isalnum():
        # the tokenizer splits the last letter off a text that ends without punctuation
        # (`Erklärun` + `g`): close it with a full stop, in place of the first trailing space
        text = body + "." + text[len(body) + 1:]
    return text


def extract(article: Article, parsed: Parsed, learned: dict | None | bool = True) -> ArticleResult:
    """Find, attribute and tag the quotations of one parsed article.

    `learned`: the attribution models (`quotes.learn.attribution.load()`); True loads the shipped
    ones if present, None/False uses the rules' speakers and keeps every candidate."""
    from quotes.learn import attribution

    people = People.from_parsed(parsed, person_like)  # collected once, for the rules and the ranker
    dropped: list[Drop] = []
    quotes = rule_quotes(article.text, parsed, people, dropped)
    model = attribution.load() if learned is True else learned or None
    if model is not None:
        quotes, filtered = attribution.apply(parsed, people, quotes, model)
        dropped += filtered
    quotes = actors.with_actors(quotes, article.published, actors.load())
    if article.published is None:
        quotes = _undated_sides(article.text, quotes, actors.load())
        quotes = _former_office_holders(article.text, quotes, actors.load())
    quotes = _described_body_sides(article.text, quotes)
    quotes = _with_dateline_side(article.text, quotes)
    quotes = [replace(_with_opening_mark(article.text, q), stance=stance.tag(q.text, stance_cue(q))) for q in quotes]
    return ArticleResult(article=article, quotes=tuple(quotes), speakers=tuple(_speakers(quotes)),
                         dropped=tuple(sorted(dropped, key=lambda d: (d.start, d.end))))


def _with_opening_mark(text: str, q: Quote) -> Quote:
    """A report whose words close a quotation opened right before them (`‚Kriegstüchtig‘ sei das falsche
    Wort`) keeps the opening mark too."""
    closers = OPENERS.get(text[q.start - 1:q.start], "") if q.start > 0 else ""
    if closers and any(c in q.text for c in closers) and text[q.start - 1] not in q.text:
        return replace(q, start=q.start - 1, text=text[q.start - 1:q.end])
    return q


def _undated_sides(text: str, quotes: list[Quote], known: actors.Actors) -> list[Quote]:
    """An undated article's actor who changed sides (`Mark Rutte`: OTHER, then NATO) takes the side
    that the quote's paragraph names, if it names one of theirs and no country's office of theirs
    (`Generalsekretär Rutte … die Nato-Staaten`, not `Polens Regierungschef Tusk … die EU`)."""
    out = []
    for q in quotes:
        sides = known.sides(q.speaker) if q.speaker and q.side in (None, "OTHER") else set()
        held = sides - {"OTHER"}
        by_office = _sides_by_office(text, q.speaker, known) if len(sides) > 1 and held else set()
        if len(by_office) == 1:
            # `Generalsekretär Rutte` anywhere in the article: the office says which period it is
            q = replace(q, side=by_office.pop())
        elif len(sides) > 1 and held:
            start = text.rfind("\n", 0, q.start) + 1
            end = text.find("\n", q.end)
            paragraph = text[start:end if end >= 0 else len(text)]
            named = {s for p, s in SIDE_PATTERNS if s in held and re.search(p, paragraph, re.I)}
            if len(named) == 1 and not _national_office(text, q.speaker.split()[-1]):
                q = replace(q, side=named.pop())
        out.append(q)
    return out


def _sides_by_office(text: str, name: str, known: actors.Actors) -> set[str]:
    """The sides of the actor's periods whose offices the article writes right before the last name
    (`Generalsekretär Rutte`, `EU-Kommissionspräsidentin Ursula von der Leyen`)."""
    last = name.split()[-1]
    found: set[str] = set()
    for m in re.finditer(r"\b" + re.escape(last) + r"\b", text):
        for word in text[max(0, m.start() - 80):m.start()].split()[-4:]:
            found |= known.sides_by_office(name, word.strip(",;:()„“\"")) if word[:1].isupper() else set()
    return found


def _former_office_holders(text: str, quotes: list[Quote], known: actors.Actors) -> list[Quote]:
    """An undated article's actor whose every listed office ended, and whom the article calls a former
    office holder (`der frühere Nato-Generalsekretär Stoltenberg`), speaks for no side now: the file
    cannot date the article, the wording does."""
    called_former = lambda last: re.search(_FORMER_BEFORE + re.escape(last) + r"\b", text)  # noqa: E731
    return [replace(q, side="OTHER") if q.speaker and q.side not in (None, "OTHER") and known.ended(q.speaker)
            and called_former(q.speaker.split()[-1]) else q for q in quotes]


# `der frühere Nato-Generalsekretär (Jens) `, `Ex-Präsident `: a former office right before a name,
# or set off before it (`der frühere US-Botschafter bei der Nato, Kurt `)
_FORMER_BEFORE = r"\b(?:(?:früher|ehemalig|einstig)\w*\s+|Ex-)(?:[\w-]+\s+){1,3}(?:(?:\w+\s+){1,3}[\w-]+,\s+(?:[A-ZÄÖÜ][\w-]*\s+)?)?"


def _national_office(text: str, last: str) -> bool:
    """A country's adjective or genitive stands among the words before a mention of `last`
    (`Polens Regierungschef Tusk`, `der niederländische Ministerpräsident Mark Rutte`)."""
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        before = re.findall(r"[\w-]+", text[max(0, m.start() - 60):m.start()])[-4:]
        if any(nationality(w) or w.endswith("s") and w[:-1] in PLACES for w in before):
            return True
    return False


_BODY_KINDS = tuple(sorted(ORG_HEADS)) + GENERIC_BODY_WORDS  # (`Geheimdienst`, `Konzern`, `Organisation`)


def _described_body_sides(text: str, quotes: list[Quote]) -> list[Quote]:
    """`Die ukrainische Luftwaffe hat … abgeschossen. …, sagte ein Sprecher der Luftwaffe`: a state's
    institution named without a country is the one the article described before with a side
    (`ukrainische`, `russischen`), the nearest such description before the quote."""
    out = []
    for q in quotes:
        head = q.speaker.split()[-1] if q.speaker and len(q.speaker.split()) == 1 else None
        if head is not None and q.side in (None, "OTHER") and \
                (named := re.search(rf"\b([\w-]+)\s+([A-ZÄÖÜ][\w-]+)\s+{re.escape(head)}\b", text[:q.start])) and \
                named.group(2).lower().endswith(_BODY_KINDS) and side_of(named.group(1)) in _COUNTRY_OF_SIDE:
            # `Der ukrainische Geheimdienst HUR`: a body's proper name after its kind, described with a side
            # (a person's is not the state's: `der russische Oppositionelle Jaschin`)
            out.append(replace(q, side=side_of(named.group(1))))
            continue
        if head is None or q.side not in (None, "OTHER") or not head.lower().endswith(NATIONAL_BODIES + MISSIONS):
            out.append(q)
            continue
        described = [(side_of(m.group(1)), m.group(1)) for m in re.finditer(rf"\b([\w-]+)\s+{re.escape(head)}\w*\b",
                                                                              text[:q.start])]
        side, word = next(((s, w) for s, w in reversed(described) if s), (None, ""))
        if side is not None and (near := _sides_near(text, q.start)) and side not in near:
            # (`Der ukrainische Generalstab sprach von … . …, sagte ein Sprecher der Armee` after `die
            # russische Armee` paragraphs before: the one side named just before, if one)
            side, word = (near.pop(), "") if len(near) == 1 else (None, "")
        if side in _COUNTRY_OF_SIDE and re.fullmatch(r"[a-zäöü]+(?:e|en|er|es|em)", word):
            # named as the article described it (`ukrainische Luftwaffe`), one speaker with that row
            # (`Der russische Generalstab` → `russischer Generalstab`: the weak ending read as the dative's)
            weak = word + "n" if word.endswith("e") else word
            name = nominative_adjectives(f"{weak} {head}")
            out.append(replace(q, side=side, speaker=f"{word} {head}" if name.startswith(weak + " ") else name))
            continue
        out.append(_with_side(q, side) if side in _COUNTRY_OF_SIDE else q)
    return out


def _with_dateline_side(text: str, quotes: list[Quote]) -> list[Quote]:
    """`Kiew (dpa) – … hieß es aus dem Präsidialamt`: a state's institution named without a country,
    in a report datelined from one capital, is that country's: `Präsidialamt (Ukraine)`, one speaker
    apart from other countries' (`Moskau/Washington` names two: none)."""
    _, second_end = _paragraph_ends(text, 2)
    m = _DATELINE_AT_PARAGRAPH.search(text, 0, second_end) or _opening_dateline(text)
    place = m.group(0).split("(")[0].strip(" -–—") if m is not None else ""
    side = side_of(place) if place and "/" not in place else None
    national = lambda q: q.speaker and q.side in (None, "OTHER") and side_of(q.speaker) is None and \
        len(q.speaker.split()) <= 2 and q.speaker.split()[-1].lower().endswith(NATIONAL_BODIES)  # noqa: E731
    if side not in _COUNTRY_OF_SIDE:
        # no one capital: a capital opening the sentence before says whose (`Kiew wies das Angebot
        # zurück. …, hieß es aus dem Präsidialamt`), quote by quote
        return [_with_side(q, s) if national(q) and (s := _capital_before(text, q.start)) else q for q in quotes]
    bodies = {q.speaker for q in quotes if national(q)}
    # (one body, one side: any of its quotes near another side's name leaves it as written)
    bodies -= {q.speaker for q in quotes if q.speaker in bodies and _other_side_near(text, q.start, side)}
    # (so does a quote right after a sentence opened by another country: `Peking wies die Vorwürfe
    # zurück. Ein Sprecher des Außenministeriums sagte …` under a Washington dateline)
    bodies -= {q.speaker for q in quotes if q.speaker in bodies and
               (place := _place_opening_before(text, q.start)) is not None and side_of(place) != side}
    return [_with_side(q, side) if q.speaker in bodies else q for q in quotes]


def _with_side(q: Quote, side: str) -> Quote:
    return replace(q, side=side, speaker=f"{q.speaker} ({_COUNTRY_OF_SIDE[side]})")


def _place_opening_before(text: str, pos: int) -> str | None:
    """The capital or country opening the sentence before the one at `pos` (after `In`/`Aus` too), in
    the same paragraph."""
    paragraph = text.rfind("\n", 0, pos) + 1
    end = text.rfind(". ", paragraph, pos)  # where the sentence before ends
    if end < 0:
        return None
    start = text.rfind(". ", paragraph, end)
    words = text[start + 2 if start >= 0 else paragraph:end].split(" ", 3)
    # (or after the preposition or the article opening it: `In Berlin reagierte man zurückhaltend.`,
    # `Die USA riefen zur Zurückhaltung auf.`)
    first = words[1] if len(words) > 2 and words[0] in ("In", "Aus", "Die", "Der") else words[0]
    return first if first in PLACES else None


def _capital_before(text: str, pos: int) -> str | None:
    """The side of a capital or country opening the sentence before the one at `pos`, in the same
    paragraph, when no other side is named since (`Kiew wies das Angebot zurück.`)."""
    first = _place_opening_before(text, pos)
    side = side_of(first) if first is not None else None
    # (the capital itself names its own side: only another side's name since counts)
    if side not in _COUNTRY_OF_SIDE or _other_side_near(text, pos, side):
        return None
    return side


def _other_side_near(text: str, pos: int, side: str) -> bool:
    """Another side named before `pos` since the start of the sentence before, within the paragraph
    (`Ganz anders klingt es in Moskau. Das Verteidigungsministerium erklärte …` under a Kiew dateline)."""
    return bool(_sides_near(text, pos) - {side})


def _sides_near(text: str, pos: int) -> set[str]:
    """The sides named before `pos` since the start of the sentence before, within the paragraph."""
    paragraph = text.rfind("\n", 0, pos) + 1
    sentence_before = text.rfind(". ", 0, max(0, text.rfind(". ", 0, pos))) + 2
    window = text[min(max(paragraph, sentence_before), pos):pos]
    return {s for p, s in SIDE_PATTERNS if re.search(p, window, re.I)}


_COUNTRY_OF_SIDE = {"RU": "Russland", "UA": "Ukraine", "US": "USA"}


# `Brüssel (AFP) - `, `Moskau/Washington (dpa) – `: the place and agency opening a report
# `Berlin (dpa) - `, and Wikinews' `München (Deutschland), 12.03.2024 – `; with a news agency in the
# parentheses the dash may be missing (`Brüssel (AFP) Nato-Generalsekretär …`)
_AGENCY = "(?i:" + "|".join(re.escape(a) for a in AGENCIES) + r")(?:[-/]\w{2,5})*"
_DATELINE = re.compile(r"[A-ZÄÖÜ][\w./ -]{1,40} (?:\([^()\n]{2,30}\)(?:, \d{1,2}\.\d{1,2}\.\d{2,4})? ?[-–—] "
                       r"|\(" + _AGENCY + r"\)[.:]? (?=[A-ZÄÖÜ„\"»]))")
_DATELINE_AT_PARAGRAPH = re.compile(r"(?m)^" + _DATELINE.pattern)
# `Kiew – `, `Kiew/Moskau – `, `Frankfurt am Main – `: places alone, before a dash and a sentence
_PLACE_DATELINE = re.compile(r"(?m)^[A-ZÄÖÜ][a-zäöüß]+(?:(?:/| am | an der | im )[A-ZÄÖÜ][a-zäöüß]+)* [-–—] (?=[A-ZÄÖÜ][\w-]* \w)")


def _place_dateline(text: str) -> re.Match | None:
    """A dateline of places alone (`Kiew – `, `Kiew/Moskau – `) where the report opens: in the first
    paragraph if a known place names it (not `Selenskyj – Der Krieg …`), or in the one after the title."""
    first_end, second_end = _paragraph_ends(text, 2)
    opening = _PLACE_DATELINE.search(text, 0, second_end)
    if opening is not None and (opening.start() > first_end or opening.group(0).split()[0].split("/")[0] in PLACES):
        return opening
    return None


def _opening_dateline(text: str, junk: list[tuple[int, int]] | None = None) -> re.Match | None:
    """`_place_dateline` with the paragraphs counted as they stand (a one-word title is junk, yet the
    line under it), else without the page's `junk` (menus and captions before it are no paragraphs;
    found only when needed if the caller has not found them already)."""
    return _place_dateline(text) or _place_dateline(mask(text, _junk(text) if junk is None else junk))


def _paragraph_ends(text: str, n: int) -> list[int]:
    """Where the first `n` non-empty paragraphs end (the text's end for those it lacks)."""
    ends = [m.end() for m in itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", text), n)]
    return ends + [len(text)] * (n - len(ends))


def _denied(parsed: Parsed, c: Candidate) -> bool:
    """The candidate's cue is a confirmation or answer refused (`wollte nicht bestätigen, dass …`)."""
    found = candidate_cue(parsed, c)
    return found is not None and denied_confirmation(*found, (c.start, c.end))


def _without_dateline(text: str, c: Candidate) -> Candidate:
    """A report whose sentence opens the article keeps its dateline out of the quoted words."""
    m = _DATELINE.match(text, c.start)
    return replace(c, start=m.end()) if m is not None and m.end() < c.end else c


def rule_quotes(original: str, parsed: Parsed, people: People | None = None,
                drops: list[Drop] | None = None) -> list[Quote]:
    """The rule stages' quotations: candidates from marks and frames, speakers from the parse
    (`original`: the article text, whose junk the parsed text has blanked out; `people`: the
    article's persons, if collected already; `drops`: gets the candidates left out, and why)."""
    text = parsed.text
    direct = list(marked_quotes(text))
    direct += block_quotes(parsed, [(c.start, c.end) for c in direct])
    direct += colon_blocks(parsed, [(c.start, c.end) for c in direct])
    direct += signed_blocks(parsed, [(c.start, c.end) for c in direct])
    direct = signed_quotes(parsed, direct)
    # an embedded post is its author's, in marks or not: its signature names the speaker
    posts = list(embedded_posts(parsed))
    direct = [c for c in direct if not inside_any(c.start, c.end, [(p.start - 1, p.end + 1) for p in posts])] + posts
    # a capitalised term in marks is often a name inside reported speech: it does not block it
    direct_spans = [(c.start - 1, c.end + 1) for c in direct if c.rule != "direct:label"]
    indirect = [_without_dateline(text, c) for c in indirect_candidates(parsed, direct_spans)]
    denied = [c for c in indirect if _denied(parsed, c)]
    if drops is not None:
        drops += [Drop(c.start, c.end, text[c.start:c.end], c.rule, "a confirmation or answer refused: nothing said")
                  for c in denied]
    indirect = [c for c in indirect if c not in denied]
    people = people if people is not None else People.from_parsed(parsed, person_like)
    # interview answers hold quotes and reports of their own: they block nothing
    talk = interview.turns(parsed, {p.name.split()[-1] for p in people.persons.values()}, original)
    # an interviewer's question is nobody's report (`Was könnte daraus entstehen?`)
    direct = interview.headline_answer(text, direct, talk)
    questions = list(talk.questions)
    asked = [c for c in indirect if inside_any(c.start, c.end, questions)]
    # a clause running over a turn's label (`Baerbock: Das weise ich zurück.`) is the answer's, not a report
    labels = [a.cue_start for a in talk.answers if a.cue_start is not None]
    over_label = [c for c in indirect if any(c.start <= x < c.end for x in labels)]
    indirect = [c for c in indirect if not inside_any(c.start, c.end, questions) and c not in over_label]
    if drops is not None:
        drops += [Drop(c.start, c.end, text[c.start:c.end], c.rule, "inside an interviewer's question")
                  for c in asked]
        drops += [Drop(c.start, c.end, text[c.start:c.end], c.rule, "over an interview turn's label")
                  for c in over_label if c not in asked]
    # a report inside a longer one adds nothing: it is left out before attribution, so that its speaker
    # is no one to carry over either
    inner = _contained({(c.start, c.end) for c in indirect})
    if drops is not None:
        drops += [Drop(c.start, c.end, text[c.start:c.end], c.rule, "inside a longer report")
                  for c in indirect if (c.start, c.end) in inner]
    indirect = [c for c in indirect if (c.start, c.end) not in inner]
    quotes: list[Quote] = []
    for cand, att, resolved in attribute(parsed, direct + indirect + list(talk.answers), people, drops):
        quotes.append(to_quote(original, cand, att, resolved))
    return sorted(_inside_own_answer(quotes, drops), key=lambda q: q.start)


_NAMED_ELSEWHERE = ("+carry", "+introduced", "+paragraph")


def _inside_own_answer(quotes: list[Quote], drops: list[Drop] | None = None) -> list[Quote]:
    """A report inside an interview answer given to the one answering is part of that answer: one
    statement, one row (a report of someone else the interviewee quotes stays)."""
    answers = [(q.start, q.end, q.speaker) for q in quotes if q.rule.startswith(interview.RULE) and q.speaker]
    # (so is one its own sentence names no speaker for: `Das verstehe ich.` carried from the question)
    inside = [q for q in quotes if q.kind == "indirect" and any(
        s <= q.start and q.end <= e and (q.speaker == who or q.rule.endswith(_NAMED_ELSEWHERE)) for s, e, who in answers)]
    if drops is not None:
        drops += [Drop(q.start, q.end, q.text, q.rule, "inside an interview answer of its speaker") for q in inside]
    left_out = {id(q) for q in inside}
    return [q for q in quotes if id(q) not in left_out]


def stance_cue(q: Quote) -> str | None:
    """The speech verb whose stance counts for a quote: a carried-over cue belongs to an earlier
    sentence, so its stance (`warnte`) does not transfer."""
    return q.cue if not q.rule.endswith("+carry") else None


def quote_record(result: ArticleResult, q: Quote) -> dict:
    """The extract jsonl contract: one object per quotation (`stance`: the confident tags)."""
    return {"doc": result.article.doc, "text": q.text, "kind": q.kind, "speaker": q.speaker, "side": q.side,
            "stance": [t.label for t in q.stance if t.confident],
            "stance_borderline": [t.label for t in q.stance if not t.confident],
            "stance_evidence": [{"label": t.label, "score": t.score, "evidence": t.evidence,
                                 "confident": t.confident} for t in q.stance],
            "start": q.start, "end": q.end, "cue": q.cue,
            "speaker_mention": q.mention.text if q.mention else None, "rule": q.rule,
            "confidence": q.confidence, "source": result.article.source,
            "co_speakers": [c.name for c in q.co_speakers]}


def _contained(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans a longer one contains (a sweep in start order: a span is contained when an
    earlier-starting, different span reaches at least as far)."""
    contained, reach = set(), -1
    for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):
        if reach >= end:
            contained.add((start, end))
        reach = max(reach, end)
    return contained


def _speakers(quotes: list[Quote]) -> Iterator[Speaker]:
    seen: dict[str, Speaker] = {}
    for q in quotes:
        if not q.speaker:
            continue
        # (the words a report stands in are no name of its speaker: `nach eigenen Worten`)
        aliases = {q.mention.text} if q.mention and q.mention.kind == "name" and q.mention.text != q.speaker \
            and not names_a_text(q.mention.text) else set()
        for name, side, known in [(q.speaker, q.side, aliases)] + [(c.name, c.side, set()) for c in q.co_speakers]:
            key = fold(name)
            prev = seen.get(key)
            if prev is None:
                seen[key] = Speaker(name, side, tuple(sorted(known)))
            else:
                seen[key] = Speaker(prev.name, prev.side if prev.side not in (None, "OTHER") else side,
                                    tuple(sorted(set(prev.aliases) | known)))
    return iter(seen.values())


class Extractor:
    """Holds the loaded NLP pipeline; runs articles through it in batches."""

    def __init__(self, nlp):
        self.nlp = nlp

    def run(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleResult]:
        batch: list[Article] = []
        for a in articles:
            batch.append(a)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> Iterator[ArticleResult]:
        parsed = self.nlp.parse_many([prepare_text(a) for a in batch])
        for a, p in zip(batch, parsed):
            yield extract(a, p)


