"""`quotes serve` in a real headless Chromium: the page loads, facets filter, canned queries
return the right rows, quotes link to their passage, and the chart page is not blank."""

import io
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from db import web
from quotes.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
CHROMIUM = os.environ.get("QUOTES_TEST_BROWSER") or shutil.which("chromium") or "/usr/bin/chromium"
# no background traffic: this machine's closed network refuses it, many times a start
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "news.db"
    r = CliRunner().invoke(app, ["--db", str(db), "--models", "pack", "ingest", str(EXAMPLES)],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return db


@pytest.fixture(scope="module")
def server(database):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "quotes.cli", "--db", str(database), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"quotes serve exited: {proc.stdout.read()}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {CHROMIUM}: scripts/test.sh installs Debian's chromium")
        pytest.skip("no Chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context()
    yield ctx.new_page()
    ctx.close()


def _count(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_quotes_page_lists_every_quote_and_side_facet_filters(server, page, database):
    total = _count(database, "SELECT count(*) FROM quotes")[0][0]
    page.goto(f"{server}/news/quote_view")
    assert page.locator("table.rows-and-columns tbody tr").count() == total
    ru = _count(database, "SELECT count(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE s.side = 'RU'")[0][0]
    assert 0 < ru < total
    page.locator("#facet-side a", has_text="RU").first.click()
    page.wait_for_url("**side=RU**")
    sides = page.locator("table.rows-and-columns tbody td.col-side").all_inner_texts()
    assert len(sides) == ru and set(sides) == {"RU"}


def test_full_text_search_and_link_to_the_passage(server, page, database):
    page.goto(f"{server}/news/quote_view?_search=Ukraine")
    quotes = page.locator("table.rows-and-columns tbody td.col-quote").all_inner_texts()
    assert quotes and all("ukraine" in q.lower() for q in quotes)
    page.locator("table.rows-and-columns tbody td.col-id a").first.click()
    page.wait_for_url("**/quote_context?id=*")
    passage = page.locator("td.col-passage").first.inner_text()
    assert "Ukraine" in passage


def test_canned_compare_query_counts_confident_tags_per_side(server, page, database):
    want = dict(_count(database, "SELECT coalesce(s.side, '(none)'), count(*) FROM quotes q "
                                 "LEFT JOIN speakers s ON s.id = q.speaker_id GROUP BY 1"))
    threats = dict(_count(database, "SELECT coalesce(s.side, '(none)'), count(*) FROM quotes q "
                                    "LEFT JOIN speakers s ON s.id = q.speaker_id JOIN stances st ON st.quote_id = q.id "
                                    "WHERE st.label = 'threat' AND st.confident GROUP BY 1"))
    page.goto(f"{server}/news/compare_sides?since=&until=")
    rows = page.locator("table.rows-and-columns tbody tr")
    got = {}
    for i in range(rows.count()):
        cells = rows.nth(i)
        got[cells.locator("td.col-side").inner_text()] = (int(cells.locator("td.col-quotes").inner_text()),
                                                          int(cells.locator("td.col-threat").inner_text()))
    assert got == {side: (n, threats.get(side, 0)) for side, n in want.items()}


def test_one_statement_query_and_stance_chart(server, page, tmp_path):
    page.goto(f"{server}/news/one_statement_across_outlets")
    assert page.locator("table.rows-and-columns, p.zero-results").count() >= 1
    page.goto(f"{server}/-/stance")
    assert page.locator("h1").inner_text() == "Stance by side"
    png = page.screenshot(full_page=True)
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    colours = img.getcolors(maxcolors=1 << 20)
    assert len(colours) > 20  # text and bars, not a blank page
    bars = {tuple(int(v[i:i + 2], 16) for i in (1, 3, 5)) for v in web.COLOURS.values()}
    assert any(c in bars for _, c in colours)


def test_the_chart_page_and_the_plots_colour_stances_alike():
    from quotes.plot import STANCE_COLOURS

    assert web.COLOURS == {label: STANCE_COLOURS[label] for label in web.COLOURS}


def test_serve_refuses_postgres_and_missing_databases(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["--db", "postgresql+psycopg://u@127.0.0.1:1/x", "serve"])
    assert r.exit_code == 1 and "SQLite" in r.stderr and "quote_view" in r.stderr
    r = runner.invoke(app, ["--db", str(tmp_path / "none.db"), "serve"])
    assert r.exit_code == 1 and "no database" in r.stderr
    assert not (tmp_path / "none.db").exists()
