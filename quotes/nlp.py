"""The only module that builds or calls stanza: model choice, loading, batching.

Two model sets share one code path:
- the official stanza German models (downloaded with `quotes models download`),
- the compact pack bundled in `quotes/models/de_pack`, trained offline by
  `quotes models train` (see `quotes.modelpack`).
Stanza documents are turned into `quotes.types.Parsed` here and go no further.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from quotes.errors import ModelsMissingError
from quotes.lexicon import LOWERCASE_NAMES, PARTICLES, PLACES
from quotes.marks import CLOSING_MARKS
from quotes.lemmas import LemmaGuesser
from quotes.types import Parsed, Sentence, Word

PACK_DIR = Path(__file__).parent / "models" / "de_pack"
PACK_PROCESSORS = ("tokenize", "mwt", "lemma", "pos", "depparse")
#: Optional parts of the pack: named entities, and the word vectors the NER model reads.
PACK_NER, PACK_VECTORS = "ner.pt", "vectors.pt"
OFFICIAL_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"


@dataclass(frozen=True)
class ModelInfo:
    kind: str  # "official" | "pack"
    path: str
    processors: tuple[str, ...]

    def describe(self) -> str:
        label = "official stanza German models" if self.kind == "official" else "bundled offline pack"
        return f"{label} ({', '.join(self.processors)}) from {self.path}"


def default_models_dir() -> Path:
    """Stanza's usual resources directory, honouring STANZA_RESOURCES_DIR."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    import stanza.resources.common as common

    return Path(common.DEFAULT_MODEL_DIR)


def official_available(models_dir: Path | None = None) -> bool:
    d = models_dir or default_models_dir()
    if not (d / "resources.json").exists():
        return False
    de = d / "de"
    return all((de / p).is_dir() and any((de / p).iterdir()) for p in ("tokenize", "pos", "depparse"))


def pack_available(pack_dir: Path = PACK_DIR) -> bool:
    return all((pack_dir / f"{p}.pt").exists() for p in PACK_PROCESSORS)


def choose_models(prefer: str = "auto", models_dir: Path | None = None, pack_dir: Path = PACK_DIR) -> ModelInfo:
    """Official models when present (or asked for), the bundled pack otherwise."""
    models_dir = models_dir or default_models_dir()
    if prefer in ("auto", "official") and official_available(models_dir):
        procs = tuple(OFFICIAL_PROCESSORS.split(","))
        return ModelInfo("official", str(models_dir), procs)
    if prefer == "official":
        raise ModelsMissingError(
            f"no official stanza German models in {models_dir}; run `quotes models download` "
            "on a machine with internet access, or use the bundled pack (--models pack)")
    if pack_available(pack_dir):
        extra = ("ner",) if (pack_dir / PACK_NER).exists() and (pack_dir / PACK_VECTORS).exists() else ()
        return ModelInfo("pack", str(pack_dir), PACK_PROCESSORS + extra)
    raise ModelsMissingError(
        f"no German models found: neither official models in {models_dir} nor the bundled pack in {pack_dir}; "
        "run `quotes models download` (needs internet) or `quotes models train --ud DIR`")


def download_official(models_dir: Path | None = None) -> Path:
    """Fetch the official German models into stanza's resources directory (needs network)."""
    import stanza

    models_dir = models_dir or default_models_dir()
    try:
        stanza.download("de", model_dir=str(models_dir), processors=OFFICIAL_PROCESSORS, verbose=True)
    except Exception as e:  # stanza raises requests/OS errors of many kinds when offline
        raise ModelsMissingError(
            f"could not download stanza German models into {models_dir} ({type(e).__name__}: {e}); "
            "without network the bundled offline pack is used") from e
    return models_dir


