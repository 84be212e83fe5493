"""CoNLL-U and table rows from the real parse: ids, multi-word tokens, offsets, NER in MISC."""

import pytest

from quotes.conllu import bio, rows, to_conllu


@pytest.mark.parametrize("tag, expected", [
    ("O", "O"), ("S-PER", "B-PER"), ("B-ORG", "B-ORG"), ("I-ORG", "I-ORG"), ("E-LOC", "I-LOC"), ("", "O"),
])
def test_bioes_becomes_bio(tag, expected):
    assert bio(tag) == expected


def _words(conllu: str) -> list[list[str]]:
    return [line.split("\t") for line in conllu.splitlines() if line and not line.startswith("#")]


def test_conllu_has_ten_columns_ranges_and_offsets(nlp):
    text = "Der Sprecher sagte am Montag, man sei zum Dialog bereit."
    parsed = nlp.parse(text)
    out = to_conllu(parsed, "a.txt")
    assert out.startswith("# newdoc id = a.txt\n# sent_id = 1\n# text = Der Sprecher")
    lines = _words(out)
    assert all(len(cols) == 10 for cols in lines)
    ranges = [cols for cols in lines if "-" in cols[0]]
    assert [r[1] for r in ranges] == ["am", "zum"]  # multi-word tokens keep their surface form
    for cols in lines:
        if "-" in cols[0]:
            continue
        misc = dict(item.split("=", 1) for item in cols[9].split("|"))
        assert misc["NER"] in ("O",) or misc["NER"][:2] in ("B-", "I-")
        start, end = int(misc["start_char"]), int(misc["end_char"])
        assert text[start:end] in (cols[1], "am", "zum")
    # the word before the comma is glued to it
    montag = next(cols for cols in lines if cols[1] == "Montag")
    assert "SpaceAfter=No" in montag[9]


def test_rows_name_the_head_word(nlp):
    r = rows(nlp.parse("Lawrow sagte das."))
    sagte = next(x for x in r if x["word"] == "sagte")
    assert sagte["head_word"] == "ROOT" and sagte["deprel"] == "root"
    assert next(x for x in r if x["word"] == "Lawrow")["head_word"] == "sagte"


def test_pretokenized_keeps_tokens_and_lines(nlp):
    parsed = nlp.parse_many(["Lawrow sagte , man sei z.B. bereit .\nDas ist gut"], pretokenized=True)[0]
    assert [[w.text for w in s.words] for s in parsed.sentences] == [
        ["Lawrow", "sagte", ",", "man", "sei", "z.B.", "bereit", "."], ["Das", "ist", "gut"]]
