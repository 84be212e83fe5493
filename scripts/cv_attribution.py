#!/usr/bin/env python3
"""5-fold cross-validation of the learned attribution (speaker ranker + quote filter) on SpkAtt.

For each fold k of `folds.json`: train on the other four folds, run the rule stages and the
learned models on fold k's articles, score with `../shared/tools/score.py`. The rules alone
are scored on the same folds for comparison (they were written looking at all of SpkAtt, so
their figure is in-sample). Then train on all of SpkAtt and score domain-dev and the seeds.

usage: python scripts/cv_attribution.py [--shared ../shared] [--json OUT] [--save-pred OUT.jsonl]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import actors, evaluate  # noqa: E402
from quotes.learn import attribution  # noqa: E402
from quotes.learn.corpus import load_set  # noqa: E402
from quotes.learn.cv import arguments, score_with, summarize  # noqa: E402
from quotes.learn.train_attribution import Settings, fit, speaker_words, set_docs, training_docs  # noqa: E402
from quotes.nlp import choose_models  # noqa: E402
from quotes.types import Article, ArticleResult  # noqa: E402

KEYS = ("detect_direct", "attributed_direct", "attributed_indirect", "attributed_all")


def records(docs, model) -> list[dict]:
    """Extract-jsonl records of these articles: rule quotes, then the learned models if given."""
    from quotes.pipeline import quote_record

    out = []
    for d in docs:
        quotes = d.quotes
        if model is not None:
            quotes, _ = attribution.apply(d.ctx.parsed, d.ctx.people, quotes, model)
            # as the pipeline does: known actors get their name and side (the gold sets' articles carry
            # no date: a person who changed sides keeps the wording's side)
            quotes = actors.with_actors(quotes, None, actors.load())
        result = ArticleResult(Article(d.doc, d.ctx.parsed.text), tuple(quotes))
        out += [quote_record(result, q) for q in quotes]
    return out


def line(name: str, o: dict) -> str:
    return f"{name}: " + "  ".join(f"{k} {o[k][2]:.3f} ({o[k][0]:.3f}/{o[k][1]:.3f})" for k in KEYS) + \
        f"  spk_acc_all {o['speaker_acc_all']:.3f} side {o['side_acc']} traps {len(o['trap_hits'])}"


def bands_line(bands: list[dict]) -> str:
    return "  ".join(f"{b['from']:.2f}-{b['to']:.2f} n={b['n']} right={b['right']}" for b in bands)


def main() -> None:
    ap = arguments(__doc__)
    ap.add_argument("--C-ranker", type=float, default=Settings.C_ranker)
    ap.add_argument("--C-filter", type=float, default=Settings.C_filter)
    ap.add_argument("--filter-label", choices=("attributed", "span"), default=Settings.filter_label)
    ap.add_argument("--pronoun-golds", choices=("alias", "unjudged"), default=Settings.pronoun_golds,
                    help="judge a pronoun gold speaker by its alias, or leave its speaker unjudged in the labels")
    ap.add_argument("--threshold-plateau", type=float, default=Settings.threshold_plateau,
                    help="filter threshold: the middle of those with out-of-fold F1 within this of the best")
    ap.add_argument("--save-pred", type=Path, help="write every fold's held-out quotations here (extract JSONL; the rules' to OUT.rules.jsonl)")
    a = ap.parse_args()
    s = Settings(C_ranker=a.C_ranker, C_filter=a.C_filter, filter_label=a.filter_label, pronoun_golds=a.pronoun_golds,
                 threshold_plateau=a.threshold_plateau)
    scorer = a.shared / "tools" / "score.py"
    gs, docs = training_docs(a.shared, a.models)
    t0 = time.time()
    words = speaker_words(a.shared)
    learned, rules = [], []
    held_out: list[dict] = []  # every fold's learned records, for the confidence bands
    held_out_rules: list[dict] = []
    for k in range(gs.n_folds):
        train = [d for d in docs if gs.folds[d.doc] != k]
        test = [d for d in docs if gs.folds[d.doc] == k]
        model = fit(train, gs.folds, s, words)
        gold = gs.gold({d.doc for d in test})
        recs = records(test, model)
        held_out += recs
        learned.append(score_with(scorer, gold, gs.articles_dir, recs))
        rule_recs = records(test, None)
        held_out_rules += rule_recs
        rules.append(score_with(scorer, gold, gs.articles_dir, rule_recs))
        print(line(f"fold {k} learned", learned[-1]), flush=True)
        print(line(f"fold {k} rules  ", rules[-1]), flush=True)
    print(f"settings {s} ({time.time() - t0:.0f} s)")
    if a.save_pred:
        for path, recs in ((a.save_pred, held_out), (a.save_pred.with_suffix(".rules.jsonl"), held_out_rules)):
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    summary = {"learned": summarize(learned), "rules": summarize(rules)}
    for key in ("detect_direct_p", "detect_direct_f1", "attributed_direct_f1", "attributed_indirect_f1",
                "attributed_all_p", "attributed_all_r", "attributed_all_f1", "speaker_acc_all"):
        print(f"  {key:24s} learned mean {summary['learned'][key][0]:.3f} min {summary['learned'][key][1]:.3f}"
              f"   rules mean {summary['rules'][key][0]:.3f} min {summary['rules'][key][1]:.3f}")
    bands = evaluate.score(gs.gold({d.doc for d in docs}), held_out)["by_confidence"]
    print("  confidence bands, out of fold: " + bands_line(bands))
    full = fit(docs, gs.folds, s, words)
    info = choose_models(a.models)
    checks = {}
    for name in ("domain-dev", "seeds"):
        other = load_set(a.shared / "data" / name)
        ds = set_docs(other, info)
        for d in ds:
            d.ctx.speakerhood = full["speakerhood"]
        recs = records(ds, full)
        checks[name] = {"learned": score_with(scorer, other.gold(), other.articles_dir, recs),
                        "rules": score_with(scorer, other.gold(), other.articles_dir, records(ds, None))}
        print(line(f"{name} learned", checks[name]["learned"]))
        print(f"  {name} confidence bands: " + bands_line(evaluate.score(other.gold(), recs)["by_confidence"]))
        print(line(f"{name} rules  ", checks[name]["rules"]))
    if a.json:
        a.json.write_text(json.dumps({"settings": s.__dict__, "summary": summary, "learned": learned,
                                      "rules": rules, "checks": checks, "bands": bands}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