def build_pipeline(info: ModelInfo, batch_size: int = 64, pretokenized: bool = False):
    """Load the stanza pipeline once; callers keep and reuse it.

    `pretokenized`: input is one sentence per line, tokens separated by spaces, kept as given.
    """
    import stanza

    logging.getLogger("stanza").setLevel(logging.WARNING)
    if info.kind == "official":
        return stanza.Pipeline(
            "de", dir=info.path, processors=",".join(info.processors), download_method=None,
            use_gpu=False, logging_level="WARN", tokenize_batch_size=batch_size * 8,
            pos_batch_size=batch_size * 50, depparse_batch_size=batch_size * 50,
            tokenize_pretokenized=pretokenized)
    pack = Path(info.path)
    # The pack is not in stanza's resources index: an empty resources.json of its own
    # plus explicit model paths lets stanza load it with no network access.
    # stanza loads a processor whose model path is given, so NER's paths only when the pack has it
    ner = dict(ner_model_path=str(pack / PACK_NER), ner_pretrain_path=str(pack / PACK_VECTORS),
               ner_charlm_forward_file=None, ner_charlm_backward_file=None,
               ner_batch_size=batch_size * 8) if "ner" in info.processors else {}
    return stanza.Pipeline(
        "de", dir=str(pack), processors=",".join(info.processors), download_method=None,
        allow_unknown_language=True, use_gpu=False, logging_level="ERROR",
        tokenize_model_path=str(pack / "tokenize.pt"), mwt_model_path=str(pack / "mwt.pt"),
        lemma_model_path=str(pack / "lemma.pt"), pos_model_path=str(pack / "pos.pt"),
        depparse_model_path=str(pack / "depparse.pt"),
        # the tagger reads the pack's word vectors when it was trained with them
        pos_pretrain_path=str(pack / PACK_VECTORS) if (pack / PACK_VECTORS).exists() else None,
        depparse_pretrain_path=None, tokenize_batch_size=batch_size * 8,
        pos_batch_size=batch_size * 50, depparse_batch_size=batch_size * 50,
        tokenize_pretokenized=pretokenized, **ner)


# Cyrillic letters, which the German models never saw (`sagte Лавров` parsed the name as a number):
# the parser reads one Latin letter for each (same offsets), and the words keep their own spelling
_CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ"
_AS_LATIN = "ABWGDEJSSIJKLMNOPRSTUFCZCSSJYJEJJIJEG"
_LATIN_LETTERS = str.maketrans(_CYRILLIC + _CYRILLIC.lower(), _AS_LATIN + _AS_LATIN.lower())
# so do Latin letters with marks German does not use (`Šefčovič` was tagged a verb, `Maroš` a noun):
# their base letter; German's own (ä, ö, ü, ß) stay
# (letters that decompose into no base letter have theirs given here)
_UNDECOMPOSED = {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ı": "i", "Æ": "A", "æ": "a", "Œ": "O",
                 "œ": "o", "Þ": "T", "þ": "t", "Ð": "D", "ð": "d", "Ħ": "H", "ħ": "h", "ĸ": "k", "Ŀ": "L", "ŀ": "l",
                 "Ŋ": "N", "ŋ": "n", "ŉ": "n", "ſ": "s", "Ĳ": "I", "ĳ": "i"}
_LATIN_LETTERS.update({ord(ch): _UNDECOMPOSED.get(ch) or unicodedata.normalize("NFD", ch)[0]
                       for c in range(0xC0, 0x180) if (ch := chr(c)) not in "ÄÖÜäöüß×÷"})


def _latin(text: str) -> str:
    return text.translate(_LATIN_LETTERS)


