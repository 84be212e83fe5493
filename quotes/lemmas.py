"""Lemmas for words the pack's lemma dictionary does not hold, learned from that dictionary.

stanza's dictionary lemmatizer returns an unknown word as written (`Medizinstudenten`,
`ausgerufen`, `taxiert`). German forms mostly inflect at the end and compound at the front, so
an unknown word is lemmatised by (1) its longest tail the dictionary knows for the same UPOS
(`Medizin|studenten` → `Medizinstudent`, `aus|gerufen` → `ausrufen`), else (2) the edit its
ending takes in the dictionary (`-iert` → `-ieren`), learned from all entries with that UPOS and
ending. The settings were chosen on the treebank's dev sentences; BENCHMARKS.md scores them on the
held-out test quarter.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

POS_INDEPENDENT = "*"  # the dictionary's entries valid for any UPOS (stanza's `word_dict`)
TAIL_POS = ("NOUN", "VERB", "ADJ")  # compounds and particle verbs: a known tail carries the lemma
MIN_TAIL = 5  # shorter tails are endings (`nden`), not words
MIN_HEAD = 2
ENDINGS = (6, 5, 4, 3)  # ending lengths whose edits are learned, longest first
RULE_POS = ("NOUN", "VERB", "ADJ", "AUX")
MIN_SUPPORT = 3  # entries sharing an ending before its edit is trusted
MIN_SHARE = 0.5  # and the share of them that take the same edit


def _edit(form: str, lemma: str) -> tuple[int, str]:
    """(characters cut from the end of `form`, text appended) that turn `form` into `lemma`."""
    p = 0
    while p < min(len(form), len(lemma)) and form[p] == lemma[p]:
        p += 1
    return len(form) - p, lemma[p:]


class LemmaGuesser:
    """Dictionary lookup plus the two fallbacks above; built once per loaded pack."""

    def __init__(self, entries: dict[str, dict[str, str]]):
        self.entries = entries
        counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for upos in RULE_POS:
            for form, lemma in entries.get(upos, {}).items():
                edit = _edit(form, lemma)
                for k in ENDINGS:
                    if len(form) > k:
                        counts[upos, form[-k:]][edit] += 1
        self.edits: dict[tuple[str, str], tuple[int, str] | None] = {}
        for key, c in counts.items():
            (edit, n), = c.most_common(1)
            total = sum(c.values())
            # an ending seen too rarely or split between edits decides nothing (and stops the search)
            self.edits[key] = edit if total >= MIN_SUPPORT and n / total >= MIN_SHARE else None

    @classmethod
    def from_pack(cls, lemma_file: Path) -> "LemmaGuesser":
        """The dictionary of a pack's `lemma.pt` (stanza's dictionary format, version 3)."""
        import torch

        state = torch.load(lemma_file, map_location="cpu", weights_only=False)
        return cls(json.loads(gzip.decompress(state["dicts"])))

    def known(self, form: str, upos: str) -> str | None:
        """The dictionary's lemma, as stanza looks it up."""
        return self.entries.get(upos, {}).get(form) or self.entries.get(POS_INDEPENDENT, {}).get(form)

    def lemma(self, form: str, upos: str) -> str:
        """The lemma of `form` tagged `upos`."""
        return self.guess(form, upos)[0]

    def guess(self, form: str, upos: str) -> tuple[str, str]:
        """(lemma, how): how is `dict`, `lower`, `tail`, `ending` or `form` (kept as written)."""
        found = self.known(form, upos)
        if found:
            return found, "dict"
        noun = upos == "NOUN"
        if upos not in ("NOUN", "PROPN"):
            # sentence-initial capitals: `Ausländische`
            found = self.known(form.lower(), upos)
            if found:
                return found, "lower"
        word = form if noun else form.lower()
        if upos in TAIL_POS:
            for i in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
                tail = word[i:]
                found = self.known(tail.capitalize() if noun else tail, upos)
                if found:
                    return word[:i] + (found.lower() if noun else found), "tail"
        if upos in RULE_POS:
            for k in ENDINGS:
                key = (upos, word[-k:])
                if len(word) > k and key in self.edits:
                    edit = self.edits[key]
                    if edit is None or edit[0] >= len(word):
                        break
                    return word[:len(word) - edit[0]] + edit[1], "ending"
        return form, "form"
