"""Build the compact offline German stanza model pack from UD treebanks.

The pack is trained with stanza's own data preparation and training scripts
(`stanza.utils.datasets.prepare_*`, `stanza.utils.training.run_*`), without a
character LM and without pretrained word vectors, so that it can be built on a
machine that cannot reach stanza's model hub.

UD German contains no German typographic quotation marks, so before training we
augment the sentences: spans are wrapped in „…“, »…«, «…», "…" and ‚…‘, and
synthetic reporting frames (`„…“, sagte er.` / `Die Sprecherin erklärte: „…“`)
are added, so that the tokenizer splits marks off words and the tagger and
parser treat them as punctuation around speech.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from quotes.errors import QuotesError
from quotes.lemmas import POS_INDEPENDENT

#: Treebanks that may go into a shipped pack (LIT is CC BY-NC-SA: never shipped).
SHIPPABLE = ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu")
TREEBANK = "UD_German-QP"
SHORT = "de_qp"

QUOTE_PAIRS = (("„", "“"), ("»", "«"), ("«", "»"), ('"', '"'), ("‚", "‘"), ("“", "”"))

# Small lexicons for the synthetic reporting frames; (form, lemma, feats).
_VERBS = (
    ("sagte", "sagen"), ("erklärte", "erklären"), ("betonte", "betonen"), ("warnte", "warnen"),
    ("sagt", "sagen"), ("fügte", "fügen"), ("kritisierte", "kritisieren"), ("meinte", "meinen"),
    ("schrieb", "schreiben"), ("versicherte", "versichern"),
)
_PRONOUNS = (("er", "Masc"), ("sie", "Fem"))
_FIRST = ("Anna", "Peter", "Sergej", "Maria", "Jens", "Olga", "Thomas", "Wendy", "Karl", "Ursula")
_LAST = ("Müller", "Schmidt", "Petrow", "Weber", "Iwanowa", "Klein", "Brandt", "Sokolow", "Berger")
_ROLES = (("Sprecher", "der", "Masc"), ("Sprecherin", "die", "Fem"), ("Minister", "der", "Masc"),
          ("Außenministerin", "die", "Fem"), ("Unterhändler", "der", "Masc"), ("Regierung", "die", "Fem"))


@dataclass
class Token:
    """One CoNLL-U line: a word (int id) or a multi-word token range."""

    cols: list[str]

    @property
    def is_range(self) -> bool:
        return "-" in self.cols[0]


@dataclass
class Sentence:
    comments: list[str] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)

    def words(self) -> list[Token]:
        return [t for t in self.tokens if not t.is_range and "." not in t.cols[0]]


def read_conllu(path: Path) -> list[Sentence]:
    sents, cur = [], Sentence()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur.tokens:
                sents.append(cur)
            cur = Sentence()
        elif line.startswith("#"):
            cur.comments.append(line)
        else:
            cur.tokens.append(Token(line.split("\t")))
    if cur.tokens:
        sents.append(cur)
    return sents


def _space_after(tok: Token) -> bool:
    return "SpaceAfter=No" not in tok.cols[9]


def _set_space_after(tok: Token, value: bool) -> None:
    misc = [m for m in tok.cols[9].split("|") if m and m != "_" and m != "SpaceAfter=No"]
    if not value:
        misc.append("SpaceAfter=No")
    tok.cols[9] = "|".join(misc) if misc else "_"


def text_of(sent: Sentence) -> str:
    out, skip_until = [], 0
    for tok in sent.tokens:
        if tok.is_range:
            start, end = (int(x) for x in tok.cols[0].split("-"))
            skip_until = end
            out.append(tok.cols[1] + (" " if _space_after(tok) else ""))
            continue
        if "." in tok.cols[0] or int(tok.cols[0]) <= skip_until:
            continue
        out.append(tok.cols[1] + (" " if _space_after(tok) else ""))
    return "".join(out).strip()


def write_conllu(sents: list[Sentence], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for s in sents:
            comments = [c for c in s.comments if not c.startswith("# text =")]
            for c in comments:
                fh.write(c + "\n")
            fh.write(f"# text = {text_of(s)}\n")
            for t in s.tokens:
                fh.write("\t".join(t.cols) + "\n")
            fh.write("\n")


def _renumber(tokens: list[Token]) -> None:
    """Give words consecutive ids and remap heads and ranges accordingly."""
    mapping, n = {"0": "0"}, 0
    for t in tokens:
        if not t.is_range:
            n += 1
            mapping[t.cols[0]] = str(n)
    for t in tokens:
        if t.is_range:
            a, b = t.cols[0].split("-")
            t.cols[0] = f"{mapping[a]}-{mapping[b]}"
        else:
            t.cols[0] = mapping[t.cols[0]]
            if t.cols[6] not in ("_",):
                t.cols[6] = mapping[t.cols[6]]


def _mark(form: str, head: str, uid: str) -> Token:
    return Token([uid, form, form, "PUNCT", "$(", "_", head, "punct", "_", "_"])


def _subtree_spans(sent: Sentence) -> list[tuple[int, int, str]]:
    """Contiguous subtrees as (first index, last index, head id) over `sent.tokens`."""
    words = sent.words()
    ids = [w.cols[0] for w in words]
    children: dict[str, list[str]] = {}
    for w in words:
        children.setdefault(w.cols[6], []).append(w.cols[0])

    def desc(i: str) -> set[str]:
        out, stack = {i}, [i]
        while stack:
            for c in children.get(stack.pop(), []):
                out.add(c)
                stack.append(c)
        return out

    spans = []
    for w in words:
        if w.cols[3] == "PUNCT":
            continue
        d = sorted(desc(w.cols[0]), key=lambda x: ids.index(x))
        pos = [ids.index(x) for x in d]
        # drop trailing/leading punctuation from the span
        while pos and words[pos[-1]].cols[3] == "PUNCT":
            pos.pop()
        while pos and words[pos[0]].cols[3] == "PUNCT":
            pos.pop(0)
        if pos and pos[-1] - pos[0] + 1 == len(pos):
            spans.append((pos[0], pos[-1], w.cols[0]))
    return spans


def _token_index(sent: Sentence, word_id: str) -> int:
    for i, t in enumerate(sent.tokens):
        if not t.is_range and t.cols[0] == word_id:
            return i
    raise KeyError(word_id)


def _inside_range(sent: Sentence, word_id: str) -> bool:
    n = int(word_id)
    for t in sent.tokens:
        if t.is_range:
            a, b = (int(x) for x in t.cols[0].split("-"))
            if a <= n <= b:
                return True
    return False


def wrap_span(sent: Sentence, rng: random.Random) -> Sentence | None:
    """Wrap a random contiguous subtree (a title, a partial quote, a clause) in marks."""
    spans = [s for s in _subtree_spans(sent)
             if not _inside_range(sent, sent.words()[s[0]].cols[0])
             and not _inside_range(sent, sent.words()[s[1]].cols[0])]
    if not spans:
        return None
    long = [s for s in spans if s[1] - s[0] >= 2]
    # mostly clause-sized spans (speech), sometimes short ones (titles, scare quotes)
    first, last, head = rng.choice(long if long and rng.random() < 0.7 else spans)
    words = sent.words()
    opening, closing = rng.choice(QUOTE_PAIRS)
    toks = [Token(list(t.cols)) for t in sent.tokens]
    s = Sentence(list(sent.comments), toks)
    i0 = _token_index(s, words[first].cols[0])
    i1 = _token_index(s, words[last].cols[0])
    last_tok = s.tokens[i1]
    close = _mark(closing, head, words[last].cols[0] + ".2")
    _set_space_after(close, _space_after(last_tok))
    _set_space_after(last_tok, False)
    open_ = _mark(opening, head, words[first].cols[0] + ".1")
    _set_space_after(open_, False)
    s.tokens.insert(i1 + 1, close)
    s.tokens.insert(i0, open_)
    _renumber(s.tokens)
    return s


def _speaker_tokens(rng: random.Random, first_id: int) -> tuple[list[Token], int]:
    """Speaker words starting at `first_id`; returns tokens and the head's id."""
    kind = rng.random()
    if kind < 0.4:
        form, gender = rng.choice(_PRONOUNS)
        feats = f"Case=Nom|Gender={gender}|Number=Sing|Person=3|PronType=Prs"
        return [Token([str(first_id), form, form, "PRON", "PPER", feats, "H", "nsubj", "_", "_"])], first_id
    if kind < 0.7:
        f, l = rng.choice(_FIRST), rng.choice(_LAST)
        return [Token([str(first_id), f, f, "PROPN", "NE", "_", "H", "nsubj", "_", "_"]),
                Token([str(first_id + 1), l, l, "PROPN", "NE", "_", str(first_id), "flat:name", "_", "_"])], first_id
    noun, det, gender = rng.choice(_ROLES)
    return [Token([str(first_id), det, det, "DET", "ART", "Case=Nom|Definite=Def|PronType=Art", str(first_id + 1), "det", "_", "_"]),
            Token([str(first_id + 1), noun, noun, "NOUN", "NN", f"Case=Nom|Gender={gender}|Number=Sing", "H", "nsubj", "_", "_"])], first_id + 1


