#!/usr/bin/env python
"""Query latency on a large synthetic database (default 1,000,000 quotes).

usage: python scripts/bench_queries.py [--db URL] [--quotes N] [--repeat R] [--keep]
Fills an empty database with generated articles, speakers, quotes and stance tags (written
straight into the tables, not through stanza), then times the repository calls behind
`quotes search --speaker`, `search --side --stance`, `search --text` and `compare --by side`
and prints p50/p95 in milliseconds. The default database is a fresh SQLite file; pass a
PostgreSQL URL to measure the server (its tables are emptied first).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from db.models import ArticleRow, QuoteCoSpeakerRow, QuoteRow, SpeakerRow, StanceRow  # noqa: E402
from db import rollup  # noqa: E402
from db import words as postings  # noqa: E402
from db.compare import compare  # noqa: E402
from db.repository import search, stance_mask, who  # noqa: E402
from db.session import init_db, make_engine, session_factory  # noqa: E402
from quotes.stance import MODEL_LABELS  # noqa: E402
from quotes.names import fold, last_name  # noqa: E402
from quotes.store_rules import STORE_RULES  # noqa: E402

SIDES = ["US", "RU", "NATO", "UA", "EU", "OTHER", None]
SOURCES = ["dpa", "ZDF", "RT DE", "Reuters", "AFP", "taz", "FAZ", "SZ", "Spiegel", "NZZ", "ORF", "Welt"]
TOPIC = ["Nato", "Osterweiterung", "Sanktionen", "Gespräche", "Sicherheitsgarantien", "Truppen", "Ukraine",
         "Verhandlungen", "Zugeständnisse", "Konsequenzen", "Fortschritte", "Raketen", "Abrüstung", "Genf"]
STANCES = ["concession", "threat", "optimism", "rejection", "demand"]


def words(rng: random.Random, n: int) -> list[str]:
    """A vocabulary of pseudo-German words: common ones often, rare ones seldom (Zipf-like)."""
    syll = ["ver", "hand", "lung", "ge", "spräch", "sich", "er", "heit", "an", "gebot", "frie", "den", "kon",
            "flikt", "wirt", "schaft", "re", "gie", "rung", "mi", "nis", "ter", "ber", "lin", "zu", "kunft"]
    return ["".join(rng.choice(syll) for _ in range(rng.randint(2, 4))) for _ in range(n)]


# spread over 0.2-1.0 by a formula of the id, so that a database generated before can be given
# the same values in place: UPDATE quotes SET confidence = 0.2 + 0.8 * (((id % 1000) * 7919) % 1000) / 1000.0
def confidence(quote_id: int) -> float:
    return 0.2 + 0.8 * (((quote_id % 1000) * 7919) % 1000) / 1000.0


def generate(engine, n_quotes: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    vocab = words(rng, 20000) + TOPIC * 30
    firsts = ["Sergej", "Anna", "Wendy", "Dmitri", "Jens", "Olaf", "Maria", "Antony", "Ursula", "Wolodymyr"]
    n_speakers = max(50, n_quotes // 200)
    speakers = []
    for i in range(n_speakers):
        name = f"{rng.choice(firsts)} {rng.choice(vocab).capitalize()}{i}"
        speakers.append({"id": i + 1, "name": name, "key": fold(name), "last_key": fold(last_name(name)),
                         "side": rng.choice(SIDES)})
    n_articles = max(1, n_quotes // 8)
    day0 = date(2021, 1, 1)
    now = datetime.now(timezone.utc)
    chunk = 20000
    with engine.begin() as conn:
        conn.execute(insert(SpeakerRow), speakers)
        days = [day0 + timedelta(days=rng.randrange(730)) for _ in range(n_articles)]
        for lo in range(0, n_articles, chunk):
            conn.execute(insert(ArticleRow), [
                {"id": i + 1, "doc": f"a{i}.txt", "source": rng.choice(SOURCES), "title": None, "url": None,
                 "published": days[i], "text": "(synthetic)",
                 "content_hash": f"h{i}", "ingested_at": now} for i in range(lo, min(lo + chunk, n_articles))])
    postgres = engine.dialect.name == "postgresql"
    if postgres:  # the word postings are built once at the end, not by a trigger per row
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE quotes DISABLE TRIGGER {postings.TABLE}_sync"))
    qid = 0
    # speakers are Zipf-distributed too: a few say a lot
    weights = [1 / (r + 1) for r in range(n_speakers)]
    for lo in range(0, n_quotes, chunk):
        quotes, stances, joint = [], [], []
        spk = rng.choices(range(1, n_speakers + 1), weights=weights, k=min(chunk, n_quotes - lo))
        for sid in spk:
            qid += 1
            body = " ".join(rng.choice(vocab) for _ in range(rng.randint(6, 30)))
            label = rng.choice(STANCES) if rng.random() < 0.2 else None
            # about one tag in five is borderline (counted only with --borderline)
            confident = label is not None and rng.random() < 0.8
            article_id = rng.randint(1, n_articles)
            quotes.append({"id": qid, "article_id": article_id, "published": days[article_id - 1], "speaker_id": sid,
                           "speaker_mention": None, "text": body, "kind": rng.choice(("direct", "indirect")),
                           "start": 0, "end": len(body), "cue": "sagen", "rule": "synthetic", "confidence": confidence(qid),
                           "statement_id": None, "stance_mask": stance_mask([label] if confident else []),
                           "borderline_mask": stance_mask([label] if label and not confident else [])})
            if label:
                stances.append({"quote_id": qid, "speaker_id": sid, "label": label, "score": rng.random(), "evidence": None,
                                "confident": confident})
            if rng.random() < 0.01:  # a joint statement (`sagten A und B`)
                other = rng.choices(range(1, n_speakers + 1), weights=weights)[0]
                if other != sid:
                    joint.append({"quote_id": qid, "speaker_id": other, "position": 1})
        with engine.begin() as conn:
            conn.execute(insert(QuoteRow), quotes)
            if stances:
                conn.execute(insert(StanceRow), stances)
            if joint:
                conn.execute(insert(QuoteCoSpeakerRow), joint)
        print(f"  {qid:,} quotes", end="\r", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with engine.begin() as conn:
        conn.execute(text("UPDATE speakers SET quote_count = "
                          "(SELECT count(*) FROM quotes WHERE quotes.speaker_id = speakers.id)"))
        # the rows went in around the repository, so the kept counters are built as a migration does
        rollup.rebuild(conn)
    if postgres:
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE quotes ENABLE TRIGGER {postings.TABLE}_sync"))
            postings.rebuild(conn)
            for t in ("speakers", "articles", "quotes", "stances"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))"))
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return {"speakers": [s["name"] for s in speakers]}


def timed(fn, args_list) -> tuple[float, float, int]:
    times, n = [], 0
    for args in args_list:
        t = time.perf_counter()
        n = len(fn(**args))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=None)
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--reuse", action="store_true", help="Query an already generated database.")
    ap.add_argument("--only", default=None, help="Time only the queries whose name contains this.")
    args = ap.parse_args()

    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/bench_queries.db"
    engine = make_engine(url)
    if engine.dialect.name == "postgresql" and not args.reuse:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    init_db(engine)
    rng = random.Random(7)
    t = time.perf_counter()
    if args.reuse:
        with engine.connect() as conn:
            names = [r[0] for r in conn.execute(text("SELECT name FROM speakers"))]
    else:
        names = generate(engine, args.quotes)["speakers"]
        print(f"generated {args.quotes:,} quotes in {time.perf_counter() - t:.0f} s ({url})")
    Session = session_factory(engine, STORE_RULES)
    r = args.repeat
    # every call in a session of its own, as the CLI (one per process) and the web view (one
    # per request) make them: one session for all calls grew its identity map by every row
    # read, and Python's full garbage collections over it (~50 ms) showed in the p95
    def run(fn):
        def call(**kw):
            with Session() as s:
                return fn(s, **kw)
        return call

    def compared(**kw):
        # as the CLI calls it: examples for the labels it shows (all five with --borderline)
        with Session() as s:
            return compare(s, labels=STANCES if kw.get("borderline") else MODEL_LABELS, **kw)

    def pick(values):
        return [rng.choice(values) for _ in range(r)]

    month = [{"since": date(2021, m, 1), "until": date(2021, m, 28)} for m in pick(range(1, 13))]
    cases = [  # one row per filter the CLI offers, alone and in the combinations users type
        ("search (newest 100)", run(search), [{} for _ in range(r)]),
        ("search --speaker NAME", run(search), [{"speaker": n.split()[-1]} for n in pick(names)]),
        ("search --side S", run(search), [{"side": x} for x in pick(SIDES[:6])]),
        ("search --stance L", run(search), [{"stance": x} for x in pick(STANCES)]),
        ("search --stance L --borderline", run(search), [{"stance": x, "borderline": True} for x in pick(STANCES)]),
        ("search --side S --stance L", run(search),
         [{"side": a, "stance": b} for a, b in zip(pick(SIDES[:6]), pick(STANCES))]),
        ("search --speaker NAME --stance L", run(search),
         [{"speaker": a.split()[-1], "stance": b} for a, b in zip(pick(names), pick(STANCES))]),
        ("search --source SRC", run(search), [{"source": x} for x in pick(SOURCES)]),
        ("search --kind K", run(search), [{"kind": x} for x in pick(("direct", "indirect"))]),
        ("search --since --until (a month)", run(search), month),
        ("search --side S --since --until", run(search), [dict(m, side=x) for m, x in zip(month, pick(SIDES[:6]))]),
        ("search --min-confidence P", run(search), [{"min_confidence": x} for x in pick([0.5, 0.7, 0.85, 0.95])]),
        ("search --side S --min-confidence P", run(search),
         [{"side": a, "min_confidence": b} for a, b in zip(pick(SIDES[:6]), pick([0.5, 0.7, 0.85, 0.95]))]),
        ("search --text WORD", run(search), [{"text": x} for x in pick(TOPIC)]),
        ("search --side S --text WORD", run(search),
         [{"side": a, "text": b} for a, b in zip(pick(SIDES[:6]), pick(TOPIC))]),
        ("search --speaker NAME --statements", run(search),
         [{"speaker": n.split()[-1], "statements": True} for n in pick(names)]),
        ("who NAME (newest 200)", run(who), [{"name": n.split()[-1]} for n in pick(names[:50])]),
        # compare as the CLI calls it: the 25 largest groups (--top 25)
        ("compare --by side", compared, [{"by": "side", "top": 25} for _ in range(r)]),
        ("compare --by speaker", compared, [{"by": "speaker", "top": 25} for _ in range(r)]),
        ("compare --by source", compared, [{"by": "source", "top": 25} for _ in range(r)]),
        ("compare --by side --statements", compared,
         [{"by": "side", "statements": True, "top": 25} for _ in range(r)]),
        ("compare --by side --borderline", compared,
         [{"by": "side", "borderline": True, "top": 25} for _ in range(r)]),
        ("compare --by speaker --borderline", compared,
         [{"by": "speaker", "borderline": True, "top": 25} for _ in range(r)]),
        ("compare --by side --since --until", compared, [dict(m, by="side", top=25) for m in month]),
        ("compare --by speaker --since --until", compared, [dict(m, by="speaker", top=25) for m in month]),
        ("compare --by source --since --until", compared, [dict(m, by="source", top=25) for m in month]),
        ("compare --by side --topic WORD", compared,
         [{"by": "side", "topic": x, "top": 25} for x in pick(TOPIC)]),
        ("compare --by speaker --topic WORD", compared,
         [{"by": "speaker", "topic": x, "top": 25} for x in pick(TOPIC)]),
    ]
    gc.freeze()  # as `quotes.cli.run` does after start-up
    print(f"{'query':38} {'p50 ms':>8} {'p95 ms':>8}  rows  ({engine.dialect.name}, {r} runs each)")
    for name, fn, arglist in cases:
        if args.only and args.only not in name:
            continue
        fn(**arglist[0])  # warm the cache once
        p50, p95, n = timed(fn, arglist)
        print(f"{name:38} {p50:8.1f} {p95:8.1f}  {n}{'  (over 100 ms)' if p95 > 100 else ''}", flush=True)


if __name__ == "__main__":
    main()
