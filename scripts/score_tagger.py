"""Score a stanza tagger on a CoNLL-U file with gold tokens: UPOS, XPOS, UFeats accuracy.

usage: python scripts/score_tagger.py TEST.conllu POS.pt [--vectors VECTORS.pt] [--pack DIR]

For the held-out quarter of GSD test, `quotes models train` writes it to
`<work>/ud/UD_German-QP/de_qp-ud-test.conllu`.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main() -> None:
    import stanza

    from quotes.modelpack import read_conllu
    from quotes.nlp import PACK_DIR

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("test", type=Path)
    ap.add_argument("model", type=Path)
    ap.add_argument("--vectors", type=Path, default=None)
    ap.add_argument("--pack", type=Path, default=PACK_DIR)
    a = ap.parse_args()
    sents = [[t.cols for t in s.words()] for s in read_conllu(a.test)]
    opts = {"pos_pretrain_path": str(a.vectors)} if a.vectors else {"pos_pretrain_path": None}
    nlp = stanza.Pipeline("de", dir=str(a.pack), processors="tokenize,pos", tokenize_pretokenized=True,
                          tokenize_model_path=str(a.pack / "tokenize.pt"), pos_model_path=str(a.model),
                          download_method=None, logging_level="WARN", use_gpu=False, **opts)
    doc = nlp([[c[1] for c in s] for s in sents])
    n = upos = xpos = feats = 0
    for gold, pred in zip(sents, doc.sentences):
        for c, w in zip(gold, pred.words):
            n += 1
            upos += c[3] == w.upos
            xpos += c[4] == w.xpos
            feats += c[5] == (w.feats or "_")
    print(f"{a.model}: words {n}  UPOS {100 * upos / n:.2f}  XPOS {100 * xpos / n:.2f}  UFeats {100 * feats / n:.2f}")


if __name__ == "__main__":
    main()
