"""A stanza NER model (PER, LOC, ORG, OTH) trained on GermEval 2014 and Europeana newspapers.

GermEval's outer layer is used; its `-deriv` and `-part` tags (`deutsche`, `EU-weit`) become O,
since a speaker or a side is never such a word. GermEval sentences are split by position: every
fifth sentence of the GermEval test file (offset 0) is held out for scoring and never trained on,
the next one (offset 1) is the dev set for stanza's model selection, all the rest is training data.
Europeana (historical OCR newspapers, CC0) can be added to training; both choices are measured.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from quotes.errors import QuotesError

Sent = list[tuple[str, str]]
TYPES = ("PER", "LOC", "ORG", "OTH")
MAX_RUN = 60

# Adam: stanza's default SGD (lr 0.1) is tuned for 200k steps and was at dev F1 0.47 after 1,600;
# with Adam dev F1 peaks near step 1,000 (0.59) and falls after (0.57 at 1,500): stanza keeps the best
STEPS = ["--max_steps", "1500", "--eval_interval", "500", "--batch_size", "32",
         "--hidden_dim", "192", "--char_hidden_dim", "100", "--word_emb_dim", "100",
         "--char_emb_dim", "50", "--num_layers", "1", "--dropout", "0.3", "--word_dropout", "0.01",
         "--lr", "0.001", "--optim", "adam", "--scheme", "bioes"]


def _norm(tag: str) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    kind = tag[2:]
    if kind == "MISC":
        kind = "OTH"
    return tag[:2] + kind if kind in TYPES else "O"


def _repair(sent: Sent) -> Sent:
    """BIO with every I- following its own type (deriv tags removed leave stray I-s)."""
    out, prev = [], "O"
    for w, t in sent:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append((w, t))
        prev = t
    return out


def read_germeval(path: Path) -> list[Sent]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            if cur:
                sents.append(_repair(cur))
            cur = []
            continue
        cur.append((cols[1], _norm(cols[2])))
    if cur:
        sents.append(_repair(cur))
    return sents


def read_bio(path: Path) -> list[Sent]:
    """Europeana's `token TAG` lines; a sentence ends at a blank line or after final punctuation."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if cur:
                sents.append(_repair(cur))
            cur = []
            continue
        cur.append((parts[0], _norm(parts[-1])))
        # the files have no blank lines: cut at sentence-final marks (often glued to the word in
        # OCR text), and at MAX_RUN tokens outside an entity, so no "sentence" runs for pages
        end = parts[0] in (".", "!", "?") or (parts[0].endswith(".") and len(parts[0]) > 3)
        if (end and len(cur) >= 5) or (len(cur) >= MAX_RUN and cur[-1][1] == "O"):
            sents.append(_repair(cur))
            cur = []
    if cur:
        sents.append(_repair(cur))
    return sents


def germeval_split(ner_dir: Path) -> dict[str, list[Sent]]:
    dev_file, test_file = ner_dir / "germeval2014-dev.tsv", ner_dir / "germeval2014-test.tsv"
    for f in (dev_file, test_file):
        if not f.exists():
            raise QuotesError(f"{f}: GermEval file missing")
    test = read_germeval(test_file)
    return {"train": read_germeval(dev_file) + [s for i, s in enumerate(test) if i % 5 >= 2],
            "dev": [s for i, s in enumerate(test) if i % 5 == 1],
            "test": [s for i, s in enumerate(test) if i % 5 == 0]}


def training_sets(ner_dir: Path, europeana: bool = True) -> dict[str, list[Sent]]:
    parts = germeval_split(ner_dir)
    if europeana:
        for f in sorted(ner_dir.glob("europeana-de-*.bio")):
            parts["train"] = parts["train"] + read_bio(f)
    return parts


def _write(sents: list[Sent], path: Path) -> None:
    path.write_text(json.dumps([[{"text": w, "ner": t} for w, t in s] for s in sents], ensure_ascii=False),
                    encoding="utf-8")


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) spans of a BIO or BIOES tag sequence."""
    spans, start, kind = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        head, typ = (t[0], t[2:]) if len(t) > 2 and t[1] == "-" else ("O", None)
        if start is not None and (head in ("O", "B", "S") or typ != kind):
            spans.add((start, i, kind))
            start, kind = None, None
        if head in ("B", "S") or (head in ("I", "E") and start is None):
            start, kind = i, typ
        if head in ("E", "S") and start is not None:
            spans.add((start, i + 1, kind))
            start, kind = None, None
    return spans


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Exact-span entity precision, recall and F1, overall and per type."""
    counts = {k: [0, 0, 0] for k in TYPES + ("all",)}  # tp, pred, gold
    for g, p in zip(gold, pred):
        gs, ps = entities(g), entities(p)
        for key in TYPES:
            gk, pk = {e for e in gs if e[2] == key}, {e for e in ps if e[2] == key}
            for k in (key, "all"):
                counts[k][0] += len(gk & pk)
                counts[k][1] += len(pk)
                counts[k][2] += len(gk)
    out = {}
    for k, (tp, np_, ng) in counts.items():
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        out[k] = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
                  "gold": ng}
    return out