def _clause(sent: Sentence) -> tuple[list[Token], str] | None:
    """The sentence without final punctuation and its root id, if it has no MWT at the end."""
    toks = [Token(list(t.cols)) for t in sent.tokens]
    words = [t for t in toks if not t.is_range]
    if len(words) < 3 or words[-1].cols[3] != "PUNCT" or words[-1].cols[1] not in ".!?":
        return None
    toks = [t for t in toks if t is not words[-1]]
    root = next(t.cols[0] for t in toks if not t.is_range and t.cols[6] == "0")
    return toks, root


def reporting_frame(sent: Sentence, rng: random.Random) -> Sentence | None:
    """`„Satz“, sagte er.` or `Er sagte: „Satz.“` around a UD sentence (verb = root, quote = ccomp)."""
    got = _clause(sent)
    if got is None:
        return None
    toks, root = got
    opening, closing = rng.choice(QUOTE_PAIRS[:4])
    verb_form, verb_lemma = rng.choice(_VERBS)
    verb_feats = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
    quote_first = rng.random() < 0.6
    spk, _ = _speaker_tokens(rng, 1)
    if not quote_first:
        spk[0].cols[1] = spk[0].cols[1][0].upper() + spk[0].cols[1][1:]
    # provisional ids: quote words keep "q<id>", frame words get "f<n>"; _renumber fixes them
    for t in toks:
        if t.is_range:
            a, b = t.cols[0].split("-")
            t.cols[0] = f"q{a}-q{b}"
        else:
            t.cols[0] = "q" + t.cols[0]
            if t.cols[6] == "0":
                t.cols[6], t.cols[7] = "fV", "ccomp"
            else:
                t.cols[6] = "q" + t.cols[6]
    for t in spk:
        t.cols[0] = "f" + t.cols[0]
        t.cols[6] = "fV" if t.cols[6] == "H" else "f" + t.cols[6]
    q_root = "q" + root
    verb = Token(["fV", verb_form, verb_lemma, "VERB", "VVFIN", verb_feats, "0", "root", "_", "_"])
    open_ = _mark(opening, q_root, "fO")
    close = _mark(closing, q_root, "fC")
    _set_space_after(open_, False)
    _set_space_after(toks[-1], False)
    if quote_first:
        _set_space_after(close, False)
        out = [open_] + toks + [close, _mark(",", "fV", "fK"), verb] + spk
        _set_space_after(out[-1], False)
        out.append(_mark(".", "fV", "fP"))
        out[-1].cols[4] = "$."
    else:
        _set_space_after(verb, False)
        end = _mark(".", q_root, "fP")
        end.cols[4] = "$."
        _set_space_after(end, False)
        out = spk + [verb, _mark(":", "fV", "fK"), open_] + toks + [end, close]
    s = Sentence([c + "-q" for c in sent.comments if c.startswith("# sent_id")], out)
    _renumber(s.tokens)
    return s


