"""Stance compared across groups (side, speaker, outlet): counts and shares from the kept
counters (db/rollup.py), the strongest example per cell, and the per-day timeline for plots.
Every function takes a session and never commits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, String, case, func, literal, or_, select, true, union_all
from sqlalchemy.orm import Session

from db import rollup, words
from db.models import ArticleRow, QuoteRow, SpeakerRow, StanceRow
from db.repository import (STANCE_LABELS, id_list, member_of, period_and_text, posting_lexeme, stance_labels,
                           stance_mask)


# group name -> (quote column that leads to the group, table it leads to, the group's column there)
_GROUPS = {"side": (QuoteRow.speaker_id, SpeakerRow, SpeakerRow.side),
           "speaker": (QuoteRow.speaker_id, SpeakerRow, SpeakerRow.name),
           "source": (QuoteRow.article_id, ArticleRow, ArticleRow.source)}


def compare(session: Session, *, by: str = "side", since: date | None = None, until: date | None = None,
            topic: str | None = None, statements: bool = False, top: int | None = None,
            borderline: bool = False, labels: tuple[str, ...] = STANCE_LABELS) -> list[dict]:
    """Stance counts and shares per group (side, speaker or source), with the best example per
    label of `labels` (`borderline`: borderline tags count too; `statements`: a statement reported
    by several outlets counts once).

    Counts come from the kept counters (db.rollup); a topic counts the matching quotes themselves.
    """
    group_of = {}
    if topic:
        totals, by_label, group_of = _scan_quotes(session, by, since, until, topic, statements, borderline, top)
    else:
        totals, by_label = _counts_kept(session, by, since, until, statements, borderline, top)
    groups = sorted(totals.items(), key=lambda t: (-t[1], str(t[0])))[:top]
    wanted = {(grp, label): by_label[grp, label] for grp, _ in groups for label in labels
              if by_label.get((grp, label))}
    # a topic's tagged quotes hold all of its examples, a period's newest tagged quotes most of
    # them; the rest are looked up per group
    if topic:
        shown = {grp for grp, _ in groups}
        examples = _strongest(session, _tags_of(session, {q: g for q, g in group_of.items() if g in shown},
                                                borderline, {label for _, label in wanted}), wanted)
    else:
        examples = _examples_in_period(session, by, since, until, wanted, borderline) if since or until else {}
        missing = {cell: hits for cell, hits in wanted.items() if cell not in examples}
        examples.update(_best_in_groups(session, by, missing, since, until, borderline))
    rows = []
    for grp, n in groups:
        row = {"group": grp or "(unknown)", "statements" if statements else "quotes": n}
        for label in STANCE_LABELS:
            hits = by_label.get((grp, label), 0)
            row[label] = hits
            row[f"{label}_share"] = round(hits / n, 3) if n else 0.0
            row[f"{label}_example"] = examples.get((grp, label))
        rows.append(row)
    return rows


def _tally(totals: dict, by_label: dict, grp, n: int, hits: dict[str, int]) -> None:
    """Add a group's quotes and its tagged quotes per label (`hits`) to the running counts."""
    totals[grp] = totals.get(grp, 0) + int(n)
    for label, k in hits.items():
        if k:
            by_label[grp, label] = by_label.get((grp, label), 0) + int(k)


def _counts_kept(session: Session, by: str, since, until, statements: bool, borderline: bool,
                 top: int | None = None) -> tuple[dict, dict]:
    """(quotes per group, tagged quotes per (group, label)) from the kept counters, the `top`
    largest groups; a statement counts at its first report."""
    labels = {label: stance_mask([label]) for label in STANCE_LABELS}
    among = None
    if by == "speaker" and top and not (since or until or statements):
        # the most quoted speakers are known from speakers.quote_count (kept by the same writes);
        # the unattributed quotes ("") may be among the largest groups too
        among = [""] + [str(i) for i in session.scalars(select(SpeakerRow.id).order_by(
            SpeakerRow.quote_count.desc(), SpeakerRow.id).limit(top))]
    rows = rollup.counts(session, by, labels, since=since, until=until, statements=statements,
                         borderline=borderline, top=top, among=among)
    names = {}
    if by == "speaker":
        ids = [int(g) for g, *_ in rows if g]
        names = {str(i): n for i, n in session.execute(select(SpeakerRow.id, SpeakerRow.name)
                                                       .where(SpeakerRow.id.in_(ids)))} if ids else {}
    totals: dict = {}
    by_label: dict = {}
    for grp, n, hits in rows:
        _tally(totals, by_label, (names.get(grp) if by == "speaker" else grp) or None, n, hits)
    return totals, by_label


