"""Property tests: readers and the mark scanner never crash and keep their offsets valid."""

from hypothesis import given, settings, strategies as st

from quotes.marks import direct_candidates, scan_marks
from quotes.layout import junk_spans, mask
from quotes.read import decode, read_path

MARKY = st.lists(st.sampled_from(list("„“”\"»«‚‘’‹› abcÄöß.,:;!?-") + ["Wir ", " sagte ", "er", "\n", "\n\n"]),
                 max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKY)
def test_scanner_spans_are_inside_the_text(text):
    for span in scan_marks(text):
        assert 0 <= span.start <= span.end <= len(text)
    for c in direct_candidates(text):
        assert text[c.start:c.end].strip() == text[c.start:c.end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_junk_masking_keeps_length(text):
    assert len(mask(text, junk_spans(text))) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_crashes_on_bytes(data):
    try:
        decode(data, "x.txt")
    except Exception as e:  # only our own error type may come out
        from quotes.errors import InputError
        assert isinstance(e, InputError)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_readers_yield_articles_or_errors(tmp_path_factory, data, suffix):
    from quotes.errors import InputError, InputWarning
    from quotes.types import Article

    p = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    p.write_bytes(data)
    items = list(read_path(p))
    assert all(isinstance(item, (Article, InputError, InputWarning)) for item in items)
    # a warning (bytes replaced) comes first, once
    assert not any(isinstance(item, InputWarning) for item in items[1:])
