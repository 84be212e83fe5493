"""Ingest throughput of the engines on this machine: in-process, local worker processes, and Ray
with 1 and 2 workers; each run into a fresh database, timed from the first article handed over
to the last one stored (model loading included, as a user waits for it).

    python scripts/bench_engines.py [--articles 40] [--db postgresql+psycopg://...]

With --db (PostgreSQL), each run starts from an empty schema there; default: a new SQLite file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.store import ArticleStore  # noqa: E402
from quotes.store_rules import STORE_RULES  # noqa: E402
from quotes.engines import Setup, run_engine  # noqa: E402
from quotes.read import read_path  # noqa: E402
from quotes.types import Article  # noqa: E402


def fresh_db(url: str | None, tmp: Path, name: str) -> str:
    from sqlalchemy import text

    from db.session import init_db, make_engine

    if url is None:
        url = f"sqlite:///{tmp / (name + '.db')}"
    else:
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    engine = make_engine(url)
    init_db(engine)
    engine.dispose()
    return url


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--db", default=None)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "spkatt-train" / "articles"))
    args = ap.parse_args()
    files = sorted(Path(args.data).glob("*.txt"))[:args.articles]
    articles = [a for f in files for a in read_path(f) if isinstance(a, Article)]
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars:,} characters, batch size {args.batch_size}")
    runs = [("local, in-process", "local", 1), ("local, 2 processes", "local", 2),
            ("ray, 1 worker", "ray", 1), ("ray, 2 workers", "ray", 2)]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, engine, workers in runs:
            url = fresh_db(args.db, Path(tmp), name.replace(" ", "_").replace(",", ""))
            t0 = time.perf_counter()
            first = None
            n = 0
            for _ in run_engine(engine, articles, Setup(partial(ArticleStore, url, STORE_RULES), "pack"), workers, args.batch_size):
                n += 1
                first = first or time.perf_counter() - t0
            total = time.perf_counter() - t0
            steady = (n - 1) / (total - first) if total > first else float("nan")
            results[name] = (total, first, steady)
            print(f"{name:22} {total:7.1f} s  {n / total:5.2f} articles/s overall; start-up (first article "
                  f"stored) {first:5.1f} s; then {steady:5.2f} articles/s", flush=True)
    base = results["local, in-process"][2]
    for workers in (1, 2):
        ray = results[f"ray, {workers} worker{'s' if workers > 1 else ''}"]
        print(f"ray {workers} worker(s): steady rate x{ray[2] / base:.2f} of in-process; per-article overhead "
              f"{1 / ray[2] * workers - 1 / base:+.3f} worker-s; extra start-up {ray[1] - results['local, in-process'][1]:+.1f} s")


if __name__ == "__main__":
    main()
