"""Span tests by bisect (quotes/spans.py) agree with the plain list scans."""

import pytest

from quotes.spans import Spans, inside_any, mostly_quoted, overlaps_any

SPANS = [(10, 20), (15, 40), (50, 60), (100, 101)]


@pytest.mark.parametrize("start, end", [(0, 5), (12, 18), (15, 41), (35, 55), (60, 70), (99, 102), (100, 101)])
def test_bisect_and_scan_agree(start, end):
    fast = Spans(SPANS)
    assert inside_any(start, end, fast) == inside_any(start, end, SPANS)
    assert overlaps_any(start, end, fast) == overlaps_any(start, end, SPANS)
    assert mostly_quoted(start, end, fast) == mostly_quoted(start, end, SPANS)


@pytest.mark.parametrize("quotes, clause, expected", [
    ([(50, 60)], (0, 100), False),  # a short quoted phrase wholly inside a clause: the clause is reported speech
    ([(10, 40)], (0, 30), True),  # a quote crosses the clause's end: the marks decide
    ([(50, 60)], (48, 61), True),  # a quote covers most of the clause (its closing mark may stand one out)
])
def test_mostly_quoted(quotes, clause, expected):
    assert mostly_quoted(*clause, Spans(quotes)) is expected
