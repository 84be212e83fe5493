"""Reads and writes. Every function takes a session and never commits: the caller owns the transaction."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import false, func, literal_column, or_, select, table
from sqlalchemy.orm import Session, selectinload

from db.models import ArticleRow, QuoteRow, SpeakerAliasRow, SpeakerRow, StanceRow
from quotes.speakers import first_names_compatible, fold, last_name
from quotes.types import ArticleResult


@dataclass(frozen=True)
class SaveOutcome:
    article_id: int
    status: str  # added | unchanged | replaced
    quotes: int


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def get_or_create_speaker(session: Session, name: str, side: str | None) -> SpeakerRow:
    """One row per person across outlets: spelling variants of a name meet on its folded key."""
    key, lkey = fold(name), fold(last_name(name))
    row = session.scalars(select(SpeakerRow).where(SpeakerRow.key == key)).first()
    if row is None:
        alias = session.scalars(select(SpeakerAliasRow).where(SpeakerAliasRow.key == key)).first()
        row = alias.speaker if alias else None
    if row is None:
        same_last = session.scalars(select(SpeakerRow).where(SpeakerRow.last_key == lkey)).all()
        compatible = [r for r in same_last if first_names_compatible(r.name, name)]
        if len(compatible) == 1 or (compatible and len(name.split()) == 1):
            row = max(compatible, key=lambda r: len(r.name))
    if row is None:
        row = SpeakerRow(name=name, key=key, last_key=lkey, side=side)
        session.add(row)
        session.flush()
        return row
    if len(name.split()) > len(row.name.split()):
        # a fuller form wins as the canonical name; the old one stays an alias
        _add_alias(session, row, row.name)
        row.name, row.key = name, key
    elif name != row.name:
        _add_alias(session, row, name)
    if side and side != "OTHER" and row.side in (None, "OTHER"):
        row.side = side
    return row


def _add_alias(session: Session, row: SpeakerRow, alias: str) -> None:
    if alias != row.name and all(a.alias != alias for a in row.aliases):
        row.aliases.append(SpeakerAliasRow(alias=alias, key=fold(alias)))


def save_result(session: Session, result: ArticleResult) -> SaveOutcome:
    """Store one article with its quotes; unchanged articles are skipped, changed ones replaced."""
    art = result.article
    h = content_hash(art.text)
    existing = session.scalars(select(ArticleRow).where(ArticleRow.content_hash == h)).first()
    if existing is not None:
        return SaveOutcome(existing.id, "unchanged", 0)
    status = "added"
    old = session.scalars(select(ArticleRow).where(ArticleRow.doc == art.doc, ArticleRow.source == art.source)
                          ).first() if art.source else None
    if old is not None:
        session.delete(old)
        session.flush()
        status = "replaced"
    row = ArticleRow(doc=art.doc, source=art.source, title=art.title, url=art.url, published=art.published,
                     text=art.text, content_hash=h)
    session.add(row)
    session.flush()
    for q in result.quotes:
        speaker = get_or_create_speaker(session, q.speaker, q.side) if q.speaker else None
        if speaker is not None and q.mention is not None and q.mention.kind == "name":
            _add_alias(session, speaker, q.mention.text)
        qrow = QuoteRow(article_id=row.id, speaker=speaker, speaker_mention=q.mention.text if q.mention else None,
                        text=q.text, kind=q.kind, start=q.start, end=q.end, cue=q.cue, rule=q.rule,
                        confidence=q.confidence)
        qrow.stances = [StanceRow(label=t.label, score=t.score, evidence=t.evidence) for t in q.stance]
        session.add(qrow)
    session.flush()
    return SaveOutcome(row.id, status, len(result.quotes))


def quote_dict(q: QuoteRow) -> dict:
    a = q.article
    return {
        "id": q.id, "doc": a.doc, "text": q.text, "kind": q.kind,
        "speaker": q.speaker.name if q.speaker else None,
        "side": q.speaker.side if q.speaker else None,
        "stance": sorted(s.label for s in q.stances),
        "start": q.start, "end": q.end, "cue": q.cue, "speaker_mention": q.speaker_mention,
        "rule": q.rule, "confidence": q.confidence,
        "article_id": a.id, "source": a.source, "title": a.title,
        "date": a.published.isoformat() if a.published else None,
    }


def speaker_ids_matching(session: Session, name: str) -> list[int]:
    """Speakers whose name or alias matches, spelling-insensitively (`Rjabkow` finds `Sergei Ryabkov`)."""
    key = fold(name)
    like = f"%{key}%"
    ids = set(session.scalars(select(SpeakerRow.id).where(or_(SpeakerRow.key.like(like),
                                                               SpeakerRow.last_key == key))).all())
    ids |= set(session.scalars(select(SpeakerAliasRow.speaker_id).where(SpeakerAliasRow.key.like(like))).all())
    return sorted(ids)


def fts_query(text: str) -> str | None:
    """User words as an FTS5 query: every word must occur, as a word or a word start.

    Each word is quoted, so FTS5 operators and punctuation in user input are plain text;
    the prefix match stands in for the German stemming PostgreSQL does.
    """
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words) or None


def text_filter(session: Session, text: str):
    """A WHERE clause for quotes containing these words, through the backend's full-text index."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        q = fts_query(text)
        if q is None:
            return false()
        return QuoteRow.id.in_(select(literal_column("rowid")).select_from(table("quotes_fts"))
                               .where(literal_column("quotes_fts").op("MATCH")(q)))
    if dialect == "postgresql":
        # the constant config (not a bound parameter) lets the planner use the GIN expression index
        german = literal_column("'german'::regconfig")
        return func.to_tsvector(german, QuoteRow.text).op("@@")(func.websearch_to_tsquery(german, text))
    return QuoteRow.text.ilike(f"%{text}%")


