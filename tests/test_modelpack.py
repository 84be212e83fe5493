"""Quote augmentation of UD sentences for the offline model pack."""

import random

from quotes.modelpack import Sentence, Token, augment, check, reporting_frame, text_of, wrap_span

CONLLU = """1	Die	der	DET	ART	_	2	det	_	_
2	Regierung	Regierung	NOUN	NN	_	3	nsubj	_	_
3	plant	planen	VERB	VVFIN	_	0	root	_	_
4	neue	neu	ADJ	ADJA	_	5	amod	_	_
5	Gesetze	Gesetz	NOUN	NN	_	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	$.	_	3	punct	_	_"""


def sentence():
    return Sentence(["# sent_id = s1"], [Token(line.split("\t")) for line in CONLLU.splitlines()])


def test_wrap_span_gives_valid_tree_with_marks():
    rng = random.Random(1)
    for _ in range(20):
        s = wrap_span(sentence(), rng)
        check([s])
        marks = [w for w in s.words() if w.cols[7] == "punct" and w.cols[1] not in "."]
        assert len(marks) == 2


def test_reporting_frame_makes_verb_root_and_quote_ccomp():
    rng = random.Random(3)
    for _ in range(20):
        s = reporting_frame(sentence(), rng)
        check([s])
        words = s.words()
        root = next(w for w in words if w.cols[6] == "0")
        assert root.cols[3] == "VERB"
        plant = next(w for w in words if w.cols[1] == "plant")
        assert plant.cols[6] == root.cols[0] and plant.cols[7] == "ccomp"
        assert any(m in text_of(s) for m in "„»«\"")


def test_augment_is_deterministic():
    a = [text_of(s) for s in augment([sentence()] * 30, seed=5)]
    b = [text_of(s) for s in augment([sentence()] * 30, seed=5)]
    assert a == b and len(a) >= 30


def test_only_the_tagger_reads_the_vectors(tmp_path):
    from quotes.modelpack import STEPS, _stage_args

    vec = tmp_path / "vectors.pt"
    pos = _stage_args("pos", vec)
    assert "--no_pretrain" not in pos and pos[pos.index("--wordvec_pretrain_file") + 1] == str(vec)
    assert _stage_args("depparse", vec) == STEPS["depparse"] and "--no_pretrain" in _stage_args("pos", None)


def _dict_lemmatizer(path, pos_dict):
    import gzip
    import json

    import torch

    torch.save({"model": None, "dicts": gzip.compress(json.dumps(pos_dict).encode()), "dicts_version": 3,
                "config": {}, "vocab": {}, "contextual": []}, path)


def test_lemma_dictionary_gains_silver_words_and_keeps_gold_ones(tmp_path):
    from quotes.modelpack import extend_lemma_dict, lemma_accuracy

    lemma = tmp_path / "lemma.pt"
    _dict_lemmatizer(lemma, {"*": {"sagte": "sagen"}})
    entries = [("sagte", "VERB", "sagten", 3),  # the treebank's lemma stands
               ("bekräftigte", "VERB", "bekräftigen", 5),
               ("Beamte", "NOUN", "Beamter", 4), ("Beamte", "ADJ", "beamt", 1)]
    assert extend_lemma_dict(lemma, entries) == 3
    held_out = tmp_path / "held.conllu"
    held_out.write_text("\n".join("\t".join([str(i), form, lem, upos, "_", "_", "0", "root", "_", "_"])
                                  for i, (form, lem, upos) in enumerate(
        [("sagte", "sagen", "VERB"), ("bekräftigte", "bekräftigen", "VERB"), ("Beamte", "Beamter", "NOUN"),
         ("Beamte", "beamt", "ADJ"), ("Beamte", "Beamter", "PROPN"), ("unbekannt", "unbekannt", "ADJ")], 1))
                        + "\n\n", encoding="utf-8")
    # the word alone (a tag the dictionary has no entry for) takes its most frequent lemma
    assert lemma_accuracy(lemma, held_out) == 1.0
    first = lemma.read_bytes()
    assert extend_lemma_dict(lemma, entries) == 0 and lemma.read_bytes() == first  # run again: nothing changes


def test_a_seq2seq_lemmatizer_is_refused(tmp_path):
    import pytest
    import torch

    from quotes.errors import QuotesError
    from quotes.modelpack import extend_lemma_dict

    lemma = tmp_path / "lemma.pt"
    torch.save({"model": {"w": 1}, "dicts": b"", "dicts_version": 3}, lemma)
    with pytest.raises(QuotesError, match="dictionary lemmatizer"):
        extend_lemma_dict(lemma, [])