def _counts_from_quotes(session: Session, by: str, since, until, topic, statements: bool,
                        borderline: bool, postings: bool = True) -> tuple[dict, dict]:
    """The same counts taken from the matching quotes themselves (for a topic)."""
    totals, by_label, _ = _scan_quotes(session, by, since, until, topic, statements, borderline, postings=postings)
    return totals, by_label


def _scan_quotes(session: Session, by: str, since, until, topic, statements: bool,
                 borderline: bool, top: int | None = None, postings: bool = True) -> tuple[dict, dict, dict]:
    """(quotes per group, tagged quotes per (group, label), {tagged quote id: group}) of the
    quotes in the period and topic (the `top` largest speakers, at least), in one grouped pass
    over them (a full-text match of a common word is tens of thousands of quotes): per group the
    counts and the ids of its tagged quotes, whose tags the caller reads by id for the groups it
    shows. A statement counts once per group and tags."""
    key, dim, dim_col = _GROUPS[by]
    m = _matched(session, key, since, until, topic, postings).subquery("matched")
    unit = func.coalesce(m.c.st, -m.c.id)
    mask = m.c.sm.op("|")(m.c.bm) if borderline else m.c.sm

    def count(bit=None):
        # per label in SQL: one row per group, not one per group and combination of tags
        hit = unit if bit is None else case((mask.op("&")(bit) != 0, unit))
        return func.count(func.distinct(hit)) if statements else func.count(hit)

    # the tagged ids as one value per group (thousands of rows cost more in Python than in SQL)
    postgres = session.get_bind().dialect.name == "postgresql"
    tagged = (func.array_agg(m.c.id) if postgres else func.group_concat(m.c.id)).filter(mask != 0)
    # by speaker the rows are grouped by speaker id and named after (no join per matching quote);
    # distinct statements need the group itself in SQL
    by_key = by == "speaker" and not statements
    grp = m.c.k if by_key else dim_col
    stmt = select(grp, count(), *[count(stance_mask([label])) for label in STANCE_LABELS], tagged).select_from(m)
    stmt = (stmt if by_key else stmt.outerjoin(dim, dim.id == m.c.k)).group_by(grp)
    rows = session.execute(stmt.order_by(count().desc()).limit(4 * top) if top and by_key else stmt).all()
    if top and by_key and len(rows) == 4 * top and rows[-1][1] == rows[top - 1][1]:
        rows = session.execute(stmt).all()  # groups tied with the last shown may lie beyond: all of them
    name = {}
    if by_key:
        keys = sorted({k for k, *_ in rows if k is not None})
        for chunk in rollup.chunks(keys):
            name.update(session.execute(select(dim.id, dim_col).where(member_of(dim.id, id_list(session, chunk)))).all())
    totals: dict = {}
    by_label: dict = {}
    group_of = {}
    for grp, n, *hits, ids in rows:
        grp = name.get(grp) if by_key else grp
        _tally(totals, by_label, grp, n, dict(zip(STANCE_LABELS, hits)))
        for quote_id in (ids if postgres else map(int, ids.split(","))) if ids else ():
            group_of[quote_id] = grp
    return totals, by_label, group_of


def _matched(session: Session, key, since, until, topic, postings: bool = True):
    """(id, k, sm, bm, st) of the quotes in the period and topic, `k` being `key`: on PostgreSQL a
    one-word topic is read from the word postings (db/words.py), anything else through the
    full-text filter (`postings=False` forces that, for tests)."""
    lexeme = posting_lexeme(session, topic) if postings else None
    if lexeme is not None:
        return words.matching(lexeme, key.key, since, until)
    stmt = select(QuoteRow.id, key.label("k"), QuoteRow.stance_mask.label("sm"),
                  QuoteRow.borderline_mask.label("bm"), QuoteRow.statement_id.label("st"))
    # SQLite looks each match up by rowid in the wide quote rows unless told to use the narrow
    # index keyed by id that holds every column read here (migration 0012): half the time
    stmt = stmt.with_hint(QuoteRow, "INDEXED BY ix_quotes_matched", "sqlite")
    return period_and_text(session, stmt, since, until, topic)


def _tags_of(session: Session, group_of: dict[int, object], borderline: bool,
             labels: set[str] | None = None) -> list[tuple]:
    """[(group, label, score, quote id)] of the counted tags (of `labels`, if given) of the quotes
    in `group_of` (id -> group)."""
    tags = []
    if labels is not None and not labels:
        return tags
    for chunk in rollup.chunks(list(group_of)):
        stmt = (select(StanceRow.quote_id, StanceRow.label, StanceRow.score)
                .where(member_of(StanceRow.quote_id, id_list(session, chunk)), _counted(borderline)))
        # the labels are sifted here: in SQL, SQLite would seek the index once per id and label
        tags += [(group_of[qid], label, score, qid) for qid, label, score in session.execute(stmt)
                 if labels is None or label in labels]
    return tags


