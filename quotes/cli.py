"""The `quotes` command: parse arguments, call the library, format the answer."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from quotes.errors import InputError, InputWarning, QuotesError, one_line
from quotes.pipeline import quote_record
from quotes.types import Article

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None)
models_app = typer.Typer(no_args_is_help=False, rich_markup_mode=None)
app.add_typer(models_app, name="models")
db_app = typer.Typer(no_args_is_help=False, rich_markup_mode=None)
app.add_typer(db_app, name="db")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class State:
    db: Optional[str] = None
    models: str = "auto"
    models_dir: Optional[Path] = None
    verbose: bool = False


state = State()

# options shared by the query commands
MaxSize = Annotated[float, typer.Option("--max-size", metavar="MB",
                                         help="Largest file read, in megabytes (a bigger one is reported and skipped).")]
Since = Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD", help="Published on or after YYYY-MM-DD.")]
Until = Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD", help="Published on or before YYYY-MM-DD.")]
TableFormat = Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, json or csv.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"error: {message}", markup=False)
    return typer.Exit(code)


@app.callback()
def main(
    db: Annotated[Optional[str], typer.Option("--db", metavar="URL", help="Database URL or SQLite path (default: $QUOTES_DB or ~/.local/share/quotes/quotes.db).")] = None,
    models: Annotated[str, typer.Option("--models", metavar="auto|official|pack", help="Model set: auto (official if installed, else bundled pack), official, pack.")] = "auto",
    models_dir: Annotated[Optional[Path], typer.Option("--models-dir", metavar="DIR", help="Stanza resources directory (default: $STANZA_RESOURCES_DIR or ~/stanza_resources).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say which models are used and more.")] = False,
) -> None:
    """Find quotations in German news, say who said them, store and query them.

    Example:
        quotes ingest articles/ --source dpa
        quotes search --speaker Rjabkow --format json
    """
    _choice(models, ("auto", "official", "pack"), "--models")
    state.db, state.models, state.models_dir, state.verbose = db, models, models_dir, verbose


# --- helpers -----------------------------------------------------------------

def _choice(value: Optional[str], allowed: tuple[str, ...], option: str) -> None:
    """Exit with a usage error unless `value` is one of `allowed` (None passes)."""
    if value is not None and value not in allowed:
        raise fail(f"{option} must be {', '.join(allowed[:-1])} or {allowed[-1]}, not {value!r}", 2)


def _load_nlp():
    from quotes.nlp import choose_models, load

    try:
        info = choose_models(state.models, state.models_dir)
    except QuotesError as e:
        raise fail(str(e))
    if state.verbose:
        err.print(f"models: {info.describe()}", markup=False)
    return load(info)


def _load_extractor():
    from quotes.pipeline import Extractor

    return Extractor(_load_nlp())


def _problem(problems: list[InputError], e: InputError) -> None:
    """Say a file's problem now, on one line, and keep it for the summary and the exit code."""
    problems.append(e)
    err.print(f"error: {e}", markup=False)


def _read_all(paths: list[str], source: Optional[str], published: Optional[date],
              problems: list[InputError], max_mb: float = 20, title: Optional[str] = None) -> Iterator[Article]:
    from quotes.read import expand_paths, read_path

    if max_mb <= 0:
        raise fail("--max-size must be more than 0 MB", 2)
    for p in expand_paths(paths):
        if isinstance(p, InputError):
            _problem(problems, p)
            continue
        for item in read_path(p, source=source, published=published, max_bytes=int(max_mb * 1e6)):
            if isinstance(item, InputWarning):
                err.print(f"warning: {item}", markup=False)
            elif isinstance(item, InputError):
                _problem(problems, item)
            else:
                yield replace(item, title=title) if title else item


def _check_side(side: Optional[str]) -> None:
    """Exit with a usage error unless `side` is one of the sides (any case); None passes."""
    from quotes.lexicon import SIDES

    if side is not None and side.upper() not in SIDES:
        _choice(side, tuple(SIDES), "--side")  # the error names the value as typed