def augment(sents: list[Sentence], seed: int = 13, wrap_ratio: float = 0.25,
            frame_ratio: float = 0.2) -> list[Sentence]:
    """Return the sentences plus quote-augmented variants (deterministic for a seed)."""
    rng = random.Random(seed)
    out = []
    for s in sents:
        r = rng.random()
        if r < wrap_ratio:
            w = wrap_span(s, rng)
            out.append(w if w is not None else s)
        elif r < wrap_ratio + frame_ratio:
            out.append(s)
            f = reporting_frame(s, rng)
            if f is not None:
                out.append(f)
        else:
            out.append(s)
    return out


def check(sents: list[Sentence]) -> None:
    """Fail loudly if augmentation produced an invalid tree."""
    for s in sents:
        words = s.words()
        ids = {w.cols[0] for w in words}
        roots = [w for w in words if w.cols[6] == "0"]
        if len(roots) != 1:
            raise QuotesError(f"augmented sentence has {len(roots)} roots: {text_of(s)}")
        for i, w in enumerate(words, 1):
            if w.cols[0] != str(i) or (w.cols[6] != "0" and w.cols[6] not in ids):
                raise QuotesError(f"bad ids in augmented sentence: {text_of(s)}")


def split_treebanks(ud_dir: Path) -> dict[str, list[Sentence]]:
    """train / dev / test from the shippable treebanks; test is held out from training."""
    missing = [n for n in SHIPPABLE if not (ud_dir / n).exists()]
    if missing:
        raise QuotesError(f"{ud_dir}: missing UD files {', '.join(missing)}")
    gsd_dev = read_conllu(ud_dir / "de_gsd-ud-dev.conllu")
    gsd_test = read_conllu(ud_dir / "de_gsd-ud-test.conllu")
    pud = read_conllu(ud_dir / "de_pud-ud-test.conllu")
    half, three_q = len(gsd_test) // 2, (len(gsd_test) * 3) // 4
    return {"train": gsd_dev + pud + gsd_test[:half],
            "dev": gsd_test[half:three_q],
            "test": gsd_test[three_q:]}


