"""The user's speaker file: read, write, and applied to the database and by ingest."""

import json

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.corrections import SpeakerEntry, read_speaker_file, write_speaker_file
from quotes.errors import InputError

runner = CliRunner()


def test_round_trip(tmp_path):
    p = tmp_path / "speakers.tsv"
    entries = [SpeakerEntry("Sergej Rjabkow", "RU", ("Sergei Ryabkov", "Rjabkow")), SpeakerEntry("Anna Berg", None)]
    write_speaker_file(p, entries)
    assert read_speaker_file(p) == entries


@pytest.mark.parametrize("line, problem", [
    ("Anna Berg\tMARS\t", "side must be one of"),
    ("\tRU\tX", "empty speaker name"),
])
def test_bad_lines_name_file_and_line(tmp_path, line, problem):
    p = tmp_path / "speakers.tsv"
    p.write_text("# comment\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem) as e:
        read_speaker_file(p)
    assert e.value.path.endswith("speakers.tsv:2")


def test_file_merges_renames_and_sets_sides_also_at_ingest(tmp_path, db_url, monkeypatch):
    speakers_file = tmp_path / "speakers.tsv"
    monkeypatch.setenv("QUOTES_SPEAKERS", str(speakers_file))
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("„Wir kommen wieder“, sagte die Sprecherin Olena Kowal.", encoding="utf-8")
    b.write_text("„Wir bleiben hier“, sagte Jelena Kowalowa.", encoding="utf-8")
    assert runner.invoke(app, ["--db", db_url, "--models", "pack", "ingest", str(a), str(b)]).exit_code == 0
    # the user says both are one person, Ukrainian
    speakers_file.write_text("Olena Kowal\tUA\tJelena Kowalowa; Kowalowa\n", encoding="utf-8")
    r = runner.invoke(app, ["--db", db_url, "speakers", "--apply-file", str(speakers_file), "--format", "json"])
    assert r.exit_code == 0, r.output
    (row,) = [s for s in json.loads(r.stdout) if "Kowal" in s["name"]]
    assert row["name"] == "Olena Kowal" and row["side"] == "UA" and row["quotes"] == 2
    # a new article with the other spelling follows the file on ingest
    c = tmp_path / "c.txt"
    c.write_text("„Wir verhandeln weiter“, sagte Jelena Kowalowa am Abend.", encoding="utf-8")
    r = runner.invoke(app, ["--db", db_url, "--models", "pack", "ingest", str(c)])
    assert r.exit_code == 0 and "speaker-file corrections" in r.output
    rows = json.loads(runner.invoke(app, ["--db", db_url, "search", "--speaker", "Kowal", "--format", "json"]).stdout)
    assert {q["speaker"] for q in rows} == {"Olena Kowal"} and len(rows) == 3
    # and the stored speakers can be written back out for editing
    out = tmp_path / "export.tsv"
    assert runner.invoke(app, ["--db", db_url, "speakers", "--export-file", str(out)]).exit_code == 0
    assert any(e.name == "Olena Kowal" and e.side == "UA" for e in read_speaker_file(out))


def test_bad_speaker_file_is_one_line(tmp_path, db_url):
    p = tmp_path / "speakers.tsv"
    p.write_text("Anna Berg\tMARS\n", encoding="utf-8")
    r = runner.invoke(app, ["--db", db_url, "speakers", "--apply-file", str(p)])
    assert r.exit_code == 1 and r.output.strip().startswith("error:") and "speakers.tsv:1" in r.output