def _period_and_text(session: Session, stmt, since: date | None, until: date | None, text: str | None):
    """Publication-date window and words in the quote; values are bound parameters, never SQL text."""
    if since:
        stmt = stmt.where(ArticleRow.published >= since)
    if until:
        stmt = stmt.where(ArticleRow.published <= until)
    if text:
        stmt = stmt.where(text_filter(session, text))
    return stmt


def search(session: Session, *, speaker: str | None = None, side: str | None = None, source: str | None = None,
           kind: str | None = None, since: date | None = None, until: date | None = None,
           text: str | None = None, limit: int | None = 100) -> list[dict]:
    stmt = (select(QuoteRow).join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
            .outerjoin(SpeakerRow, QuoteRow.speaker_id == SpeakerRow.id)
            .options(selectinload(QuoteRow.article), selectinload(QuoteRow.speaker), selectinload(QuoteRow.stances)))
    if speaker:
        stmt = stmt.where(QuoteRow.speaker_id.in_(speaker_ids_matching(session, speaker)))
    if side:
        stmt = stmt.where(func.upper(SpeakerRow.side) == side.upper())
    if source:
        stmt = stmt.where(func.lower(ArticleRow.source) == source.lower())
    if kind:
        stmt = stmt.where(QuoteRow.kind == kind)
    stmt = _period_and_text(session, stmt, since, until, text)
    stmt = stmt.order_by(ArticleRow.published.desc().nulls_last(), QuoteRow.article_id, QuoteRow.start)
    if limit:
        stmt = stmt.limit(limit)
    return [quote_dict(q) for q in session.scalars(stmt).all()]


def list_speakers(session: Session) -> list[dict]:
    counts = dict(session.execute(select(QuoteRow.speaker_id, func.count()).group_by(QuoteRow.speaker_id)).all())
    rows = session.scalars(select(SpeakerRow).options(selectinload(SpeakerRow.aliases))).all()
    out = [{"id": r.id, "name": r.name, "side": r.side, "quotes": counts.get(r.id, 0),
            "aliases": sorted(a.alias for a in r.aliases)} for r in rows]
    return sorted(out, key=lambda d: (-d["quotes"], d["name"]))


def get_quote(session: Session, quote_id: int) -> dict | None:
    q = session.get(QuoteRow, quote_id)
    if q is None:
        return None
    d = quote_dict(q)
    text = q.article.text
    # the sentence-ish context around the quote
    lo = max(text.rfind("\n", 0, q.start), text.rfind(". ", 0, max(q.start - 1, 0)), 0)
    hi_candidates = [i for i in (text.find("\n", q.end), text.find(". ", q.end + 1)) if i != -1]
    hi = min(hi_candidates) + 1 if hi_candidates else len(text)
    d["context"] = text[lo:hi].strip(" .\n") if lo else text[:hi].strip()
    d["url"] = q.article.url
    d["stances"] = [{"label": s.label, "score": s.score, "evidence": s.evidence} for s in q.stances]
    return d


