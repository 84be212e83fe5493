"""`quotes serve`: the SQLite database in the browser with Datasette.

Datasette shows the views of migration 0007 with facets, the full-text index, canned queries
for the newsroom questions, links from a quote to its passage, and a stance chart page of our
own (`/-/stance`). The database file is opened read-only: Datasette runs every query on a
read-only connection, and nothing here writes.
"""

from __future__ import annotations

import html
from pathlib import Path

from db.repository import stance_mask
from quotes.types import MEASURED_STANCE_LABELS as MODEL_LABELS

# the measured labels with their bit in quotes.stance_mask
LABELS = tuple((label, stance_mask([label])) for label in MODEL_LABELS)
# stance colours, chosen apart from any side colour the static plots use
# the plots' stance colours (quotes/plot.py STANCE_COLOURS; tests/test_web.py keeps them equal)
COLOURS = {"concession": "#1b9e77", "threat": "#d95f02", "optimism": "#e6ab02"}
MIN_QUOTES = 5

_PERIOD = "(:since = '' OR q.published >= :since) AND (:until = '' OR q.published <= :until)"

def _hits(bit: int) -> str:
    return f"sum(CASE WHEN q.stance_mask & {bit} != 0 THEN 1 ELSE 0 END)"


_COUNTS = ", ".join(f"{_hits(bit)} AS {label}" for label, bit in LABELS)

QUERIES = {
    "who_said_what": {
        "title": "Who said what",
        "description": "Quotes of one speaker (any part of the name), newest first.",
        "sql": "SELECT id, date, outlet, speaker, side, stance, quote, title FROM quote_view "
               "WHERE speaker LIKE '%' || :speaker || '%' ORDER BY date DESC, id DESC LIMIT 500",
    },
    "compare_sides": {
        "title": "Compare sides by stance",
        "description": "Confident stance tags per side, with shares; since/until as YYYY-MM-DD or empty.",
        "sql": f"SELECT coalesce(sp.side, '(none)') AS side, count(*) AS quotes, {_COUNTS}, "
               + ", ".join(f"round(100.0 * {_hits(bit)} / count(*), 1) AS {label}_pct" for label, bit in LABELS)
               + " FROM quotes q LEFT JOIN speakers sp ON sp.id = q.speaker_id "
               f"WHERE {_PERIOD} GROUP BY coalesce(sp.side, '(none)') ORDER BY quotes DESC",
    },
    "one_statement_across_outlets": {
        "title": "One statement across outlets",
        "description": "Statements reported by more than one outlet, most outlets first.",
        "sql": "SELECT q.statement_id AS statement, min(sp.name) AS speaker, min(sp.side) AS side, "
               "count(DISTINCT a.source) AS outlets, count(*) AS reports, min(q.published) AS first_date, "
               "min(q.text) AS example FROM quotes q JOIN articles a ON a.id = q.article_id "
               "LEFT JOIN speakers sp ON sp.id = q.speaker_id WHERE q.statement_id IS NOT NULL "
               "GROUP BY q.statement_id HAVING count(DISTINCT a.source) > 1 "
               "ORDER BY outlets DESC, first_date DESC LIMIT 500",
    },
}

_HIDDEN = ("alembic_version", "quotes_fts", "quotes_fts_config", "quotes_fts_data", "quotes_fts_docsize",
           "quotes_fts_idx", "speaker_aliases", "quote_co_speakers")


def metadata(name: str) -> dict:
    """Datasette metadata: facets, full-text search on the quote view, canned queries."""
    tables = {t: {"hidden": True} for t in _HIDDEN}
    tables["quote_view"] = {
        "title": "Quotes", "description": "Every quote with speaker, side, confident stance labels, outlet and "
                                          "date. Facet by side, outlet, speaker, stance or kind; search the text.",
        "facets": ["side", "outlet", "speaker", "kind", {"array": "stance"}],
        "sort_desc": "date", "fts_table": "quotes_fts", "fts_pk": "id", "size": 50,
    }
    tables["quote_context"] = {"title": "Quote in its article",
                               "description": "The passage of each quote with the text before and after it."}
    return {
        "title": "quotes: who said what",
        "description_html": '<a href="/-/stance">Stance by side, as a chart</a>',
        "databases": {name: {"tables": tables, "queries": QUERIES}},
    }


