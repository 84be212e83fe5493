"""Writes: whole articles with their quotes, and the user's fixes. Every function takes a session
and never commits: the caller owns the transaction (an ingest worker: `db.store.ArticleStore`)."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import bindparam, exists, insert, select, update
from sqlalchemy.orm import Session

from db import rollup
from db.models import ArticleRow, QuoteCoSpeakerRow, QuoteFixRow, QuoteRow, SpeakerRow, StanceRow, StatementRow
from db.repository import stance_mask
from db.speakers import add_alias, co_speaker_ids, get_or_create_speaker
from db.session import rules_of
from quotes.types import Article, ArticleResult


@dataclass(frozen=True)
class SaveOutcome:
    article_id: int
    status: str  # added | unchanged | replaced
    quotes: int


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_unchanged(session: Session, art: Article) -> str | None:
    """Is this exact text stored already? None if not (it must be extracted); else "unchanged",
    or "updated" when metadata given now (source, date, title, url) differs and was written.
    Checked before any NLP, so a re-run over unchanged files costs a hash and a lookup each."""
    row = session.scalars(select(ArticleRow).where(ArticleRow.content_hash == content_hash(art.text))).first()
    if row is None:
        return None
    changed = False
    for attr in ("source", "published", "title", "url"):
        value = getattr(art, attr)
        if value is not None and getattr(row, attr) != value:
            setattr(row, attr, value)
            changed = True
    if changed and art.published is not None:
        # quotes carry their article's date for the date-ordered indexes
        session.execute(update(QuoteRow).where(QuoteRow.article_id == row.id).values(published=art.published))
    return "updated" if changed else "unchanged"


# Storing runs these for every article: built once (building and keying a statement costs about
# as much Python as executing it), and the rows are written with Core inserts, not ORM objects:
# the ORM's unit of work cost about 1 ms of Python per statement sent (BENCHMARKS.md, Speed)

# one round trip for what decides how to store: the same text stored already, an earlier version
# of the article from this outlet, any user fix for it
_BEFORE_SAVING = select(
    select(ArticleRow.id).where(ArticleRow.content_hash == bindparam("h")).scalar_subquery(),
    select(ArticleRow.id).where(ArticleRow.doc == bindparam("doc"), ArticleRow.source == bindparam("source"))
    .limit(1).scalar_subquery(),
    exists().where(QuoteFixRow.doc == bindparam("doc")))
_NEW_ARTICLE = insert(ArticleRow.__table__).returning(ArticleRow.id)
_NEW_STATEMENTS = insert(StatementRow.__table__).returning(StatementRow.id, sort_by_parameter_order=True)
_NEW_QUOTES = insert(QuoteRow.__table__).returning(QuoteRow.id, sort_by_parameter_order=True)
_NEW_STANCES = insert(StanceRow.__table__)
_NEW_CO_SPEAKERS = insert(QuoteCoSpeakerRow.__table__)


def save_result(session: Session, result: ArticleResult) -> SaveOutcome:
    """Store one article with its quotes; unchanged articles are skipped, changed ones replaced."""
    art = result.article
    h = content_hash(art.text)
    existing, old_id, fixed = session.execute(_BEFORE_SAVING, {"h": h, "doc": art.doc, "source": art.source}).one()
    if existing is not None:
        return SaveOutcome(existing, "unchanged", 0)
    status = "added"
    tally = rollup.Tally(session)
    if old_id is not None:
        old = session.get(ArticleRow, old_id)
        _count_quotes(session, Counter(q.speaker_id for q in old.quotes if q.speaker_id), -1)
        tally.watch(article_ids=[old.id])
        session.delete(old)
        session.flush()
        status = "replaced"
    conn = session.connection()
    article_id = conn.execute(_NEW_ARTICLE, {"doc": art.doc, "source": art.source, "title": art.title, "url": art.url,
                                             "published": art.published, "text": art.text, "content_hash": h}).scalar_one()
    tally.new_article(article_id)
    fixes = _fixes_for(session, art.doc, art.source) if fixed else {}
    kept = []  # (quote as stored, its speaker row, its co-speakers' ids)
    known: dict[tuple, SpeakerRow] = {}  # a speaker quoted again in the article is looked up once
    for q in result.quotes:
        fix = fixes.get(_fix_key(q.text))
        if fix is not None and fix.not_a_quote:
            continue
        if fix is not None:
            q = replace(q, speaker=fix.speaker, side=None, co_speakers=(), rule="fix:speaker", confidence=1.0)
        speaker = None
        if q.speaker:
            speaker = known.get((q.speaker, q.side))
            if speaker is None:
                speaker = known[q.speaker, q.side] = get_or_create_speaker(session, q.speaker, q.side, tally)
        if speaker is not None and q.mention is not None and q.mention.kind == "name":
            add_alias(session, speaker, q.mention.text)
        kept.append((q, speaker, co_speaker_ids(session, speaker, q.co_speakers, tally) if speaker is not None else []))
    statement_ids, made_here = _statement_ids(session, conn, kept, article_id, art.published)
    written = _insert_quotes(conn, article_id, art.published, kept, statement_ids)
    tally.stored(_facts(written, kept, made_here, art.source))
    _count_quotes(session, Counter(speaker.id for _, speaker, _ in kept if speaker is not None), +1)
    tally.apply()
    return SaveOutcome(article_id, status, len(kept))


def _statement_ids(session: Session, conn, kept: list, article_id: int, published: date | None
                   ) -> tuple[list[int | None], set[int]]:
    """Each kept quote's statement: another outlet's report of it, the statement of the same
    speaker's report it stands inside or repeats in this article (a headline's quotation), or a new
    statement (inserted here); None without a speaker.
    Also the ids of the statements made here."""
    found: list[int | None] = []
    slot: list[int | None] = []  # index into `new` of a statement made here
    new: list[dict] = []
    # speaker id -> (start, end, word stems, index) of their quotes here
    hosts: dict[int, list[tuple[int, int, frozenset, int]]] = {}
    reports: dict[int, list] = {}  # speaker id -> other articles' quotes of theirs, read once
    rules = rules_of(session)
    for i, (q, speaker, _) in enumerate(kept):
        sid = made = None
        if speaker is not None:
            theirs = hosts.setdefault(speaker.id, [])
            mine = rules.statement_stems(q.text)
            # a phrase in marks inside the same speaker's report is part of that statement; so is the
            # headline's quotation of the body's fuller one
            host = next((j for s_, e_, _, j in theirs if s_ <= q.start and q.end <= e_), None)
            if host is None:
                host = next((j for _, _, stems, j in theirs if rules.statement_overlap(mine, stems) >= rules.min_overlap),
                            None)
            if host is not None:
                sid, made = found[host], slot[host]
            else:
                sid = _matching_statement(session, speaker.id, article_id, published, mine, reports)
                if sid is None:
                    made = len(new)
                    new.append({"speaker_id": speaker.id, "first_date": published})
            theirs.append((q.start, q.end, mine, i))
        found.append(sid)
        slot.append(made)
    new_ids = list(conn.execute(_NEW_STATEMENTS, new).scalars()) if new else []
    return [new_ids[m] if m is not None else sid for sid, m in zip(found, slot)], set(new_ids)


def _insert_quotes(conn, article_id: int, published: date | None, kept: list, statement_ids: list[int | None]
                   ) -> dict[int, dict]:
    """The quote rows with their stance tags and co-speakers, in the order given (a statement's
    first report is its quote with the smallest id): {quote id: the row written}."""
    if not kept:
        return {}
    rows = [{
        "article_id": article_id, "speaker_id": speaker.id if speaker is not None else None,
        "speaker_mention": q.mention.text if q.mention else None, "text": q.text, "kind": q.kind,
        "start": q.start, "end": q.end, "cue": q.cue, "rule": q.rule, "confidence": q.confidence,
        "statement_id": statement_id, "published": published,
        "stance_mask": stance_mask(t.label for t in q.stance if t.confident),
        "borderline_mask": stance_mask(t.label for t in q.stance if not t.confident),
    } for (q, speaker, _), statement_id in zip(kept, statement_ids)]
    written = dict(zip(conn.execute(_NEW_QUOTES, rows).scalars(), rows))
    stances = [{"quote_id": qid, "label": t.label, "score": t.score, "evidence": t.evidence, "confident": t.confident,
                "speaker_id": row["speaker_id"]}
               for (qid, row), (q, _, _) in zip(written.items(), kept) for t in q.stance]
    if stances:
        conn.execute(_NEW_STANCES, stances)
    co = [{"quote_id": qid, "speaker_id": sid, "position": n}
          for qid, (_, _, ids) in zip(written, kept) for n, sid in enumerate(ids, 1)]
    if co:
        conn.execute(_NEW_CO_SPEAKERS, co)
    return written


def _facts(written: dict[int, dict], kept: list, made_here: set[int], source: str | None) -> dict[int, tuple]:
    """What the stance counters read of each new quote (`rollup._facts`): a statement made here is
    first reported by its first quote here (ids rise in the order written); one found in other
    articles was reported there first; a quote without a statement is its own."""
    facts, seen = {}, set()
    for (qid, row), (_, speaker, _) in zip(written.items(), kept):
        sid = row["statement_id"]
        first = sid is None or sid in made_here and sid not in seen
        seen.add(sid)
        facts[qid] = (row["published"], speaker.side if speaker is not None else None, source, row["speaker_id"],
                      row["stance_mask"], row["borderline_mask"], first)
    return facts


def _fix_key(text: str) -> str:
    return " ".join(text.split()).casefold()


# a fix made on an article without an outlet applies to it stored without one (NULL meets NULL)
_FIXES = select(QuoteFixRow).where(QuoteFixRow.doc == bindparam("doc"),
                                   QuoteFixRow.source.is_not_distinct_from(bindparam("source"))).order_by(QuoteFixRow.id)


def _fixes_for(session: Session, doc: str, source: str | None) -> dict[str, QuoteFixRow]:
    """The user's fixes for one article, by quote text; the newest fix of a quote wins."""
    fixes = session.scalars(_FIXES, {"doc": doc, "source": source})
    return {_fix_key(f.quote_text): f for f in fixes}


