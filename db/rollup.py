"""Stance counts kept per group (side, outlet, speaker) and day, so that `compare` sums a few
thousand counters instead of grouping a million quotes.

Every write that adds, removes or moves quotes goes through a `Tally`: it takes the counts of the
quotes a change touches before the change and again after it, and adds the difference to
`stance_counts`. Counts are added in SQL (`quotes = quotes + n`), never read, changed and written
back, so concurrent ingest processes lose no update. `rebuild` recomputes the whole table from the
quotes (the migration uses it; tests check the kept counts against it).

A statement reported by several outlets counts once, at its first stored report (the smallest
quote id); its other reports count as quotes, not as statements.
"""

from __future__ import annotations

import functools
from collections import Counter
from datetime import date

from sqlalchemy import Connection, and_, bindparam, case, cast, delete, func, insert, literal, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from db.models import ArticleRow, QuoteRow, SpeakerRow, StanceCountRow

# The `day` of counters over all days, and of quotes without a date. Real dates are later than
# both, so a period filter (`day >= since`) never meets them.
ALL_DAYS = date(1, 1, 1)
UNDATED = date(1, 1, 2)
FIRST_DAY = date(1, 1, 3)

DIMENSIONS = ("side", "source", "speaker")

_CHUNK = 5000  # ids per IN (...) list; SQLite caps bound parameters


def _first_report():
    """True for a quote that is not part of a statement or is its first stored report."""
    other = aliased(QuoteRow)
    first = select(func.min(other.id)).where(other.statement_id == QuoteRow.statement_id).scalar_subquery()
    return or_(QuoteRow.statement_id.is_(None), QuoteRow.id == first)


@functools.cache
def _facts():
    """What a quote's counters depend on, one row per quote (built once: statements are immutable)."""
    return (select(QuoteRow.id, QuoteRow.article_id, QuoteRow.published, SpeakerRow.side, ArticleRow.source, QuoteRow.speaker_id,
                   QuoteRow.stance_mask, QuoteRow.borderline_mask, _first_report().label("first"))
            .select_from(QuoteRow).join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
            .outerjoin(SpeakerRow, SpeakerRow.id == QuoteRow.speaker_id))


@functools.cache
def _facts_of(column: str):
    """The facts of the quotes whose `column` is in the list bound as `ids` (built once per column:
    a save runs this for every article)."""
    return _facts().where(getattr(QuoteRow, column).in_(bindparam("ids", expanding=True)))


def _cells(published, side, source, speaker_id, stance_mask, borderline_mask) -> list[tuple]:
    """The counters one quote adds to: (dimension, group, day, stance_mask, borderline_mask)."""
    day = published or UNDATED
    groups = {"side": side or "", "source": source or "", "speaker": str(speaker_id) if speaker_id else ""}
    return [(dim, groups[dim], d, stance_mask, borderline_mask) for dim in DIMENSIONS for d in (ALL_DAYS, day)]