STEPS = {
    "tokenize": ["--steps", "1500", "--dropout", "0.1"],
    "mwt": ["--dict_only"],
    "lemma": ["--dict_only"],
    "pos": ["--no_pretrain", "--batch_size", "50", "--max_steps", "1200", "--eval_interval", "200",
            "--hidden_dim", "100", "--char_hidden_dim", "100", "--word_emb_dim", "50",
            "--deep_biaff_hidden_dim", "100", "--composite_deep_biaff_hidden_dim", "50",
            "--char_emb_dim", "50", "--tag_emb_dim", "25", "--transformed_dim", "75"],
    "depparse": ["--no_pretrain", "--batch_size", "1000", "--max_steps", "2000", "--eval_interval", "250",
                 "--hidden_dim", "150", "--char_hidden_dim", "100", "--word_emb_dim", "50",
                 "--deep_biaff_hidden_dim", "150", "--char_emb_dim", "50", "--tag_emb_dim", "25",
                 "--transformed_dim", "75", "--num_layers", "2"],
}
_PREPARE = {"tokenize": "prepare_tokenizer_treebank", "mwt": "prepare_mwt_treebank",
            "lemma": "prepare_lemma_treebank", "pos": "prepare_pos_treebank",
            "depparse": "prepare_depparse_treebank"}
_RUN = {"tokenize": "run_tokenizer", "mwt": "run_mwt", "lemma": "run_lemma", "pos": "run_pos",
        "depparse": "run_depparse"}
_SAVED = {"tokenize": "de_qp_tokenizer.pt", "mwt": "de_qp_mwt_expander.pt", "lemma": "de_qp_nocharlm_lemmatizer.pt",
          "pos": "de_qp_nocharlm_tagger.pt", "depparse": "de_qp_nocharlm_parser.pt"}
DEFAULT_STAGES = ["tokenize", "mwt", "lemma", "lemma-dict", "pos", "depparse"]
PACK_FILES = {"tokenize": "tokenize.pt", "mwt": "mwt.pt", "lemma": "lemma.pt", "pos": "pos.pt",
              "depparse": "depparse.pt"}


def prepare_data(ud_dir: Path, work: Path, seed: int = 13) -> Path:
    """Write the augmented treebank as `UD_German-QP` under `work/ud`; return that base dir."""
    base = work / "ud"
    tb = base / TREEBANK
    tb.mkdir(parents=True, exist_ok=True)
    for part, sents in split_treebanks(ud_dir).items():
        # held-out test stays unaugmented so its scores compare with plain UD figures
        data = augment(sents, seed=seed) if part != "test" else sents
        check(data)
        write_conllu(data, tb / f"{SHORT}-ud-{part}.conllu")
    return base


def _run(module: str, args: list[str], env: dict, log) -> str:
    cmd = [sys.executable, "-m", module] + args
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    log.write(f"$ {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}\n")
    log.flush()
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise QuotesError(f"{module} failed: {' | '.join(tail)}")
    return proc.stdout + proc.stderr


