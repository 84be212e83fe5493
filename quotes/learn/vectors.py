"""German word vectors of our own, trained with gensim and saved in stanza's pretrain format.

The text comes from `../shared` only. By default the vectors use the sources whose licences
allow shipping (parliament speeches CC BY-SA, GermEval CC BY, Europeana CC0, UD GSD/PUD
CC BY-SA); `--all-text` adds the non-commercial ones (SpkAtt articles, derStandard), and the
resulting files then carry that licence. Sentences held out for scoring the NER model and the
UD test part are left out, so their scores stay clean.

stanza looks pretrained words up in lower case, so the vectors are trained on lower-cased
tokens; fastText's subwords make rare words' vectors usable on this small a corpus.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")

PERMISSIVE = ("parliament", "germeval", "europeana", "ud")
NON_COMMERCIAL = ("spkatt", "derstandard")


@dataclass(frozen=True)
class VectorSettings:
    dim: int = 100
    min_count: int = 2
    epochs: int = 10
    window: int = 5
    max_vocab: int = 60000
    seed: int = 13


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _parliament(data: Path) -> Iterator[list[str]]:
    for f in sorted((data / "parliament").glob("*/*.json")):
        for s in json.loads(f.read_text(encoding="utf-8")).get("Sentences", []):
            yield list(s["Tokens"])


def _germeval(data: Path) -> Iterator[list[str]]:
    from quotes.learn.ner import germeval_split

    for sent in germeval_split(data / "ner-german")["train"]:
        yield [w for w, _ in sent]


def _europeana(data: Path) -> Iterator[list[str]]:
    from quotes.learn.ner import read_bio

    for f in sorted((data / "ner-german").glob("europeana-de-*.bio")):
        for sent in read_bio(f):
            yield [w for w, _ in sent]


def _ud(data: Path) -> Iterator[list[str]]:
    from quotes.modelpack import split_treebanks

    parts = split_treebanks(data / "ud-german")
    for sent in parts["train"] + parts["dev"]:
        yield [w.cols[1] for w in sent.words()]


def _spkatt(data: Path) -> Iterator[list[str]]:
    for f in sorted((data / "spkatt-train" / "articles").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield tokenize(line)


def _derstandard(data: Path) -> Iterator[list[str]]:
    csv.field_size_limit(sys.maxsize)
    with (data / "text-de" / "10kgnad-test.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                yield tokenize(row[1])


_SOURCES = {"parliament": _parliament, "germeval": _germeval, "europeana": _europeana, "ud": _ud,
            "spkatt": _spkatt, "derstandard": _derstandard}


def token_sentences(data: Path, sources: tuple[str, ...] = PERMISSIVE) -> Iterator[list[str]]:
    """Token lists, as written, from the named sources under `../shared/data` (GermEval without
    the sentences held out for scoring NER)."""
    for name in sources:
        yield from (toks for toks in _SOURCES[name](data) if toks)


def sentences(data: Path, sources: tuple[str, ...] = PERMISSIVE) -> list[list[str]]:
    """Lower-cased token lists from the named sources under `../shared/data`."""
    return [[t.lower() for t in toks] for toks in token_sentences(data, sources)]


def train_vectors(data: Path, out: Path, sources: tuple[str, ...] = PERMISSIVE,
                  settings: VectorSettings = VectorSettings(), echo=print) -> dict:
    """Train fastText vectors, keep the `max_vocab` most frequent words, write a stanza pretrain."""
    import numpy as np
    import torch
    try:
        from gensim.models import FastText
    except ImportError as e:  # an optional extra of the training command
        raise RuntimeError("training word vectors needs gensim: pip install 'quotes[train]'") from e
    from stanza.models.common.vocab import PAD, UNK, VOCAB_PREFIX
    from stanza.models.common.pretrain import PretrainedWordVocab

    sents = sentences(data, sources)
    n_tokens = sum(len(s) for s in sents)
    echo(f"[vectors] {len(sents):,} sentences, {n_tokens:,} tokens from {', '.join(sources)}")
    # one worker: gensim is deterministic only single-threaded
    model = FastText(vector_size=settings.dim, window=settings.window, min_count=settings.min_count,
                     sg=1, epochs=settings.epochs, seed=settings.seed, workers=1, min_n=3, max_n=5)
    model.build_vocab(corpus_iterable=sents)
    model.train(corpus_iterable=sents, total_examples=len(sents), epochs=settings.epochs)
    words = [w for w in model.wv.index_to_key[:settings.max_vocab] if w not in VOCAB_PREFIX]
    emb = np.zeros((len(VOCAB_PREFIX) + len(words), settings.dim), dtype=np.float32)
    emb[len(VOCAB_PREFIX):] = np.stack([model.wv[w] for w in words])
    vocab = PretrainedWordVocab(words)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"vocab": vocab.state_dict(), "emb": torch.from_numpy(emb)}, out)
    assert PAD in VOCAB_PREFIX and UNK in VOCAB_PREFIX
    report = {"sources": list(sources), "sentences": len(sents), "tokens": n_tokens,
              "vocab": len(words), "dim": settings.dim, "epochs": settings.epochs,
              "bytes": out.stat().st_size}
    echo(f"[vectors] {report['vocab']:,} words x {settings.dim} -> {out} ({report['bytes'] / 1e6:.1f} MB)")
    return report
