#!/usr/bin/env python
"""Rebuild quotes/lexicon/first_names_more.tsv: first names of the countries German political news
writes about most, from the person providers of Faker (MIT licence; `pip install faker` first, it is
no dependency of quotes).

The small tagger often calls a first name a noun (`äußerte sich Sascha Wandl` tagged NOUN NOUN); a
capitalised word known as a first name, before another capitalised word, starts a person's name.
Names the model pack's lemma dictionary knows as another part of speech (`Mark`, `Rose`, `Ernst`),
or that the UD German treebanks GSD and PUD in ../shared (CC BY-SA 4.0) tag as a common noun more
often than as a name (`Lage`), are left out, and so are the hand-kept first_names.txt's. Each name carries the gender the providers
give it (m, f, or - when they list it for both or neither): `Salvatore` is a man's name, whatever
its -e says.

usage: python scripts/build_first_names.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quotes" / "lexicon" / "first_names_more.tsv"
# German-speaking, European neighbours, the wider EU and NATO, Turkey and the Caucasus
LOCALES = ("de_DE de_AT de_CH en_US en_GB en_IE fr_FR it_IT es_ES pt_PT nl_NL pl_PL cs_CZ sk_SK hu_HU ro_RO "
           "hr_HR sl_SI sv_SE da_DK no_NO fi_FI et_EE lt_LT lv_LV tr_TR az_AZ").split()
OTHER_POS = ("NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "NUM", "PART", "INTJ", "_")
# brands, rivers and places that the providers list as names (`Mercedes`, `am Don`, `Georgia`)
NOT_FIRST_NAMES = frozenset("Mercedes Don India Jordan Georgia Florence Virginia Carolina Sydney".split())


def _names(locale: str, attr: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    # (class attributes only: some providers compute properties on instances)
    value = next((c.__dict__[attr] for c in provider.__mro__ if attr in c.__dict__), None)
    return set(value) if isinstance(value, (list, tuple, set, frozenset, dict)) else set()


def _common_words(shared: Path) -> set[str]:
    """Forms the treebanks tag as something other than a name more often than as one."""
    counts: Counter = Counter()
    for path in sorted((shared / "data" / "ud-german").glob("de_[gp]*.conllu")):  # GSD, PUD
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[1][:1].isupper():
                counts[cols[1], cols[3] == "PROPN"] += 1
    return {form for (form, name), n in counts.items() if not name and n > counts[form, True]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    import faker

    from quotes.lemmas import LemmaGuesser
    from quotes.lexicon import NAME_PARTICLES, PLACES, TIME_NOUNS
    from quotes.nlp import PACK_DIR

    lemmas = LemmaGuesser.from_pack(PACK_DIR / "lemma.pt")
    hand = {line.strip() for line in (OUT.parent / "first_names.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    male = {n for loc in LOCALES for n in _names(loc, "first_names_male")}
    female = {n for loc in LOCALES for n in _names(loc, "first_names_female")}
    names = male | female | {n for loc in LOCALES for n in _names(loc, "first_names")}
    excluded = hand | PLACES | TIME_NOUNS | NOT_FIRST_NAMES | _common_words(args.shared)
    kept = sorted(n for n in names
                  if len(n) >= 3 and n[:1].isupper() and n.replace("-", "").isalpha() and all(ord(c) < 0x250 for c in n)
                  and n not in excluded and n.lower() not in NAME_PARTICLES
                  and not any(lemmas.entries.get(pos, {}).get(f) for pos in OTHER_POS for f in (n, n.lower())))
    gender = {n: "m" if n in male and n not in female else "f" if n in female and n not in male else "-" for n in kept}
    header = (f"# First names from Faker {faker.VERSION} (MIT licence), person providers {', '.join(LOCALES)};\n"
              "# those the model pack's lemma dictionary knows as another part of speech, or UD German GSD and\n"
              "# PUD (CC BY-SA 4.0) tag as common nouns more often than as names, left out. Name, then\n"
              "# gender (m, f, - for both or unknown). Rebuilt by scripts/build_first_names.py; hand-kept names\n"
              "# go to first_names.txt.\n")
    OUT.write_text(header + "".join(f"{n}\t{gender[n]}\n" for n in kept), encoding="utf-8")
    print(f"{len(kept)} first names -> {OUT}")


if __name__ == "__main__":
    main()