def _convert(doc, text: str, lemmas: LemmaGuesser | None = None) -> Parsed:
    """Our frozen types from a stanza document; `lemmas` lemmatises the words the pack's dictionary
    lacks (stanza returns them as written)."""
    parts: list[list[Word]] = []
    for si, sent in enumerate(doc.sentences):
        words = []
        for tok in sent.tokens:
            ner = getattr(tok, "ner", None) or "O"
            for w in tok.words:
                # multi-word tokens (zum = zu dem) share the offsets of their token
                start = w.start_char if w.start_char is not None else tok.start_char
                end = w.end_char if w.end_char is not None else tok.end_char
                lemma = w.lemma or w.text
                if lemmas is not None and lemma == w.text and lemmas.known(w.text, w.upos) is None:
                    lemma = lemmas.lemma(w.text, w.upos)
                written = text[start:end]
                spelled = written if written != w.text and _latin(written) == w.text else w.text
                lemma = spelled if lemma == w.text else lemma
                # (a name written in lower case is one whatever the tagger says: `Die taz vermutet`)
                named = spelled in LOWERCASE_NAMES
                words.append(Word(index=w.id, text=spelled, lemma=lemma, upos="PROPN" if named else w.upos or "X",
                                  feats="" if named else w.feats or "", head=w.head or 0, deprel=w.deprel or "dep",
                                  start=start, end=end, ner=ner, xpos=w.xpos or ""))
        parts += split_run_on(words, text)
    parts = _glued_across(_joined_at_initials(parts, text))
    sentences = tuple(Sentence(index=i, start=part[0].start, end=part[-1].end, words=tuple(part))
                      for i, part in enumerate(parts))
    return Parsed(text=text, sentences=sentences)


_INITIALS = re.compile(r"(?:[A-ZÄÖÜ]\.){2,3}")


def _ends_in_abbreviation(words: list[Word]) -> bool:
    """The words end with initials (`J.D.`), an abbreviation and its stop (`Prof.`) or no stop at all."""
    last = words[-1]
    if not re.search(r"[.!?:;…\"“”«»‘’'\)]$", last.text):
        return True  # (no stop at all: `… Finanzminister Vincent` | `Van Peteghem mitteilte, …`)
    return _INITIALS.fullmatch(last.text) is not None or last.text[:-1] in _ABBREVIATIONS and last.text.endswith(".") \
        or len(words) > 1 and last.text == "." and words[-2].text in _ABBREVIATIONS and words[-2].end == last.start


def _joined_at_initials(parts: list[list[Word]], text: str) -> list[list[Word]]:
    """`Vizepräsident J.D.` | `Vance sagte, …`, `Prof.` | `Dr. Müller`: the tokenizer ends a sentence
    at a name's initials, an abbreviation or no stop at all (within a paragraph); joined again (the part with a verb keeps the root, the other part's root hangs on it)."""
    out: list[list[Word]] = []
    for part in parts:
        prev = out[-1] if out else None
        if prev and part and _ends_in_abbreviation(prev) and part[0].text[:1].isupper() \
                and "\n" not in text[prev[-1].end:part[0].start]:
            shift = len(prev)
            second = [replace(w, index=w.index + shift, head=w.head + shift if w.head else 0) for w in part]
            first_root = next(w for w in prev if w.head == 0)
            second_root = next(w for w in second if w.head == 0)
            if any(w.upos in ("VERB", "AUX") for w in part) or not any(w.upos in ("VERB", "AUX") for w in prev):
                prev = [replace(w, head=second_root.index, deprel="dep") if w is first_root else w for w in prev]
            else:
                second = [replace(w, head=first_root.index, deprel="dep") if w is second_root else w for w in second]
            out[-1] = prev + second
        else:
            out.append(part)
    return out


def _glued_across(parts: list[list[Word]]) -> list[list[Word]]:
    """`Olha Stefanischyn` | `a`: the tokenizer ended a sentence inside a word at a line's end; the
    letters written against the word belong to it (the rest of their part stays a sentence)."""
    out: list[list[Word]] = []
    for part in parts:
        prev = out[-1] if out else None
        if prev and part and part[0].start == prev[-1].end and part[0].text.isalpha() and prev[-1].text[-1:].isalpha():
            last, w = prev[-1], part[0]
            out[-1] = prev[:-1] + [replace(last, text=last.text + w.text, end=w.end,
                                           lemma=last.lemma + w.text if last.lemma == last.text else last.lemma)]
            part = _reindexed(part[1:], 1) if len(part) > 1 else []
        if part:
            out.append(part)
    return out