def counts(session: Session) -> dict:
    return {"articles": session.scalar(select(func.count()).select_from(ArticleRow)),
            "quotes": session.scalar(select(func.count()).select_from(QuoteRow)),
            "speakers": session.scalar(select(func.count()).select_from(SpeakerRow))}


STANCE_LABELS = ("concession", "threat", "optimism")


def compare(session: Session, *, by: str = "side", since: date | None = None, until: date | None = None,
            topic: str | None = None) -> list[dict]:
    """Stance counts and shares per group (side, speaker or source), with the best example per label."""
    group_col = {"side": SpeakerRow.side, "speaker": SpeakerRow.name, "source": ArticleRow.source}[by]
    base = (select(group_col.label("grp"), QuoteRow.id).join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
            .outerjoin(SpeakerRow, QuoteRow.speaker_id == SpeakerRow.id))
    base = _period_and_text(session, base, since, until, topic)
    totals: dict[str | None, int] = {}
    for grp, _ in session.execute(base).all():
        totals[grp] = totals.get(grp, 0) + 1
    sub = base.subquery()
    stmt = (select(sub.c.grp, StanceRow.label, StanceRow.score, QuoteRow.text)
            .join(StanceRow, StanceRow.quote_id == sub.c.id).join(QuoteRow, QuoteRow.id == sub.c.id))
    cells: dict[tuple, list] = {}
    for grp, label, score, text in session.execute(stmt).all():
        cells.setdefault((grp, label), []).append((score, text))
    rows = []
    for grp, n in sorted(totals.items(), key=lambda t: -t[1]):
        row = {"group": grp or "(unknown)", "quotes": n}
        for label in STANCE_LABELS:
            hits = cells.get((grp, label), [])
            row[label] = len(hits)
            row[f"{label}_share"] = round(len(hits) / n, 3) if n else 0.0
            row[f"{label}_example"] = max(hits)[1] if hits else None
        rows.append(row)
    return rows


def iter_quotes(session: Session, batch: int = 1000):
    """All quotes with article metadata, in id order, without loading them all at once."""
    last = 0
    while True:
        stmt = (select(QuoteRow).where(QuoteRow.id > last).order_by(QuoteRow.id).limit(batch)
                .options(selectinload(QuoteRow.article), selectinload(QuoteRow.speaker),
                         selectinload(QuoteRow.stances)))
        rows = session.scalars(stmt).all()
        if not rows:
            return
        for q in rows:
            yield quote_dict(q)
        last = rows[-1].id


class SpeakerEditError(ValueError):
    """A speaker edit names a speaker that does not exist or a side that is not known."""


def _speaker(session: Session, speaker_id: int) -> SpeakerRow:
    row = session.get(SpeakerRow, speaker_id)
    if row is None:
        raise SpeakerEditError(f"no speaker with id {speaker_id}")
    return row


def rename_speaker(session: Session, speaker_id: int, name: str) -> SpeakerRow:
    """Give a speaker a new canonical name; the old one stays as an alias."""
    row = _speaker(session, speaker_id)
    old = row.name
    row.name, row.key, row.last_key = name, fold(name), fold(last_name(name))
    _add_alias(session, row, old)
    session.flush()
    return row


def set_speaker_side(session: Session, speaker_id: int, side: str) -> SpeakerRow:
    from quotes.lexicon import SIDES

    if side.upper() not in SIDES:
        raise SpeakerEditError(f"side must be one of {', '.join(SIDES)}, not {side!r}")
    row = _speaker(session, speaker_id)
    row.side = side.upper()
    session.flush()
    return row


def merge_speakers(session: Session, source_id: int, target_id: int) -> SpeakerRow:
    """Move all quotes and aliases of one speaker to another and delete the first."""
    if source_id == target_id:
        raise SpeakerEditError("cannot merge a speaker into itself")
    source, target = _speaker(session, source_id), _speaker(session, target_id)
    for q in list(source.quotes):
        q.speaker = target
    for alias in [source.name] + [a.alias for a in source.aliases]:
        _add_alias(session, target, alias)
    if target.side in (None, "OTHER"):
        target.side = source.side
    session.delete(source)
    session.flush()
    return target