class QuoteFixError(ValueError):
    """A fix that cannot be made (no such quote, nothing asked)."""


def fix_quote(session: Session, quote_id: int, *, speaker: str | None = None, not_a_quote: bool = False) -> dict:
    """Reassign a quote's speaker or delete it as not a quote; the fix is kept and applied again
    whenever its article is stored anew. Returns what was done."""
    if (speaker is None) == (not not_a_quote):
        raise QuoteFixError("give either a speaker or not_a_quote")
    if speaker is not None and not speaker.strip():
        raise QuoteFixError("the speaker name is empty")
    q = session.get(QuoteRow, quote_id)
    if q is None:
        raise QuoteFixError(f"no quote with id {quote_id}")
    art = q.article
    session.add(QuoteFixRow(doc=art.doc, source=art.source, quote_text=q.text,
                            speaker=speaker.strip() if speaker else None, not_a_quote=not_a_quote))
    before = q.speaker.name if q.speaker else None
    tally = rollup.Tally(session).watch(quote_ids=[q.id])
    if q.speaker_id:
        _count_quotes(session, Counter([q.speaker_id]), -1)
    if not_a_quote:
        session.delete(q)
        tally.apply()
        return {"id": quote_id, "deleted": True, "speaker_before": before, "text": q.text}
    row = get_or_create_speaker(session, speaker.strip(), None)
    statement = _statement_for(session, row, art, q.text)
    if statement.id is not None:  # the quote joins a statement whose first report may change
        tally.watch(statement_ids=[statement.id])
    q.speaker, q.rule, q.confidence = row, "fix:speaker", 1.0
    for tag in q.stances:
        tag.speaker_id = row.id
    q.co_speakers = []
    q.statement = statement
    session.flush()
    _count_quotes(session, Counter([row.id]), +1)
    tally.apply()
    return {"id": quote_id, "deleted": False, "speaker_before": before, "speaker": row.name, "text": q.text}


