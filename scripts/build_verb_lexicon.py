#!/usr/bin/env python
"""Rebuild quotes/lexicon/t_stem_verbs.txt: the verbs whose stem ends in -t or -d, from the
VERB lemmas of the UD German GSD and PUD treebanks in ../shared (CC BY-SA 4.0; the LIT treebank
is non-commercial and left out, as for the model pack).

Their Konjunktiv I in the third person ends in -te/-de like a preterite of another verb
(`er arbeite` beside `er sagte`); knowing the lemma tells the two apart.

usage: python scripts/build_verb_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quotes" / "lexicon" / "t_stem_verbs.txt"
HEADER = """# Verbs whose stem ends in -t or -d (`arbeiten`, `beobachten`): their Konjunktiv I (`er arbeite`)
# looks like a preterite of other verbs (`er sagte`). The VERB lemmas of the UD German treebanks
# GSD and PUD in ../shared (CC BY-SA 4.0, see their LICENSE files); rebuilt by
# scripts/build_verb_lexicon.py.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    lemmas = set()
    for path in sorted((args.shared / "data" / "ud-german").glob("de_[gp]*.conllu")):  # GSD, PUD
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[3] == "VERB" and cols[2].isalpha() and cols[2].islower():
                lemmas.add(cols[2])
    verbs = sorted(v for v in lemmas if v.endswith(("ten", "den")) and len(v) > 4)
    OUT.write_text(HEADER + "\n".join(verbs) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs -> {OUT}")


if __name__ == "__main__":
    main()
