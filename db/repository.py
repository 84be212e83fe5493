"""Reads (search, who, quotes by id, counts) and the stance bits; writes are in `db.writes`. Every
function takes a session and never commits: the caller owns the transaction."""

from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy import Integer, and_, any_, false, func, literal, literal_column, or_, select, table
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, selectinload

from db import words
from db.speakers import speaker_ids_matching
from db.models import ArticleRow, QuoteCoSpeakerRow, QuoteRow, SpeakerRow
from quotes.types import STANCE_LABELS


def stance_mask(labels) -> int:
    """Bits of quotes.stance_mask for these labels (bit i = STANCE_LABELS[i])."""
    mask = 0
    for label in labels:
        mask |= 1 << STANCE_LABELS.index(label)
    return mask


def stance_labels(mask: int) -> list[str]:
    """The labels whose bits are set in a quotes.stance_mask value (inverse of stance_mask)."""
    return [label for bit, label in enumerate(STANCE_LABELS) if mask & (1 << bit)]


# what quote_dict reads, loaded with the quotes in a few queries instead of one per row
_QUOTE_LOADS = (selectinload(QuoteRow.article), selectinload(QuoteRow.speaker), selectinload(QuoteRow.stances),
                selectinload(QuoteRow.co_speakers).selectinload(QuoteCoSpeakerRow.speaker))


def quote_dict(q: QuoteRow) -> dict:
    a = q.article
    return {
        "id": q.id, "doc": a.doc, "text": q.text, "kind": q.kind,
        "speaker": q.speaker.name if q.speaker else None,
        "side": q.speaker.side if q.speaker else None,
        "co_speakers": [c.speaker.name for c in q.co_speakers],
        "stance": sorted(s.label for s in q.stances if s.confident),
        "stance_borderline": sorted(s.label for s in q.stances if not s.confident),
        "start": q.start, "end": q.end, "cue": q.cue, "speaker_mention": q.speaker_mention,
        "rule": q.rule, "confidence": q.confidence, "statement_id": q.statement_id,
        "article_id": a.id, "source": a.source, "title": a.title,
        "date": a.published.isoformat() if a.published else None,
    }


_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')


def text_terms(text: str) -> tuple[list[list[str]], list[list[str]]]:
    """The search syntax of `--text`, the same on both backends: (must occur, must not occur).

    Words must all occur; `"a b"` is a phrase (the words in that order); `-word` or `-"a b"`
    excludes. A hyphenated word (`Nato-Gipfel`) is the phrase of its parts. Operators such as
    OR, AND, NEAR or `*` are plain words.
    """
    include, exclude = [], []
    for m in _TERM.finditer(text):
        neg = bool(m.group(1) or m.group(3))
        words = re.findall(r"\w+", m.group(2) if m.group(2) is not None else m.group(4))
        if words:
            (exclude if neg else include).append(words)
    return include, exclude


def _fts5(term: list[str]) -> str:
    # a word matches as a word start (SQLite has no German stemmer); a phrase matches exactly
    return f'"{term[0]}"*' if len(term) == 1 else '"' + " ".join(term) + '"'


def _websearch(include: list[list[str]], exclude: list[list[str]]) -> str:
    """The same terms rebuilt for websearch_to_tsquery, every term quoted so that `or` stays a word."""
    return " ".join(["\"" + " ".join(t) + "\"" for t in include] + ["-\"" + " ".join(t) + "\"" for t in exclude])


# Starting a search from a word's matches costs ~1.3 µs per match (1M quotes, PostgreSQL); walking
# the date index ~1.7 µs per row until 100 rows pass both the word and a filter holding a tenth of
# the quotes, i.e. 1,000 / share rows. The two meet near a word in 4 % of the quotes.
WORDS_FIRST_BELOW = 0.04


def _share_matching(session: Session, text: str) -> float:
    """PostgreSQL's estimate of the share of quotes matching `text` (its planner statistics, no scan)."""
    query = select(literal_column("1")).select_from(QuoteRow).where(text_filter(session, text)).compile(
        session.get_bind())
    # the words stay bound parameters
    plan = session.connection().exec_driver_sql("EXPLAIN (FORMAT JSON) " + str(query), query.params).scalar()
    total = session.execute(select(func.greatest(literal_column("reltuples"), 1)).select_from(table("pg_class"))
                            .where(literal_column("relname") == "quotes")).scalar()
    return plan[0]["Plan"]["Plan Rows"] / float(total or 1)