_ADD_TO_COUNT = (update(SpeakerRow.__table__).where(SpeakerRow.__table__.c.id == bindparam("sid"))
                 .values(quote_count=SpeakerRow.__table__.c.quote_count + bindparam("n")))


def _count_quotes(session: Session, per_speaker: Counter, sign: int) -> None:
    """Add to speakers.quote_count in SQL (no lost updates between processes), in id order
    (two transactions never wait for each other's rows crosswise)."""
    if not per_speaker:
        return
    # one executemany on the table: an ORM update per speaker cost more than the quote rows
    session.execute(_ADD_TO_COUNT, [{"sid": sid, "n": sign * per_speaker[sid]} for sid in sorted(per_speaker)])
    for sid in per_speaker:  # loaded rows read the new count from the database
        row = session.identity_map.get(session.identity_key(SpeakerRow, sid))
        if row is not None:
            session.expire(row, ["quote_count"])


def _statement_for(session: Session, speaker: SpeakerRow, article: ArticleRow, text: str) -> StatementRow:
    """The statement another outlet already reported this quote under, or a new one."""
    found = _matching_statement(session, speaker.id, article.id, article.published,
                                rules_of(session).statement_stems(text))
    if found is not None:
        return session.get(StatementRow, found)
    row = StatementRow(speaker_id=speaker.id, first_date=article.published)
    session.add(row)
    return row