_ENDS = (".", "!", "?")


def split_run_on(words: list[Word], text: str = "") -> list[list[Word]]:
    """The sentences in one the tokenizer ran together (`Die Nato stimmte zu. Russland sieht das
    anders.`: a full stop tokenized apart, then a capitalised word), re-indexed; a word whose head
    lies in the other part hangs from its own part's root (the parse's link across the stop joins
    two sentences, it says nothing inside either)."""
    words = _glued_letters(_platform_stops(_glued_colons(words), text))
    # (a stop before a line break ends the sentence whatever follows: `sagte Merz.` / `- SPD: …`)
    cuts = [i + 1 for i in range(1, len(words) - 1) if words[i].text in _ENDS and words[i].upos == "PUNCT"
            and (words[i + 1].text[:1].isupper() or _opens_quotation(words, i + 1) or _line_break_after(words, i, text))
            and (not words[i - 1].text[:1].isdigit() or _YEAR.fullmatch(words[i - 1].text)
                 or _opens_quotation(words, i + 1))
            and words[i - 1].text not in _ABBREVIATIONS]
    heading = _heading_in_marks(words)
    cuts = sorted(set(cuts + [heading])) if heading else cuts
    # (heading lines one above the other: `17:45 Uhr` / `Kreml: Gespräche "konstruktiv"` / the entry)
    at = 0
    while (line := _heading_line(words[at:], text)) is not None:
        at += line
        cuts = sorted(set(cuts + [at]))
    if not cuts:
        return [words] if words else []
    parts, lo = [], 0
    for hi in cuts + [len(words)]:
        parts.append(_reindexed(words[lo:hi], lo))
        lo = hi
    return parts


# a year before a full stop ends the sentence (`… ein Börsengang nach 2011. Premium Aerotec …`); other
# numbers with a stop are ordinals (`am 3. Oktober`)
_YEAR = re.compile(r"(?:19|20)\d\d")
_OPENING_MARKS = frozenset('„"»«‚\'“')


def _heading_in_marks(words: list[Word]) -> int | None:
    """`"Risiken überwiegen" Obwohl die Erholung voranschreite, …`: a subheading in marks that a web
    page runs into the next sentence (no stop, a capitalised word after the closing mark, a verb after
    it) is a sentence of its own; where the next one begins."""
    if len(words) < 5 or words[0].text not in _OPENING_MARKS:
        return None
    close = next((k for k in range(2, min(len(words) - 2, 9)) if words[k].text in CLOSING_MARKS), None)
    if close is None or any(w.text in _ENDS + (",", ":", ";") for w in words[1:close]):
        return None
    nxt = words[close + 1]
    if not (nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.start > words[close].end):
        return None
    return close + 1 if any(w.upos in ("VERB", "AUX") for w in words[close + 1:]) else None


def _heading_line(words: list[Word], text: str) -> int | None:
    """`Selenskyj: Russland verschleppt Waffenruhe` / `Der ukrainische Präsident wirft …`: a short line
    opening the sentence with no stop at its end, then a line break and a capitalised word, is a
    heading of its own; where the next sentence begins (a long line is text wrapped by hand)."""
    counted = int(bool(words) and _a_word(words[0]))
    for i in range(1, len(words) - 1):
        counted += _a_word(words[i])
        if counted >= _HEADING_WORDS:
            # (marks, colons, times and a live ticker's `+++` count for nothing: `Kreml: Gespräche mit den
            # USA "konstruktiv"`, `+++ 17:15 Uhr: Kreml: Keine Verhandlungen unter Druck +++`)
            return None
        if "\n" in text[words[i].end:words[i + 1].start]:
            return i + 1 if words[i].text not in _ENDS + (",", ";", ":", "-", "–") and words[i + 1].text[:1].isupper() \
                and "\n" not in text[words[0].start:words[i].end] else None
    return None


