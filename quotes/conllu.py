"""The analysis as users see it: CoNLL-U text and table rows from a `Parsed` article."""

from __future__ import annotations

from quotes.types import Parsed, Sentence, Word


def bio(tag: str) -> str:
    """stanza's BIOES entity tag as BIO (S- opens, E- continues)."""
    if tag in ("", "O") or len(tag) < 3 or tag[1] != "-":
        return "O"
    head, kind = tag[0], tag[2:]
    return ("B-" if head in ("B", "S") else "I-") + kind


def _tokens(sent: Sentence) -> list[list[Word]]:
    """Words grouped into surface tokens: the words of a multi-word token (zum = zu dem) share its offsets."""
    groups: list[list[Word]] = []
    for w in sent.words:
        if groups and (groups[-1][0].start, groups[-1][0].end) == (w.start, w.end):
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _misc(word: Word, no_space: bool) -> str:
    items = [f"NER={bio(word.ner)}", f"start_char={word.start}", f"end_char={word.end}"]
    return "|".join(items + (["SpaceAfter=No"] if no_space else []))


def to_conllu(parsed: Parsed, doc: str | None = None) -> str:
    """CoNLL-U with `# text`, multi-word token ranges, and NER (BIO) plus offsets in MISC."""
    lines: list[str] = []
    if doc:
        lines.append(f"# newdoc id = {doc}")
    for n, sent in enumerate(parsed.sentences, 1):
        lines.append(f"# sent_id = {n}")
        lines.append(f"# text = {' '.join(parsed.text[sent.start:sent.end].split())}")
        groups = _tokens(sent)
        for gi, group in enumerate(groups):
            first, last = group[0], group[-1]
            # SpaceAfter belongs to the surface token: the range line of a multi-word token
            no_space = gi + 1 < len(groups) and groups[gi + 1][0].start == first.end
            if len(group) > 1:
                lines.append(f"{first.index}-{last.index}\t{parsed.text[first.start:first.end]}\t"
                             + "\t".join(["_"] * 7) + ("\tSpaceAfter=No" if no_space else "\t_"))
            for w in group:
                lines.append("\t".join([str(w.index), w.text, w.lemma, w.upos, w.xpos or "_", w.feats or "_",
                                        str(w.head), w.deprel, "_", _misc(w, no_space and len(group) == 1)]))
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def rows(parsed: Parsed) -> list[dict]:
    """One dict per word, for tables and JSON."""
    out = []
    for n, sent in enumerate(parsed.sentences, 1):
        for w in sent.words:
            head = sent.word(w.head)
            out.append({"sent": n, "id": w.index, "word": w.text, "lemma": w.lemma, "upos": w.upos,
                         "feats": w.feats, "head": w.head, "head_word": head.text if head else "ROOT",
                         "deprel": w.deprel, "ner": bio(w.ner), "start": w.start, "end": w.end})
    return out