def _strongest(session: Session, tags: list[tuple], wanted) -> dict[tuple, str]:
    """The text of the strongest tag per wanted (group, label) cell among `tags`."""
    best: dict[tuple, tuple[float, int]] = {}
    for grp, label, score, quote_id in tags:
        cell = (grp, label)
        if cell in wanted and (cell not in best or score > best[cell][0]):
            best[cell] = (score, quote_id)
    texts = _texts(session, [qid for _, qid in best.values()])
    return {cell: texts[qid] for cell, (_, qid) in best.items()}


def _tagged(borderline: bool):
    """Quotes with a tag that counts: a confident one, or any with `borderline`."""
    return or_(QuoteRow.stance_mask != 0, QuoteRow.borderline_mask != 0) if borderline else QuoteRow.stance_mask != 0


def _counted(borderline: bool):
    """The stance rows a figure counts: confident ones, or all with `borderline`."""
    return true() if borderline else StanceRow.confident.is_(True)


def _best_in_groups(session: Session, by: str, cells: dict[tuple, int], since=None, until=None,
                    borderline: bool = False) -> dict[tuple, str]:
    """The quote with the strongest tag per (group, label) cell (and period); `cells` holds each
    cell's count of tagged quotes. Per label, small groups are read together from their own
    quotes; large ones in one walk down the (label, score) index, which meets a large group's
    best within a few hundred rows and stops when every group has one."""
    key, dim, dim_col = _GROUPS[by]
    if by == "speaker" and not (since or until):
        return _best_of_speakers(session, cells, borderline)
    found: dict[tuple, str] = {}

    def rows(stmt):
        stmt = period_and_text(session, stmt.select_from(QuoteRow).outerjoin(dim, dim.id == key)
                                .join(StanceRow, StanceRow.quote_id == QuoteRow.id)
                                .where(_counted(borderline)), since, until, None)
        return session.execute(stmt.execution_options(yield_per=200))

    def in_groups(col, groups):
        named = [g for g in groups if g is not None]
        cond = col.in_(select(dim.id).where(dim_col.in_(named)))
        return or_(cond, col.is_(None), col.in_(select(dim.id).where(dim_col.is_(None)))) if None in groups else cond

    for label in sorted({label for _, label in cells}):
        small = {grp for (grp, lab), hits in cells.items() if lab == label and hits <= _FEW}
        large = {grp for (grp, lab), hits in cells.items() if lab == label and hits > _FEW}
        if large:
            # the label's strongest tags first (the (label, score) index, read from the top),
            # then their groups: both backends otherwise start from the groups and sort all their
            # quotes. A large group not met among them is read like a small one.
            best = {}
            for offset, limit in _WALKS:
                top = (select(StanceRow.quote_id, StanceRow.score).where(StanceRow.label == label, _counted(borderline))
                       .order_by(StanceRow.score.desc(), StanceRow.id).offset(offset).limit(limit).subquery())
                stmt = period_and_text(session, select(dim_col, QuoteRow.id).select_from(top)
                                        .join(QuoteRow, QuoteRow.id == top.c.quote_id).outerjoin(dim, dim.id == key)
                                        .order_by(top.c.score.desc()), since, until, None)
                for grp, quote_id in session.execute(stmt):
                    if grp in large and grp not in best:
                        best[grp] = quote_id
                if not large - best.keys():
                    break
            large -= best.keys()
            text = _texts(session, list(best.values()))
            found.update({(grp, label): text[q] for grp, q in best.items()})
            small |= large
        if small:  # their quotes with this label's bit set, found in the (speaker|article, mask) indexes
            masks = [m for m in range(1, 1 << len(STANCE_LABELS)) if m & stance_mask([label])]
            has_bit = or_(QuoteRow.stance_mask.in_(masks), QuoteRow.borderline_mask.in_(masks)) if borderline \
                else QuoteRow.stance_mask.in_(masks)
            best = {}
            for grp, score, quote_id in rows(select(dim_col, StanceRow.score, QuoteRow.id)
                                             .where(StanceRow.label == label, _tagged(borderline), has_bit,
                                                    in_groups(key, sorted(small, key=str)))):
                if score > best.get(grp, (-1.0, 0))[0]:
                    best[grp] = (score, quote_id)
            text = _texts(session, [q for _, q in best.values()])
            found.update({(grp, label): text[q] for grp, (_, q) in best.items()})
    return found


