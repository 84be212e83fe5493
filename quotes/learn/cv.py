"""Cross-validation by article, scored by the shared scorer (`../shared/tools/score.py`)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import mean


def score_with(scorer: Path, gold: dict, articles_dir: Path, records: list[dict]) -> dict:
    """Run the shared scorer on these predictions against this gold (a fold's part of a set)."""
    with tempfile.TemporaryDirectory() as d:
        g, p = Path(d) / "gold.json", Path(d) / "pred.jsonl"
        g.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        out = subprocess.run([sys.executable, str(scorer), str(g), str(articles_dir), str(p), "--json"],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out)


FIGURES = ("detect_direct", "attributed_direct", "attributed_indirect", "attributed_all", "detect_all")


def summarize(per_fold: list[dict]) -> dict:
    """Mean and min over folds of the headline figures (F1, precision, recall) and stance."""
    out: dict = {}
    for name in FIGURES:
        for i, part in enumerate(("p", "r", "f1")):
            vals = [f[name][i] for f in per_fold]
            out[f"{name}_{part}"] = (round(mean(vals), 3), round(min(vals), 3))
    for name in ("speaker_acc_direct", "speaker_acc_all", "stance_macro_f1"):
        vals = [f[name] for f in per_fold]
        out[name] = (round(mean(vals), 3), round(min(vals), 3))
    for label in per_fold[0]["stance"]:
        for i, part in enumerate(("p", "r", "f1")):
            vals = [f["stance"][label][i] for f in per_fold]
            out[f"stance_{label}_{part}"] = (round(mean(vals), 3), round(min(vals), 3))
    out["trap_hits"] = sum(len(f["trap_hits"]) for f in per_fold)
    return out


def arguments(doc: str) -> argparse.ArgumentParser:
    """The options every cross-validation script takes: where ../shared is, which models parse,
    where the JSON report goes."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--models", default="pack")
    ap.add_argument("--json", type=Path, help="Also write the per-fold figures here.")
    return ap
