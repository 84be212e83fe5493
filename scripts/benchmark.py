#!/usr/bin/env python
"""Throughput of the ingest path, split into stanza, our stages and the database.

usage: python scripts/benchmark.py [--articles N] [--models pack|official|auto] [--db URL]
Reads articles from ../shared/data/spkatt-train/articles; prints the figures for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gc
from dataclasses import replace
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from db.session import init_db, make_engine  # noqa: E402
from db.store import ArticleStore  # noqa: E402
from quotes.nlp import choose_models, load  # noqa: E402
from quotes.pipeline import extract, prepare_text  # noqa: E402
from quotes.read import read_path  # noqa: E402
from quotes.types import Article  # noqa: E402
from quotes.store_rules import STORE_RULES  # noqa: E402


def current_rss_mb() -> float:
    """Resident memory now (Linux /proc), to show it stays flat over a long run."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--models", default="pack")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--db", default=None)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "spkatt-train" / "articles"))
    args = ap.parse_args()

    files = sorted(Path(args.data).glob("*.txt"))
    base = [a for f in files for a in read_path(f) if isinstance(a, Article)]
    # more articles than the corpus has: numbered copies (a distinct text, so each is stored anew)
    articles = [a if i < len(base) else replace(a, doc=f"{i}-{a.doc}", text=f"{a.text}\n\n(Kopie {i})")
                for i, a in ((i, base[i % len(base)]) for i in range(args.articles))]
    t0 = time.perf_counter()
    nlp = load(choose_models(args.models))
    t_load = time.perf_counter() - t0
    gc.freeze()  # as quotes.engines.Worker does once its models are loaded

    db_url = args.db or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    init_db(make_engine(db_url))
    store = ArticleStore(db_url, STORE_RULES)  # what ingest workers store with
    # statements sent per stored article: a figure machine noise does not move
    sent = [0]
    event.listen(store.engine, "before_cursor_execute", lambda *_: sent.__setitem__(0, sent[0] + 1))

    t_nlp = t_ours = t_db = 0.0
    rss_trace: list[tuple[int, float]] = []
    tokens = quotes = 0
    for i in range(0, len(articles), args.batch):
        batch = articles[i:i + args.batch]
        t = time.perf_counter()
        texts = [prepare_text(a) for a in batch]
        t_ours += time.perf_counter() - t
        t = time.perf_counter()
        parsed = nlp.parse_many(texts)
        t_nlp += time.perf_counter() - t
        t = time.perf_counter()
        results = [extract(a, p) for a, p in zip(batch, parsed)]
        t_ours += time.perf_counter() - t
        tokens += sum(len(s.words) for p in parsed for s in p.sentences)
        quotes += sum(len(r.quotes) for r in results)
        t = time.perf_counter()
        for r in results:
            store(r)
        t_db += time.perf_counter() - t
        if (i // args.batch) % max(1, 100 // args.batch) == 0:
            rss_trace.append((i + len(batch), current_rss_mb()))
    total = t_nlp + t_ours + t_db
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"models: {nlp.info.describe()}")
    print(f"articles {len(articles)}, words {tokens}, quotes {quotes}, batch {args.batch}")
    print(f"model load            {t_load:7.2f} s")
    print(f"stanza                {t_nlp:7.2f} s  ({tokens / t_nlp:,.0f} words/s)")
    print(f"our stages            {t_ours:7.2f} s  ({100 * t_ours / t_nlp:.1f}% of stanza)")
    print(f"database ({db_url.split(':')[0]:6})     {t_db:7.2f} s  ({100 * t_db / t_nlp:.1f}% of stanza, "
          f"{sent[0] / len(articles):.1f} SQL statements per article)")
    print(f"total                 {total:7.2f} s  = {len(articles) / total:.2f} articles/s, {tokens / total:,.0f} words/s")
    print(f"peak RSS              {rss:7.0f} MB")
    print("RSS after n articles  " + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in rss_trace))


if __name__ == "__main__":
    main()
