"""What the words around a person's name say about them: the office or description right before it
(`Russlands Vize-Außenminister X`), one said after a copula (`X ist die Außenbeauftragte der EU`), and
whether a name with no office speaks for the body the sentence before opened with."""

from __future__ import annotations

import re

from quotes.layout import sentence_before_in_paragraph
from quotes.names import TITLES, role_head
from quotes.types import Parsed, Sentence, Word

_OUT_OF_OFFICE = ("a.", "D.", "a.D.")  # `außer Dienst`, split by the tokenizer


# a spokesperson named with no one they speak for (`Sprecher Andrij Jusow`)
_BARE_SPOKESPERSON = re.compile(r"(?i)(?:der |die |ein |eine )?sprecher(?:in)?")


# what may stand before the name of a spokesperson introduced by role in the sentence before: nothing, a rank
_RANK = re.compile(r"(?:(?:Oberst|Oberstleutnant|Major|Hauptmann|General|Generalmajor|Generalleutnant|Brigadegeneral|"
                   r"Admiral|Konteradmiral|Kapitän)\s*)?")


def _spokesperson_opening(parsed: Parsed, sent: Sentence) -> bool:
    """The sentence before, in the same paragraph, opens with a spokesperson named by role alone (`Der
    Sprecher der ukrainischen Streitkräfte wies das zurück.`)."""
    prev = sentence_before_in_paragraph(parsed, sent)
    return prev is not None and re.match(r"(?:Der|Die|Ein|Eine)\s+(?:\w+\s+)?Sprecher(?:in)?\s+(?:des|der)\s+\w",
                    parsed.text[prev.start:prev.end]) is not None


def predicate_role(text: str, sent: Sentence, run: list[Word]) -> str:
    """`Kaja Kallas ist die Außenbeauftragte der EU`: the office a name opening its sentence is said to
    hold (after `ist`/`war`), as a descriptor; "" when there is none."""
    if run[0].index != 1:
        return ""
    verb = sent.word(run[-1].index + 1)
    if verb is None or verb.text not in ("ist", "war"):
        return ""
    words = []
    for w in sent.words[verb.index:]:
        if w.upos not in ("DET", "ADJ", "NOUN", "PROPN") and not (w.text == "-" and words):
            break
        words.append(w)
    if not words or words[0].upos != "DET" or not any(role_head(w.text) for w in words if w.upos == "NOUN"):
        return ""
    return text[words[1].start:words[-1].end] if len(words) > 1 else ""


def descriptor_before(text: str, sent: Sentence, first: Word) -> str:
    """Words right before a name that describe it: `Russlands Vize-Außenminister`;
    across a copula too: `Russlands Chefunterhändler ist Vize-Außenminister X`."""
    out: list[Word] = []
    i = first.index - 2
    # (a title and `a. D.` belong to the name's side of the description: `…, Dr. Anna Meier`, `Ministerin a. D.
    # Petra Schulz`)
    while i >= 0 and (sent.words[i].text.rstrip(".") in TITLES or sent.words[i].text in _OUT_OF_OFFICE
                      or sent.words[i].text == "." and i > 0 and sent.words[i - 1].text in TITLES):
        i -= 1
    name_start = i
    while i >= 0 and len(out) < 8:
        w = sent.words[i]
        if w.text in "-–" and text[w.start - 1:w.start].isspace() and text[w.end:w.end + 1].isspace():
            break  # `Kiew - Nato-Generalsekretär Mark Rutte`: a dateline's dash, not a compound's hyphen
        if w.upos in ("NOUN", "ADJ", "PROPN", "DET") or (w.upos == "PUNCT" and w.text in "-–"):
            out.append(w)
        elif w.deprel == "cop" and out:
            out.append(w)
        elif w.text == "," and i == name_start:
            out.append(w)  # apposition: `der Sprecher des Kreml, Dmitri Peskow,`
        elif w.text.lower() in ("in", "bei", "aus", "für", "von") and out and out[0].text == "," and i > 0 \
                and sent.words[i - 1].upos == "NOUN":
            out.append(w)  # apposition `der russische Botschafter in Washington, X`: the place is no side
        else:
            break
        i -= 1
    return text[out[-1].start:first.start].strip() if out else ""


def speaks_for_the_body_before(parsed: Parsed, sent: Sentence, descriptor: str) -> bool:
    """A name described as a spokesperson alone (`Sprecher Andrij Jusow`), or by a rank at most right after
    a sentence opened by a spokesperson named by role (`Der Sprecher der ukrainischen Streitkräfte wies
    das zurück. …, sagte Oberst Andrij Kowaljow`): they speak for the body the sentence before names."""
    return bool(_BARE_SPOKESPERSON.fullmatch(descriptor)) or \
        bool(_RANK.fullmatch(descriptor)) and _spokesperson_opening(parsed, sent)
