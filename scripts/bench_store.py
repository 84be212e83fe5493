#!/usr/bin/env python3
"""Storing into a large archive: the cost of one article that quotes the archive's most-quoted
speaker. Storing compares each quote with that speaker's reports of the days around it (are they
one statement?), so its cost grows with how often the speaker is quoted, not with the archive.

Runs on a database made by `scripts/bench_queries.py` (1M synthetic quotes; its top speaker has
~11 % of them, ~1,000 within a week). The synthetic quotes have no statements, so inside one
transaction the top speaker's quotes of the days compared get one each, then `--articles`
articles are stored, one day apart, each quoting that speaker; then everything is rolled back.
Prints the time per article, without and with the statements.

usage: python scripts/bench_store.py --db URL [--articles 20]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text  # noqa: E402

from db.models import SpeakerRow  # noqa: E402
from db.writes import save_result  # noqa: E402
from db.session import make_engine, session_factory  # noqa: E402
from quotes.cluster import WINDOW_DAYS  # noqa: E402
from quotes.types import Article, ArticleResult, Quote  # noqa: E402
from quotes.store_rules import STORE_RULES  # noqa: E402


def article(i: int, day: date, speaker: str) -> ArticleResult:
    said = f"Wir werden die Verhandlungen über Sicherheitsgarantien in Genf fortsetzen {i}"
    body = f"„{said}“, sagte {speaker}."
    q = Quote(text=said, kind="direct", speaker=speaker, side=None, start=1, end=1 + len(said), cue="sagen",
              rule="direct:bench", confidence=0.9)
    return ArticleResult(article=Article(doc=f"bench-store-{i}.txt", text=body, published=day), quotes=(q,),
                         speakers=(), dropped=())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--articles", type=int, default=20)
    a = ap.parse_args()
    Session = session_factory(make_engine(a.db), STORE_RULES)
    with Session() as s:
        top = s.execute(select(SpeakerRow.id, SpeakerRow.name).order_by(SpeakerRow.quote_count.desc()).limit(1)).one()
    first = date(2021, 5, 31)
    # only the days the stored articles are compared with: on PostgreSQL each updated quote also
    # rewrites its word postings, and all 100k of the speaker's took the server many minutes
    days = {"sid": top.id, "since": first - timedelta(days=WINDOW_DAYS),
            "until": first + timedelta(days=a.articles + WINDOW_DAYS + 1)}
    gc.freeze()
    for with_statements in (False, True):
        with Session() as s:
            s.begin()
            if with_statements:
                s.execute(text("INSERT INTO statements (id, speaker_id, first_date) SELECT id + 100000000, speaker_id, "
                               "published FROM quotes WHERE speaker_id = :sid AND published BETWEEN :since AND :until"), days)
                s.execute(text("UPDATE quotes SET statement_id = id + 100000000 WHERE speaker_id = :sid "
                               "AND published BETWEEN :since AND :until"), days)
            save_result(s, article(-1, first, top.name))  # warm-up: first statements compiled
            times = []
            for i in range(a.articles):
                t = time.perf_counter()
                save_result(s, article(i, first + timedelta(days=i + 1), top.name))
                s.flush()
                times.append(time.perf_counter() - t)
            s.rollback()
        print(f"{'with' if with_statements else 'without'} statements: {statistics.median(times) * 1000:.1f} ms "
              f"per article (median of {a.articles}), max {max(times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
