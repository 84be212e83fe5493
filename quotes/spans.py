"""Character spans of quotations and the tests between them, by bisect over offsets (a long text
must not cost quotes × sentences).
"""

from __future__ import annotations

import bisect



class Spans(list):
    """A list of (start, end) spans that also answers `contains(start, end)` by bisect: one
    test per sentence over every quote of a long text must not cost quotes × sentences."""

    def __init__(self, spans) -> None:
        super().__init__(spans)
        ordered = self._ordered = sorted(self)
        self._starts = [s for s, _ in ordered]
        self._max_end, best = [], -1
        for _, e in ordered:
            best = max(best, e)
            self._max_end.append(best)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end): walk back from the last one starting before
        `end` while some earlier span still reaches past `start`."""
        out = []
        i = bisect.bisect_left(self._starts, end) - 1
        while i >= 0 and self._max_end[i] > start:
            if self._ordered[i][1] > start:
                out.append(self._ordered[i])
            i -= 1
        return out

    def contains(self, start: int, end: int) -> bool:
        """Some span with s <= start has e >= end: the widest end among those starting before."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._max_end[i] >= end


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    if isinstance(spans, Spans):
        return spans.contains(start, end)
    return any(s <= start and end <= e for s, e in spans)


def mostly_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The marks decide over [start, end): a direct quote crosses its boundary or direct quotes
    cover half of it. A clause with a short quoted phrase wholly inside it
    (`die Gespräche seien „offen und direkt“ verlaufen`) is reported speech of its own."""
    if isinstance(spans, Spans):
        spans = spans.overlapping(start, end)
    if crosses_quote(start, end, spans):
        return True
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return covered * 2 >= max(1, end - start)


def crosses_quote(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A direct quote crosses the boundary of [start, end)."""
    if isinstance(spans, Spans):
        spans = spans.overlapping(start, end)
    # the spans reach one character past their marks: a closing mark right at the clause's end is
    # inside it (`Johnson sei „ungeeignet“, sagte X`); a clause opening inside the marks is not
    return any(s < end and e > start and not (start <= s and e - 1 <= end) for s, e in spans)


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    if isinstance(spans, Spans):
        return bool(spans.overlapping(start, end))
    return any(s < end and start < e for s, e in spans)


def marks_decide(start: int, end: int, marked: bool, direct: Spans) -> bool:
    """A clause mostly in quotation marks is the direct quote's; a `dass` clause is a report whatever
    it quotes (the quote is a part of that statement), unless a quote crosses its boundary."""
    return crosses_quote(start, end, direct) if marked else mostly_quoted(start, end, direct)