def _bars(rows: list[dict]) -> str:
    """Horizontal bars: each side's share of quotes per stance label, the count written beside."""
    row_h, label_w, bar_w = 22, 150, 420
    parts, y = [], 10
    for r in rows:
        parts.append(f'<text x="0" y="{y + 15}" font-weight="bold">{html.escape(str(r["side"]))} '
                     f'({r["quotes"]} quotes)</text>')
        y += row_h
        for label, _ in LABELS:
            n = r[label] or 0
            share = n / r["quotes"] if r["quotes"] else 0.0
            w = max(1, round(bar_w * share))
            parts.append(f'<text x="10" y="{y + 14}">{label}</text>'
                         f'<rect class="bar {label}" x="{label_w}" y="{y + 3}" width="{w}" height="14" '
                         f'fill="{COLOURS[label]}"/>'
                         f'<text x="{label_w + w + 6}" y="{y + 14}">{n} ({100 * share:.0f} %)</text>')
            y += row_h
        y += 8
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 120}" height="{y}" '
            f'font-family="sans-serif" font-size="13">{"".join(parts)}</svg>')


def _stance_page(db_name: str, rows: list[dict], few: list[str]) -> str:
    note = (f"<p>Left out (fewer than {MIN_QUOTES} quotes): {html.escape(', '.join(few))}</p>" if few else "")
    body = _bars(rows) if rows else "<p>No side has enough quotes yet.</p>"
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Stance by side</title></head>"
            "<body style='font-family:sans-serif;margin:2em'>"
            f"<p><a href='/{html.escape(db_name)}'>back to the database</a></p>"
            "<h1>Stance by side</h1><p>Share of each side's quotes with a confident stance tag "
            f"(count in brackets). <a href='/{html.escape(db_name)}/compare_sides'>As a table</a></p>"
            f"{note}{body}</body></html>")


def plugin():
    """The Datasette hooks: quote links and the chart page."""
    from datasette import hookimpl
    from datasette.utils.asgi import Response
    from markupsafe import Markup

    class QuotesPlugin:
        __name__ = "quotes"

        @staticmethod
        @hookimpl
        def render_cell(row, value, column, table, database, datasette):
            if table != "quote_view" or value is None:
                return None
            if column == "id":
                return Markup(f'<a href="/{database}/quote_context?id={int(value)}" '
                              f'title="the quote in its article">{int(value)}</a>')
            if column == "stance":
                import json

                labels = json.loads(value) if value.startswith("[") else [value]
                return ", ".join(labels) or "–"  # an empty string would show the raw []
            if column == "statement_id":
                return Markup(f'<a href="/{database}/quote_view?statement_id={int(value)}" '
                              f'title="every report of this statement">{int(value)}</a>')
            return None

        @staticmethod
        @hookimpl
        def register_routes(datasette):
            async def stance(request):
                db = datasette.get_database()
                sql = QUERIES["compare_sides"]["sql"]
                result = await db.execute(sql, {"since": request.args.get("since", ""),
                                                "until": request.args.get("until", "")})
                rows = [dict(r) for r in result.rows]
                keep = [r for r in rows if r["quotes"] >= MIN_QUOTES]
                few = [str(r["side"]) for r in rows if r["quotes"] < MIN_QUOTES]
                return Response.html(_stance_page(db.name, keep, few))

            return [(r"^/-/stance$", stance)]

    return QuotesPlugin()


def make_datasette(path: Path):
    """A Datasette instance over one quotes SQLite file, with our metadata and hooks."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    if not pm.has_plugin("quotes"):
        pm.register(plugin(), name="quotes")
    return Datasette(files=[str(path)], metadata=metadata(path.stem),
                     settings={"facet_time_limit_ms": 500, "sql_time_limit_ms": 3000})


def serve(path: Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run Datasette on `path` until interrupted."""
    import asyncio

    import uvicorn

    ds = make_datasette(path)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