_HEADING_WORDS = 8  # a heading line holds fewer words than this


def _a_word(w: Word) -> bool:
    return any(c.isalpha() for c in w.text)


def _opens_quotation(words: list[Word], i: int) -> bool:
    """words[i] is a quotation mark opening a capitalised word: a space before it, none after."""
    return words[i].text in _OPENING_MARKS and i + 1 < len(words) and words[i].start > words[i - 1].end \
        and words[i + 1].start == words[i].end and words[i + 1].text[:1].isupper()


_PLATFORM_BEFORE = frozenset("auf bei über via plattform netzwerk onlinedienst kurznachrichtendienst".split())


def _line_break_after(words: list[Word], i: int, text: str) -> bool:
    return "\n" in text[words[i].end:words[i + 1].start]


def _platform_stops(words: list[Word], text: str = "") -> list[Word]:
    """`schrieb er auf X. Kremlsprecher Peskow …`, `traf Wang Yi. Wang sagte …`, `sagte er der NW.
    Man …`: the tokenizer reads a short name and the full stop as one token, an ordinal like `XVI.`
    or an abbreviation; after a preposition or `Plattform` (the platform X), after another name (not
    an abbreviation such as `Dr.`) or in capitals, before a capitalised word (or a mark opening one),
    it is the name and the sentence's end."""
    if len(words) > 1 and words[0].text[:-1] in PLACES and words[0].text.endswith(".") and words[1].text[:1].isupper():
        # `Kyiv. Volodymyr Zelensky erklärte …`: a dateline's place glued to its stop ends a sentence
        return _platform_stops(_split_off_mark(words, 0, "PROPN"), text)
    for i in range(1, len(words) - 1):
        w = words[i]
        platform = w.text == "X." and words[i - 1].text.lower() in _PLATFORM_BEFORE
        short_name = _SHORT_NAME_STOP.fullmatch(w.text) is not None and w.text[:-1] not in _ABBREVIATIONS \
            and words[i - 1].text[:1].isupper() and words[i - 1].upos in ("PROPN", "NOUN", "X")
        # `erklärte Merz. Kritik kam …`: a longer name glued to its stop, after its verb or first name
        long_name = _NAME_STOP.fullmatch(w.text) is not None and w.upos in ("PROPN", "NOUN", "X") \
            and w.text[:-1] not in _ABBREVIATIONS and w.text[:-1] not in _SHORT_FORMS \
            and (words[i - 1].upos in ("VERB", "AUX") or words[i - 1].text[:1].isupper()
                 and words[i - 1].upos in ("PROPN", "NOUN"))
        # `sagte er der NW. Man habe …` (not a regnal number: `Ludwig XIV. König von Frankreich`)
        acronym = _ACRONYM_STOP.fullmatch(w.text) is not None and not re.fullmatch(r"[IVXLCDM]+\.", w.text)
        # `pflichtete ihm bei. China …`: a verb's particle read with its stop as an abbreviation
        particle = w.text[-1:] == "." and w.text[:-1] in PARTICLES
        # `sind auf dem Weg. Pentagon-Sprecher …`: a noun after its article (no abbreviation has one)
        noun = _NOUN_STOP.fullmatch(w.text) is not None and words[i - 1].upos == "DET" and words[i - 1].text.islower() \
            and w.text[:-1] not in _ABBREVIATIONS and w.text[:-1] not in _SHORT_FORMS
        if (platform or short_name or long_name or acronym or particle or noun) and \
                (words[i + 1].text[:1].isupper() or _opens_quotation(words, i + 1) or _line_break_after(words, i, text)):
            upos = w.upos if particle else "NOUN" if noun and not (short_name or long_name) else "PROPN"
            return _platform_stops(_split_off_mark(words, i, upos), text)
        # `… in Halle 4. "Vielfalt ist …", erklärte …`: a number after a noun, its stop before a quotation
        # mark, ends the sentence (an ordinal stands after its article, before its noun: `die 2. „Nacht …“`)
        if re.fullmatch(r"\d+\.", w.text) and words[i - 1].upos in ("NOUN", "PROPN") and _opens_quotation(words, i + 1):
            return _platform_stops(_split_off_mark(words, i, "NUM"), text)
    return words


