"""`wie X mitteilte` clauses (quotes/wie_clauses.py)."""

import pytest

from quotes.wie_clauses import wie_clause


@pytest.mark.parametrize("text, cue, clause", [
    ("Wie sein Anwalt mitteilte, brach er zusammen.", "mitteilte", "Wie sein Anwalt mitteilte"),
    # an apposition inside the clause
    ("Wie Steve Marshall, Sprecher der UN, mitteilte, sind zwei Helfer verletzt.", "mitteilte",
     "Wie Steve Marshall, Sprecher der UN, mitteilte"),
    # a comparison cites no one
    ("Die Schäden sind nicht so verheerend, wie zunächst angenommen wurde.", "angenommen", None),
])
def test_a_clause_that_cites_with_wie(parsed_word, text, cue, clause):
    sent, w = parsed_word(text, cue)
    found = wie_clause(sent, w)
    assert (text[found[0].start:found[-1].end] if found else None) == clause