# the speaker's quotes in other articles (of the days around this one when it has a date)
_REPORTS = select(QuoteRow.statement_id, QuoteRow.text).where(
    QuoteRow.speaker_id == bindparam("speaker_id"), QuoteRow.article_id != bindparam("article_id")).limit(2000)
_REPORTS_NEAR = select(QuoteRow.statement_id, QuoteRow.text).where(
    QuoteRow.speaker_id == bindparam("speaker_id"), QuoteRow.article_id != bindparam("article_id"),
    QuoteRow.published.between(bindparam("since"), bindparam("until"))).limit(2000)


def _matching_statement(session: Session, speaker_id: int, article_id: int, published: date | None, mine: frozenset,
                        reports: dict[int, list] | None = None) -> int | None:
    """The id of the statement another outlet already reported this quote (its word stems `mine`)
    under, if any. `reports` keeps each speaker's other reports across the calls for one article."""
    rules = rules_of(session)
    others = (reports or {}).get(speaker_id)
    if others is None:
        # statement_id is sifted here, not in SQL: where most quotes have none (stored before
        # migration 0002) PostgreSQL took IS NOT NULL for the narrow condition and scanned the
        # statement index instead of the speaker's (112 ms against 5); since 0002 all have one
        params = {"speaker_id": speaker_id, "article_id": article_id}
        if published:
            days = timedelta(days=rules.window_days)
            params.update(since=published - days, until=published + days)
        with session.no_autoflush:  # other articles' rows: this one's pending rows need not be written first
            others = [(sid, rules.statement_stems(other))
                      for sid, other in session.execute(_REPORTS_NEAR if published else _REPORTS, params) if sid is not None]
        if reports is not None:
            reports[speaker_id] = others
    best, best_score = None, rules.min_overlap
    for statement_id, stems in others:
        score = rules.statement_overlap(mine, stems)
        if score >= best_score:
            best, best_score = statement_id, score
    return best
