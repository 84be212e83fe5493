"""Train the stance model on SpkAtt's silver labels; thresholds by cross-validation.

An example is a gold quotation's text with the speech verb the pipeline found for it (the
cue of the matching prediction, if any), and per label 1/0, or None where the label is
`stance_optional` (defensible but not required: left out of that label's training).
Per label: an L2 logistic regression over `quotes.stance.features`; its confident threshold
is the one with the best F1 among those reaching `min_precision` on out-of-fold predictions
within the training articles (folds by article), its borderline threshold the same at a
lower precision.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from quotes.learn.linear import LinearModel, choose_threshold, fit_linear
from quotes.stance import MODEL_LABELS, features

VERSION = "stance-lr-1"
LICENCE = ("Trained on the SpkAtt-2023 task 2 data, 2024 release (German Wikinews articles; "
           "Petersen-Frey & Biemann 2024) with silver stance labels: CC BY-NC-SA 4.0. "
           "The model inherits the non-commercial licence.")


@dataclass(frozen=True)
class Example:
    doc: str
    text: str
    cue: str | None
    labels: dict[str, int | None]


@dataclass(frozen=True)
class Settings:
    C: float = 0.2
    min_precision: float = 0.7  # confident tags: precision first
    borderline_precision: float = 0.45
    class_weight: str | None = "balanced"


def examples_from_gold(docs: dict[str, list[dict]], cues: dict[str, dict[int, str | None]]) -> list[Example]:
    """One example per gold quotation that has stance labels; `cues[doc][gold index]` from predictions."""
    out = []
    for doc, items in sorted(docs.items()):
        for gi, g in enumerate(items):
            if g.get("stance") is None:
                continue
            pos, opt = set(g.get("stance", [])), set(g.get("stance_optional", []))
            labels = {l: (None if l in opt else int(l in pos)) for l in MODEL_LABELS}
            out.append(Example(doc, g["text"], cues.get(doc, {}).get(gi), labels))
    return out


def _fit_label(exs: list[Example], label: str, s: Settings) -> LinearModel:
    use = [e for e in exs if e.labels[label] is not None]
    return fit_linear([features(e.text, e.cue) for e in use], [e.labels[label] for e in use], C=s.C,
                      class_weight=s.class_weight)


def out_of_fold(exs: list[Example], folds: dict[str, int], label: str, s: Settings) -> tuple[list[float], list[int]]:
    """Probabilities for each labelled example from a model not trained on its article's fold."""
    probs, gold = [], []
    for k in sorted({folds[e.doc] for e in exs}):
        train = [e for e in exs if folds[e.doc] != k]
        test = [e for e in exs if folds[e.doc] == k and e.labels[label] is not None]
        if not test:
            continue
        m = _fit_label(train, label, s)
        probs += [m.proba(features(e.text, e.cue)) for e in test]
        gold += [e.labels[label] for e in test]
    return probs, gold


def fit(exs: list[Example], folds: dict[str, int], s: Settings = Settings()) -> dict:
    """The stance model (per label: weights and thresholds) from these examples."""
    labels, metrics = {}, {}
    for label in MODEL_LABELS:
        probs, gold = out_of_fold(exs, folds, label, s)
        t, f1 = choose_threshold(probs, gold, min_precision=s.min_precision)
        tb, _ = choose_threshold(probs, gold, min_precision=s.borderline_precision)
        m = _fit_label(exs, label, s)
        labels[label] = LinearModel(m.weights, m.intercept, t, min(t, tb))
        metrics[label] = {"inner_cv_f1": round(f1, 3), "threshold": t, "borderline": min(t, tb),
                          "positives": sum(gold)}
    return {"labels": labels, "metrics": metrics}


def save(model: dict, path: Path, meta: dict) -> None:
    data = {"meta": meta, "labels": {l: m.to_json() for l, m in model["labels"].items()}}
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                    encoding="utf-8")


def train(shared: Path, out_file: Path, *, models: str = "pack", s: Settings = Settings(), log=print) -> dict:
    """Fit on all of SpkAtt (thresholds from 5-fold out-of-fold predictions) and write the model.
    The speech verbs of the gold quotations come from the pipeline's predictions (parses cached)."""
    from quotes.learn.corpus import extract_all, gold_cues, load_set, parsed_set
    from quotes.nlp import choose_models

    t0 = time.time()
    gs = load_set(shared / "data" / "spkatt-train")
    results = extract_all(parsed_set(gs, choose_models(models), log))
    exs = examples_from_gold(gs.docs, gold_cues(gs, results))
    model = fit(exs, gs.folds, s)
    meta = {"version": VERSION, "licence": LICENCE, "trained_on": f"{gs.name}: {len(gs.docs)} articles, "
            f"{len(exs)} quotations", "settings": s.__dict__, "inner_cv": model["metrics"],
            "seconds": round(time.time() - t0, 1)}
    save(model, out_file, meta)
    log(f"stance model written to {out_file} ({out_file.stat().st_size // 1024} KB, {meta['seconds']} s)")
    return meta
