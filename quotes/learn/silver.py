"""Silver data from German text of `../shared` analysed by HanTa: tagged sentences for the
tagger, and lemmas for the lemmatizer's dictionary.

HanTa (PyPI `HanTa`, LGPL-3.0; its model is trained on the TIGER corpus) tags STTS and
lemmatises much better than the small models the UD data alone gives (measured on UD German GSD,
BENCHMARKS.md). Its tags, mapped to UD's UPOS, become extra training sentences for stanza's
tagger (morphological features and trees are not given, so they train UPOS and XPOS only); its
lemmas fill the dictionary lemmatizer for the words the treebank never shows.

Sources, both permissively licensed: the Bundestag speeches (SpkAtt task 1, CC BY-SA 4.0) and
GermEval 2014 (CC BY 4.0), already tokenised, read as `quotes.learn.vectors` reads them.
"""

from __future__ import annotations

import re
from pathlib import Path

# STTS (TIGER) -> UD UPOS as the UD German GSD treebank uses it
STTS_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ", "KOUS": "SCONJ", "KON": "CCONJ",
    "KOKOM": "CCONJ", "NN": "NOUN", "NNA": "NOUN", "NNI": "NOUN", "NE": "PROPN", "PDS": "PRON", "PDAT": "DET",
    "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET", "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET",
    "PRELS": "PRON", "PRELAT": "DET", "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PAV": "ADV",
    "PROAV": "ADV", "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART",
    "TRUNC": "X", "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX",
    "XY": "X", "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}
_STTS_XPOS = {"NNA": "NN", "NNI": "NN", "PAV": "PROAV"}  # HanTa's own subclasses, as TIGER writes them


def stts(hanta_tag: str) -> str:
    """`VV(FIN)` -> `VVFIN`, `ADJ(A)` -> `ADJA`; other tags as they are."""
    m = re.fullmatch(r"([A-Z$]+)\((\w+)\)", hanta_tag)
    return m.group(1) + m.group(2) if m else hanta_tag


def upos_of(tag: str, word: str) -> str:
    """UD UPOS of an STTS tag; symbols HanTa calls XY are punctuation."""
    if tag == "XY" and not any(c.isalnum() for c in word):
        return "PUNCT"
    return STTS_UPOS.get(tag, "X")


class Tagger:
    """HanTa's STTS tagger, loaded once."""

    def __init__(self):
        try:
            from HanTa import HanoverTagger
        except ImportError as e:  # an optional extra of the training command
            raise RuntimeError("silver tagging needs HanTa: pip install 'quotes[train]'") from e
        self._t = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")

    def tag(self, tokens: list[str]) -> list[tuple[str, str, str]]:
        """(lemma, XPOS, UPOS) per token."""
        out = []
        for word, (_, lemma, tag) in zip(tokens, self._t.tag_sent(tokens, taglevel=1, casesensitive=True)):
            x = stts(tag)
            out.append((lemma, _STTS_XPOS.get(x, x), upos_of(x, word)))
        return out


def source_sentences(shared: Path) -> list[list[str]]:
    """Tokenised sentences of the Bundestag speeches and GermEval 2014 (without the sentences held
    out for scoring NER), as the word vectors read them, in a fixed order."""
    from quotes.learn.vectors import token_sentences

    return [s for s in token_sentences(shared / "data", ("parliament", "germeval")) if 3 <= len(s) <= 80]


def lemma_entries(shared: Path, echo=print) -> list[tuple[str, str, str, int]]:
    """(word, UPOS, lemma, count) of the source sentences as HanTa reads them: per word and UPOS its
    most frequent lemma, in a fixed order. An acronym is its own lemma (`SPD`, where HanTa gives
    `Spd`), as is a capitalised word HanTa only lower-cases (`Münchner`)."""
    from collections import Counter

    tagger = Tagger()
    counts: dict[tuple[str, str], Counter] = {}
    sents = source_sentences(shared)
    for k, tokens in enumerate(sents):
        for word, (lemma, _, upos) in zip(tokens, tagger.tag(tokens)):
            if upos != "PUNCT" and any(c.isalpha() for c in word):
                counts.setdefault((word, upos), Counter())[_as_written(word, lemma)] += 1
        if (k + 1) % 5000 == 0:
            echo(f"[lemma-dict] {k + 1}/{len(sents)} sentences lemmatised")
    out = []
    for (word, upos), c in sorted(counts.items()):
        lemma, _ = min(c.items(), key=lambda kv: (-kv[1], kv[0]))  # ties: the same lemma every run
        out.append((word, upos, lemma, sum(c.values())))
    return out


def _as_written(word: str, lemma: str) -> str:
    if len(word) > 1 and word.isupper() or (word[:1].isupper() and lemma == word.lower()):
        return word
    return lemma


def conllu_lines(tokens: list[str], tags: list[tuple[str, str, str]], sent_id: str) -> list[str]:
    """One silver sentence in CoNLL-U: tags and lemmas, no features, a flat tree (unused by the tagger)."""
    lines = [f"# sent_id = {sent_id}", "# text = " + " ".join(tokens)]
    for i, (word, (lemma, xpos, upos)) in enumerate(zip(tokens, tags), start=1):
        head, rel = ("0", "root") if i == 1 else ("1", "dep")
        lines.append("\t".join([str(i), word, lemma, upos, xpos, "_", head, rel, "_", "_"]))
    return lines + [""]


def write_silver(shared: Path, out: Path, limit: int | None = None, echo=print) -> int:
    """Tag the source sentences with HanTa and write them as CoNLL-U; return how many."""
    tagger = Tagger()
    sents = source_sentences(shared)[:limit]
    lines: list[str] = []
    for k, tokens in enumerate(sents):
        lines += conllu_lines(tokens, tagger.tag(tokens), f"silver-{k}")
        if (k + 1) % 2000 == 0:
            echo(f"[silver] {k + 1}/{len(sents)} sentences tagged")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(sents)
