"""Scoring as the shared scorer does, and the confidence bands of `quotes eval`."""

import pytest

from quotes.evaluate import by_confidence, score, speaker_ok

GOLD = {"docs": {"a.txt": [
    {"text": "Wir sind zu Gesprächen bereit", "kind": "direct", "speaker": "Sergej Lawrow"},
    {"text": "Russland werde keine Zugeständnisse machen", "kind": "indirect", "speaker": "Dmitri Peskow"},
    {"text": "Die Lage sei ernst", "kind": "indirect", "speaker": "Er", "optional": True},
]}}


def pred(text, speaker, confidence, kind="direct"):
    return {"doc": "a.txt", "text": text, "kind": kind, "speaker": speaker, "confidence": confidence}


@pytest.mark.parametrize("preds, bands", [
    # right span and speaker; right span, wrong speaker; a false alarm
    ([pred("Wir sind zu Gesprächen bereit", "Lawrow", 0.9),
      pred("Russland werde keine Zugeständnisse machen", "Lawrow", 0.6, "indirect"),
      pred("Das Wetter ist schön", "Peskow", 0.2)],
     {(0.85, 1.0): (1, 1.0), (0.5, 0.7): (1, 0.0), (0.0, 0.3): (1, 0.0)}),
    # an optional gold item and a phrase inside a gold quotation are not judged
    ([pred("Die Lage sei ernst", "Peskow", 0.4, "indirect"), pred("Gesprächen", "Lawrow", 0.4)],
     {}),
    # a confidence of exactly 1 falls in the top band
    ([pred("Wir sind zu Gesprächen bereit", "Sergej Lawrow", 1.0)], {(0.85, 1.0): (1, 1.0)}),
])
def test_confidence_bands_judge_span_and_speaker(preds, bands):
    got = {(b["from"], b["to"]): (b["n"], b["right"]) for b in score(GOLD, preds)["by_confidence"] if b["n"]}
    assert got == bands


def test_bands_cover_zero_to_one_in_order():
    bands = by_confidence([(0.0, False), (0.3, True), (0.99, True)])
    assert [(b["from"], b["to"]) for b in bands] == [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.0)]
    assert [b["n"] for b in bands] == [1, 1, 0, 0, 1] and bands[2]["right"] is None


@pytest.mark.parametrize("gold, predicted, right", [
    ({"speaker": "Sergej Lawrow"}, "Lawrow", True),
    ({"speaker": "Sergej Lawrow"}, "Sergej", False),
    ({"speaker": "Er", "speaker_aliases": ["Sergej Lawrow"]}, "Lawrow", True),
    ({"speaker": "die Polizei", "speaker_strict": False}, "Polizei Hamburg", True),
])
def test_speaker_ok_as_the_shared_scorer(gold, predicted, right):
    assert speaker_ok(gold, predicted) is right
