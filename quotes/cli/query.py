"""Commands that ask the database: `search`, `show`, `who`, `speakers`, `compare`, `export`,
`fix`, `serve`."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from quotes.cli.common import (MinConfidence, Since, TableFormat, Until, app, check_share, check_side, choice,
                               date_option, err, fail, make_table, open_session, out, short, speakers_shown, state)
from quotes.errors import QuotesError


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
        shown = [dict(r, text=short(r["text"]), speaker=speakers_shown(r)) if "text" in r else r for r in rows]
        out.print(make_table(shown, columns))


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
    min_confidence: MinConfidence = None,
    format: TableFormat = "table",
) -> None:
    """Search stored quotations. --text uses the full-text index (words or word starts).

    Example:
        quotes search --speaker Rjabkow --format json
        quotes search --side RU --since 2022-01-01 --text Osterweiterung
        quotes search --side US --stance threat --format csv
        quotes search --stance demand --borderline
        quotes search --side RU --min-confidence 0.85
    """
    from db.repository import search as do_search, search_count
    from quotes.names import fold
    from quotes.stance import LABELS

    choice(format, ("table", "json", "csv"), "--format")
    choice(kind, ("direct", "indirect"), "--kind")
    choice(stance, LABELS, "--stance")
    check_side(side)
    check_share(min_confidence, "--min-confidence")
    if speaker is not None and not fold(speaker):
        raise fail(f"--speaker: no letters or digits to search for in {speaker!r}", 2)
    filters = dict(speaker=speaker, side=side, source=source, kind=kind, stance=stance, text=text,
                   since=date_option(since, "--since"), until=date_option(until, "--until"), borderline=borderline,
                   min_confidence=min_confidence)
    Session = open_session()
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
    from db.writes import QuoteFixError, fix_quote

    if (speaker is None) == (not not_a_quote):
        raise fail("give either --speaker NAME or --not-a-quote", 2)
    Session = open_session(write=True)
    try:
        with Session() as s, s.begin():
            done = fix_quote(s, quote_id, speaker=speaker, not_a_quote=not_a_quote)
    except QuoteFixError as e:
        raise fail(str(e))
    was = f" (was: {done['speaker_before'] or 'no speaker'})"
    if done["deleted"]:
        out.print(f"quote {quote_id} deleted as not a quote{was}: „{short(done['text'], 60)}“", markup=False)
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
    from db.speakers import SpeakerEditError, apply_speaker_entries, list_speakers, merge_speakers, rename_speaker, set_speaker_side, speaker_entries
    from quotes.corrections import read_speaker_file, write_speaker_file

    entries = None
    if apply_file:  # a bad file is reported before the database is even opened
        try:
            entries = read_speaker_file(apply_file)
        except QuotesError as e:
            raise fail(str(e))
    Session = open_session(write=bool(entries is not None or rename or merge or set_side))
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

    Session = open_session()
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

    choice(by, ("side", "speaker", "source"), "--by")
    choice(format, ("table", "json", "csv"), "--format")
    period = dict(since=date_option(since, "--since"), until=date_option(until, "--until"), topic=topic)
    Session = open_session()
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
            ex = f"\n„{short(r[label + '_example'], 60)}“" if r[label + "_example"] else ""
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

    choice(format, ("table", "json", "csv"), "--format")
    Session = open_session()
    with Session() as s:
        days = do_who(s, name, since=date_option(since, "--since"), until=date_option(until, "--until"),
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
            t.add_row(str(st["id"]), short(st["text"], 160), ", ".join(st["stance"]), ", ".join(st["sources"]))
        out.print(t)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="csv, json or jsonl.")] = "jsonl",
    speaker: Annotated[Optional[str], typer.Option(metavar="NAME", help="Any name or alias of the speaker.")] = None,
    side: Annotated[Optional[str], typer.Option(metavar="SIDE", help="US, RU, NATO, UA, EU or OTHER.")] = None,
    source: Annotated[Optional[str], typer.Option(metavar="OUTLET", help="Outlet.")] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
) -> None:
    """Write stored quotes with speaker, side, stance, article title and date, and the sentence
    around each quote (context) to stdout; all of them, or those matching the filters.

    Example:
        quotes export --format csv > quotes.csv
        quotes export --side RU --since 2022-01-01 --format json
        quotes export --min-confidence 0.7 --format jsonl
    """
    from db.repository import iter_quotes

    choice(format, ("csv", "json", "jsonl"), "--format")
    check_side(side)
    check_share(min_confidence, "--min-confidence")
    Session = open_session()
    writer = None
    first = True
    with Session() as s:
        rows = iter_quotes(s, speaker=speaker, side=side, source=source, since=date_option(since, "--since"),
                           until=date_option(until, "--until"), min_confidence=min_confidence)
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
    open_session()  # a missing or outdated database is one clear error here, before the server starts
    from db.web import serve as run_server

    path = Path(url.removeprefix("sqlite:///"))
    err.print(f"serving {path} read-only at http://{host}:{port}/  (Ctrl+C stops)", markup=False)
    run_server(path, host=host, port=port)