def tag_sentences(model: Path, pretrain: Path, sents: list[list[str]]) -> list[list[str]]:
    """Tags from a trained model over pre-tokenized sentences, through a stanza pipeline."""
    import stanza

    from quotes.nlp import PACK_DIR

    # the pack's empty resources.json lets stanza start without its model index
    nlp = stanza.Pipeline("de", dir=str(PACK_DIR), processors="tokenize,ner", tokenize_pretokenized=True,
                          download_method=None,
                          allow_unknown_language=True, use_gpu=False, logging_level="ERROR",
                          ner_model_path=str(model), ner_pretrain_path=str(pretrain),
                          ner_charlm_forward_file=None, ner_charlm_backward_file=None)
    doc = nlp(sents)
    out = []
    for s in doc.sentences:
        out.append([t.ner for t in s.tokens])
    # stanza emits BIOES; the scorer reads both schemes
    return out


def train_ner(ner_dir: Path, pretrain: Path, out: Path, work: Path, europeana: bool = True,
              seed: int = 13, steps: list[str] | None = None, echo=print) -> dict:
    """Train with stanza's NER trainer, copy the model to `out`, score the held-out sentences."""
    from quotes.modelpack import compact_checkpoint

    parts = training_sets(ner_dir, europeana)
    work.mkdir(parents=True, exist_ok=True)
    train = list(parts["train"])
    random.Random(seed).shuffle(train)
    _write(train, work / "train.json")
    _write(parts["dev"], work / "dev.json")
    echo(f"[ner] {len(train):,} training sentences, {len(parts['dev']):,} dev, {len(parts['test']):,} held out")
    saved = work / "saved"
    cmd = [sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", "de_germeval",
           "--train_file", str(work / "train.json"), "--eval_file", str(work / "dev.json"),
           "--wordvec_pretrain_file", str(pretrain), "--save_dir", str(saved), "--save_name", "ner.pt",
           "--seed", str(seed), "--cpu"] + (steps or STEPS)
    with (work / "train.log").open("w", encoding="utf-8") as log:
        proc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ))
    if proc.returncode != 0:
        raise QuotesError(f"NER training failed, see {work / 'train.log'}")
    out.parent.mkdir(parents=True, exist_ok=True)
    compact_checkpoint(saved / "ner.pt", out)
    test = parts["test"]
    pred = tag_sentences(out, pretrain, [[w for w, _ in s] for s in test])
    report = {"held_out": score([[t for _, t in s] for s in test], pred),
              "train_sentences": len(train), "europeana": europeana, "bytes": out.stat().st_size}
    echo(f"[ner] held-out F1 {report['held_out']['all']['f1']:.3f} "
         + " ".join(f"{k} {report['held_out'][k]['f1']:.3f}" for k in TYPES))
    return report


def build(shared: Path, pack_dir: Path, work: Path, europeana: bool = True, echo=print) -> dict:
    """Rebuild the pack's word vectors and NER model from `../shared`; scores go to scores.json."""
    from quotes.learn.vectors import train_vectors
    from quotes.nlp import PACK_NER, PACK_VECTORS

    data = shared / "data"
    vectors = pack_dir / PACK_VECTORS
    report = {"vectors": train_vectors(data, vectors, echo=echo)}
    report["ner"] = train_ner(data / "ner-german", vectors, pack_dir / PACK_NER, work / "ner", europeana=europeana,
                              echo=echo)
    scores_file = pack_dir / "scores.json"
    scores = json.loads(scores_file.read_text(encoding="utf-8")) if scores_file.exists() else {}
    scores["ner"] = {k: v["f1"] for k, v in report["ner"]["held_out"].items()}
    scores_file.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    (pack_dir / "LICENSE-ner.txt").write_text(LICENCE_NOTE, encoding="utf-8")
    return report


LICENCE_NOTE = """vectors.pt (fastText, stanza pretrain format) and ner.pt (stanza NER) were built by
`quotes models train-ner` from: SpkAtt-2023 task 1 Bundestag speeches (CC BY-SA 4.0), GermEval
2014 NER (CC BY 4.0; every fifth sentence of its test file held out), Europeana Newspapers German
NER (CC0) and UD German GSD/PUD (CC BY-SA). No non-commercial data. As works derived from
CC BY-SA data they are distributed under CC BY-SA 4.0.
"""
