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