def _parse_date(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    from quotes.read import parse_date

    d = parse_date(value)
    if d is None:
        raise fail(f"{name}: not a date: {value!r} (use YYYY-MM-DD)", 2)
    return d


class _Progress(Progress):
    """A bar on a terminal; elsewhere (a log file, a pipe, cron) one line per tenth of the work
    with the rate and the time left, so long runs show they are alive."""

    def advance(self, task_id, advance: float = 1) -> None:
        super().advance(task_id, advance)
        if not self.disable:
            return
        task = self._tasks[task_id]
        done, total = int(task.completed), int(task.total or 0)
        if total and (done == total or done % max(1, total // 10) == 0):
            elapsed = max(task.elapsed or 0.0, 1e-9)
            rate = done / elapsed
            left = (total - done) / rate if rate else 0
            err.print(f"{task.description}: {done:,}/{total:,} ({rate:.1f}/s, {left // 60:.0f} min "
                      f"{left % 60:.0f} s left)", markup=False)


def _progress() -> Progress:
    return _Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                     TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)


def _engine(create: bool = False, write: bool | None = None):
    """The database engine; only `ingest` and `db upgrade` may create a database. Commands that
    only read (`write` false; by default writing goes with creating) do not lock out others."""
    from db.session import DatabaseMissing, make_engine

    try:
        return make_engine(state.db, create=create, write=create if write is None else write)
    except DatabaseMissing as e:
        raise fail(str(e))
    except Exception as e:  # any driver or URL error: say it in one line
        raise fail(f"cannot open database: {one_line(e)}")


def _session(create: bool = False, write: bool | None = None):
    from db.migrate import SchemaOutdated
    from db.session import DatabaseMissing, init_db, session_factory

    engine = _engine(create, write)
    try:
        init_db(engine, create=create)
    except (SchemaOutdated, DatabaseMissing) as e:
        raise fail(str(e))
    except Exception as e:  # any driver or connection error: say it in one line
        raise fail(f"cannot open database: {one_line(e)}")
    return session_factory(engine)


def _stance_why(r: dict) -> str:
    """`threat 0.81: Konsequenzen; werde` per tag; borderline ones marked with `?`."""
    return "; ".join(f"{e['label']}{'' if e['confident'] else '?'} {e['score']:.2f}: {e['evidence']}"
                     for e in r.get("stance_evidence", []))


def _speakers_shown(r: dict) -> str | None:
    """`Angela Merkel + Emmanuel Macron`: the speaker of a joint statement with the others."""
    return " + ".join([r["speaker"]] + r["co_speakers"]) if r.get("co_speakers") else r.get("speaker")


def _table(rows: list[dict], columns: list[tuple[str, str]], title: Optional[str] = None) -> Table:
    t = Table(title=title, show_lines=False)
    for _, header in columns:
        t.add_column(header, overflow="fold")
    for r in rows:
        t.add_row(*["" if r.get(k) is None else (", ".join(r[k]) if isinstance(r.get(k), list) else str(r[k]))
                    for k, _ in columns])
    return t


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --- commands ----------------------------------------------------------------

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
    _choice(format, ("table", "json", "jsonl"), "--format")
    problems: list[InputError] = []
    articles = list(_read_all(paths, source, None, problems, max_size))
    extractor = _load_extractor() if articles else None
    records = []
    dropped = []
    with _progress() as prog:
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
        rows = [dict(r, text=_short(r["text"]), speaker=_speakers_shown(r), why=_stance_why(r)) for r in records]
        out.print(_table(rows, cols))
        if explain and dropped:
            out.print(_table([{"doc": doc, "text": _short(d.text), "rule": d.rule, "reason": d.reason}
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

    _choice(format, ("conllu", "table", "json"), "--format")
    problems: list[InputError] = []
    if pretokenized:
        texts = list(_read_lines(paths, problems, max_size))
    else:
        texts = [(a.doc, a.text) for a in _read_all(paths, None, None, problems, max_size)]
    nlp = _load_nlp() if texts else None
    records = []
    for (doc, text), parsed in zip(texts, nlp.parse_many([t for _, t in texts], pretokenized) if nlp else []):
        if format == "conllu":
            typer.echo(to_conllu(parsed, doc), nl=False)  # rich would expand the tabs
        elif format == "json":
            records += [dict(r, doc=doc) for r in word_rows(parsed)]
        else:
            cols = [("sent", "sent"), ("id", "id"), ("word", "word"), ("lemma", "lemma"), ("upos", "upos"),
                    ("feats", "feats"), ("head_word", "head"), ("deprel", "deprel"), ("ner", "ner")]
            out.print(_table(word_rows(parsed), cols, title=doc))
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
            _problem(problems, e)
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
    _choice(engine, ("local", "ray"), "--engine")
    if address and engine != "ray":
        raise fail("--address is for --engine ray", 2)
    pub = _parse_date(published, "--date")
    Session = _session(create=True)
    problems: list[InputError] = []
    stats = {"added": 0, "replaced": 0, "unchanged": 0, "updated": 0, "quotes": 0, "failed": 0}
    articles = [a for a in _read_all(paths, source, pub, problems, max_size, title)
                if not _known(Session, a, stats)]
    if articles:
        with _progress() as prog:
            task = prog.add_task("ingesting", total=len(articles))
            try:
                for doc, status, n, problem in _outcomes(engine, articles, workers, batch_size, address):
                    stats[status] += 1
                    stats["quotes"] += n
                    if problem:
                        _problem(problems, InputError(doc, problem))
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
    from db.repository import apply_speaker_entries
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
    from db.repository import stored_unchanged

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
    from db.session import resolve_url
    from quotes.engines import Setup, run_engine
    from quotes.nlp import choose_models

    info = choose_models(state.models, state.models_dir)  # fail here, once, not in every worker
    if state.verbose:
        err.print(f"models: {info.describe()} ({engine}, {workers} worker{'s' if workers > 1 else ''})", markup=False)

    url = resolve_url(state.db)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        # workers may run elsewhere (another directory, a Ray worker): an absolute path
        url = "sqlite:///" + str(Path(url.removeprefix("sqlite:///")).resolve())
    return run_engine(engine, articles, Setup(url, state.models, state.models_dir), workers, batch_size, address)


def _emit(rows: list[dict], format: str, columns: list[tuple[str, str]]) -> None:
    if format == "json":
        out.print(json.dumps(rows, ensure_ascii=False, indent=2), markup=False)
    elif format == "csv":
        buf = io.StringIO()
        keys = list(rows[0].keys()) if rows else [k for k, _ in columns]
        w = csv.DictWriter(buf, fieldnames=keys)
        w.writeheader()
        for r in rows:
            w.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in r.items()})
        sys.stdout.write(buf.getvalue())
    else:
        shown = [dict(r, text=_short(r["text"]), speaker=_speakers_shown(r)) if "text" in r else r for r in rows]
        out.print(_table(shown, columns))


@app.command()
def search(
    speaker: Annotated[Optional[str], typer.Option(metavar="NAME", help="Any name or alias of the speaker (spelling-insensitive).")] = None,
    side: Annotated[Optional[str], typer.Option(metavar="SIDE", help="US, RU, NATO, UA, EU or OTHER.")] = None,
    source: Annotated[Optional[str], typer.Option(metavar="OUTLET", help="Outlet.")] = None,
    kind: Annotated[Optional[str], typer.Option(metavar="direct|indirect", help="direct or indirect.")] = None,
    stance: Annotated[Optional[str], typer.Option(metavar="LABEL", help="Only quotes with this stance tag, e.g. threat.")] = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[Optional[str], typer.Option(metavar="WORDS", help='Words in the quotation (all must occur); "a phrase"; -word excludes.')] = None,
    limit: Annotated[int, typer.Option(metavar="N", help="At most this many quotes (0 = all).")] = 100,
    statements: Annotated[bool, typer.Option("--statements", help="One row per statement, however many outlets reported it.")] = False,
    borderline: Annotated[bool, typer.Option("--borderline", help="--stance also takes borderline tags (below the confident threshold; rejection and demand are always borderline).")] = False,
    format: TableFormat = "table",
) -> None:
    """Search stored quotations. --text uses the full-text index (words or word starts).

    Example:
        quotes search --speaker Rjabkow --format json
        quotes search --side RU --since 2022-01-01 --text Osterweiterung
        quotes search --side US --stance threat --format csv
        quotes search --stance demand --borderline
    """
    from db.repository import search as do_search, search_count
    from quotes.speakers import fold
    from quotes.stance import LABELS

    _choice(format, ("table", "json", "csv"), "--format")
    _choice(kind, ("direct", "indirect"), "--kind")
    _choice(stance, LABELS, "--stance")
    _check_side(side)
    if speaker is not None and not fold(speaker):
        raise fail(f"--speaker: no letters or digits to search for in {speaker!r}", 2)
    filters = dict(speaker=speaker, side=side, source=source, kind=kind, stance=stance, text=text,
                   since=_parse_date(since, "--since"), until=_parse_date(until, "--until"), borderline=borderline)
    Session = _session()
    with Session() as s:
        rows = do_search(s, limit=limit or None, statements=statements, **filters)
        if limit and len(rows) >= limit and not statements:
            total = search_count(s, **filters)
            if total > limit:
                err.print(f"showing the newest {limit:,} of {total:,} quotes (--limit 0 for all)", markup=False)
    cols = [("id", "id"), ("date", "date"), ("source", "source"), ("speaker", "speaker"), ("side", "side"),
            ("kind", "kind"), ("stance", "stance"), ("text", "text")]
    if borderline:
        cols.insert(7, ("stance_borderline", "borderline"))
    if statements:
        cols[2] = ("sources", "outlets")
    _emit(rows, format, cols)


@app.command()
def fix(
    quote_id: Annotated[int, typer.Argument(metavar="ID", help="Quote id from `quotes search`.")],
    speaker: Annotated[Optional[str], typer.Option(metavar="NAME", help="The person who really said it.")] = None,
    not_a_quote: Annotated[bool, typer.Option("--not-a-quote", help="It is no quotation (a title, a slogan...): delete it.")] = False,
) -> None:
    """Correct one quote: give it the right speaker, or delete it as not a quote.

    The fix is stored with the article and applied again when the article is ingested anew.

    Example:
        quotes fix 1234 --speaker "Sergej Rjabkow"
        quotes fix 1235 --not-a-quote
    """
    from db.repository import QuoteFixError, fix_quote

    if (speaker is None) == (not not_a_quote):
        raise fail("give either --speaker NAME or --not-a-quote", 2)
    Session = _session(write=True)
    try:
        with Session() as s, s.begin():
            done = fix_quote(s, quote_id, speaker=speaker, not_a_quote=not_a_quote)
    except QuoteFixError as e:
        raise fail(str(e))
    was = f" (was: {done['speaker_before'] or 'no speaker'})"
    if done["deleted"]:
        out.print(f"quote {quote_id} deleted as not a quote{was}: „{_short(done['text'], 60)}“", markup=False)
    else:
        out.print(f"quote {quote_id} now said by {done['speaker']}{was}", markup=False)


@app.command()
def speakers(
    format: TableFormat = "table",
    rename: Annotated[Optional[tuple[int, str]], typer.Option(metavar="ID NAME", help="New canonical name (old one kept as alias).")] = None,
    merge: Annotated[Optional[tuple[int, int]], typer.Option(metavar="ID INTO_ID", help="Move ID's quotes and aliases to INTO_ID.")] = None,
    set_side: Annotated[Optional[tuple[int, str]], typer.Option("--set-side", metavar="ID SIDE", help="SIDE is US, RU, NATO, UA, EU or OTHER.")] = None,
    apply_file: Annotated[Optional[Path], typer.Option("--apply-file", metavar="PATH", help="Apply a speaker file (name, side, aliases per line; see README).")] = None,
    export_file: Annotated[Optional[Path], typer.Option("--export-file", metavar="PATH", help="Write the stored speakers as a speaker file to edit.")] = None,
) -> None:
    """List canonical speakers with side, number of quotes and aliases; correct them.

    Corrections can live in a speaker file (tab-separated: name, side, aliases separated by ;),
    by default ~/.config/quotes/speakers.tsv or $QUOTES_SPEAKERS, which `quotes ingest` applies
    after every run, so new articles follow it too.

    Example:
        quotes speakers --format json
        quotes speakers --merge 7 2 --set-side 2 RU
        quotes speakers --rename 2 "Sergej Rjabkow"
        quotes speakers --export-file ~/.config/quotes/speakers.tsv
        quotes speakers --apply-file ~/.config/quotes/speakers.tsv
    """
    from db.repository import (SpeakerEditError, apply_speaker_entries, list_speakers, merge_speakers,
                               rename_speaker, set_speaker_side, speaker_entries)
    from quotes.corrections import read_speaker_file, write_speaker_file

    entries = None
    if apply_file:  # a bad file is reported before the database is even opened
        try:
            entries = read_speaker_file(apply_file)
        except QuotesError as e:
            raise fail(str(e))
    Session = _session(write=bool(entries is not None or rename or merge or set_side))
    if entries is not None:
        with Session() as s, s.begin():
            for change in apply_speaker_entries(s, entries):
                err.print(change, markup=False)
    if rename or merge or set_side:
        try:
            with Session() as s, s.begin():
                if merge:
                    merge_speakers(s, *merge)
                if rename:
                    rename_speaker(s, *rename)
                if set_side:
                    set_speaker_side(s, *set_side)
        except SpeakerEditError as e:
            raise fail(str(e))
    with Session() as s:
        rows = list_speakers(s)
        if export_file:
            try:
                write_speaker_file(export_file, speaker_entries(s))
            except OSError as e:
                raise fail(f"{export_file}: cannot write ({e.strerror or e})")
            err.print(f"{len(rows)} speakers written to {export_file}", markup=False)
    _emit(rows, format, [("id", "id"), ("name", "speaker"), ("side", "side"), ("quotes", "quotes"), ("joint", "joint"),
                         ("aliases", "aliases")])


@app.command()
def show(quote_id: Annotated[int, typer.Argument(metavar="ID", help="Quote id from `quotes search`.")]) -> None:
    """Show one quotation in context with speaker, cue, rule and source article.

    Example:
        quotes show 12
    """
    from db.repository import get_quote

    Session = _session()
    with Session() as s:
        q = get_quote(s, quote_id)
    if q is None:
        raise fail(f"no quote with id {quote_id}")
    out.print(f"“{q['text']}”", markup=False)
    t = Table(show_header=False, box=None)
    t.add_column(style="bold")
    t.add_column(overflow="fold")
    if q["co_speakers"]:
        q["with"] = ", ".join(q["co_speakers"])
    for label, key in (("speaker", "speaker"), ("together with", "with"), ("side", "side"),
                       ("as written", "speaker_mention"), ("kind", "kind"),
                       ("cue", "cue"), ("rule", "rule"), ("confidence", "confidence"), ("source", "source"),
                       ("date", "date"), ("article", "title"), ("doc", "doc"), ("url", "url")):
        if q.get(key) is not None:
            t.add_row(label, str(q[key]))
    for st in q["stances"]:
        kind = "stance" if st.get("confident", True) else "stance (borderline)"
        t.add_row(kind, f"{st['label']} ({st['score']:.2f}): {st['evidence']}")
    others = [r for r in q["reports"] if r["quote_id"] != q["id"]]
    if others:
        t.add_row("also reported by", "\n".join(f"{r['source'] or '?'} {r['date'] or ''} (quote {r['quote_id']}, "
                                                 f"{r['doc']})" for r in others))
    t.add_row("context", q["context"])
    out.print(t)


@app.command()
def compare(
    by: Annotated[str, typer.Option(metavar="side|speaker|source", help="Group by side, speaker or source.")] = "side",
    since: Since = None,
    until: Until = None,
    topic: Annotated[Optional[str], typer.Option(metavar="WORDS", help="Only quotes containing this word (full-text index).")] = None,
    statements: Annotated[bool, typer.Option("--statements", help="Count statements, not reports: one statement carried by three outlets counts once.")] = False,
    top: Annotated[int, typer.Option(metavar="N", help="At most this many groups, largest first (0 = all).")] = 25,
    plot: Annotated[Optional[Path], typer.Option(metavar="FILE", help="Also draw the comparison: FILE.png, FILE.svg or FILE.html.")] = None,
    borderline: Annotated[bool, typer.Option("--borderline", help="Count borderline tags too, and show rejection and demand (lexicon only, unmeasured).")] = False,
    format: TableFormat = "table",
) -> None:
    """Compare stance (concession, threat, optimism) across sides, speakers or outlets.

    Each cell shows count, share and the strongest example quote. Only confident tags count
    unless --borderline is given.

    Example:
        quotes compare --by side --topic Nato
        quotes compare --by source --since 2022-01-01 --format csv
        quotes compare --by side --statements --plot stance.png
        quotes compare --by speaker --borderline
    """
    from db.compare import compare as do_compare, stance_timeline
    from db.repository import STANCE_LABELS
    from quotes.stance import MODEL_LABELS

    labels = STANCE_LABELS if borderline else MODEL_LABELS

    _choice(by, ("side", "speaker", "source"), "--by")
    _choice(format, ("table", "json", "csv"), "--format")
    period = dict(since=_parse_date(since, "--since"), until=_parse_date(until, "--until"), topic=topic)
    Session = _session()
    with Session() as s:
        rows = do_compare(s, by=by, statements=statements, top=top or None, borderline=borderline, labels=labels,
                          **period)
        timeline = stance_timeline(s, by=by, borderline=borderline, **period) if plot else []
    unit = "statements" if statements else "quotes"
    if plot:
        from quotes.plot import write_plot

        try:
            write_plot(plot, rows, timeline, labels, by, unit)
        except QuotesError as e:
            raise fail(str(e))
        err.print(f"plot written to {plot}", markup=False)
    if format != "table":
        _emit(rows, format, [])
        return
    t = Table(title=f"stance by {by} ({unit})")
    t.add_column(by)
    t.add_column(unit, justify="right")
    for label in labels:
        t.add_column(label, overflow="fold")
    for r in rows:
        cells = []
        for label in labels:
            ex = f"\n„{_short(r[label + '_example'], 60)}“" if r[label + "_example"] else ""
            cells.append(f"{r[label]} ({100 * r[label + '_share']:.0f}%){ex}")
        t.add_row(str(r["group"]), str(r[unit]), *cells)
    out.print(t)


@app.command()
def who(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Any name or alias of the speaker (spelling-insensitive).")],
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, typer.Option(metavar="N", help="The newest this many reports (0 = all).")] = 200,
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, json or csv.")] = "table",
) -> None:
    """What a speaker said, across outlets, by day, with stance tags (the newest 200 reports
    unless --limit says otherwise).

    A statement reported by several outlets is listed once with all of them.

    Example:
        quotes who Rjabkow
        quotes who "Wendy Sherman" --since 2022-01-01 --format json
    """
    from db.repository import who as do_who

    _choice(format, ("table", "json", "csv"), "--format")
    Session = _session()
    with Session() as s:
        days = do_who(s, name, since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                      limit=limit or None)
    if not days:
        raise fail(f"no quotes by a speaker matching {name!r}")
    if format == "json":
        out.print(json.dumps(days, ensure_ascii=False, indent=2), markup=False)
        return
    if format == "csv":  # one row per statement
        writer = csv.writer(sys.stdout)
        writer.writerow(["date", "id", "speaker", "side", "text", "stance", "outlets", "reports"])
        for d in days:
            for st in d["statements"]:
                writer.writerow([d["date"] or "", st["id"], st["speaker"], st["side"], st["text"],
                                 ";".join(st["stance"]), ";".join(st["sources"]), st["reports"]])
        return
    speakers = sorted({st["speaker"] for d in days for st in d["statements"]})
    out.print(f"{', '.join(speakers)}: {sum(len(d['statements']) for d in days)} statements", markup=False)
    for d in days:
        t = Table(title=d["date"] or "(undated)", title_justify="left", show_header=False)
        t.add_column("id", justify="right")
        t.add_column("text", overflow="fold", ratio=3)
        t.add_column("stance")
        t.add_column("outlets", overflow="fold")
        for st in d["statements"]:
            t.add_row(str(st["id"]), _short(st["text"], 160), ", ".join(st["stance"]), ", ".join(st["sources"]))
        out.print(t)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="csv, json or jsonl.")] = "jsonl",
    speaker: Annotated[Optional[str], typer.Option(metavar="NAME", help="Any name or alias of the speaker.")] = None,
    side: Annotated[Optional[str], typer.Option(metavar="SIDE", help="US, RU, NATO, UA, EU or OTHER.")] = None,
    source: Annotated[Optional[str], typer.Option(metavar="OUTLET", help="Outlet.")] = None,
    since: Since = None,
    until: Until = None,
) -> None:
    """Write stored quotes with speaker, side, stance, article title and date, and the sentence
    around each quote (context) to stdout; all of them, or those matching the filters.

    Example:
        quotes export --format csv > quotes.csv
        quotes export --side RU --since 2022-01-01 --format json
    """
    from db.repository import iter_quotes

    _choice(format, ("csv", "json", "jsonl"), "--format")
    _check_side(side)
    Session = _session()
    writer = None
    first = True
    with Session() as s:
        rows = iter_quotes(s, speaker=speaker, side=side, source=source, since=_parse_date(since, "--since"),
                           until=_parse_date(until, "--until"))
        for row in rows:
            if format == "json":  # one array, written as it streams
                sys.stdout.write(("[\n" if first else ",\n") + json.dumps(row, ensure_ascii=False))
                first = False
                continue
            if format == "jsonl":
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                continue
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()})
    if format == "json":
        sys.stdout.write("[]\n" if first else "\n]\n")