def _scores(output: str) -> dict[str, float]:
    """The last UD evaluation table in a run's log (stanza prints dev, then test)."""
    found: dict[str, float] = {}
    lines = output.splitlines()
    for head, values in zip(lines, lines[1:]):
        names, nums = head.split(), values.split()
        if names and len(names) == len(nums) and all(n.isalpha() for n in names) and \
                all(re.fullmatch(r"\d+(\.\d+)?", v) for v in nums):
            found = {n: float(v) for n, v in zip(names, nums)}
    # lemma and mwt runs print "Lemma score:\nde_qp 90.92" / "MWT expansion score: de_qp 99.97"
    for name, value in re.findall(r"(Lemma|MWT expansion) score:\s*\S+ ([\d.]+)", output):
        found[name.split()[0]] = float(value)
    return found


def compact_checkpoint(src: Path, dst: Path) -> None:
    """Copy a stanza checkpoint with float weights stored as float16 and training state dropped.

    Loading copies the weights into the float32 model, so only storage shrinks (about half).
    """
    import torch

    ckpt = torch.load(src, map_location="cpu", weights_only=False)
    for key in ("optimizer", "scheduler", "dev_score_history"):
        ckpt.pop(key, None)
    if isinstance(ckpt.get("model"), dict):
        ckpt["model"] = {k: v.half() if torch.is_tensor(v) and v.is_floating_point() else v
                         for k, v in ckpt["model"].items()}
    torch.save(ckpt, dst)


def _stage_args(stage: str, vectors: Path | None) -> list[str]:
    """Training options of a stage; with `vectors`, the tagger reads them (measured: UPOS
    86.6 -> 90.6, UFeats 55.8 -> 64.6). The parser is trained without (not measured with them)."""
    args = list(STEPS[stage])
    if vectors is not None and stage == "pos":
        args[args.index("--no_pretrain")] = "--wordvec_pretrain_file"
        args.insert(args.index("--wordvec_pretrain_file") + 1, str(vectors))
    return args


def _run_with_silver(train_file: Path, silver: Path, prepare) -> None:
    """Prepare the tagger's data with the silver sentences appended to the gold training file,
    then put the gold file back: the other stages train on gold only."""
    gold = train_file.read_text(encoding="utf-8")
    train_file.write_text(gold + silver.read_text(encoding="utf-8"), encoding="utf-8")
    try:
        prepare()
    finally:
        train_file.write_text(gold, encoding="utf-8")




def extend_lemma_dict(lemma_file: Path, entries: list[tuple[str, str, str, int]]) -> int:
    """Add (word, UPOS, lemma, count) entries to a stanza dictionary lemmatizer for the words its
    treebank never showed (those it knows keep their gold lemmas); the word alone maps to its most
    frequent lemma. Returns how many entries were added. Run again, it adds nothing."""
    import gzip

    import torch

    model = torch.load(lemma_file, map_location="cpu", weights_only=False)
    if model.get("dicts_version") != 3 or model.get("model") is not None:
        raise QuotesError(f"{lemma_file}: not a stanza dictionary lemmatizer of the format this code knows "
                          "(dicts_version 3, no seq2seq model)")
    pos_dict = json.loads(gzip.decompress(model["dicts"]))
    known = set(pos_dict.get(POS_INDEPENDENT, {}))
    by_word: dict[str, tuple[int, str]] = {}
    added = 0
    for word, upos, lemma, count in entries:
        if word in known:
            continue
        tagged = pos_dict.setdefault(upos, {})
        if word not in tagged:
            tagged[word] = lemma
            added += 1
        if count > by_word.get(word, (0, ""))[0]:
            by_word[word] = (count, lemma)
    pos_dict.setdefault(POS_INDEPENDENT, {}).update({w: lemma for w, (_, lemma) in sorted(by_word.items())})
    # stanza stores the dictionary as gzip-compressed JSON (mtime 0: the same bytes every run)
    model["dicts"] = gzip.compress(json.dumps(pos_dict, ensure_ascii=False, sort_keys=True).encode("utf-8"), 9, mtime=0)
    torch.save(model, lemma_file)
    return added


def lemma_accuracy(lemma_file: Path, conllu: Path, guess: bool = True) -> float:
    """Share of the words of a CoNLL-U file whose gold lemma the pack gives for the word and its
    gold UPOS: the dictionary, and for words it lacks quotes.lemmas' guess (`guess`) or the word
    itself (as stanza's dictionary lemmatizer alone does)."""
    from quotes.lemmas import LemmaGuesser

    lemmas = LemmaGuesser.from_pack(lemma_file)
    words = [w.cols for s in read_conllu(conllu) for w in s.words()]
    right = sum((lemmas.lemma(form, upos) if guess else lemmas.known(form, upos) or form) == lemma
                for _, form, lemma, upos, *_ in words)
    return right / max(1, len(words))