def _best_of_speakers(session: Session, cells, borderline: bool = False) -> dict[tuple, str]:
    """The strongest tag per (speaker name, label) cell: one seek each in the
    (speaker_id, label, score) index of the tags, all in one query."""
    names = sorted({name for name, _ in cells if name is not None})
    ids: dict[str, list[int]] = {}
    for chunk in rollup.chunks(names):
        for sid, name in session.execute(select(SpeakerRow.id, SpeakerRow.name).where(SpeakerRow.name.in_(chunk))):
            ids.setdefault(name, []).append(sid)
    wanted = [(sid, label) for name, label in cells for sid in ids.get(name, [])]
    if not wanted:
        return {}
    # the cells as a derived table (a UNION of one-row selects: SQLite has no VALUES column aliases)
    v = union_all(*[select(literal(sid, Integer).label("sid"), literal(label, String).label("label"))
                    for sid, label in wanted]).subquery("cells")
    best_tag = (select(StanceRow.id).where(StanceRow.speaker_id == v.c.sid, StanceRow.label == v.c.label,
                                           _counted(borderline))
                .order_by(StanceRow.score.desc()).limit(1).scalar_subquery())
    tags = [t for (t,) in session.execute(select(best_tag).select_from(v)) if t is not None]
    found: dict[tuple, tuple[float, str]] = {}
    for chunk in rollup.chunks(tags):
        stmt = (select(SpeakerRow.name, StanceRow.label, StanceRow.score, QuoteRow.text).select_from(StanceRow)
                .join(QuoteRow, QuoteRow.id == StanceRow.quote_id).join(SpeakerRow, SpeakerRow.id == StanceRow.speaker_id)
                .where(StanceRow.id.in_(chunk)))
        for name, label, score, text in session.execute(stmt):
            if (name, label) not in found or score > found[name, label][0]:
                found[name, label] = (score, text)
    return {cell: text for cell, (_, text) in found.items()}


_FEW = 80  # tagged quotes in a group below which reading them all beats walking the score index


# rows walked down the score index per label: a first few, then more while large groups lack one
_WALKS = ((0, 300), (300, 1200), (1500, 3000))


_WINDOW = 800  # newest tagged quotes of a period searched for examples in one query


def _examples_in_period(session: Session, by: str, since, until, wanted, borderline: bool = False
                        ) -> dict[tuple, str]:
    """The strongest quote per wanted (group, label) among the newest tagged quotes of a period
    (up to _WINDOW of them). Quotes, their tags and their groups are read in three narrow
    queries (a join made PostgreSQL scan every tag)."""
    key, dim, dim_col = _GROUPS[by]
    scoped = period_and_text(session, select(QuoteRow.id, key).where(_tagged(borderline)), since, until, None)
    scoped = scoped.order_by(QuoteRow.published.desc().nulls_last(), QuoteRow.article_id.desc(),
                             QuoteRow.start).limit(_WINDOW)
    key_of = dict(session.execute(scoped).all())
    keys = sorted({k for k in key_of.values() if k is not None})
    group_of = {}
    for chunk in rollup.chunks(keys):
        group_of.update(session.execute(select(dim.id, dim_col).where(dim.id.in_(chunk))).all())
    tags = _tags_of(session, {qid: group_of.get(k) for qid, k in key_of.items()}, borderline)
    return _strongest(session, tags, wanted)


def _texts(session: Session, ids: list[int]) -> dict[int, str]:
    """Quote id -> text, for the few examples chosen by id."""
    return dict(session.execute(select(QuoteRow.id, QuoteRow.text).where(QuoteRow.id.in_(ids))).all()) if ids else {}


def stance_timeline(session: Session, *, by: str = "side", since: date | None = None,
                    until: date | None = None, topic: str | None = None, borderline: bool = False) -> list[dict]:
    """Tagged quotes per publication day, group and stance label (for the timeline plot)."""
    key, dim, dim_col = _GROUPS[by]
    mask = QuoteRow.stance_mask.op("|")(QuoteRow.borderline_mask) if borderline else QuoteRow.stance_mask
    stmt = (select(QuoteRow.published, dim_col, mask, func.count()).select_from(QuoteRow)
            .outerjoin(dim, dim.id == key).where(mask != 0, QuoteRow.published.is_not(None)))
    stmt = period_and_text(session, stmt, since, until, topic)
    stmt = stmt.group_by(QuoteRow.published, dim_col, mask)
    counts: dict[tuple, int] = {}
    for day, grp, mask, n in session.execute(stmt).all():
        for label in stance_labels(mask):
            cell = (day.isoformat(), grp or "(unknown)", label)
            counts[cell] = counts.get(cell, 0) + n
    return [{"date": d, "group": g, "label": l, "quotes": n} for (d, g, l), n in sorted(counts.items())]