@app.command()
def serve(
    port: Annotated[int, typer.Option(metavar="PORT", help="Port to listen on.")] = 8001,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to bind; the default keeps the view on this machine.")] = "127.0.0.1",
) -> None:
    """Browse the quotes database in a web browser (Datasette), read-only.

    Quotes with facets by side, outlet, speaker, stance and kind; full-text search; canned
    queries (who said what, compare sides by stance, one statement across outlets); each quote
    links to its passage; /-/stance draws stance by side. SQLite databases only.

    Example:
        quotes serve
        quotes --db archive.db serve --port 8080
    """
    from db.session import DatabaseMissing, resolve_url

    try:
        url = resolve_url(state.db, create=False)
    except DatabaseMissing as e:
        raise fail(str(e))
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        raise fail("quotes serve shows SQLite databases (Datasette reads SQLite only). With PostgreSQL, "
                   "use search, who, compare and export, or point a PostgreSQL tool at the views "
                   "quote_view and quote_context, which `quotes db upgrade` creates there too")
    _session()  # a missing or outdated database is one clear error here, before the server starts
    from db.web import serve as run_server

    path = Path(url.removeprefix("sqlite:///"))
    err.print(f"serving {path} read-only at http://{host}:{port}/  (Ctrl+C stops)", markup=False)
    run_server(path, host=host, port=port)


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
    docs = list(_read_all([str(articles / name) for name in sorted(gold_data.get("docs", {}))], None, None, []))
    extractor = _load_extractor()
    preds = []
    with _progress() as prog:
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