class Tally:
    """Keeps stance_counts right across one change of stored quotes.

    `watch(...)` before the change names what it touches (quotes by id, article or speaker;
    statements whose first report may change); `apply()` after it adds the difference. A new
    article is registered with `new_article` once its row exists, and its quotes' facts handed
    over with `stored` once they are written: they count only then.
    """

    def __init__(self, session: Session):
        self.session = session
        self.quote_ids: set[int] = set()
        self.article_ids: set[int] = set()
        self.statement_ids: set[int] = set()
        self.new_articles: set[int] = set()
        self.before: dict[int, tuple] = {}
        self.known: dict[int, tuple] = {}  # facts of quotes written by the change, given by the writer

    def new_article(self, article_id: int) -> "Tally":
        """An article made by the change: its quotes have no counts to take back; `stored` gives them."""
        self.new_articles.add(article_id)
        return self

    def stored(self, facts: dict[int, tuple]) -> "Tally":
        """The new article's quotes are written, with these facts ({quote id: (published, side,
        source, speaker id, stance mask, borderline mask, first report)}, as `_facts()` reads
        them): `apply` need not read them back (a save stores ~10 statements; this was one)."""
        self.known.update(facts)
        return self

    def watch(self, *, quote_ids=(), article_ids=(), speaker_ids=(), statement_ids=(),
              statements: bool = True) -> "Tally":
        """Take the counts of these quotes before the change. `statements`: the other reports of
        their statements too (their first report may change); not needed when quotes only move
        between speakers."""
        s = self.session
        s.flush()
        ids = set(quote_ids)
        for chunk in chunks(sorted(set(article_ids))):
            ids |= set(s.scalars(select(QuoteRow.id).where(QuoteRow.article_id.in_(chunk))))
        for chunk in chunks(sorted(set(speaker_ids))):
            ids |= set(s.scalars(select(QuoteRow.id).where(QuoteRow.speaker_id.in_(chunk))))
        new_statements = set(statement_ids)
        if statements:
            for chunk in chunks(sorted(ids)):
                new_statements |= set(s.scalars(select(QuoteRow.statement_id).where(
                    QuoteRow.id.in_(chunk), QuoteRow.statement_id.is_not(None))))
        new_statements -= self.statement_ids
        self.quote_ids |= ids
        self.article_ids |= set(article_ids)
        self.statement_ids |= new_statements
        for row in self._facts(ids, set(article_ids), new_statements):
            if row.article_id not in self.new_articles:  # not counted yet: nothing to take back
                self.before.setdefault(row.id, row[2:])
        return self

    def apply(self) -> None:
        """Add the difference between now and the watched state to the counters."""
        self.session.flush()
        after = dict(self.known)  # what the database reads back below is the same, and wins
        after.update((row.id, tuple(row[2:])) for row in self._facts(self.quote_ids, self.article_ids, self.statement_ids))
        delta: Counter = Counter()
        for facts, sign in [(f, -1) for f in self.before.values()] + [(f, +1) for f in after.values()]:
            *quote, first = facts
            for cell in _cells(*quote):
                delta[cell, "quotes"] += sign
                delta[cell, "statements"] += sign * bool(first)
        add(self.session, delta)
        self.before = after

    def _facts(self, quote_ids: set[int], article_ids: set[int], statement_ids: set[int]) -> list:
        rows = {}
        for column, values in (("id", quote_ids), ("article_id", article_ids), ("statement_id", statement_ids)):
            for chunk in chunks(sorted(values)):
                for row in self.session.execute(_facts_of(column), {"ids": chunk}):
                    rows[row.id] = row
        return list(rows.values())


def chunks(values: list) -> list[list]:
    """`values` in lists short enough for one IN (...)."""
    return [values[i:i + _CHUNK] for i in range(0, len(values), _CHUNK)]


def add(session: Session, delta: Counter) -> None:
    """Add {(cell, "quotes"|"statements"): n} to the counters, in one statement, in key order (two
    transactions never wait for each other's rows crosswise)."""
    cells: dict[tuple, list[int]] = {}
    for (cell, what), n in delta.items():
        cells.setdefault(cell, [0, 0])[what == "statements"] += n
    keys = ("dim", "grp", "day", "stance_mask", "borderline_mask")
    rows = [dict(zip(keys, cell), quotes=dq, statements=ds) for cell, (dq, ds) in sorted(cells.items()) if dq or ds]
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        session.execute(_upsert(dialect), rows)
        return
    for row in rows:
        where = and_(*[getattr(StanceCountRow, k) == row[k] for k in keys])
        done = session.execute(update(StanceCountRow).where(where).values(
            quotes=StanceCountRow.quotes + row["quotes"], statements=StanceCountRow.statements + row["statements"]))
        if not done.rowcount:
            session.execute(insert(StanceCountRow).values(**row))