def posting_lexeme(session: Session, text: str | None) -> str | None:
    """The lexeme whose word postings (db/words.py) answer `--text`: on PostgreSQL, when the text
    is one word to find (no phrase, no exclusion) that makes one lexeme; else None."""
    include, exclude = text_terms(text or "")
    if session.get_bind().dialect.name != "postgresql" or exclude or len(include) != 1 or len(include[0]) != 1:
        return None
    return words.lexeme(session, include[0][0])


def text_filter(session: Session, text: str, walking: bool = False):
    """A WHERE clause for quotes matching `--text` (see `text_terms`), through the backend's
    full-text index. `walking`: the caller walks the date index and stops early, so on SQLite
    the matches are a set to test each row against, not the rows to start from."""
    include, exclude = text_terms(text)
    if not include and not exclude:
        return false()
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        col = QuoteRow.id + 0 if walking else QuoteRow.id

        def matching(q: str):
            return select(literal_column("rowid")).select_from(table("quotes_fts")).where(
                literal_column("quotes_fts").op("MATCH")(q))

        parts = []
        if include:
            parts.append(col.in_(matching(" AND ".join(_fts5(t) for t in include))))
        if exclude:
            parts.append(QuoteRow.id.not_in(matching(" OR ".join(_fts5(t) for t in exclude))))
        return and_(*parts)
    if dialect == "postgresql":
        # text_tsv: a stored generated column with a GIN index (migration 0003), PostgreSQL only
        german = literal_column("'german'::regconfig")
        return literal_column("quotes.text_tsv").op("@@")(
            func.websearch_to_tsquery(german, _websearch(include, exclude)))
    conds = [QuoteRow.text.ilike(f"%{' '.join(t)}%") for t in include]
    conds += [~QuoteRow.text.ilike(f"%{' '.join(t)}%") for t in exclude]
    return and_(*conds)


def period_and_text(session: Session, stmt, since: date | None, until: date | None, text: str | None,
                     walking: bool = False):
    """Publication-date window and words in the quote; values are bound parameters, never SQL text."""
    if since:
        stmt = stmt.where(QuoteRow.published >= since)
    if until:
        stmt = stmt.where(QuoteRow.published <= until)
    if text:
        stmt = stmt.where(text_filter(session, text, walking))
    return stmt


def _search_parts(session: Session, speaker, side, source, kind, stance, borderline,
                  words_first: bool = False, on=None, min_confidence: float | None = None) -> tuple[list, list]:
    """The WHERE parts of a search: (who, filters). `who` holds (column, speaker-id set) pairs a
    quote must be said by (as first speaker, or as co-speaker of a joint statement). `words_first`: the
    search starts from a full-text filter's matches, so no other index may be used. `on`: the
    columns to test (the word postings' instead of the quotes'; they have no kind and no
    confidence). `min_confidence`: only quotes whose confidence is at least this."""
    q = QuoteRow if on is None else on
    # Broad filters (a side, an outlet, a label with borderline tags: a sizeable share of all
    # quotes) are tested row by row while the date-ordered index is walked, which stops after
    # `limit` rows; letting the database start from their own index (`+ 0` prevents that on
    # SQLite) made it fetch every match and sort them all. A speaker is selective: its index wins.
    # PostgreSQL's planner chooses well by itself, except beside a full-text filter (see `search`)
    walk = (lambda col: col + 0) if session.get_bind().dialect.name == "sqlite" or words_first else (lambda col: col)
    who = []
    if speaker:
        who.append((q.speaker_id, speaker_ids_matching(session, speaker)))
    if side:
        side_ids = select(SpeakerRow.id).where(SpeakerRow.side == side.upper())
        if session.get_bind().dialect.name == "postgresql":
            # the ids as values: with a subquery PostgreSQL guessed a side's share of the quotes
            # far too low and planned for few matches (a bitmap over all of them, then a sort)
            side_ids = id_list(session, session.scalars(side_ids))
        who.append((walk(q.speaker_id), side_ids))
    filters = []
    if source:
        filters.append(walk(q.article_id).in_(select(ArticleRow.id)
                                               .where(func.lower(ArticleRow.source) == source.lower())))
    if kind:
        filters.append((QuoteRow.kind.concat("") if words_first else QuoteRow.kind) == kind)
    if min_confidence is not None:
        filters.append(QuoteRow.confidence >= min_confidence)
    if stance and borderline:
        bit = stance_mask([stance.lower()])
        filters.append(q.stance_mask.op("|")(q.borderline_mask).op("&")(bit) != 0)
    elif stance:
        # the plain `!= 0` term lets both backends use the partial stance indexes
        filters += [(q.stance_mask + 0 if words_first else q.stance_mask) != 0,
                    q.stance_mask.op("&")(stance_mask([stance.lower()])) != 0]
    return who, filters


