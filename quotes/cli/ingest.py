"""Commands that read articles: `extract` (to JSON lines), `parse` (the analysis), `ingest` (into
the database, local or on a Ray cluster)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.table import Table

from quotes.cli.common import (MaxSize, app, choice, date_option, err, fail, load_extractor, load_nlp, make_table,
                               open_session, out, progress_bar, read_all, report_problem, short, speakers_shown,
                               stance_why, state)
from quotes.errors import InputError, QuotesError
from quotes.pipeline import quote_record
from quotes.types import Article


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, directories or globs (.txt, .html, .json, .jsonl).")],
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, json or jsonl.")] = "table",
    source: Annotated[Optional[str], typer.Option(metavar="OUTLET", help="Outlet name for these articles, e.g. dpa.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show the rule, confidence and stance evidence of each quote, and the dropped candidates with their reason.")] = False,
    max_size: MaxSize = 20,
) -> None:
    """Print the quotations of articles without touching a database.

    Example:
        quotes extract article.txt
        quotes extract articles/ --format jsonl > quotes.jsonl
    """
    choice(format, ("table", "json", "jsonl"), "--format")
    problems: list[InputError] = []
    articles = list(read_all(paths, source, None, problems, max_size))
    extractor = load_extractor() if articles else None
    records = []
    dropped = []
    with progress_bar() as prog:
        task = prog.add_task("extracting", total=len(articles))
        for result in (extractor.run(articles) if extractor else []):
            dropped += [(result.article.doc, d) for d in result.dropped]
            for q in result.quotes:
                rec = quote_record(result, q)
                if format == "jsonl":
                    out.print(json.dumps(rec, ensure_ascii=False), markup=False)
                else:
                    records.append(rec)
            prog.advance(task)
    if format == "json":
        out.print(json.dumps(records, ensure_ascii=False, indent=2), markup=False)
    elif format == "table":
        cols = [("doc", "doc"), ("kind", "kind"), ("speaker", "speaker"), ("side", "side"), ("text", "text")]
        if explain:
            cols += [("rule", "rule"), ("confidence", "conf"), ("why", "stance (evidence)")]
        rows = [dict(r, text=short(r["text"]), speaker=speakers_shown(r), why=stance_why(r)) for r in records]
        out.print(make_table(rows, cols))
        if explain and dropped:
            out.print(make_table([{"doc": doc, "text": short(d.text), "rule": d.rule, "reason": d.reason}
                              for doc, d in dropped], [("doc", "doc"), ("text", "text"), ("rule", "rule"),
                                                       ("reason", "why dropped")], title="dropped candidates"))
    if problems:
        raise typer.Exit(1)


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, directories or globs (.txt, .html, .json, .jsonl); - for standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="conllu, table or json.")] = "conllu",
    pretokenized: Annotated[bool, typer.Option("--pretokenized", help="Each line is one sentence with tokens separated by spaces; tokens and sentences are kept exactly.")] = False,
    max_size: MaxSize = 20,
) -> None:
    """Show the analysis the product works from: tokens, lemmas, tags, dependencies, named entities.

    Named entities are BIO tags (NER=B-PER) in the CoNLL-U MISC column, with character offsets.

    Example:
        quotes parse article.txt
        quotes parse article.txt --format table
        echo "Lawrow sagte , man sei bereit ." | quotes parse - --pretokenized
    """
    from quotes.conllu import rows as word_rows, to_conllu

    choice(format, ("conllu", "table", "json"), "--format")
    problems: list[InputError] = []
    if pretokenized:
        texts = list(_read_lines(paths, problems, max_size))
    else:
        texts = [(a.doc, a.text) for a in read_all(paths, None, None, problems, max_size)]
    nlp = load_nlp() if texts else None
    records = []
    for (doc, text), parsed in zip(texts, nlp.parse_many([t for _, t in texts], pretokenized) if nlp else []):
        if format == "conllu":
            typer.echo(to_conllu(parsed, doc), nl=False)  # rich would expand the tabs
        elif format == "json":
            records += [dict(r, doc=doc) for r in word_rows(parsed)]
        else:
            cols = [("sent", "sent"), ("id", "id"), ("word", "word"), ("lemma", "lemma"), ("upos", "upos"),
                    ("feats", "feats"), ("head_word", "head"), ("deprel", "deprel"), ("ner", "ner")]
            out.print(make_table(word_rows(parsed), cols, title=doc))
    if format == "json":
        out.print(json.dumps(records, ensure_ascii=False, indent=2), markup=False)
    if problems:
        raise typer.Exit(1)


def _read_lines(paths: list[str], problems: list[InputError], max_mb: float) -> Iterator[tuple[str, str]]:
    """(doc, text) of pre-tokenized files: blank lines dropped, so each line is one sentence."""
    from quotes.read import decode_checked, expand_paths, load_bytes

    for p in expand_paths(paths):
        try:
            if isinstance(p, InputError):
                raise p
            text, warning = decode_checked(load_bytes(p, int(max_mb * 1e6)), str(p))
        except InputError as e:
            report_problem(problems, e)
            continue
        if warning:
            err.print(f"warning: {warning}", markup=False)
        lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
        yield ("stdin" if str(p) == "-" else p.name), "\n".join(line for line in lines if line)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, directories or globs (.txt, .html, .json, .jsonl).")],
    source: Annotated[Optional[str], typer.Option(metavar="OUTLET", help="Outlet name for these articles, e.g. dpa.")] = None,
    published: Annotated[Optional[str], typer.Option("--date", metavar="YYYY-MM-DD", help="Publication date for these articles (else a date line at the top of a text file, or the page's date).")] = None,
    title: Annotated[Optional[str], typer.Option(metavar="TEXT", help="Headline for these articles (else the headline line or the page title).")] = None,
    batch_size: Annotated[int, typer.Option(metavar="N", help="Articles per stanza batch.")] = 16,
    workers: Annotated[int, typer.Option(metavar="N", help="Parallel workers, each with its own models (local: 1 = in this process).")] = 1,
    engine: Annotated[str, typer.Option(metavar="local|ray", help="Where workers run: local processes, or a Ray cluster (pip install 'quotes[cluster]').")] = "local",
    address: Annotated[Optional[str], typer.Option(metavar="ADDRESS", help="Ray cluster to use (auto, HOST:PORT, ray://HOST:PORT); default: a Ray instance on this machine.")] = None,
    max_size: MaxSize = 20,
) -> None:
    """Extract quotations and store them, one transaction per article.

    Re-ingesting an unchanged article adds nothing and runs no NLP (its text hash is looked up
    first); --source/--date/--title given then update its metadata.

    Example:
        quotes ingest articles/*.txt --source dpa --date 2022-01-11
        quotes ingest archive/ --workers 2
        quotes --db postgresql+psycopg://quotes@db/quotes ingest shards/*.jsonl --engine ray --address auto --workers 8
    """
    from db.repository import counts

    if workers < 1 or batch_size < 1:
        raise fail("--workers and --batch-size must be at least 1", 2)
    choice(engine, ("local", "ray"), "--engine")
    if address and engine != "ray":
        raise fail("--address is for --engine ray", 2)
    pub = date_option(published, "--date")
    Session = open_session(create=True)
    problems: list[InputError] = []
    stats = {"added": 0, "replaced": 0, "unchanged": 0, "updated": 0, "quotes": 0, "failed": 0}
    articles = [a for a in read_all(paths, source, pub, problems, max_size, title)
                if not _known(Session, a, stats)]
    if articles:
        with progress_bar() as prog:
            task = prog.add_task("ingesting", total=len(articles))
            try:
                for doc, status, n, problem in _outcomes(engine, articles, workers, batch_size, address):
                    stats[status] += 1
                    stats["quotes"] += n
                    if problem:
                        report_problem(problems, InputError(doc, problem))
                    prog.advance(task)
            except (QuotesError, RuntimeError) as e:  # models missing, Ray unreachable
                raise fail(str(e))
    corrections = _apply_default_speaker_file(Session)
    with Session() as s:
        totals = counts(s)
    t = Table(title="ingest summary")
    t.add_column("")
    t.add_column("count", justify="right")
    for k in ("added", "replaced", "unchanged", "updated", "quotes"):
        label = {"quotes": "quotes stored", "updated": "articles unchanged, metadata updated"}.get(k, f"articles {k}")
        t.add_row(label, str(stats[k]))
    t.add_row("files/records skipped", str(len(problems)))
    if corrections is not None:
        t.add_row("speaker-file corrections", str(corrections))
    t.add_row("database: articles / quotes / speakers",
              f"{totals['articles']} / {totals['quotes']} / {totals['speakers']}")
    out.print(t)
    for p in problems:
        out.print(f"  skipped {p.path}: {p.problem}", markup=False)
    if problems:
        raise typer.Exit(1)


def _apply_default_speaker_file(Session) -> Optional[int]:
    """Apply the user's speaker file, if there is one; returns the number of changes."""
    from db.speakers import apply_speaker_entries
    from quotes.corrections import default_speaker_file, read_speaker_file

    path = default_speaker_file()
    if not path.is_file():
        return None
    try:
        entries = read_speaker_file(path)
    except QuotesError as e:
        err.print(f"error: speaker file not applied: {e}", markup=False)
        return None
    with Session() as s, s.begin():
        return len(apply_speaker_entries(s, entries))


def _known(Session, article: Article, stats: dict) -> bool:
    """Stored already with this exact text (hash before parse: no NLP for it); new metadata is
    written. Counts it in `stats`."""
    from db.writes import stored_unchanged

    try:
        with Session() as s, s.begin():
            status = stored_unchanged(s, article)
    except Exception:  # a lookup error: let the normal path store it and report
        return False
    if status is not None:
        stats[status] += 1
    return status is not None


def _outcomes(engine: str, articles: list[Article], workers: int, batch_size: int, address: Optional[str]):
    """Extract and store with the chosen engine (quotes.engines); models are checked here, once."""
    from functools import partial

    from db.session import resolve_url
    from db.store import ArticleStore
    from quotes.engines import Setup, run_engine
    from quotes.nlp import choose_models
    from quotes.store_rules import STORE_RULES

    info = choose_models(state.models, state.models_dir)  # fail here, once, not in every worker
    if state.verbose:
        err.print(f"models: {info.describe()} ({engine}, {workers} worker{'s' if workers > 1 else ''})", markup=False)

    url = resolve_url(state.db)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        # workers may run elsewhere (another directory, a Ray worker): an absolute path
        url = "sqlite:///" + str(Path(url.removeprefix("sqlite:///")).resolve())
    return run_engine(engine, articles, Setup(partial(ArticleStore, url, STORE_RULES), state.models, state.models_dir),
                      workers, batch_size, address)
