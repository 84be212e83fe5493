"""Quote → stance tags: a trained linear model per label over one feature extractor.

The measured labels (concession, threat, optimism) come from `quotes/models/stance.json`,
trained on the SpkAtt silver labels (`quotes models train-stance`); each has a confident
threshold chosen by cross-validation for precision and a lower borderline one. The cue
lexicon (`lexicon/stance_cues.tsv`, `stance_verbs.tsv`, with negation scope) no longer
decides: its hits are features. `rejection` and `demand` have no labelled data, so they
come from the lexicon alone and are always borderline (hidden unless asked for).

Each tag keeps its score and the words that drove it, so users can check it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from quotes.lexicon import (NEGATORS, STANCE_BLOCKERS, STANCE_CONCEPTS, STANCE_CUES, STANCE_FLIPS, STANCE_VERBS,
                            STOPWORDS)
from quotes.types import MEASURED_STANCE_LABELS, STANCE_LABELS, StanceTag

# The order is stored (bit i of quotes.stance_mask is label i): new labels go at the end.
LABELS = STANCE_LABELS
MODEL_LABELS = MEASURED_STANCE_LABELS
LEXICON_ONLY = ("rejection", "demand")  # no labelled data: borderline only
MODEL_FILE = Path(__file__).parent / "models" / "stance.json"
THRESHOLD = 0.5  # the lexicon's own cue weight a hit needs
# verbs that deny or doubt the reported content (their own stance, if any, is in stance_verbs.tsv)
DENIAL_CUES = frozenset({"bestreiten", "bezweifeln", "dementieren", "leugnen", "abstreiten", "anzweifeln"})
# Words before a cue that a negator may stand in. German puts the verb last, so "nicht" can
# stand far before it ("nicht auf die Zusammenarbeit verzichten"); the clause boundary limits it.
NEGATION_WINDOW = 8
_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[,;:.!?]")
# future, conditional and obligation: whether something is announced, offered or demanded
_MODALITY = {
    "future": {"werde", "werden", "wird", "wirst", "werdet"},
    "conditional": {"würde", "würden", "wenn", "falls", "sonst", "andernfalls", "ansonsten", "sollte", "sollten"},
    "obligation": {"muss", "müssen", "müsse", "müsste", "müssten", "soll", "sollen"},
    "ability": {"kann", "können", "könne", "könnte", "könnten"},
    "first_person": {"wir", "ich", "uns", "unser", "unsere", "mich", "mir"},
}


# --- the lexicon: cue hits with negation scope (features, and the two unmeasured labels) ---

def _negator_start(text: str, start: int) -> int | None:
    """Offset of a negator within the few words before `start` in the same clause, if any."""
    clause_start = max(text.rfind(ch, 0, start) for ch in ",;:.!?") + 1
    before = list(_WORD.finditer(text[clause_start:start]))[-NEGATION_WINDOW:]
    return next((clause_start + m.start() for m in before if m.group() in NEGATORS), None)


def _blocked(label: str, text: str, end: int) -> bool:
    pattern = STANCE_BLOCKERS.get(label)
    return bool(pattern) and bool(re.search(pattern, " ".join(_WORD.findall(text[end:])[:4])))


_CUE_PATTERNS = tuple((label, re.compile(pattern), weight) for label, pattern, weight in STANCE_CUES)
_ANY_CUE = re.compile("|".join(f"(?:{pattern})" for _, pattern, _ in STANCE_CUES))


def cue_hits(text: str, cue: str | None = None) -> tuple[StanceTag, ...]:
    """What the cue lexicon finds in a quotation and its speech verb's lemma, negation applied:
    a negated cue is dropped, or flipped where the lexicon says so (a refused concession is a
    rejection); what a speaker denies or doubts is not that speaker's threat, offer or hope."""
    low = text.lower()
    best: dict[str, StanceTag] = {}
    # most quotations hold no cue: one scan of all patterns at once decides that
    for label, pattern, weight in _CUE_PATTERNS if _ANY_CUE.search(low) else ():
        for m in pattern.finditer(low):
            start, found = m.start(), label
            negator = _negator_start(low, m.start())
            if negator is None and any(w in NEGATORS for w in m.group().split()[1:]):
                negator = m.start()  # a negator inside a split verb: "lehnen das nicht ab"
            if negator is not None:
                if label not in STANCE_FLIPS:
                    continue
                start, found = negator, STANCE_FLIPS[label]
            elif _blocked(label, low, m.end()):
                continue
            if found not in best or best[found].score < weight:
                best[found] = StanceTag(found, weight, text[start:m.end()])
    if cue in DENIAL_CUES:
        best = {label: t for label, t in best.items() if label not in MODEL_LABELS}
    if cue and cue in STANCE_VERBS and re.search(STANCE_VERBS[cue][1], low):
        label = STANCE_VERBS[cue][0]
        if label not in best or best[label].score < 0.8:
            best[label] = StanceTag(label, 0.8, cue)
    return tuple(best[l] for l in LABELS if l in best and best[l].score >= THRESHOLD)


# --- one feature extractor, for training and inference alike ---