def _split_off_mark(words: list[Word], i: int, upos: str) -> list[Word]:
    """The words with the mark glued to the end of words[i] (`X.`, `X:`) split off as punctuation that
    hangs on the word before it, tagged `upos`; the indexes after it shift by one."""
    w = words[i]
    word = replace(_shifted(w, w.index, 1), text=w.text[:-1], lemma=w.text[:-1], upos=upos, feats="", end=w.end - 1)
    mark = replace(w, index=w.index + 1, text=w.text[-1], lemma=w.text[-1], upos="PUNCT", feats="", head=w.index,
                   deprel="punct", start=w.end - 1, ner="O", xpos="$.")
    return [_shifted(x, w.index, 1) for x in words[:i]] + [word, mark] + [_shifted(x, w.index, 1) for x in words[i + 1:]]


# a short capitalised word glued to its full stop (`Yi.`, `Xi.`), unless an abbreviation
_SHORT_NAME_STOP = re.compile(r"[A-ZÄÖÜ][a-zäöü]{1,2}\.")
_NAME_STOP = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàóíúç]{3,}\.")
_NOUN_STOP = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\.")
# shortened words written before a number, a name or a noun (`Sept. 2024`, `Mio. Euro`, `Gen. Petraeus`)
_SHORT_FORMS = frozenset("Jan Febr Sept Sep Okt Nov Dez Mio Mrd Tsd Gen Abt Kap Anm Verf Bzgl Zzgl Inkl Exkl Jahrh "
                         "Jhdt Univ Corp Pfr Kath Evang Ehem Insb".split())
_ACRONYM_STOP = re.compile(r"[A-ZÄÖÜ]{2,5}\.")  # an outlet's or body's initials (`NW.`, `ZDF.`)
# titles and the like written before a name or number (never a sentence's last word)
_ABBREVIATIONS = frozenset("Dr Prof Mr Mrs Ms Jr Sr St Nr Hr Fr Bd Abs Tel Str Lt Sgt Col Ft Mt Hl Vgl "
                           "Bsp Ca Zt Ggf Inc Ltd Bzw Evtl Abg Präs Ing Dipl Hrsg Aufl Bde Bspw".split())


def _glued_colons(words: list[Word]) -> list[Word]:
    """`schrieb er auf X: „…“`: the tokenizer reads a capital letter and its colon as one token (like
    a list's `A:`); after a preposition or `Plattform` it is the platform's name, then the colon."""
    for i in range(1, len(words)):
        w = words[i]
        if re.fullmatch(r"[A-ZÄÖÜ]:", w.text) and words[i - 1].text.lower() in _PLATFORM_BEFORE:
            return _glued_colons(_split_off_mark(words, i, "PROPN"))
    return words


def _glued_letters(words: list[Word]) -> list[Word]:
    """`Szijjártó.` tokenized `Szijjárt` `ó` `.`: a letter the tokenizer split off the word it is
    written against, and tagged as punctuation, belongs to that word; so does the last stop of
    initials (`B.N` `.`)."""
    for i in range(1, len(words)):
        w, prev = words[i], words[i - 1]
        letter = w.upos == "PUNCT" and w.text.isalpha() and prev.text[-1:].isalpha()
        # (`B.N` `.`: the last stop of a name's initials, split off them)
        initial_stop = w.text == "." and re.fullmatch(r"(?:[A-ZÄÖÜ]\.)+[A-ZÄÖÜ]", prev.text) is not None
        if (letter or initial_stop) and prev.end == w.start:
            joined = replace(prev, text=prev.text + w.text, end=w.end,
                             lemma=prev.lemma + w.text if prev.lemma == prev.text else prev.lemma)
            kept = words[:i - 1] + [joined] + words[i + 1:]
            return _glued_letters([_shifted(x, w.index, -1, merged_into=prev.index) for x in kept])
    return words