# --- models ------------------------------------------------------------------

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
    stage: Annotated[Optional[list[str]], typer.Option("--stage", metavar="STAGE", help="Only these stages (vectors, tokenize, mwt, lemma, pos, depparse).")] = None,
    seed: Annotated[int, typer.Option(metavar="N", help="Seed of the quote augmentation.")] = 13,
    silver: Annotated[bool, typer.Option("--silver", help="Also train the tagger on text of ../shared tagged by HanTa (pip install 'quotes[train]').")] = False,
) -> None:
    """Rebuild the offline German model pack with stanza's own trainers (~35 min on 2 cores).

    `--stage vectors` also trains word vectors (fastText on the permissively licensed text next
    to the UD folder in ../shared/data); the tagger reads them when the pack holds them.
    `--silver` adds 15k sentences tagged by HanTa to the tagger's data (UPOS and XPOS only).
    Measured better tags but worse rule-based extraction, so the bundled pack has neither
    (BENCHMARKS.md).

    Example:
        quotes models train --ud ../shared/data/ud-german
        quotes models train --ud ../shared/data/ud-german --stage vectors --stage pos --silver --out mypack
    """
    from quotes.learn.vectors import train_vectors
    from quotes.modelpack import train_pack
    from quotes.nlp import PACK_DIR, PACK_VECTORS

    pack = out_dir or PACK_DIR
    stages = list(stage or ["tokenize", "mwt", "lemma", "pos", "depparse"])
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


