"""The CLI through Typer's runner, with the real pipeline and a temporary SQLite file."""

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.store_rules import STORE_RULES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def all_commands():
    names = []
    for c in app.registered_commands:
        names.append([c.name or c.callback.__name__])
    for g in app.registered_groups:
        names.append([g.name])
        for c in g.typer_instance.registered_commands:
            names.append([g.name, c.name or c.callback.__name__])
    return names


@pytest.mark.parametrize("cmd", all_commands(), ids=lambda c: " ".join(c))
def test_every_command_has_help_with_example(cmd):
    r = invoke(*cmd, "--help")
    assert r.exit_code == 0
    assert "Example" in r.output


def test_extract_jsonl_contract(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("„Wir kommen wieder“, sagte die Ministerin Maria Klein am Montag.", encoding="utf-8")
    r = invoke("--models", "pack", "extract", p, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    recs = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    assert recs and recs[0]["doc"] == "a.txt"
    for key in ("doc", "text", "kind", "speaker", "side", "stance", "start", "end", "cue", "speaker_mention"):
        assert key in recs[0]
    assert recs[0]["speaker"] == "Maria Klein" and recs[0]["text"] == "Wir kommen wieder"


def test_bad_files_are_reported_and_others_go_through(tmp_path, db_url):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "ok.txt").write_text("„Wir bleiben hier“, sagte der Sprecher Thomas Weber.", encoding="utf-8")
    r = invoke("--db", db_url, "--models", "pack", "ingest", tmp_path)
    assert r.exit_code == 1
    assert "empty.txt: empty file" in r.output and "bin.txt: binary file" in r.output
    s = invoke("--db", db_url, "search", "--format", "json")
    assert [q["speaker"] for q in json.loads(s.stdout)] == ["Thomas Weber"]


def test_ingest_examples_search_speakers_show(db_url):
    r = invoke("--db", db_url, "--models", "pack", "ingest", EXAMPLES / "wire_genf.txt", "--source", "Beispieldienst",
               "--date", "2022-01-10")
    assert r.exit_code == 0, r.output
    r = invoke("--db", db_url, "--models", "pack", "ingest", EXAMPLES)
    assert r.exit_code == 0, r.output
    assert "unchanged" in r.output
    r = invoke("--db", db_url, "search", "--speaker", "Rjabkow", "--format", "json")
    rows = json.loads(r.stdout)
    assert len({q["doc"] for q in rows}) == 3, rows
    assert len({q["speaker"] for q in rows}) == 1
    for key in ("id", "source", "title", "date", "text", "speaker", "side", "stance", "kind"):
        assert key in rows[0]
    r = invoke("--db", db_url, "speakers", "--format", "json")
    assert any(s["name"].endswith("Rjabkow") or s["name"].endswith("Ryabkov") for s in json.loads(r.stdout))
    r = invoke("--db", db_url, "show", rows[0]["id"])
    assert r.exit_code == 0 and rows[0]["text"][:20] in r.output
    r = invoke("--db", db_url, "search", "--side", "RU", "--format", "csv")
    assert r.stdout.startswith("id,doc,text")


def test_errors_are_one_line(db_url):
    assert invoke("--db", db_url, "db", "upgrade").exit_code == 0
    r = invoke("--db", db_url, "show", "999")
    assert r.exit_code == 1 and r.output.strip() == "error: no quote with id 999"
    r = invoke("--db", db_url, "search", "--since", "gestern")
    assert r.exit_code == 2 and "not a date" in r.output


def test_models_status_names_the_model_set():
    r = invoke("models")
    assert r.exit_code == 0 and "in use:" in r.output


def test_compare_and_export(db_url, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("„Wenn die Nato angreift, werden wir mit Sanktionen antworten“, sagte der russische Außenminister Sergej Lawrow.",
                 encoding="utf-8")
    assert invoke("--db", db_url, "--models", "pack", "ingest", p).exit_code == 0
    r = invoke("--db", db_url, "compare", "--by", "side", "--format", "json")
    rows = json.loads(r.stdout)
    assert rows[0]["group"] == "RU" and rows[0]["threat"] == 1
    r = invoke("--db", db_url, "compare", "--by", "side")
    assert r.exit_code == 0 and "threat" in r.output
    r = invoke("--db", db_url, "export", "--format", "jsonl")
    rec = json.loads(r.stdout.splitlines()[0])
    assert rec["speaker"] == "Sergej Lawrow" and rec["stance"] == ["threat"]
    r = invoke("--db", db_url, "export", "--format", "csv")
    assert r.stdout.splitlines()[0].startswith("id,doc,text")


def test_speakers_edit_errors_are_one_line(db_url):
    assert invoke("--db", db_url, "db", "upgrade").exit_code == 0
    r = invoke("--db", db_url, "speakers", "--set-side", "99", "RU")
    assert r.exit_code == 1 and r.output.strip() == "error: no speaker with id 99"


OUTLETS = [  # one statement, three outlets: full, partial, and another transliteration
    ("dpa", "2022-01-10", "„Wir werden keinem Zugeständnis bei der Nato-Osterweiterung zustimmen“, sagte der "
     "russische Vize-Außenminister Sergej Rjabkow am Montag in Genf."),
    ("ZDF", "2022-01-10", "Russland werde keinem Zugeständnis bei der Nato-Osterweiterung zustimmen, sagte "
     "Vize-Außenminister Sergei Rjabkow."),
    ("RT DE", "2022-01-11", "„Keinem Zugeständnis bei der Osterweiterung“ werde man zustimmen, betonte Sergei Ryabkov. "
     "„Die Gespräche waren schwierig, aber nützlich“, sagte Ryabkov."),
]


def ingest_outlets(db_url, tmp_path):
    for i, (source, day, text) in enumerate(OUTLETS):
        p = tmp_path / f"{i}.txt"
        p.write_text(text, encoding="utf-8")
        assert invoke("--db", db_url, "--models", "pack", "ingest", p, "--source", source, "--date", day
                      ).exit_code == 0


def test_one_statement_from_three_outlets(db_url, tmp_path):
    ingest_outlets(db_url, tmp_path)
    rows = json.loads(invoke("--db", db_url, "search", "--speaker", "Rjabkow", "--format", "json").stdout)
    assert len({r["speaker"] for r in rows}) == 1
    zug = [r for r in rows if "Zugeständnis" in r["text"]]
    assert {r["source"] for r in zug} == {"dpa", "ZDF", "RT DE"} and len({r["statement_id"] for r in zug}) == 1
    stm = json.loads(invoke("--db", db_url, "search", "--speaker", "Rjabkow", "--statements", "--format", "json").stdout)
    (one,) = [r for r in stm if "Zugeständnis" in r["text"]]
    assert one["reports"] == 3 and one["sources"] == ["RT DE", "ZDF", "dpa"]
    r = invoke("--db", db_url, "who", "Ryabkov")
    assert r.exit_code == 0 and "2022-01-10" in r.output and "RT DE, ZDF, dpa" in r.output
    r = invoke("--db", db_url, "show", zug[0]["id"])
    assert "also reported by" in r.output
    # rejection comes from the lexicon alone: borderline, counted only when asked for
    assert {r["group"]: r for r in json.loads(invoke("--db", db_url, "compare", "--format", "json").stdout)
            }["RU"]["rejection"] == 0
    by_reports = json.loads(invoke("--db", db_url, "compare", "--borderline", "--format", "json").stdout)
    by_statements = json.loads(invoke("--db", db_url, "compare", "--borderline", "--statements", "--format", "json"
                                      ).stdout)
    ru = {r["group"]: r for r in by_reports}["RU"]
    ru_st = {r["group"]: r for r in by_statements}["RU"]
    # (RT DE's report and the phrase in marks inside it are two rows of one statement)
    assert ru["rejection"] == len(zug) and ru_st["rejection"] == 1 and ru_st["statements"] < ru["quotes"]


def test_compare_plot_files(db_url, tmp_path):
    ingest_outlets(db_url, tmp_path)
    for name in ("stance.png", "stance.html", "stance.svg"):
        r = invoke("--db", db_url, "compare", "--by", "source", "--borderline", "--plot", tmp_path / name)
        assert r.exit_code == 0, r.output
    assert (tmp_path / "stance.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = (tmp_path / "stance.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<svg" in page and "rejection" in page
    r = invoke("--db", db_url, "compare", "--plot", tmp_path / "stance.txt")
    assert r.exit_code == 1 and r.output.strip().startswith("error:") and "stance.txt" in r.output


def test_search_by_stance_and_text(db_url, tmp_path):
    ingest_outlets(db_url, tmp_path)
    assert json.loads(invoke("--db", db_url, "search", "--stance", "rejection", "--format", "json").stdout) == []
    rows = json.loads(invoke("--db", db_url, "search", "--side", "RU", "--stance", "rejection", "--borderline",
                             "--format", "json").stdout)
    assert rows and all("rejection" in r["stance_borderline"] for r in rows)
    # words or word starts, inflected forms included; FTS syntax in user input is plain text
    assert json.loads(invoke("--db", db_url, "search", "--text", "Gespräch", "--format", "json").stdout)
    for hostile in ('"', "NEAR(a b", "*", "Nato OR 1=1", "'; DROP TABLE quotes; --"):
        r = invoke("--db", db_url, "search", "--text", hostile, "--format", "json")
        assert r.exit_code == 0
    assert invoke("--db", db_url, "search", "--stance", "anger").exit_code == 2


def test_the_search_table_keeps_short_values_whole_in_a_narrow_terminal(tmp_path, monkeypatch):
    """80 columns: ids, dates, sides and kinds stay on one line; the quote's text takes the rest."""
    monkeypatch.setenv("COLUMNS", "80")
    db = tmp_path / "q.db"
    assert invoke("--db", db, "--models", "pack", "ingest", EXAMPLES, "--source", "Beispielagentur",
                  "--date", "2022-01-13").exit_code == 0
    table = invoke("--db", db, "search", "--limit", "3").stdout
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert sum("2022-01-13" in line for line in lines) == 3  # one whole date per quote
    assert any(" indirect " in line or " direct " in line for line in lines)


def test_ingest_with_two_workers_stores_the_same(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert invoke("--db", one, "--models", "pack", "ingest", EXAMPLES).exit_code == 0
    r = invoke("--db", two, "--models", "pack", "ingest", EXAMPLES, "--workers", "2", "--batch-size", "1")
    assert r.exit_code == 0, r.output

    def stored(db):
        rows = json.loads(invoke("--db", db, "search", "--limit", "0", "--format", "json").stdout)
        return sorted((q["doc"], q["start"], q["speaker"], tuple(q["stance"])) for q in rows)

    assert stored(two) == stored(one) and stored(one)
    assert invoke("--db", two, "ingest", EXAMPLES, "--workers", "0").exit_code == 2


def test_joint_statement_from_extract_to_show(tmp_path, db_url):
    p = tmp_path / "a.txt"
    p.write_text("„Wir reden weiter“, sagten Antony Blinken und Sergej Lawrow am Freitag in Genf.", encoding="utf-8")
    r = invoke("--models", "pack", "extract", p, "--format", "json")
    rec = json.loads(r.stdout)[0]
    assert (rec["speaker"], rec["co_speakers"]) == ("Antony Blinken", ["Sergej Lawrow"])
    assert "Antony Blinken + Sergej Lawrow" in invoke("--models", "pack", "extract", p).stdout.replace("\n", " ")
    assert invoke("--db", db_url, "--models", "pack", "ingest", p).exit_code == 0
    rows = json.loads(invoke("--db", db_url, "search", "--speaker", "Lawrow", "--format", "json").stdout)
    assert [r["co_speakers"] for r in rows] == [["Sergej Lawrow"]]
    shown = invoke("--db", db_url, "show", rows[0]["id"]).stdout
    assert "together with" in shown and "Sergej Lawrow" in shown
    csv_out = invoke("--db", db_url, "export", "--format", "csv").stdout
    assert "co_speakers" in csv_out.splitlines()[0] and "Sergej Lawrow" in csv_out


@pytest.mark.parametrize("cmd", [["search"], ["who", "Lawrow"], ["show", "1"], ["speakers"], ["compare"],
                                 ["export"], ["db"]])
def test_read_commands_never_create_a_database(tmp_path, cmd):
    db = tmp_path / "missing" / "q.db"
    r = invoke("--db", db, *cmd)
    assert r.exit_code == 1 and "no database at" in r.output and str(db) in r.output
    assert not db.parent.exists()


def test_global_options_after_the_subcommand(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "q.db"
    p = tmp_path / "a.txt"
    p.write_text("„Wir reden weiter“, sagte der russische Außenminister Sergej Lawrow.", encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", "from quotes.cli import run; run()", "ingest", str(p), "--db", str(db),
                        "--models", "pack"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-c", "from quotes.cli import run; run()", "search", "--format", "json",
                        "--db", str(db)], capture_output=True, text=True)
    assert r.returncode == 0 and json.loads(r.stdout)[0]["speaker"] == "Sergej Lawrow"


def test_the_console_entry_freezes_what_start_up_made():
    """Full garbage collections skip the objects of start-up (their pauses were the p95 of `who`)."""
    import subprocess
    import sys

    code = ("import gc, sys\nfrom quotes.cli import run\nsys.argv = ['quotes', '--help']\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\nprint(gc.get_freeze_count())")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0 and int(r.stdout.split()[-1]) > 10_000, r.stderr


def test_search_values_are_validated(tmp_path):
    db = tmp_path / "q.db"
    p = tmp_path / "a.txt"
    p.write_text("„Wir reden weiter“, sagte der russische Außenminister Sergej Lawrow.", encoding="utf-8")
    assert invoke("--db", db, "--models", "pack", "ingest", p).exit_code == 0
    r = invoke("--db", db, "search", "--side", "Russia")
    assert r.exit_code == 2 and "RU" in r.output and "Russia" in r.output
    assert invoke("--db", db, "search", "--side", "ru", "--format", "json").exit_code == 0
    for nothing in ("!!!", "🙂", "  "):
        r = invoke("--db", db, "search", "--speaker", nothing)
        assert r.exit_code == 2 and "no letters" in r.output
    # Cyrillic names are transliterated: Лавров finds Lawrow
    rows = json.loads(invoke("--db", db, "search", "--speaker", "Лавров", "--format", "json").stdout)
    assert [r["speaker"] for r in rows] == ["Sergej Lawrow"]
    assert json.loads(invoke("--db", db, "search", "--speaker", "Песков", "--format", "json").stdout) == []
    # a confidence is a share: 0 keeps everything, 1 what is certain, 1.5 is refused
    confidence = json.loads(invoke("--db", db, "search", "--format", "json").stdout)[0]["confidence"]
    assert 0 < confidence < 1
    for cut, found in ((0, 1), (confidence, 1), (1, 0)):
        assert len(json.loads(invoke("--db", db, "search", "--min-confidence", cut, "--format", "json").stdout)) == found
        assert len(invoke("--db", db, "export", "--min-confidence", cut).stdout.splitlines()) == found
    r = invoke("--db", db, "search", "--min-confidence", "1.5")
    assert r.exit_code == 2 and "--min-confidence" in r.output


def test_reingest_skips_nlp_and_updates_metadata(db_url, tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("„Wir reden weiter“, sagte der russische Außenminister Sergej Lawrow.", encoding="utf-8")
    assert invoke("--db", db_url, "--models", "pack", "ingest", p, "--source", "dpa").exit_code == 0
    import quotes.nlp

    def no_nlp(*args):
        raise AssertionError("the NLP was loaded for an unchanged article")

    monkeypatch.setattr(quotes.nlp, "load", no_nlp)
    r = invoke("--db", db_url, "ingest", p, "--source", "dpa")
    assert r.exit_code == 0 and "articles unchanged" in r.output
    r = invoke("--db", db_url, "ingest", p, "--source", "ZDF", "--date", "2022-01-11")
    assert r.exit_code == 0 and "metadata updated" in r.output
    (row,) = json.loads(invoke("--db", db_url, "search", "--format", "json").stdout)
    assert (row["source"], row["date"]) == ("ZDF", "2022-01-11")
    assert json.loads(invoke("--db", db_url, "search", "--since", "2022-01-10", "--format", "json").stdout)


def test_search_says_when_it_stops_at_its_limit_and_ingest_logs_progress(db_url, tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"„Wir reden weiter, Runde {i}“, sagte der russische Außenminister "
                                             f"Sergej Lawrow.", encoding="utf-8")
    r = invoke("--db", db_url, "--models", "pack", "ingest", tmp_path)
    # not a terminal: one line per tenth of the work with rate and time left
    assert r.exit_code == 0 and "ingesting: 3/3" in r.output and "/s" in r.output
    r = invoke("--db", db_url, "search", "--limit", "2", "--format", "json")
    assert r.exit_code == 0 and "showing the newest 2 of 3 quotes" in r.output
    assert "showing" not in invoke("--db", db_url, "search", "--limit", "3", "--format", "json").output
    from db.repository import search_count
    from db.session import make_engine, session_factory

    with session_factory(make_engine(db_url), STORE_RULES)() as s:
        assert search_count(s, side="RU") == 3 and search_count(s, speaker="Lawrow", text="Runde") == 3
        assert search_count(s, side="US") == 0


def test_export_and_who_filters_formats_and_context(db_url, tmp_path):
    ingest_outlets(db_url, tmp_path)
    rows = json.loads(invoke("--db", db_url, "export", "--format", "json").stdout)
    assert rows and all("context" in r and "title" in r for r in rows)
    assert all(r["text"] in r["context"] or r["context"] in r["text"] or r["context"] for r in rows)
    ru = json.loads(invoke("--db", db_url, "export", "--side", "ru", "--source", "ZDF", "--format", "json").stdout)
    assert ru and {r["source"] for r in ru} == {"ZDF"} and {r["side"] for r in ru} == {"RU"}
    assert json.loads(invoke("--db", db_url, "export", "--side", "US", "--format", "json").stdout) == []
    assert invoke("--db", db_url, "export", "--side", "Russia").exit_code == 2
    dated = json.loads(invoke("--db", db_url, "export", "--since", "2022-01-11", "--format", "json").stdout)
    assert dated and all(r["date"] >= "2022-01-11" for r in dated)
    csv_out = invoke("--db", db_url, "who", "Rjabkow", "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "date,id,speaker,side,text,stance,outlets,reports" and len(csv_out) > 1


def test_skips_are_said_and_stdin_is_read(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ok.txt").write_text("„Wir reden weiter“, sagte Sergej Lawrow.", encoding="utf-8")
    (tmp_path / "docs" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    r = invoke("--models", "pack", "extract", tmp_path / "empty", tmp_path / "docs", "--format", "jsonl")
    assert r.exit_code == 1
    assert "no article files" in r.output and "broken symbolic link" in r.output and "gone.txt" in r.output
    assert '"speaker": "Sergej Lawrow"' in r.output  # the readable file still went through
    r = runner.invoke(app, ["--models", "pack", "extract", "-", "--format", "jsonl"],
                      input="„Wir kommen wieder“, sagte die Ministerin Maria Klein.".encode("utf-8"))
    assert r.exit_code == 0 and json.loads(r.stdout.splitlines()[0])["doc"] == "stdin"
    r = runner.invoke(app, ["--models", "pack", "extract", "-"], input=b"")
    assert r.exit_code == 1 and "nothing on standard input" in r.output


@pytest.mark.parametrize("argv, expected", [
    (["search", "--db", "x.db", "--side", "RU"], ["--db", "x.db", "search", "--side", "RU"]),
    (["search", "--statements", "--db", "x.db"], ["--db", "x.db", "search", "--statements"]),
    (["ingest", "a.txt", "--db=x.db", "--verbose"], ["--db=x.db", "--verbose", "ingest", "a.txt"]),
    # the value of an option stays with it: here `--db` is the text searched for
    (["search", "--text", "--db"], ["search", "--text", "--db"]),
    (["--db", "x.db", "search"], ["--db", "x.db", "search"]),
])
def test_global_options_are_moved_before_the_subcommand(argv, expected):
    from quotes.cli import hoist_globals

    assert hoist_globals(argv) == expected


def test_file_size_limit_is_settable(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("„Wir reden weiter“, sagte Sergej Lawrow. " * 60, encoding="utf-8")  # about 2.6 kB
    r = invoke("--models", "pack", "extract", p, "--max-size", "0.001", "--format", "jsonl")
    assert r.exit_code == 1 and "file too large" in r.output and "big.txt" in r.output
    assert invoke("--models", "pack", "extract", p, "--max-size", "1", "--format", "jsonl").exit_code == 0
    assert invoke("extract", p, "--max-size", "0").exit_code == 2


def test_parse_formats_and_pretokenized(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Der Sprecher sagte am Montag, man sei bereit.\n\nDas ist gut.", encoding="utf-8")
    r = invoke("--models", "pack", "parse", p)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("# newdoc id = a.txt") and "NER=" in r.stdout and "\n6-7\tam\t" not in r.stdout
    assert r.stdout.count("# sent_id") == 2
    r = invoke("--models", "pack", "parse", p, "--format", "json")
    words = json.loads(r.stdout)
    assert words[0] == {**words[0], "doc": "a.txt", "word": "Der", "sent": 1}
    r = invoke("--models", "pack", "parse", p, "--format", "table")
    assert r.exit_code == 0 and "deprel" in r.stdout and "Sprecher" in r.stdout
    t = tmp_path / "tok.txt"
    t.write_text("Lawrow sagte ,  man sei z.B. bereit .\n\n\nDas ist gut\n", encoding="utf-8")
    r = invoke("--models", "pack", "parse", t, "--pretokenized")
    assert r.exit_code == 0, r.output
    assert r.stdout.count("# sent_id") == 2  # one sentence per non-empty line
    forms = [l.split("\t")[1] for l in r.stdout.splitlines() if l and not l.startswith("#")]
    assert forms == ["Lawrow", "sagte", ",", "man", "sei", "z.B.", "bereit", ".", "Das", "ist", "gut"]


def test_parse_reports_bad_files_and_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Er kam.", encoding="utf-8")
    r = invoke("--models", "pack", "parse", tmp_path / "missing.txt", good)
    assert r.exit_code == 1
    assert "missing.txt" in r.stderr and "# newdoc id = a.txt" in r.stdout
    assert invoke("parse", good, "--format", "xml").exit_code == 2


def test_broken_utf8_is_one_warning_and_the_article_is_stored(tmp_path):
    p = tmp_path / "kaputt.txt"
    p.write_bytes("„Wir sind zu Gesprächen über Sicherheit bereit“, sagte Außenminister Lawrow.".encode()
                  + b" Danach \xfc kam nichts.")
    db = tmp_path / "q.db"
    r = invoke("--db", db, "--models", "pack", "ingest", p)
    assert r.exit_code == 0, r.output
    warnings = [l for l in r.stderr.splitlines() if l.startswith("warning:")]
    assert len(warnings) == 1 and "kaputt.txt" in warnings[0] and "byte offset" in warnings[0]
    r = invoke("--db", db, "search", "--format", "json")
    assert "Gesprächen" in r.stdout and "Ã" not in r.stdout


def test_fix_speaker_and_not_a_quote_survive_a_reingest(db_url, tmp_path):
    p = tmp_path / "a.txt"
    text = ("„Wir reden weiter“, sagte der russische Außenminister Sergej Lawrow in Genf. "
            "„Die Gespräche waren offen“, fügte er hinzu. Der Film „Die Brücke am Fluss“ lief am Abend.")
    p.write_text(text, encoding="utf-8")
    assert invoke("--db", db_url, "--models", "pack", "ingest", p, "--source", "dpa").exit_code == 0
    rows = json.loads(invoke("--db", db_url, "search", "--format", "json").stdout)
    first = next(r for r in rows if r["text"] == "Wir reden weiter")
    second = next(r for r in rows if r["text"] == "Die Gespräche waren offen")
    r = invoke("--db", db_url, "fix", first["id"], "--speaker", "Maria Sacharowa")
    assert r.exit_code == 0 and "Maria Sacharowa" in r.stdout and "Lawrow" in r.stdout
    r = invoke("--db", db_url, "fix", second["id"], "--not-a-quote")
    assert r.exit_code == 0 and "deleted" in r.stdout

    def state():
        rows = json.loads(invoke("--db", db_url, "search", "--format", "json").stdout)
        return {r["text"]: r["speaker"] for r in rows}

    fixed = state()
    assert fixed["Wir reden weiter"] == "Maria Sacharowa" and "Die Gespräche waren offen" not in fixed
    # the article changes (an update from the outlet): it is replaced, and the fixes hold
    p.write_text(text + " Am Dienstag geht es weiter.", encoding="utf-8")
    r = invoke("--db", db_url, "--models", "pack", "ingest", p, "--source", "dpa")
    assert r.exit_code == 0 and "replaced" in r.output
    assert state() == fixed
    assert invoke("--db", db_url, "who", "Sacharowa", "--format", "json").stdout.count("Wir reden weiter") == 1


@pytest.mark.parametrize("args, message", [
    (["fix", "1"], "either --speaker"),
    (["fix", "1", "--speaker", "X", "--not-a-quote"], "either --speaker"),
    (["fix", "999", "--speaker", "Sergej Lawrow"], "no quote with id 999"),
    (["fix", "1", "--speaker", "  "], "empty"),
])
def test_fix_errors_are_one_line(tmp_path, args, message):
    db = tmp_path / "q.db"
    p = tmp_path / "a.txt"
    p.write_text("„Wir reden weiter“, sagte Sergej Lawrow.", encoding="utf-8")
    assert invoke("--db", db, "--models", "pack", "ingest", p).exit_code == 0
    r = invoke("--db", db, *args)
    assert r.exit_code in (1, 2) and message in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_title_and_date_options_on_reingest_update_metadata(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Gespräche in Genf\n\n11.01.2022 „Wir reden weiter“, sagte Sergej Lawrow.", encoding="utf-8")
    db = tmp_path / "q.db"
    assert invoke("--db", db, "--models", "pack", "ingest", p).exit_code == 0
    (row,) = json.loads(invoke("--db", db, "search", "--format", "json").stdout)
    assert (row["title"], row["date"]) == ("Gespräche in Genf", "2022-01-11")  # from the file's header lines
    r = invoke("--db", db, "ingest", p, "--title", "Lawrow in Genf", "--date", "2022-01-12")
    assert r.exit_code == 0 and "metadata updated" in r.output
    (row,) = json.loads(invoke("--db", db, "search", "--format", "json").stdout)
    assert (row["title"], row["date"]) == ("Lawrow in Genf", "2022-01-12")


@pytest.mark.parametrize("cmd", all_commands(), ids=lambda c: " ".join(c))
def test_help_placeholders_are_words_and_examples_keep_their_lines(cmd):
    out = invoke(*cmd, "--help").output
    options = out[out.index("Options:"):] if "Options:" in out else ""
    assert "<" not in options  # no <str>, <int>, <path>, <list[str]>
    example_lines = [l for l in out.splitlines() if l.strip().startswith("quotes ")]
    assert example_lines and not any(re.search(r"\s{2,}quotes ", l.strip()) for l in example_lines)
