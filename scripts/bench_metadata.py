"""Titles, dates and article text from plain-text files and HTML pages: our reader against
trafilatura, measured on the seed and domain-dev articles.

Text files are read as they are (their headline and date lines are the gold where present).
HTML pages are made from the same articles in four common layouts (date in a meta tag, in a
<time> element, in JSON-LD, or only in the byline text), wrapped in page junk (navigation, a
cookie banner, teaser links, a footer); the gold is the headline, date and paragraphs put in.

    python scripts/bench_metadata.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.read import read_path  # noqa: E402
from quotes.types import Article  # noqa: E402

JUNK_TOP = ("<nav><ul><li><a href='/'>Startseite</a></li><li><a href='/politik'>Politik</a></li>"
            "<li><a href='/sport'>Sport</a></li></ul></nav>"
            "<div class='cookie'><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. "
            "Mit „Akzeptieren“ stimmen Sie zu.</p><button>Akzeptieren</button></div>")
JUNK_BOTTOM = ("<aside><h3>Mehr zum Thema</h3><ul><li><a href='/a'>Was Sie über die Krise wissen müssen</a></li>"
               "<li><a href='/b'>Kommentar: „Ein gefährliches Spiel“</a></li></ul></aside>"
               "<footer><p>© 2022 Beispielverlag. Alle Rechte vorbehalten. Impressum | Datenschutz</p></footer>")
LAYOUTS = ("meta", "time", "jsonld", "byline")


def page(title: str, day: date, paragraphs: list[str], layout: str) -> str:
    head = f"<title>{html.escape(title)} | Beispielzeitung</title>"
    byline = ""
    if layout == "meta":
        head += f"<meta property='article:published_time' content='{day.isoformat()}T10:15:00+01:00'>"
    elif layout == "jsonld":
        head += ("<script type='application/ld+json'>" + json.dumps(
            {"@type": "NewsArticle", "headline": title, "datePublished": day.isoformat()}) + "</script>")
    elif layout == "time":
        byline = f"<p class='byline'>Von Anna Beispiel, <time datetime='{day.isoformat()}'>{day:%d.%m.%Y}</time></p>"
    else:
        byline = f"<p class='byline'>Von Anna Beispiel | {day:%d.%m.%Y}, 10:15 Uhr</p>"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>{head}</head><body>{JUNK_TOP}"
            f"<article><h1>{html.escape(title)}</h1>{byline}{body}</article>{JUNK_BOTTOM}</body></html>")


def ours(path: Path) -> tuple[str | None, date | None, str]:
    a = next(x for x in read_path(path) if isinstance(x, Article))
    return a.title, a.published, a.text


def trafilatura_read(path: Path) -> tuple[str | None, date | None, str]:
    import trafilatura

    found_doc = trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True,
                                            include_comments=False)
    doc = found_doc.as_dict() if found_doc is not None else None
    found = doc.get("date") if doc else None
    return ((doc or {}).get("title"), date.fromisoformat(found) if found else None, (doc or {}).get("text") or "")


def text_scores(got: str, paragraphs: list[str]) -> tuple[float, int]:
    """Share of the article's paragraphs found whole, and junk lines kept."""
    found = sum(1 for p in paragraphs if " ".join(p.split()) in " ".join(got.split()))
    junk = sum(1 for j in ("Cookies", "Mehr zum Thema", "Impressum", "Startseite", "Was Sie über") if j in got)
    return found / len(paragraphs), junk


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    data = Path(args.shared) / "data"
    files = sorted((data / "seeds" / "articles").glob("*.txt")) + sorted((data / "domain-dev" / "articles").glob("*.txt"))
    print(f"text files: {len(files)}")
    titled = dated = 0
    for f in files:
        t, d, _ = ours(f)
        titled += t is not None
        dated += d is not None
        print(f"  {f.name:28} title={t!r:.70} date={d}")
    print(f"  titles found {titled}/{len(files)}, dates found {dated}/{len(files)} (check the titles above by eye)")

    readers = {"ours (htmldate + reader)": ours, "trafilatura": trafilatura_read}
    totals = {name: {"title": 0, "date": 0, "paras": 0.0, "junk": 0} for name in readers}
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, f in enumerate(files):
            lines = [l.strip() for l in f.read_text(encoding="utf-8").split("\n") if l.strip()]
            title, paragraphs = lines[0], [l for l in lines[1:] if len(l.split()) >= 8][:12]
            if not paragraphs:
                continue
            day = date(2016, 1, 1) + timedelta(days=37 * i)
            for layout in LAYOUTS:
                p = Path(tmp) / f"{f.stem}-{layout}.html"
                p.write_text(page(title, day, paragraphs, layout), encoding="utf-8")
                n += 1
                for name, read in readers.items():
                    t, d, text = read(p)
                    share, junk = text_scores(text, paragraphs)
                    totals[name]["title"] += t == title
                    totals[name]["date"] += d == day
                    totals[name]["paras"] += share
                    totals[name]["junk"] += junk
    print(f"\nHTML pages: {n} ({len(LAYOUTS)} layouts x {n // len(LAYOUTS)} articles)")
    print(f"{'reader':28} {'title':>7} {'date':>7} {'paragraphs':>11} {'junk lines':>11}")
    for name, t in totals.items():
        print(f"{name:28} {t['title'] / n:7.3f} {t['date'] / n:7.3f} {t['paras'] / n:11.3f} {t['junk']:11d}")


if __name__ == "__main__":
    main()