# --- db ----------------------------------------------------------------------

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

    engine = _engine()
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

    engine = _engine(create=True)
    try:
        before, after = upgrade(engine, revision)
    except Exception as e:
        raise fail(f"upgrade failed: {one_line(e)}")
    out.print(f"schema revision {before or '(empty)'} -> {after}" if before != after
              else f"schema already at revision {after}", markup=False)


GLOBAL_OPTIONS = {"--db": True, "--models": True, "--models-dir": True, "--verbose": False}


def _flag_options() -> set[str]:
    """Every option of every command that takes no value (`--statements`, `--explain`, `--help`)."""
    out: set[str] = set()

    def walk(cmd) -> None:
        for p in cmd.params:  # duck-typed: Typer may bring its own copy of click
            if getattr(p, "is_flag", False) or getattr(p, "count", False):
                out.update(list(p.opts) + list(p.secondary_opts))
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub)

    walk(typer.main.get_command(app))
    return out | {"--help"}


def hoist_globals(argv: list[str]) -> list[str]:
    """`quotes search --db X` as users type it: global options found after the subcommand are
    moved before it (`--db X search`), where the app's callback reads them. Values of other
    options and arguments are left alone (anything after `--` too)."""
    flags: set[str] | None = None  # walked from the command tree only when needed
    front, rest, i = [], [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS and rest:
            # `search --text --db`: here `--db` is the value of `--text`, not the global option
            flags = _flag_options() if flags is None else flags
            if rest[-1].startswith("-") and "=" not in rest[-1] and rest[-1] not in flags and rest[-1] != "-":
                rest.append(arg)
                i += 1
                continue
            takes_value = GLOBAL_OPTIONS[name] and "=" not in arg
            front += argv[i:i + 2] if takes_value else [arg]
            i += 2 if takes_value else 1
            continue
        rest.append(arg)
        i += 1
    return front + rest


def _polish_help(typer_app: typer.Typer) -> None:
    """Examples kept as written: click rewraps a paragraph unless it opens with \\b."""
    import re as _re

    callbacks = [c.callback for c in typer_app.registered_commands]
    callbacks += [typer_app.registered_callback.callback] if typer_app.registered_callback else []
    for g in typer_app.registered_groups:
        callbacks += [c.callback for c in g.typer_instance.registered_commands]
        if g.typer_instance.registered_callback:
            callbacks.append(g.typer_instance.registered_callback.callback)
    for fn in callbacks:
        if fn.__doc__ and "\b" not in fn.__doc__:
            fn.__doc__ = _re.sub(r"(\n[ \t]*)(Examples?:)\n", r"\1\2\n\1\b\n", fn.__doc__)


_polish_help(app)


def run() -> None:
    """Console entry point: errors become one line on stderr."""
    try:
        app(args=hoist_globals(sys.argv[1:]), prog_name="quotes")
    except QuotesError as e:
        err.print(f"error: {e}", markup=False)
        sys.exit(1)


if __name__ == "__main__":
    run()