_CONCEPTS = {c: re.compile(r"\b(?:" + "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True)) + ")")
             for c, stems in STANCE_CONCEPTS.items()}


def concept_hits(low: str) -> dict[str, list[int]]:
    """Offsets of the words of each concept class in a lower-cased text."""
    return {c: [m.start() for m in rx.finditer(low)] for c, rx in _CONCEPTS.items() if rx.search(low)}


def _negated_positions(words: list[str], clause_ids: list[int]) -> set[int]:
    """Words after a negator in its clause (`keine Fortschritte`, `nicht … verzichten`)."""
    out: set[int] = set()
    for i, w in enumerate(words):
        if w in NEGATORS:
            out.update(j for j in range(i + 1, len(words)) if clause_ids[j] == clause_ids[i])
    return out


def features(text: str, cue: str | None = None) -> dict[str, float]:
    """Feature dict of a quotation: words (negated ones marked), modality, concept classes (alone,
    negated, with each modality), the speech verb, and the cue lexicon's hits."""
    low = text.lower()
    words, clause_ids, starts, clause = [], [], [], 0
    for m in re.finditer(r"\w+|[,;:.!?]", low):
        if _CLAUSE_END.fullmatch(m.group()):
            clause += 1
        else:
            words.append(m.group())
            clause_ids.append(clause)
            starts.append(m.start())
    negated = _negated_positions(words, clause_ids)
    f: dict[str, float] = {"bias_len": min(len(words), 60) / 60}
    # (word prefixes, bigrams and word-vector clusters were measured and dropped: with ~100
    # positives per label they fit the training articles, not new ones; BENCHMARKS.md)
    for i, w in enumerate(words):
        f[f"w={'neg:' if i in negated else ''}{w}"] = 1.0
    wordset = set(words)
    moods = [name for name, forms in _MODALITY.items() if wordset & forms]
    for name in moods:
        f[f"mod={name}"] = 1.0
    negated_starts = {starts[i] for i in negated}
    for concept, offsets in concept_hits(low).items():
        neg = any(o in negated_starts for o in offsets)
        key = f"k={concept}" + ("&neg" if neg else "")
        f[key] = 1.0
        for name in moods:
            f[f"{key}&{name}"] = 1.0
    if negated:
        f["neg"] = 1.0
    if cue:
        f[f"cue={cue}"] = 1.0
        if cue in STANCE_VERBS:
            f[f"cuelex={STANCE_VERBS[cue][0]}"] = 1.0
        if cue in DENIAL_CUES:
            f["cue_denial"] = 1.0
    for t in cue_hits(text, cue):
        f[f"lex={t.label}"] = t.score
    return f


# --- load and predict ---

@lru_cache(maxsize=4)
def load(path: Path = MODEL_FILE) -> dict:
    """The trained stance model: {"labels": {label: LinearModel}, "meta": {...}} (empty if missing)."""
    from quotes.learn.linear import LinearModel

    if not path.exists():
        return {"labels": {}, "meta": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"labels": {l: LinearModel.from_json(m) for l, m in data["labels"].items()}, "meta": data.get("meta", {})}


def _evidence(text: str, contributions: list[tuple[str, float]], hits: dict[str, StanceTag], label: str) -> str:
    """The words behind a decision: the strongest positive features that name words of the text."""
    out: list[str] = []
    for name, value in contributions:
        if value <= 0 or len(out) >= 3:
            break
        kind, _, rest = name.partition("=")
        if kind == "lex" and rest in hits:
            out.append(hits[rest].evidence)
        elif kind == "w" and rest.removeprefix("neg:") not in STOPWORDS and len(rest.removeprefix("neg:")) > 2:
            word = rest.removeprefix("neg:")
            m = re.search(r"\b" + re.escape(word) + r"\b", text, re.I)
            out.append(m.group() if m else word)
        elif kind == "k":
            concept = rest.split("&")[0]
            m = _CONCEPTS[concept].search(text.lower())
            out.append(_WORD.match(text, m.start()).group() if m else concept)
        elif kind in ("cue", "cuelex"):
            out.append(f"[{rest}]")
    seen: list[str] = []
    for e in out:
        if e.lower() not in (s.lower() for s in seen):
            seen.append(e)
    return "; ".join(seen) or label


def tag(text: str, cue: str | None = None, model: dict | None = None) -> tuple[StanceTag, ...]:
    """Stance tags for a quotation and its speech verb's lemma: confident and borderline ones."""
    model = model if model is not None else load()
    feats = features(text, cue)
    hits = {t.label: t for t in cue_hits(text, cue)}
    out: list[StanceTag] = []
    for label in LABELS:
        lm = model["labels"].get(label)
        if lm is not None:
            p = lm.proba(feats)
            if p >= lm.borderline:
                evidence = _evidence(text, lm.contributions(feats), hits, label)
                out.append(StanceTag(label, round(p, 3), evidence, confident=p >= lm.threshold))
        elif label in LEXICON_ONLY and label in hits:
            out.append(StanceTag(label, hits[label].score, hits[label].evidence, confident=False))
    return tuple(out)


def confident(tags) -> tuple[StanceTag, ...]:
    return tuple(t for t in tags if t.confident)
