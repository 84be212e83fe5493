#!/usr/bin/env python3
"""Is extraction linear in article length? Times our stages (rules, learned models, stance) and
storing the result (one transaction, as ingest does) on one long text made by joining parsed
SpkAtt articles (from the parse cache, shifted to their place in the joined text), at several
lengths, and stanza's speed on the first part of it.

With --repeat N every time is the best of N runs (stanza's too): this machine's speed varies by
a fifth from minute to minute, and the best run is the one least disturbed.

usage: python scripts/bench_length.py [--shared ../shared] [--sizes 50000,200000,1000000] [--db URL] [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.writes import save_result  # noqa: E402
from db.session import init_db, make_engine, session_factory  # noqa: E402
from quotes.learn.corpus import load_set, parsed_set  # noqa: E402
from quotes.nlp import choose_models, load  # noqa: E402
from quotes.pipeline import extract, prepare_text  # noqa: E402
from quotes.types import Article, Parsed  # noqa: E402
from quotes.store_rules import STORE_RULES  # noqa: E402


def joined(parsed: dict, size: int) -> Parsed:
    """One Parsed of about `size` characters: articles one after another, offsets shifted."""
    text, sentences = "", []
    for _, (_, p) in sorted(parsed.items()):
        if len(text) >= size:
            break
        shift = len(text)
        for s in p.sentences:
            words = tuple(replace(w, start=w.start + shift, end=w.end + shift) for w in s.words)
            sentences.append(replace(s, index=len(sentences), start=s.start + shift, end=s.end + shift, words=words))
        text += p.text + "\n\n"
    return Parsed(text=text, sentences=tuple(sentences))


def best(repeat: int, run) -> float:
    """The shortest of `repeat` timed calls of run(i), in seconds."""
    times = []
    for i in range(repeat):
        t = time.perf_counter()
        run(i)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--sizes", default="50000,200000,1000000")
    ap.add_argument("--stanza-chars", type=int, default=100000, help="Characters to time stanza on.")
    ap.add_argument("--db", default=None, help="Database to store into (default: a new SQLite file).")
    ap.add_argument("--repeat", type=int, default=1, help="Runs per figure; the best is shown.")
    a = ap.parse_args()
    engine = make_engine(a.db or f"sqlite:///{tempfile.mkdtemp()}/bench_length.db")
    init_db(engine)
    Session = session_factory(engine, STORE_RULES)
    info = choose_models("pack")
    parsed = parsed_set(load_set(a.shared / "data" / "spkatt-train"), info)
    sample = joined(parsed, a.stanza_chars)
    nlp = load(info)
    gc.freeze()  # as quotes.engines.Worker does once its models are loaded
    words_sample = sum(len(s.words) for s in sample.sentences)
    wps = words_sample / best(a.repeat, lambda _: nlp.parse(prepare_text(Article("sample.txt", sample.text))))
    print(f"stanza: {wps:,.0f} words/s on {len(sample.text):,} characters")
    # one short article first: loading the learned models and compiling the SQL statements happen
    # once per process, not once per length
    first = joined(parsed, 2000)
    with Session() as session, session.begin():
        save_result(session, extract(Article("warm-up.txt", first.text), first))
    print(f"{'characters':>10} {'words':>9} {'quotes':>7} {'our stages s':>13} {'database s':>11} "
          f"{'stanza s (est.)':>16} {'share':>7}")
    for size in (int(x) for x in a.sizes.split(",")):
        p = joined(parsed, size)
        n_words = sum(len(s.words) for s in p.sentences)
        result = extract(Article("long.txt", p.text), p)
        ours = best(a.repeat, lambda _: extract(Article("long.txt", p.text), p))

        def store(run: int) -> None:
            # each run a new article (another content hash), or the database would skip it as stored
            article = replace(result.article, doc=f"long-{size}-{run}.txt", text=f"{p.text}\n{run}")
            with Session() as session, session.begin():
                save_result(session, replace(result, article=article))

        stored = best(a.repeat, store)
        stanza_s = n_words / wps
        print(f"{len(p.text):>10,} {n_words:>9,} {len(result.quotes):>7,} {ours:>13.2f} {stored:>11.2f} "
              f"{stanza_s:>16.1f} {(ours + stored) / stanza_s:>7.1%}", flush=True)


if __name__ == "__main__":
    main()
