"""NER training data, scoring and a smoke run of vectors + stanza's NER trainer on a few sentences."""

import json
from pathlib import Path

import pytest

from quotes.learn.ner import entities, read_bio, read_germeval, score, train_ner
from quotes.learn.vectors import VectorSettings, tokenize, train_vectors

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@pytest.mark.parametrize("tags, spans", [
    (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
    (["B-PER", "E-PER", "S-ORG", "O"], {(0, 2, "PER"), (2, 3, "ORG")}),  # BIOES as stanza emits it
    (["I-ORG", "I-ORG", "B-ORG"], {(0, 2, "ORG"), (2, 3, "ORG")}),  # a stray I- opens an entity
    (["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}),
    (["O", "O"], set()),
])
def test_entity_spans(tags, spans):
    assert entities(tags) == spans


def test_score_is_exact_span_f1_per_type():
    gold = [["B-PER", "I-PER", "O", "S-LOC"]]
    pred = [["B-PER", "E-PER", "O", "O"]]
    r = score(gold, pred)
    assert r["PER"]["f1"] == 1.0 and r["LOC"]["r"] == 0.0 and r["all"]["p"] == 1.0 and r["all"]["r"] == 0.5


def test_germeval_outer_tags_with_deriv_and_part_as_o(tmp_path):
    f = tmp_path / "g.tsv"
    f.write_text("#\tsource\n1\tDie\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tAngela\tB-PER\tO\n4\tMerkel\tI-PER\tO\n"
                 "5\tsprach\tO\tO\n\n1\tEU-weit\tB-ORGpart\tO\n2\tgilt\tO\tO\n", encoding="utf-8")
    assert read_germeval(f) == [[("Die", "O"), ("deutsche", "O"), ("Angela", "B-PER"), ("Merkel", "I-PER"),
                                 ("sprach", "O")], [("EU-weit", "O"), ("gilt", "O")]]


def test_europeana_runs_are_cut_into_sentences(tmp_path):
    f = tmp_path / "e.bio"
    words = ["Der", "Kaiser", "Wilhelm", "sprach", "lange."] * 3 + ["und"] * 130
    f.write_text("".join(f"{w} {'B-PER' if w == 'Wilhelm' else 'O'}\n" for w in words), encoding="utf-8")
    sents = read_bio(f)
    assert [len(s) for s in sents[:3]] == [5, 5, 5] and max(len(s) for s in sents) <= 60
    assert sents[0][2] == ("Wilhelm", "B-PER")


def test_tokenize_keeps_abbreviations_and_splits_marks():
    assert tokenize("„Wir“, sagte z.B. Merkel-Vertraute.") == ["„", "Wir", "“", ",", "sagte", "z.B", ".",
                                                              "Merkel-Vertraute", "."]


@pytest.mark.skipif(not (SHARED / "ner-german").is_dir(), reason="needs ../shared/data/ner-german")
def test_vectors_and_ner_train_end_to_end(tmp_path):
    """A few hundred sentences and a few steps: the pipeline runs, files load, scores come out."""
    data = tmp_path / "data"
    (data / "ner-german").mkdir(parents=True)
    (data / "parliament" / "train").mkdir(parents=True)
    dev = (SHARED / "ner-german" / "germeval2014-dev.tsv").read_text(encoding="utf-8").split("\n\n")
    test = (SHARED / "ner-german" / "germeval2014-test.tsv").read_text(encoding="utf-8").split("\n\n")
    (data / "ner-german" / "germeval2014-dev.tsv").write_text("\n\n".join(dev[:150]) + "\n", encoding="utf-8")
    (data / "ner-german" / "germeval2014-test.tsv").write_text("\n\n".join(test[:100]) + "\n", encoding="utf-8")
    (data / "parliament" / "train" / "s.json").write_text(json.dumps(
        {"Sentences": [{"Tokens": "Die Bundesregierung sagte heute im Bundestag , man sei bereit .".split()}] * 20}),
        encoding="utf-8")
    vec = tmp_path / "vectors.pt"
    report = train_vectors(data, vec, sources=("parliament", "germeval"),
                           settings=VectorSettings(dim=16, epochs=1, min_count=1), echo=lambda m: None)
    assert report["vocab"] > 100 and vec.exists()
    out = train_ner(data / "ner-german", vec, tmp_path / "ner.pt", tmp_path / "work", europeana=False,
                    steps=["--max_steps", "10", "--eval_interval", "5", "--hidden_dim", "16", "--char_hidden_dim", "8",
                           "--word_emb_dim", "16", "--char_emb_dim", "8", "--optim", "adam", "--lr", "0.001"],
                    echo=lambda m: None)
    assert set(out["held_out"]) == {"PER", "LOC", "ORG", "OTH", "all"} and (tmp_path / "ner.pt").exists()
