#!/usr/bin/env python3
"""5-fold cross-validation of the stance model on SpkAtt, scored by the shared scorer.

For each fold k of `folds.json`: train on the other four folds (thresholds from their own
out-of-fold predictions), tag the pipeline's quotations of fold k, score them with
`../shared/tools/score.py`. Then train on all of SpkAtt and score domain-dev and the seeds.

usage: python scripts/cv_stance.py [--shared ../shared] [--C 0.5] [--min-precision 0.7] [--json OUT]
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import stance  # noqa: E402
from quotes.learn.corpus import extract_all, gold_cues, load_set, parsed_set  # noqa: E402
from quotes.learn.cv import arguments, score_with, summarize  # noqa: E402
from quotes.learn.train_stance import Settings, examples_from_gold, fit  # noqa: E402
from quotes.nlp import choose_models  # noqa: E402
from quotes.pipeline import quote_record, stance_cue  # noqa: E402


def retagged(results: dict, docs: set[str], model: dict) -> list[dict]:
    """The pipeline's quotations of these docs, stance re-tagged by `model`, as extract jsonl records."""
    records = []
    for doc in sorted(docs):
        r = results[doc]
        for q in r.quotes:
            records.append(quote_record(r, replace(q, stance=stance.tag(q.text, stance_cue(q), model=model))))
    return records


def main() -> None:
    ap = arguments(__doc__)
    ap.add_argument("--C", type=float, default=Settings.C)
    ap.add_argument("--min-precision", type=float, default=Settings.min_precision)
    a = ap.parse_args()
    s = Settings(C=a.C, min_precision=a.min_precision)
    scorer = a.shared / "tools" / "score.py"
    info = choose_models(a.models)
    gs = load_set(a.shared / "data" / "spkatt-train")
    results = extract_all(parsed_set(gs, info))
    exs = examples_from_gold(gs.docs, gold_cues(gs, results))
    per_fold = []
    t0 = time.time()
    for k in range(gs.n_folds):
        model = fit([e for e in exs if gs.folds[e.doc] != k], gs.folds, s)
        out = score_with(scorer, gs.gold(gs.fold_docs(k)), gs.articles_dir, retagged(results, gs.fold_docs(k), model))
        per_fold.append(out)
        print(f"fold {k}: stance {out['stance']} macro {out['stance_macro_f1']} "
              f"thresholds { {l: m['threshold'] for l, m in model['metrics'].items()} }", flush=True)
    summary = summarize(per_fold)
    print(f"settings {s} ({time.time() - t0:.0f} s)")
    for key in [k for k in summary if k.startswith("stance")]:
        print(f"  {key}: mean {summary[key][0]:.3f}  min {summary[key][1]:.3f}")
    full = fit(exs, gs.folds, s)
    checks = {}
    for name in ("domain-dev", "seeds"):
        other = load_set(a.shared / "data" / name)
        res = extract_all(parsed_set(other, info))
        checks[name] = score_with(scorer, other.gold(), other.articles_dir, retagged(res, set(other.docs), full))
        print(f"{name}: stance {checks[name]['stance']} macro {checks[name]['stance_macro_f1']}")
    if a.json:
        a.json.write_text(json.dumps({"settings": s.__dict__, "folds": per_fold, "summary": summary,
                                      "checks": checks}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
