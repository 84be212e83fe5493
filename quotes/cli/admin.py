"""Commands that look after the tool: `eval`, `models …` (status, download, training), `db …`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from quotes.cli.common import (app, db_app, err, fail, load_extractor, models_app, open_engine, out, progress_bar,
                               read_all, state)
from quotes.errors import QuotesError, one_line
from quotes.pipeline import quote_record


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(metavar="GOLD", help="Gold file (JSON with 'docs').")],
    articles: Annotated[Path, typer.Argument(metavar="DIR", help="Directory with the gold articles.")],
    pred_out: Annotated[Optional[Path], typer.Option("--save-pred", metavar="PATH", help="Also write the predictions as JSONL here.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Extract from gold-annotated articles and print the shared scorer's figures plus errors by rule.

    Example:
        quotes eval ../shared/data/seeds/gold.json ../shared/data/seeds/articles
    """
    from quotes.evaluate import score

    try:
        gold_data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise fail(f"{gold}: cannot read gold file ({e})")
    docs = list(read_all([str(articles / name) for name in sorted(gold_data.get("docs", {}))], None, None, []))
    extractor = load_extractor()
    preds = []
    with progress_bar() as prog:
        task = prog.add_task("extracting", total=len(docs))
        for result in extractor.run(docs):
            preds += [quote_record(result, q) for q in result.quotes]
            prog.advance(task)
    if pred_out:
        pred_out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    figures = score(gold_data, preds)
    if as_json:
        out.print(json.dumps(figures, ensure_ascii=False, indent=2), markup=False)
        return
    t = Table(title=f"{gold} ({len(docs)} articles, {len(preds)} predictions)")
    for h in ("figure", "precision", "recall", "F1"):
        t.add_column(h, justify="right" if h != "figure" else "left")
    for k in ("detect", "attributed"):
        for kind in ("direct", "indirect", "all"):
            t.add_row(f"{k}_{kind}", *[f"{v:.3f}" for v in figures[f"{k}_{kind}"]])
    for label, v in figures["stance"].items():
        t.add_row(f"stance {label}", *[f"{x:.3f}" for x in v])
    out.print(t)
    out.print(", ".join(f"{k} {figures[k]}" for k in ("speaker_acc_direct", "speaker_acc_indirect", "speaker_acc_all",
                                                      "side_acc", "stance_macro_f1", "kind_wrong")), markup=False)
    out.print(f"trap_hits {len(figures['trap_hits'])}: {figures['trap_hits']}", markup=False)
    r = Table(title="by rule")
    for h in ("rule", "right", "wrong_speaker", "false_alarm", "inside_gold"):
        r.add_column(h, justify="right" if h != "rule" else "left")
    for rule, cnt in figures["by_rule"].items():
        r.add_row(rule, *[str(cnt.get(h, 0)) for h in ("right", "wrong_speaker", "false_alarm", "inside_gold")])
    out.print(r)
    out.print("misses by form: " + ", ".join(f"{k} {v}" for k, v in figures["misses_by_form"].items()), markup=False)
    c = Table(title="by confidence (share with span and speaker right)")
    for h in ("confidence", "quotes", "right"):
        c.add_column(h, justify="right")
    for band in figures["by_confidence"]:
        c.add_row(f"{band['from']:.2f}–{band['to']:.2f}", str(band["n"]),
                  "–" if band["right"] is None else f"{band['right']:.2f}")
    out.print(c)


@models_app.callback(invoke_without_command=True)
def models_status(ctx: typer.Context) -> None:
    """Show, download or build the German stanza models; alone, say which are installed and used.

    Example:
        quotes models
        quotes models download
    """
    if ctx.invoked_subcommand is not None:
        return
    from quotes.nlp import PACK_DIR, choose_models, default_models_dir, official_available, pack_available, pack_scores

    d = state.models_dir or default_models_dir()
    out.print(f"official stanza models: {'installed' if official_available(d) else 'not installed'} ({d})", markup=False)
    out.print(f"bundled offline pack:   {'present' if pack_available() else 'missing'} ({PACK_DIR})", markup=False)
    scores = pack_scores()
    if scores:
        out.print("pack scores (held-out UD German): " + ", ".join(
            f"{k} {v}" for stage in scores.values() for k, v in stage.items()), markup=False)
    try:
        info = choose_models(state.models, d)
        out.print(f"in use: {info.describe()}", markup=False)
    except QuotesError as e:
        raise fail(str(e))


