"""Score predictions against gold quotations, as the shared scorer does, plus errors by rule.

Matching: a prediction and a gold item of the same article match when their word
sequences overlap with ratio ≥ 0.5 (one-to-one, best first). A prediction lying
inside a gold quotation is no false alarm. A found quotation with the wrong
speaker counts as both a false alarm and a miss in the `attributed_*` figures.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict

LABELS = ("concession", "threat", "optimism")
KINDS = ("direct", "indirect", "all")
_STOP = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "und", "von",
         "vom", "zum", "zur", "im", "in", "am", "an", "auf", "aus", "bei", "mit", "nach", "fuer", "ueber"}


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def words(s: str | None) -> list[str]:
    return re.findall(r"\w+", _norm(s).lower())


def _fold(s: str) -> str:
    s = _norm(s).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("j", "y"), ("w", "v"), ("ei", "ej"),
                 ("sch", "sh")):
        s = s.replace(a, b)
    return s


def overlap(a: str, b: str) -> float:
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return 0.0
    return difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()


def match(golds: list[dict], texts: list[str], threshold: float = 0.5) -> dict[int, int]:
    """Gold index → prediction index: one-to-one, best word-sequence overlap first, ratio ≥ threshold."""
    pairs = sorted(((overlap(g["text"], t), gi, pi) for gi, g in enumerate(golds) for pi, t in enumerate(texts)),
                   reverse=True)
    gm: dict[int, int] = {}
    taken: set[int] = set()
    for r, gi, pi in pairs:
        if r < threshold:
            break
        if gi not in gm and pi not in taken:
            gm[gi] = pi
            taken.add(pi)
    return gm


def speaker_ok(gold: dict, pred: str | None) -> bool:
    """Right when the prediction names the gold person (last name) or shares a word with a loose gold speaker."""
    if not pred:
        return False
    strict = gold.get("speaker_strict", True)
    pt = set(re.findall(r"\w+", _fold(pred))) - _STOP
    for n in [gold["speaker"]] + gold.get("speaker_aliases", []):
        nt = [t for t in re.findall(r"\w+", _fold(n)) if t not in _STOP]
        if not nt:
            continue
        if n == gold["speaker"]:
            if strict and len(nt) <= 3 and nt[-1] in pt:
                return True
            if not strict and pt & set(nt):
                return True
        elif pt & set(nt[-1:]):
            return True
    return False


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def score(gold: dict, preds: list[dict], threshold: float = 0.5) -> dict:
    """The shared scorer's figures, plus `by_rule`: per producing rule, right/wrong-speaker/false-alarm counts."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in preds:
        by_doc[str(p.get("doc", "")).rsplit("/", 1)[-1]].append(p)
    c: Counter = Counter()
    stance = {l: [0, 0, 0] for l in LABELS}
    by_rule: dict[str, Counter] = defaultdict(Counter)
    misses: Counter = Counter()
    judged: list[tuple[float, bool]] = []  # (confidence, span and speaker right) of each scored prediction
    trap_hits = []
    for doc, golds in gold["docs"].items():
        ps = by_doc.get(doc, [])
        gm = match(golds, [p.get("text", "") for p in ps], threshold)
        pm = {pi: gi for gi, pi in gm.items()}
        for t in gold.get("traps", {}).get(doc, []):
            trap_hits += [(doc, t) for p in ps if overlap(t, p.get("text", "")) >= 0.8]
        gold_words = [set(words(g["text"])) for g in golds]
        for pi, p in enumerate(ps):
            rule = str(p.get("rule", "?")).split("+")[0]
            if pi in pm:
                continue
            pw = set(words(p.get("text", "")))
            if pw and any(pw <= gw for gw in gold_words):
                by_rule[rule]["inside_gold"] += 1
                continue
            c[f"fp_{p.get('kind', 'direct')}"] += 1
            c["fp_all"] += 1
            by_rule[rule]["false_alarm"] += 1
            judged.append((p.get("confidence", 0.0), False))
        for gi, g in enumerate(golds):
            k = g["kind"]
            if g.get("optional"):
                continue
            if gi not in gm:
                c[f"fn_{k}"] += 1
                c["fn_all"] += 1
                misses[g.get("form") or k] += 1
                continue
            p = ps[gm[gi]]
            rule = str(p.get("rule", "?")).split("+")[0]
            c[f"tp_{k}"] += 1
            c["tp_all"] += 1
            c["kind_wrong"] += p.get("kind", "direct") != k
            ok = True if g.get("speaker") is None else speaker_ok(g, p.get("speaker"))
            by_rule[rule]["right" if ok else "wrong_speaker"] += 1
            judged.append((p.get("confidence", 0.0), ok))
            c[f"spk_{k}"] += ok
            c["spk_all"] += ok
            if g.get("side"):
                c["side_n"] += 1
                c["side_ok"] += _norm(p.get("side") or "").upper() == g["side"]
            if g.get("stance") is None:
                continue
            gs, opt, pst = set(g.get("stance", [])), set(g.get("stance_optional", [])), set(p.get("stance") or [])
            for l in LABELS:
                if l in opt:
                    continue
                if l in gs and l in pst:
                    stance[l][0] += 1
                elif l in pst:
                    stance[l][1] += 1
                elif l in gs:
                    stance[l][2] += 1
    out: dict = {}
    for k in KINDS:
        tp, fn, fp = c[f"tp_{k}"], c[f"fn_{k}"], c[f"fp_{k}"]
        right = c[f"spk_{k}"]
        out[f"detect_{k}"] = _prf(tp, fp, fn)
        out[f"attributed_{k}"] = _prf(right, fp + tp - right, fn + tp - right)
        out[f"speaker_acc_{k}"] = round(right / tp, 3) if tp else 0.0
    out["side_acc"] = round(c["side_ok"] / c["side_n"], 3) if c["side_n"] else None
    out["kind_wrong"] = c["kind_wrong"]
    out["stance"] = {l: _prf(*v) for l, v in stance.items()}
    out["stance_macro_f1"] = round(sum(_prf(*v)[2] for v in stance.values()) / len(LABELS), 3)
    out["trap_hits"] = trap_hits
    out["by_rule"] = {r: dict(v) for r, v in sorted(by_rule.items())}
    out["misses_by_form"] = dict(misses)
    out["by_confidence"] = by_confidence(judged)
    return out


CONFIDENCE_EDGES = (0.3, 0.5, 0.7, 0.85)


def by_confidence(judged: list[tuple[float, bool]], edges: tuple[float, ...] = CONFIDENCE_EDGES) -> list[dict]:
    """Per confidence band: how many scored predictions, and the share whose span and speaker are
    right (does a higher confidence mean a likelier right quotation?)."""
    bounds = [0.0, *edges, 1.0]
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        band = [ok for conf, ok in judged if lo <= conf < hi or hi == 1.0 and conf == 1.0]
        out.append({"from": lo, "to": hi, "n": len(band), "right": round(sum(band) / len(band), 3) if band else None})
    return out