class _IdArray(list):
    """Ids bound as one value instead of one parameter each (thousands of ids): a PostgreSQL
    array, or a JSON array that SQLite reads with json_each."""
    sqlite = False


def id_list(session: Session, ids) -> list[int]:
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):
        return list(ids)
    found = _IdArray(ids)
    found.sqlite = dialect == "sqlite"
    return found


def member_of(col, ids):
    """`col IN ids` (a subquery, a list, or an _IdArray from id_list)."""
    if isinstance(ids, _IdArray) and ids.sqlite:
        return col.in_(select(func.json_each(json.dumps(list(ids))).table_valued("value").c.value))
    if isinstance(ids, _IdArray):
        return col == any_(literal(list(ids), ARRAY(Integer)))
    return col.in_(ids)


def _joint_query(who: list):
    """Quotes where one of the wanted speakers is a co-speaker (joint statements: few rows)."""
    return select(QuoteCoSpeakerRow.quote_id).where(or_(*[member_of(QuoteCoSpeakerRow.speaker_id, ids) for _, ids in who]))


def _joint(session: Session, who: list) -> list[int]:
    """The joint statements' ids, read first so a query for them starts from their ids, not
    from an index walk."""
    return list(session.scalars(_joint_query(who)).unique())


def search(session: Session, *, speaker: str | None = None, side: str | None = None, source: str | None = None,
           kind: str | None = None, stance: str | None = None, since: date | None = None,
           until: date | None = None, text: str | None = None, limit: int | None = 100,
           statements: bool = False, borderline: bool = False, min_confidence: float | None = None) -> list[dict]:
    """Quotes matching every given filter, newest first (`borderline`: a stance filter also
    takes tags below the confident threshold; `min_confidence`: only quotes whose confidence, the
    estimated chance that span and speaker are right, is at least this).

    With `statements`, reports of one statement by several outlets come back as one row
    (the first report found) with `reports` and `sources` of all of them.
    """
    # A word's matches are a few percent of the quotes. Beside a side, outlet or label (a tenth of
    # them or less) PostgreSQL walked the date index testing each row (40-50k rows for `--side EU
    # --text Genf`), or ANDed the word's bitmap with a side's 700 speakers probed in their index;
    # starting from the word's matches alone and testing the rest on them is 2-3x faster. `+ 0`
    # keeps the other indexes out. A kind is half the quotes: walking finds 100 soon; so does a
    # word in many quotes (the planner's estimate decides, see WORDS_FIRST_BELOW).
    words_first = (bool(text and (side or source or stance)) and session.get_bind().dialect.name == "postgresql"
                   and _share_matching(session, text) < WORDS_FIRST_BELOW)
    who, filters = _search_parts(session, speaker, side, source, kind, stance, borderline, words_first,
                                 min_confidence=min_confidence)
    order = by_date = (QuoteRow.published.desc().nulls_last(), QuoteRow.article_id.desc(), QuoteRow.start)
    if words_first:
        order = ((QuoteRow.published + 0).desc().nulls_last(), *order[1:])

    def newest(*where, ordered: bool = True):
        # ids first, in a narrow query, then the full rows of just those: sorting thousands of
        # matches by date should not drag their text along
        stmt = period_and_text(session, select(QuoteRow.id, QuoteRow.published, QuoteRow.article_id,
                                                QuoteRow.start).where(*filters, *where), since, until, text,
                                walking=limit is not None and ordered)
        if not ordered:
            return session.execute(stmt).all()
        # the order of the ix_quotes_newest index: newest first can stop after `limit` rows
        stmt = stmt.order_by(*order)
        return session.execute(stmt.limit(limit) if limit else stmt).all()

    # Joint statements are rare: an `OR id IN (co-speakers)` beside `speaker_id IN (...)` made
    # both backends give up the index order (a multi-index OR plus a sort of every match).
    # The first speaker's quotes come from the ordered index; joint ones from the small
    # co-speaker table; both lists are merged in the same order.
    lexeme = posting_lexeme(session, text) if words_first and not kind and min_confidence is None else None
    if lexeme:
        # one word beside a side, outlet or label: the word's postings carry those, the date and
        # the order, so the newest matches come from one index without touching the quotes
        pwho, pfilters = _search_parts(session, speaker, side, source, None, stance, borderline,
                                       on=words.POSTINGS.c)
        stmt = words.newest(lexeme, since, until).where(*[member_of(col, ids) for col, ids in pwho], *pfilters)
        found = session.execute(stmt.limit(limit) if limit else stmt).all()
    else:
        found = newest(*[member_of(col, ids) for col, ids in who])
    extra = []
    if who and session.get_bind().dialect.name == "postgresql":
        # PostgreSQL: start from the co-speaker rows, joined (an `id IN (subquery)` made its planner
        # walk the date index probing the subquery; ids read first and bound one by one cost more
        # than the query)
        joint = _joint_query(who).cte("joint").prefix_with("MATERIALIZED")
        stmt = (select(QuoteRow.id, QuoteRow.published, QuoteRow.article_id, QuoteRow.start).distinct()
                .join(joint, joint.c.quote_id == QuoteRow.id)
                .where(*filters, *([_said_by(ids) for _, ids in who] if len(who) > 1 else []))
                .order_by(*by_date))
        stmt = period_and_text(session, stmt, since, until, text)
        extra = session.execute(stmt.limit(limit) if limit else stmt).all()
    elif who:
        # SQLite: the co-speaker subquery inside the ordered, limited walk is fastest (measured)
        extra = newest(QuoteRow.id.in_(_joint_query(who)), *[_said_by(ids) for _, ids in who])
    if extra:
        merged = {r.id: r for r in list(found) + list(extra)}.values()
        found = sorted(merged, key=lambda r: (r.published is None, -(r.published.toordinal() if r.published
                                                                      else 0), -r.article_id, r.start))
        found = found[:limit] if limit else found
    ids = [r.id for r in found]
    full = session.scalars(select(QuoteRow).where(QuoteRow.id.in_(ids)).options(*_QUOTE_LOADS)).all()
    by_id = {q.id: q for q in full}
    rows = [quote_dict(by_id[i]) for i in ids]
    return _one_per_statement(session, rows) if statements else rows


