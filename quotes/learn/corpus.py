"""Gold sets from `../shared` as training data: articles, gold items, folds, and a parse cache.

Parsing is the slow step (stanza, a few articles a second), so every parsed article is kept
in one pickle per set, its files and the models (in `$XDG_CACHE_HOME/quotes`, by default
`~/.cache/quotes`); training and cross-validation reuse it.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from quotes.types import Article, ArticleResult, Parsed

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "quotes"


@dataclass(frozen=True)
class GoldSet:
    """One annotated set: its articles directory, gold items per file, traps, folds (if any)."""

    name: str
    articles_dir: Path
    docs: dict[str, list[dict]]
    traps: dict[str, list[str]]
    folds: dict[str, int]

    def gold(self, docs: set[str] | None = None) -> dict:
        """The gold file's structure, restricted to `docs` (for scoring one fold)."""
        keep = self.docs if docs is None else {d: v for d, v in self.docs.items() if d in docs}
        return {"docs": keep, "traps": {d: t for d, t in self.traps.items() if d in keep}}

    def fold_docs(self, k: int) -> set[str]:
        return {d for d, f in self.folds.items() if f == k}

    @property
    def n_folds(self) -> int:
        return len(set(self.folds.values()))


def load_set(set_dir: Path) -> GoldSet:
    """Read `gold.json` (and `folds.json` where present) of one set under `../shared/data`."""
    gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))
    folds_file = set_dir / "folds.json"
    folds = json.loads(folds_file.read_text(encoding="utf-8"))["folds"] if folds_file.exists() else {}
    return GoldSet(set_dir.name, set_dir / "articles", gold["docs"], gold.get("traps", {}), folds)


def read_articles(articles_dir: Path) -> Iterator[Article]:
    """The articles of a set, read as the CLI reads them (same text, same offsets)."""
    from quotes.read import read_path

    for path in sorted(articles_dir.iterdir()):
        for item in read_path(path):
            if isinstance(item, Article):
                yield item


def _cache_file(gold_set: GoldSet, models_key: str, prepared: list[str]) -> Path:
    """One file per set, the texts the parser sees (a change to the page-junk masking parses
    anew) and the models in use."""
    h = hashlib.sha1(str(gold_set.articles_dir.resolve()).encode())
    for text in prepared:
        h.update(text.encode())
    return CACHE_DIR / f"{gold_set.name}-{h.hexdigest()[:10]}-{models_key}.pkl"


def models_key(info) -> str:
    """A short key of the model files in use (and of the code that edits their output: the pack's
    lemma fallback, the conversion to our types), so a new pack invalidates the cache."""
    import quotes.lemmas
    import quotes.nlp

    h = hashlib.sha1(info.kind.encode())
    for module in (quotes.lemmas, quotes.nlp):
        h.update(Path(module.__file__).read_bytes())
    # (the names the conversion retags, a lexicon the user may edit)
    h.update((Path(quotes.nlp.__file__).parent / "lexicon" / "lowercase_names.txt").read_bytes())
    for p in sorted(Path(info.path).glob("*.pt")):
        h.update(p.name.encode())
        h.update(str(p.stat().st_size).encode())
    return f"{info.kind}-{h.hexdigest()[:10]}"


def parsed_set(gold_set: GoldSet, info, log=print) -> dict[str, tuple[Article, Parsed]]:
    """Every article of the set with its parse, from the cache or parsed now (and cached)."""
    from quotes.nlp import load
    from quotes.pipeline import prepare_text

    articles = list(read_articles(gold_set.articles_dir))
    prepared = [prepare_text(a) for a in articles]
    cache = _cache_file(gold_set, models_key(info), prepared)
    if cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    nlp = load(info)
    log(f"parsing {len(articles)} articles of {gold_set.name} (cached in {cache})")
    out: dict[str, tuple[Article, Parsed]] = {}
    step = 32
    for i in range(0, len(articles), step):
        chunk = list(zip(articles[i:i + step], prepared[i:i + step]))
        for (a, _), p in zip(chunk, nlp.parse_many([text for _, text in chunk])):
            out[a.doc] = (a, p)
        log(f"  {min(i + step, len(articles))}/{len(articles)}")
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump(out, f, protocol=pickle.HIGHEST_PROTOCOL)
    return out


def extract_all(parsed: dict[str, tuple[Article, Parsed]]) -> dict[str, ArticleResult]:
    """The pipeline's result for every parsed article of a set (no NLP: parses are given)."""
    from quotes.pipeline import extract

    return {doc: extract(a, p) for doc, (a, p) in parsed.items()}


def gold_cues(gold_set: GoldSet, results: dict) -> dict[str, dict[int, str | None]]:
    """For each gold quotation, the speech verb of the prediction that matches it (as scored)."""
    from quotes.evaluate import match
    from quotes.pipeline import stance_cue

    out: dict[str, dict[int, str | None]] = {}
    for doc, golds in gold_set.docs.items():
        quotes = list(results[doc].quotes) if doc in results else []
        out[doc] = {gi: stance_cue(quotes[pi]) for gi, pi in match(golds, [q.text for q in quotes]).items()}
    return out