@functools.cache
def _upsert(dialect: str):
    """Add to a counter, making it if missing (built once per dialect: a save runs it every article)."""
    ins = (sqlite if dialect == "sqlite" else postgresql).insert(StanceCountRow.__table__)
    return ins.on_conflict_do_update(
        index_elements=["dim", "grp", "day", "stance_mask", "borderline_mask"],
        set_={"quotes": ins.table.c.quotes + ins.excluded.quotes,
              "statements": ins.table.c.statements + ins.excluded.statements})


def rebuild(conn: Session | Connection) -> None:
    """Recompute every counter from the stored quotes (in SQL: a million quotes take seconds)."""
    conn.execute(delete(StanceCountRow))
    facts = _facts().subquery()
    groups = {"side": func.coalesce(facts.c.side, ""), "source": func.coalesce(facts.c.source, ""),
              "speaker": func.coalesce(cast(facts.c.speaker_id, StanceCountRow.grp.type), "")}
    first = func.sum(cast(facts.c.first, StanceCountRow.quotes.type))
    days = [literal(ALL_DAYS, StanceCountRow.day.type),
            func.coalesce(facts.c.published, literal(UNDATED, StanceCountRow.day.type))]
    for dim in DIMENSIONS:
        for day in days:
            grp = groups[dim]
            stmt = (select(literal(dim), grp, day, facts.c.stance_mask, facts.c.borderline_mask, func.count(), first)
                    .group_by(grp, day, facts.c.stance_mask, facts.c.borderline_mask))
            conn.execute(insert(StanceCountRow).from_select(
                ["dim", "grp", "day", "stance_mask", "borderline_mask", "quotes", "statements"], stmt))


def snapshot(session: Session) -> dict[tuple, tuple[int, int]]:
    """The non-zero counters as {(dim, grp, day, stance_mask, borderline_mask): (quotes, statements)}."""
    rows = session.execute(select(StanceCountRow).where(or_(StanceCountRow.quotes != 0,
                                                            StanceCountRow.statements != 0))).scalars()
    return {(r.dim, r.grp, r.day, r.stance_mask, r.borderline_mask): (r.quotes, r.statements) for r in rows}


def counts(session: Session, dim: str, labels: dict[str, int], *, since: date | None = None,
           until: date | None = None, statements: bool = False, borderline: bool = False,
           top: int | None = None, among: list[str] | None = None) -> list[tuple]:
    """(group, n, {label: n}) summed over the period, largest groups first (`top` of them, from
    `among` when the caller knows the candidates); n counts quotes, or statements at their first
    report. `labels`: label -> its stance_mask bit; `borderline`: borderline tags count too."""
    n = StanceCountRow.statements if statements else StanceCountRow.quotes
    mask = StanceCountRow.stance_mask.op("|")(StanceCountRow.borderline_mask) if borderline else StanceCountRow.stance_mask
    per_label = [func.sum(case((mask.op("&")(bit) != 0, n), else_=0)) for bit in labels.values()]
    total = func.sum(n)
    where = [StanceCountRow.dim == dim]
    if since or until:
        where.append(StanceCountRow.day >= max(since or FIRST_DAY, FIRST_DAY))
        if until:
            where.append(StanceCountRow.day <= until)
    else:
        where.append(StanceCountRow.day == ALL_DAYS)
    if among is not None:
        where.append(StanceCountRow.grp.in_(among))
    elif top:
        # the largest groups first, by a plain sum; the per-label sums then only for those
        largest = (select(StanceCountRow.grp).where(*where).group_by(StanceCountRow.grp).having(total != 0)
                   .order_by(total.desc(), StanceCountRow.grp).limit(top))
        where.append(StanceCountRow.grp.in_(list(session.scalars(largest))))
    stmt = (select(StanceCountRow.grp, total, *per_label).where(*where).group_by(StanceCountRow.grp)
            .having(total != 0).order_by(total.desc(), StanceCountRow.grp))
    if top:
        stmt = stmt.limit(top)
    return [(grp, int(total), {label: int(k) for label, k in zip(labels, hits)})
            for grp, total, *hits in session.execute(stmt)]
