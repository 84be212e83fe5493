"""Ingest engines: a two-node Ray cluster on loopback stores what the local engine stores, into
the PostgreSQL server that .ci/run starts, and a worker killed mid-run loses and doubles nothing."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from quotes.cli import app

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "data" / "domain-dev" / "articles"

ray = pytest.importorskip("ray", reason="Ray is the optional cluster engine: pip install 'quotes[cluster]'")


@pytest.fixture(scope="module")
def cluster():
    """A head node and a second node, one CPU each, on this machine."""
    from ray.cluster_utils import Cluster

    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "include_dashboard": False})
    c.add_node(num_cpus=1)
    yield c
    c.shutdown()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    if not ARTICLES.is_dir():
        pytest.skip("needs ../shared/data/domain-dev")
    d = tmp_path_factory.mktemp("articles")
    for f in sorted(ARTICLES.glob("*.txt"))[:5]:
        shutil.copy(f, d / f.name)
    return d


def stored(url: str) -> list[tuple]:
    from db.session import make_engine

    engine = make_engine(url, create=False)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT a.doc, q.start, q.\"end\", q.kind, coalesce(s.name, '') FROM quotes q "
            "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id")).all()
        docs = conn.execute(text("SELECT doc, count(*) FROM articles GROUP BY doc")).all()
    engine.dispose()
    assert all(n == 1 for _, n in docs), "an article was stored twice"
    return sorted(tuple(r) for r in rows)


@pytest.fixture(scope="module")
def local_result(articles, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.db'}"
    r = CliRunner().invoke(app, ["--db", url, "--models", "pack", "ingest", str(articles), "--source", "dpa"],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return stored(url)


def test_ray_cluster_stores_what_the_local_engine_stores(cluster, articles, local_result, pg_url):
    r = CliRunner().invoke(app, ["--db", pg_url, "--models", "pack", "ingest", str(articles), "--source", "dpa",
                                 "--engine", "ray", "--address", cluster.address, "--workers", "2",
                                 "--batch-size", "2"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "articles added" in r.output
    assert stored(pg_url) == local_result


def test_a_killed_ray_worker_loses_nothing(cluster, articles, local_result, pg_url):
    proc = subprocess.Popen([sys.executable, "-m", "quotes.cli", "--db", pg_url, "--models", "pack", "ingest",
                             str(articles), "--source", "dpa", "--engine", "ray", "--address", cluster.address,
                             "--workers", "2", "--batch-size", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    from db.session import make_engine

    killed = None
    deadline = time.time() + 300
    while killed is None and time.time() < deadline and proc.poll() is None:
        time.sleep(0.5)
        try:
            engine = make_engine(pg_url, create=False)
            with engine.connect() as conn:
                n = conn.execute(text("SELECT count(*) FROM articles")).scalar()
            engine.dispose()
        except Exception:  # schema not there yet
            continue
        if n >= 1:
            pids = subprocess.run(["pgrep", "-f", "ray::Worker"], capture_output=True, text=True).stdout.split()
            if pids:
                killed = int(pids[0])
                os.kill(killed, signal.SIGKILL)
    output = proc.communicate(timeout=600)[0]
    assert killed is not None, f"no worker was killed (the run ended first?): {output}"
    assert proc.returncode == 0, output
    assert stored(pg_url) == local_result


def test_ray_errors_are_one_line(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["--db", str(tmp_path / "q.db"), "ingest", str(tmp_path), "--address", "auto"])
    assert r.exit_code == 2 and "--engine ray" in r.stderr
    r = runner.invoke(app, ["--db", str(tmp_path / "q.db"), "ingest", str(tmp_path), "--engine", "spark"])
    assert r.exit_code == 2 and "local or ray" in r.stderr


def _marked(mark: str) -> list[int]:
    """Processes whose environment carries `mark`."""
    pids = []
    for env in Path("/proc").glob("[0-9]*/environ"):
        try:
            if mark.encode() in env.read_bytes():
                pids.append(int(env.parent.name))
        except OSError:
            continue
    return pids


def test_local_workers_leave_no_process_behind(tmp_path):
    import uuid

    mark = f"QUOTES_TEST_MARK={uuid.uuid4().hex}"
    key, value = mark.split("=")
    r = subprocess.run([sys.executable, "-m", "quotes.cli", "--db", str(tmp_path / "q.db"), "--models", "pack",
                        "ingest", str(ROOT / "examples" / "articles"), "--workers", "2"],
                       env=dict(os.environ, **{key: value}), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    time.sleep(1)
    assert _marked(mark) == []