def _lemma_dict(shared: Path, lemma_file: Path, held_out: Path, echo) -> dict:
    """The pack's lemma dictionary extended with HanTa's lemmas of the permissively licensed text of
    `shared` (quotes.learn.silver), scored on the held-out treebank sentences before and after."""
    from quotes.learn.silver import lemma_entries

    if not lemma_file.exists():
        raise QuotesError(f"[lemma-dict] {lemma_file} does not exist: train the lemma stage first")
    before = lemma_accuracy(lemma_file, held_out, guess=False)
    added = extend_lemma_dict(lemma_file, lemma_entries(shared, echo))
    return {"entries_added": added, "Lemma held-out (gold UPOS) before": round(100 * before, 2),
            "Lemma held-out (gold UPOS), dictionary": round(100 * lemma_accuracy(lemma_file, held_out, guess=False), 2),
            "Lemma held-out (gold UPOS)": round(100 * lemma_accuracy(lemma_file, held_out), 2)}


def train_pack(ud_dir: Path, out_dir: Path, work: Path, stages: list[str] | None = None,
               seed: int = 13, log_path: Path | None = None, echo=print, vectors: Path | None = None,
               silver: Path | None = None) -> dict:
    """Prepare data, train each stage with stanza's trainers, copy the models into `out_dir`.

    `vectors`: a stanza pretrain file (`quotes.learn.vectors`) for the tagger; `silver`: CoNLL-U
    sentences (`quotes.learn.silver`) added to the tagger's training data only. The `lemma-dict`
    stage extends the trained lemma dictionary with HanTa's lemmas (needs `quotes[train]`).
    """
    stages = stages or DEFAULT_STAGES
    base = prepare_data(ud_dir, work, seed=seed)
    env = dict(os.environ, UDBASE=str(base), DATA_ROOT=str(work / "data"),
               STANZA_RESOURCES_DIR=str(work / "stanza_resources"))
    saved = work / "saved_models"
    out_dir.mkdir(parents=True, exist_ok=True)
    log = (log_path or work / "train.log").open("a", encoding="utf-8")
    report = {}
    for stage in stages:
        if stage == "lemma-dict":
            report[stage] = _lemma_dict(ud_dir.parent.parent, out_dir / PACK_FILES["lemma"],
                                        base / TREEBANK / f"{SHORT}-ud-test.conllu", echo)
            echo(f"[{stage}] {report[stage]}")
            continue
        echo(f"[{stage}] preparing data")
        # gold tags for lemma and depparse data: retagging would fetch a tagger from the hub
        prep = ["--gold"] if stage in ("lemma", "depparse") else []
        if stage == "pos" and silver is not None:
            _run_with_silver(base / TREEBANK / f"{SHORT}-ud-train.conllu", silver,
                             lambda: _run(f"stanza.utils.datasets.{_PREPARE[stage]}", [TREEBANK] + prep, env, log))
        else:
            _run(f"stanza.utils.datasets.{_PREPARE[stage]}", [TREEBANK] + prep, env, log)
        echo(f"[{stage}] training")
        args = [SHORT, "--no_charlm", "--save_dir", str(saved / stage)]
        if stage in ("mwt", "tokenize"):
            args = [SHORT, "--save_dir", str(saved / stage)]
            if stage == "tokenize":
                args.append("--no_charlm")
        if stage == "lemma":
            args += ["--no_lemma_classifier", "--no_use_secondary_file"]
        output = _run(f"stanza.utils.training.{_RUN[stage]}", args + _stage_args(stage, vectors), env, log)
        model = next((m for m in sorted((saved / stage).glob("*.pt")) if not m.stem.endswith("_checkpoint")), None)
        if model is None:
            raise QuotesError(f"[{stage}] training produced no model in {saved / stage}")
        compact_checkpoint(model, out_dir / PACK_FILES[stage])
        report[stage] = _scores(output)
        echo(f"[{stage}] {report[stage]}")
    scores_file = out_dir / "scores.json"
    kept = json.loads(scores_file.read_text(encoding="utf-8")) if scores_file.exists() else {}
    scores_file.write_text(json.dumps(dict(kept, **report), indent=2) + "\n", encoding="utf-8")
    return report
