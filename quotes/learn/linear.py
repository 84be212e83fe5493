"""A linear model over feature dicts, stored as plain JSON weights.

Training uses scikit-learn (`DictVectorizer` + `LogisticRegression`); inference is a dot
product over the stored weights, so a shipped model is small, readable, and loads without
pickles or a particular scikit-learn version. The contributions of single features are
what an explanation shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class LinearModel:
    """One binary decision: weights per feature name, an intercept and decision thresholds."""

    weights: dict[str, float]
    intercept: float
    threshold: float = 0.5  # probability at or above which the decision is confident
    borderline: float = 0.5  # probability at or above which it is kept as borderline

    def margin(self, feats: dict[str, float]) -> float:
        return self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())

    def proba(self, feats: dict[str, float]) -> float:
        z = self.margin(feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def contributions(self, feats: dict[str, float]) -> list[tuple[str, float]]:
        """Features by their push towards a positive decision, strongest first."""
        out = [(k, self.weights[k] * v) for k, v in feats.items() if k in self.weights]
        return sorted(out, key=lambda kv: -kv[1])

    def to_json(self) -> dict:
        return {"intercept": self.intercept, "threshold": self.threshold, "borderline": self.borderline,
                "weights": self.weights}

    @classmethod
    def from_json(cls, d: dict) -> "LinearModel":
        return cls(weights=d["weights"], intercept=d["intercept"], threshold=d.get("threshold", 0.5),
                   borderline=d.get("borderline", d.get("threshold", 0.5)))


def fit_linear(X: list[dict[str, float]], y: list[int], *, C: float = 1.0, class_weight=None,
               min_weight: float = 1e-3) -> LinearModel:
    """Fit an L2 logistic regression on feature dicts; weights below `min_weight` are pruned."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    Xm = vec.fit_transform(X).tocsr()
    Xm.indices, Xm.indptr = Xm.indices.astype("int32"), Xm.indptr.astype("int32")  # liblinear wants 32-bit
    if len(set(y)) < 2:  # nothing to learn: a constant decision
        return LinearModel({}, 10.0 if y and y[0] else -10.0)
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=2000, solver="liblinear", random_state=0)
    clf.fit(Xm, y)
    coef = clf.coef_[0]
    w = {name: round(float(c), 4) for name, c in zip(vec.get_feature_names_out(), coef) if abs(c) >= min_weight}
    return LinearModel(w, round(float(clf.intercept_[0]), 4))


def choose_threshold(probs: list[float], gold: list[int], *, min_precision: float,
                     floor: float = 0.2, positives: int | None = None, plateau: float = 0.0) -> tuple[float, float]:
    """The probability threshold with the best F1 among those whose precision reaches
    `min_precision` (precision first: a wrong tag misleads a comparison more than a missing
    one); if none does, the one with the best precision-weighted F0.5. Returns (threshold, F1).
    `positives`: how many positives there are in all, when some are not among `gold`."""
    pairs = sorted(zip(probs, gold), key=lambda pg: -pg[0])
    positives = sum(gold) if positives is None else positives
    best, best_f05, fallback = None, -1.0, (0.99, 0.0)
    curve: list[tuple[float, float]] = []
    tp = fp = 0
    for i, (p, g) in enumerate(pairs):
        tp += g
        fp += 1 - g
        if i + 1 < len(pairs) and pairs[i + 1][0] == p:
            continue  # thresholds only between distinct scores
        if p < floor:
            break
        prec = tp / (tp + fp)
        rec = tp / positives if positives else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f05 = 1.25 * prec * rec / (0.25 * prec + rec) if prec + rec else 0.0
        if prec >= min_precision:
            curve.append((p, f1))
            if best is None or f1 > best[1]:
                best = (p, f1)
        if f05 > best_f05:
            best_f05, fallback = f05, (p, f1)
    if best is not None and plateau:
        # the F1 curve is flat near its top, and its argmax moves with every small change of the
        # training data: the middle of the thresholds within `plateau` of the best is steadier
        near = [(p, f) for p, f in curve if f >= best[1] - plateau]
        best = near[len(near) // 2]
    threshold, f1 = best if best is not None else fallback
    return round(threshold, 4), f1
