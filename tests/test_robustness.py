"""Nothing lost: killing an ingest mid-batch leaves whole articles only, and a re-run completes it."""

import os
import signal
import subprocess
import sys
import time

from sqlalchemy import create_engine, text

from quotes.types import Article

TEMPLATE = ("Genf, {n}. Januar. Die Gespräche gingen am Abend weiter. „Wir haben über {n} Punkte gesprochen, "
            "aber die Positionen liegen weit auseinander“, sagte der russische Vize-Außenminister Sergej Rjabkow. "
            "Russland werde nicht von seinen Forderungen abrücken. „Fortschritte sind möglich“, sagte er.\n\n")


def test_sigkill_mid_ingest_keeps_articles_whole(tmp_path, extractor):
    docs = tmp_path / "articles"
    docs.mkdir()
    texts = {}
    for n in range(40):
        body = TEMPLATE.format(n=n) * 3
        (docs / f"a{n:02d}.txt").write_text(body, encoding="utf-8")
        texts[f"a{n:02d}.txt"] = body
    expected = {r.article.doc: len(r.quotes) for r in extractor.run([Article(d, t) for d, t in texts.items()])}
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "quotes.cli", "--db", str(db), "--models", "pack", "ingest", str(docs),
           "--batch-size", "8"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = create_engine(f"sqlite:///{db}")
    stored = 0
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with engine.connect() as c:
                    stored = c.execute(text("SELECT count(*) FROM articles")).scalar()
            except Exception:  # tables not created yet
                continue
            if stored >= 3:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 40, "the ingest was not caught in the middle"

    def per_doc():
        with engine.connect() as c:
            return dict(c.execute(text(
                "SELECT a.doc, count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id GROUP BY a.doc")).all())

    after_kill = per_doc()
    assert after_kill and all(after_kill[d] == expected[d] for d in after_kill)
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    final = per_doc()
    assert final == expected


def test_two_ingest_processes_on_one_database(tmp_path, db_url):
    docs = tmp_path / "same"
    docs.mkdir()
    for n in range(12):
        (docs / f"b{n:02d}.txt").write_text(TEMPLATE.format(n=n + 100), encoding="utf-8")
    from db.session import init_db, make_engine

    # the schema exists before the race (two first-time CREATE TABLEs can collide on PostgreSQL)
    init_db(make_engine(db_url))
    cmd = [sys.executable, "-m", "quotes.cli", "--db", db_url, "--models", "pack", "ingest", str(docs),
           "--batch-size", "4"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err.decode()
    engine = create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM articles")).scalar() == 12
        per_article = c.execute(text("SELECT article_id, count(*) FROM quotes GROUP BY article_id")).all()
    assert len(per_article) == 12 and len({n for _, n in per_article}) == 1


def test_directory_with_thousands_of_files_and_bad_ones(tmp_path):
    """2,000 articles with a 50 MB file, a binary file and an empty file among them: one clear line per bad
    file, every good article stored."""
    import json

    from typer.testing import CliRunner

    from quotes.cli import app

    d = tmp_path / "articles"
    d.mkdir()
    n = 2000
    for i in range(n):
        (d / f"{i:04d}.txt").write_text(f"„Wir prüfen Vorschlag {i}“, sagte die Sprecherin Anna Berg{i}.",
                                        encoding="utf-8")
    with open(d / "huge.txt", "wb") as f:  # 50 MB of text
        f.write(("Ein Satz ohne Ende. " * 52_429).encode("utf-8") * 50)
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "empty.txt").write_bytes(b"")
    db = tmp_path / "q.db"
    r = CliRunner().invoke(app, ["--db", str(db), "--models", "pack", "ingest", str(d), "--source", "test"])
    assert r.exit_code == 1
    problems = [l for l in r.output.splitlines() if l.startswith("error:")]
    assert len(problems) == 3
    assert any("huge.txt" in l and "too large" in l for l in problems)
    assert any("binary.txt" in l for l in problems) and any("empty.txt" in l for l in problems)
    r = CliRunner().invoke(app, ["--db", str(db), "search", "--limit", "0", "--format", "json"])
    assert len({q["doc"] for q in json.loads(r.stdout)}) == n