def _shifted(x: Word, at: int, by: int, merged_into: int | None = None) -> Word:
    """`x` renumbered after a word was inserted after index `at` (`by` 1) or the word at `at` removed
    (`by` -1; what hung on it hangs on `merged_into`)."""
    head = merged_into if merged_into is not None and x.head == at else x.head + by * (x.head > at)
    return replace(x, index=x.index + by * (x.index > at), head=head)


def _reindexed(part: list[Word], offset: int) -> list[Word]:
    inside = {w.index for w in part}
    outside = [w for w in part if w.head not in inside]
    # the part's root: the word the parse made the root, else a verb whose head is outside
    root = next((w for w in outside if w.head == 0), None) or \
        next((w for w in outside if w.upos in ("VERB", "AUX")), outside[0] if outside else part[0])
    out = []
    for w in part:
        if w is root:
            head, deprel = 0, "root"
        elif w.head in inside:
            head, deprel = w.head - offset, w.deprel
        else:
            head, deprel = root.index - offset, w.deprel
        out.append(replace(w, index=w.index - offset, head=head, deprel=deprel))
    return out


class NLP:
    """A loaded pipeline plus batching; `parse_many` is the fast path."""

    def __init__(self, info: ModelInfo, batch_size: int = 32):
        self.info = info
        self.batch_size = batch_size
        self.pipeline = build_pipeline(info)
        # the official models lemmatise unknown words themselves (seq2seq); the pack's only look up
        self.lemmas = LemmaGuesser.from_pack(Path(info.path) / "lemma.pt") if info.kind == "pack" else None
        self._pretokenized = None

    def parse(self, text: str) -> Parsed:
        return self.parse_many([text])[0]

    def parse_many(self, texts: Sequence[str], pretokenized: bool = False) -> list[Parsed]:
        """Parse texts in batches; `pretokenized` texts hold one sentence per line, tokens split by spaces."""
        import stanza

        pipeline = self.pipeline
        if pretokenized:
            if self._pretokenized is None:
                self._pretokenized = build_pipeline(self.info, pretokenized=True)
            pipeline = self._pretokenized
        out: list[Parsed] = []
        for i in range(0, len(texts), self.batch_size):
            chunk = list(texts[i:i + self.batch_size])
            if pretokenized:
                # stanza's batch call drops pre-tokenized Documents' sentences; one call per text works
                docs = [pipeline(t) if t.strip() else None for t in chunk]
            else:
                docs = [stanza.Document([], text=_latin(t)) for t in chunk]
                # stanza fails on documents without any token; keep them out of the batch
                todo = [d for d, t in zip(docs, chunk) if t.strip()]
                if todo:
                    pipeline(todo)
            for d, t in zip(docs, chunk):
                out.append(_convert(d, t, self.lemmas) if t.strip() else Parsed(text=t, sentences=()))
        return out


_LOADED: dict[ModelInfo, "NLP"] = {}


def load(info: ModelInfo) -> "NLP":
    """The pipeline for `info`, loaded once per process."""
    if info not in _LOADED:
        _LOADED[info] = NLP(info)
    return _LOADED[info]


def iter_batches(items: Iterable, size: int):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def pack_scores(pack_dir: Path = PACK_DIR) -> dict:
    f = pack_dir / "scores.json"
    return json.loads(f.read_text(encoding="utf-8")) if f.exists() else {}