def search_count(session: Session, *, speaker: str | None = None, side: str | None = None,
                 source: str | None = None, kind: str | None = None, stance: str | None = None,
                 since: date | None = None, until: date | None = None, text: str | None = None,
                 borderline: bool = False, min_confidence: float | None = None) -> int:
    """How many quotes `search` would find without a limit (for "showing 100 of 6,000")."""
    who, filters = _search_parts(session, speaker, side, source, kind, stance, borderline,
                                 min_confidence=min_confidence)

    def count(*where) -> int:
        stmt = period_and_text(session, select(QuoteRow.id).where(*filters, *where), since, until, text)
        return session.scalar(select(func.count()).select_from(stmt.subquery()))

    main = [member_of(col, ids) for col, ids in who]
    n = count(*main)
    joint = _joint(session, who) if who else []
    if joint:  # joint statements not already counted as the first speaker's
        n += count(QuoteRow.id.in_(joint), *[_said_by(ids) for _, ids in who], ~and_(*main))
    return n


def _said_by(speaker_ids):
    """Quotes of these speakers, alone or in a joint statement."""
    joint = select(QuoteCoSpeakerRow.quote_id).where(member_of(QuoteCoSpeakerRow.speaker_id, speaker_ids))
    return or_(member_of(QuoteRow.speaker_id, speaker_ids), QuoteRow.id.in_(joint))