@models_app.command("download")
def models_download() -> None:
    """Download the official stanza German models (needs internet access).

    Example:
        quotes models download
        STANZA_RESOURCES_DIR=/data/stanza quotes models download
    """
    from quotes.nlp import download_official

    try:
        d = download_official(state.models_dir)
    except QuotesError as e:
        raise fail(str(e))
    out.print(f"official German models installed in {d}", markup=False)


@models_app.command("train")
def models_train(
    ud: Annotated[Path, typer.Option("--ud", metavar="DIR", help="Directory with the UD German CoNLL-U files (GSD dev/test, PUD).")],
    out_dir: Annotated[Optional[Path], typer.Option("--out", metavar="PATH", help="Where the pack goes (default: the bundled pack).")] = None,
    work: Annotated[Path, typer.Option("--work", metavar="PATH", help="Scratch directory for data and checkpoints.")] = Path("build/modelpack"),
    stage: Annotated[Optional[list[str]], typer.Option("--stage", metavar="STAGE", help="Only these stages (vectors, tokenize, mwt, lemma, lemma-dict, pos, depparse).")] = None,
    seed: Annotated[int, typer.Option(metavar="N", help="Seed of the quote augmentation.")] = 13,
    silver: Annotated[bool, typer.Option("--silver", help="Also train the tagger on text of ../shared tagged by HanTa (pip install 'quotes[train]').")] = False,
) -> None:
    """Rebuild the offline German model pack with stanza's own trainers (~35 min on 2 cores).

    `--stage vectors` also trains word vectors (fastText on the permissively licensed text next
    to the UD folder in ../shared/data); the tagger reads them when the pack holds them.
    `--silver` adds 15k sentences tagged by HanTa to the tagger's data (UPOS and XPOS only).
    Measured better tags but worse rule-based extraction, so the bundled pack has neither
    (BENCHMARKS.md). `lemma-dict` (a default stage) adds HanTa's lemmas of the same text to the
    lemma dictionary; HanTa comes with `pip install 'quotes[train]'`.

    Example:
        quotes models train --ud ../shared/data/ud-german
        quotes models train --ud ../shared/data/ud-german --stage vectors --stage pos --silver --out mypack
    """
    from quotes.learn.vectors import train_vectors
    from quotes.modelpack import DEFAULT_STAGES, train_pack
    from quotes.nlp import PACK_DIR, PACK_VECTORS

    pack = out_dir or PACK_DIR
    stages = list(stage or DEFAULT_STAGES)
    echo = lambda m: err.print(m, markup=False)  # noqa: E731
    try:
        report = {}
        if "vectors" in stages:
            report["vectors"] = train_vectors(ud.parent, pack / PACK_VECTORS, echo=echo)
        rest = [x for x in stages if x != "vectors"]
        silver_file = None
        if silver and "pos" in rest:
            from quotes.learn.silver import write_silver

            silver_file = work / "silver.conllu"
            report["silver_sentences"] = write_silver(ud.parent.parent, silver_file, echo=echo)
        if rest:
            vectors = pack / PACK_VECTORS
            report.update(train_pack(ud, pack, work, stages=rest, seed=seed, echo=echo,
                                     vectors=vectors if vectors.exists() else None, silver=silver_file))
    except (QuotesError, RuntimeError) as e:
        raise fail(str(e))
    out.print(json.dumps(report, indent=2), markup=False)


SharedDir = Annotated[Path, typer.Option("--shared", metavar="DIR", help="The shared data folder (holds data/spkatt-train).")]


