"""The `quotes` app, its global options and the helpers its commands share (loading models,
opening the database, reading inputs, progress, tables)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from quotes.errors import InputError, InputWarning, QuotesError, one_line
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
MinConfidence = Annotated[Optional[float], typer.Option(
    metavar="P",
    help="Only quotes whose confidence (the estimated chance that span and speaker are right, 0-1) is at least P.")]


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
    choice(models, ("auto", "official", "pack"), "--models")
    state.db, state.models, state.models_dir, state.verbose = db, models, models_dir, verbose


def choice(value: Optional[str], allowed: tuple[str, ...], option: str) -> None:
    """Exit with a usage error unless `value` is one of `allowed` (None passes)."""
    if value is not None and value not in allowed:
        raise fail(f"{option} must be {', '.join(allowed[:-1])} or {allowed[-1]}, not {value!r}", 2)


def load_nlp():
    from quotes.nlp import choose_models, load

    try:
        info = choose_models(state.models, state.models_dir)
    except QuotesError as e:
        raise fail(str(e))
    if state.verbose:
        err.print(f"models: {info.describe()}", markup=False)
    return load(info)


def load_extractor():
    from quotes.pipeline import Extractor

    return Extractor(load_nlp())


def report_problem(problems: list[InputError], e: InputError) -> None:
    """Say a file's problem now, on one line, and keep it for the summary and the exit code."""
    problems.append(e)
    err.print(f"error: {e}", markup=False)


def read_all(paths: list[str], source: Optional[str], published: Optional[date],
              problems: list[InputError], max_mb: float = 20, title: Optional[str] = None) -> Iterator[Article]:
    from quotes.read import expand_paths, read_path

    if max_mb <= 0:
        raise fail("--max-size must be more than 0 MB", 2)
    for p in expand_paths(paths):
        if isinstance(p, InputError):
            report_problem(problems, p)
            continue
        for item in read_path(p, source=source, published=published, max_bytes=int(max_mb * 1e6)):
            if isinstance(item, InputWarning):
                err.print(f"warning: {item}", markup=False)
            elif isinstance(item, InputError):
                report_problem(problems, item)
            else:
                yield replace(item, title=title) if title else item


def check_side(side: Optional[str]) -> None:
    """Exit with a usage error unless `side` is one of the sides (any case); None passes."""
    from quotes.lexicon import SIDES

    if side is not None and side.upper() not in SIDES:
        choice(side, tuple(SIDES), "--side")  # the error names the value as typed


def check_share(value: Optional[float], name: str) -> None:
    """Exit with a usage error unless `value` lies between 0 and 1; None passes."""
    if value is not None and not 0 <= value <= 1:
        raise fail(f"{name}: a share between 0 and 1, not {value:g}", 2)


def date_option(value: Optional[str], name: str) -> Optional[date]:
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


def progress_bar() -> Progress:
    return _Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                     TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)


def open_engine(create: bool = False, write: bool | None = None):
    """The database engine; only `ingest` and `db upgrade` may create a database. Commands that
    only read (`write` false; by default writing goes with creating) do not lock out others."""
    from db.session import DatabaseMissing, make_engine

    try:
        return make_engine(state.db, create=create, write=create if write is None else write)
    except DatabaseMissing as e:
        raise fail(str(e))
    except Exception as e:  # any driver or URL error: say it in one line
        raise fail(f"cannot open database: {one_line(e)}")


def open_session(create: bool = False, write: bool | None = None):
    from db.migrate import SchemaOutdated
    from db.session import DatabaseMissing, init_db, session_factory
    from quotes.store_rules import STORE_RULES

    engine = open_engine(create, write)
    try:
        init_db(engine, create=create, rules=STORE_RULES)
    except (SchemaOutdated, DatabaseMissing) as e:
        raise fail(str(e))
    except Exception as e:  # any driver or connection error: say it in one line
        raise fail(f"cannot open database: {one_line(e)}")
    return session_factory(engine, STORE_RULES)


def stance_why(r: dict) -> str:
    """`threat 0.81: Konsequenzen; werde` per tag; borderline ones marked with `?`."""
    return "; ".join(f"{e['label']}{'' if e['confident'] else '?'} {e['score']:.2f}: {e['evidence']}"
                     for e in r.get("stance_evidence", []))


def speakers_shown(r: dict) -> str | None:
    """`Angela Merkel + Emmanuel Macron`: the speaker of a joint statement with the others."""
    return " + ".join([r["speaker"]] + r["co_speakers"]) if r.get("co_speakers") else r.get("speaker")


# short fixed-form values: broken over two lines they are misread (`2022-01-1` / `3`)
_UNBROKEN = frozenset({"id", "date", "side", "kind", "confidence", "sent", "upos", "deprel", "quotes"})
# free text: takes the width the other columns leave
_FREE = frozenset({"text", "why", "reason", "feats"})


def make_table(rows: list[dict], columns: list[tuple[str, str]], title: Optional[str] = None) -> Table:
    t = Table(title=title, show_lines=False)
    for key, header in columns:
        if key in _UNBROKEN:
            t.add_column(header, no_wrap=True)
        elif key in _FREE:
            t.add_column(header, overflow="fold", ratio=1)
        else:
            t.add_column(header, overflow="fold")
    for r in rows:
        t.add_row(*["" if r.get(k) is None else (", ".join(r[k]) if isinstance(r.get(k), list) else str(r[k]))
                    for k, _ in columns])
    return t


def short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