def _one_per_statement(session: Session, rows: list[dict]) -> list[dict]:
    reports = statement_reports(session, [r["statement_id"] for r in rows if r["statement_id"]])
    out, seen = [], set()
    for r in rows:
        sid = r["statement_id"]
        if sid is not None and sid in seen:
            continue
        seen.add(sid)
        carried = reports.get(sid, [])
        dates = sorted(c["date"] for c in carried if c["date"]) or [r["date"]]
        # (an article reporting it twice, a phrase in marks inside the report, is one report)
        out.append(dict(r, reports=max(1, len({c["article_id"] for c in carried})), first_date=dates[0],
                        sources=sorted({c["source"] or "?" for c in carried} or {r["source"] or "?"})))
    return out


def statement_reports(session: Session, statement_ids: list[int]) -> dict[int, list[dict]]:
    """Every stored report of these statements: quote id, outlet, date, article."""
    if not statement_ids:
        return {}
    stmt = (select(QuoteRow.statement_id, QuoteRow.id, ArticleRow.id, ArticleRow.source, ArticleRow.published,
                   ArticleRow.doc)
            .join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
            .where(QuoteRow.statement_id.in_(set(statement_ids))).order_by(ArticleRow.published, QuoteRow.id))
    out: dict[int, list[dict]] = {}
    for sid, qid, article_id, source, published, doc in session.execute(stmt).all():
        out.setdefault(sid, []).append({"quote_id": qid, "article_id": article_id, "source": source, "doc": doc,
                                        "date": published.isoformat() if published else None})
    return out


def who(session: Session, name: str, *, since: date | None = None, until: date | None = None,
        limit: int | None = 200) -> list[dict]:
    """What a speaker said, by day: one entry per statement with the outlets that carried it
    (the newest `limit` reports; None for all)."""
    rows = search(session, speaker=name, since=since, until=until, limit=limit, statements=True)
    days: dict[str | None, list[dict]] = {}
    for r in sorted(rows, key=lambda r: (r["first_date"] or "", r["id"])):
        days.setdefault(r["first_date"], []).append(r)
    return [{"date": d, "statements": items} for d, items in days.items()]


def get_quote(session: Session, quote_id: int) -> dict | None:
    q = session.get(QuoteRow, quote_id)
    if q is None:
        return None
    d = quote_dict(q)
    d["context"] = quote_context(q.article.text, q.start, q.end)
    d["url"] = q.article.url
    d["stances"] = [{"label": s.label, "score": s.score, "evidence": s.evidence, "confident": s.confident}
                    for s in q.stances]
    d["reports"] = statement_reports(session, [q.statement_id]).get(q.statement_id, []) if q.statement_id else []
    return d


def counts(session: Session) -> dict:
    return {"articles": session.scalar(select(func.count()).select_from(ArticleRow)),
            "quotes": session.scalar(select(func.count()).select_from(QuoteRow)),
            "speakers": session.scalar(select(func.count()).select_from(SpeakerRow))}


def iter_quotes(session: Session, batch: int = 1000, *, speaker: str | None = None, side: str | None = None,
                source: str | None = None, since: date | None = None, until: date | None = None,
                min_confidence: float | None = None):
    """Stored quotes with article metadata and their context sentence, in id order, without
    loading them all at once; filters as in `search` (joint statements count for each speaker)."""
    who, filters = _search_parts(session, speaker, side, source, None, None, False, min_confidence=min_confidence)
    filters += [_said_by(ids) for _, ids in who]
    last = 0
    while True:
        stmt = period_and_text(session, select(QuoteRow).where(QuoteRow.id > last, *filters), since, until, None)
        rows = session.scalars(stmt.order_by(QuoteRow.id).limit(batch).options(*_QUOTE_LOADS)).all()
        if not rows:
            return
        for q in rows:
            yield dict(quote_dict(q), context=quote_context(q.article.text, q.start, q.end))
        last = rows[-1].id


def quote_context(text: str, start: int, end: int) -> str:
    """The sentence-ish stretch of the article around a quote (line or full stop to line or full stop)."""
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, max(start - 1, 0)), 0)
    hi_candidates = [i for i in (text.find("\n", end), text.find(". ", end + 1)) if i != -1]
    hi = min(hi_candidates) + 1 if hi_candidates else len(text)
    return text[lo:hi].strip(" .\n") if lo else text[:hi].strip()