@models_app.command("train-ner")
def models_train_ner(
    shared: Annotated[Path, typer.Option("--shared", metavar="DIR", help="The shared data folder (holds data/ner-german).")] = Path("../shared"),
    out_dir: Annotated[Path, typer.Option("--out", metavar="DIR", help="Pack directory to write vectors.pt, ner.pt and scores into.")] = Path("build/ner-pack"),
    work: Annotated[Path, typer.Option("--work", metavar="DIR", help="Scratch directory for data and checkpoints.")] = Path("build/ner"),
) -> None:
    """Build word vectors and a named-entity model (PER, LOC, ORG, OTH) from ../shared (~25 min).

    Vectors: fastText on the permissively licensed German text in ../shared. NER: stanza's
    trainer on GermEval 2014 (a fifth of its test file held out and scored) and Europeana.
    They are not in the bundled pack: at held-out F1 0.57 they made attribution worse
    (BENCHMARKS.md). A pack directory holding ner.pt and vectors.pt runs NER.

    Example:
        quotes models train-ner --shared ../shared
    """
    from quotes.learn.ner import build

    if not (shared / "data" / "ner-german").is_dir():
        raise fail(f"{shared / 'data' / 'ner-german'}: not found (--shared must hold data/ner-german)")
    try:
        report = build(shared, out_dir, work, echo=lambda m: err.print(m, markup=False))
    except QuotesError as e:
        raise fail(str(e))
    out.print(json.dumps(report, indent=2), markup=False)


def _train_learned(trainer, shared: Path, out_file: Path) -> None:
    """Run a learned component's `train(shared, out_file)` and print its training note."""
    gold = shared / "data" / "spkatt-train" / "gold.json"
    if not gold.exists():
        raise fail(f"{gold}: not found (--shared must hold data/spkatt-train)")
    meta = trainer(shared, out_file, models=state.models if state.models != "auto" else "pack",
                   log=lambda m: err.print(m, markup=False))
    out.print(json.dumps(meta, indent=2, ensure_ascii=False), markup=False)


@models_app.command("train-stance")
def models_train_stance(
    shared: SharedDir = Path("../shared"),
    out_file: Annotated[Optional[Path], typer.Option("--out", metavar="PATH", help="Model file (default: the shipped quotes/models/stance.json).")] = None,
) -> None:
    """Retrain the stance model from SpkAtt's labels (deterministic; ~1 min once the articles are parsed).

    The 700 articles are parsed once (about 4 minutes) and cached in ~/.cache/quotes.

    Example:
        quotes models train-stance --shared ../shared
    """
    from quotes.learn.train_stance import train
    from quotes.stance import MODEL_FILE

    _train_learned(train, shared, out_file or MODEL_FILE)


@models_app.command("train-attribution")
def models_train_attribution(
    shared: SharedDir = Path("../shared"),
    out_file: Annotated[Optional[Path], typer.Option("--out", metavar="PATH", help="Model file (default: the shipped quotes/models/attribution.json).")] = None,
) -> None:
    """Retrain the speaker ranker and quote filter from SpkAtt (deterministic; ~30 s once the articles are parsed).

    Example:
        quotes models train-attribution --shared ../shared
    """
    from quotes.learn.attribution import MODEL_FILE
    from quotes.learn.train_attribution import train

    _train_learned(train, shared, out_file or MODEL_FILE)


@db_app.callback(invoke_without_command=True)
def db_status(ctx: typer.Context) -> None:
    """Show the database URL and schema revision, or upgrade the schema.

    Example:
        quotes db
        quotes --db old.db db upgrade
    """
    if ctx.invoked_subcommand is not None:
        return
    from db.migrate import current, head

    engine = open_engine()
    try:
        rev = current(engine)
    except Exception as e:
        raise fail(f"cannot open database: {one_line(e)}")
    url = engine.url.render_as_string(hide_password=True)
    out.print(f"database: {url}", markup=False)
    state_ = "empty" if rev is None else ("up to date" if rev == head() else "needs `quotes db upgrade`")
    out.print(f"schema revision: {rev or '-'} (latest {head()}, {state_})", markup=False)


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Option(metavar="TEXT", help="Target revision (default: the latest).")] = "head",
) -> None:
    """Create or upgrade the schema; stored articles and quotes are kept.

    Example:
        quotes db upgrade
        quotes --db postgresql+psycopg://user@host/quotes db upgrade
    """
    from db.migrate import upgrade
    from quotes.store_rules import STORE_RULES

    engine = open_engine(create=True)
    try:
        before, after = upgrade(engine, revision, STORE_RULES)
    except Exception as e:
        raise fail(f"upgrade failed: {one_line(e)}")
    out.print(f"schema revision {before or '(empty)'} -> {after}" if before != after
              else f"schema already at revision {after}", markup=False)
