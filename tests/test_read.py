"""Readers: encodings, formats, bad input, page junk."""

import json

import pytest

from quotes.errors import InputError, InputWarning
from datetime import date

from quotes.layout import junk_spans, mask
from quotes.read import read_path, text_metadata
from quotes.types import Article


def read_one(path):
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def test_utf8_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("„Wir kommen“, sagte er.", encoding="utf-8")
    a = read_one(p)
    assert isinstance(a, Article) and a.doc == "a.txt" and a.text.startswith("„Wir")


@pytest.mark.parametrize("raw, text", [
    # HTML entities left in copied text are decoded, complete ones only
    ("Sie sei &quot;nicht ausreichend&quot; ausgestattet.", 'Sie sei "nicht ausreichend" ausgestattet.'),
    ("Er sagte: &#8222;Nein.&#8220; Das&nbsp;war alles.", "Er sagte: „Nein.“ Das war alles."),
    ("AT&T und Müller & Söhne", "AT&T und Müller & Söhne"),
    # soft hyphens and zero-width characters are no part of a word
    ("kriegs\u00adtüchtig und\u200b fertig", "kriegstüchtig und fertig"),
    ("d.&#8239;h. 5\u00a0000", "d. h. 5 000"),
])
def test_text_is_normalized(tmp_path, raw, text):
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    assert read_one(path).text == text


def test_cp1252_is_decoded(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Die Gespräche über Sicherheit sind „schwierig“, sagte er.".encode("cp1252"))
    a = read_one(p)
    assert "Gespräche" in a.text and "„schwierig“" in a.text


@pytest.mark.parametrize("data, text, offsets", [
    # UTF-8 with two stray bytes: stays UTF-8, the bytes replaced and named
    ("Die Gespräche über „Sicherheit“ sind schwierig.".encode() + b" \xff und \xe4 so.",
     "Die Gespräche über „Sicherheit“ sind schwierig. \ufffd und \ufffd so.", [54, 60]),
    # with a byte order mark the offsets still count from the file's first byte
    (b"\xef\xbb\xbf" + "Größe".encode() + b"\x80", "Größe\ufffd", [10]),
])
def test_utf8_with_a_few_bad_bytes_is_replaced_with_one_warning(tmp_path, data, text, offsets):
    p = tmp_path / "broken.txt"
    p.write_bytes(data)
    items = list(read_path(p))
    assert [type(i) for i in items] == [InputWarning, Article]
    warning, article = items
    assert article.text == text and "Ã" not in article.text
    assert "broken.txt" in str(warning) and ", ".join(map(str, offsets)) in str(warning)


def test_legacy_cp1252_with_many_umlauts_is_not_taken_for_broken_utf8(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Äußerst schwierige Gespräche über Größe, Maß und Bürgschaften.".encode("cp1252"))
    items = list(read_path(p))
    assert len(items) == 1 and items[0].text.startswith("Äußerst") and "\ufffd" not in items[0].text


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00" * 50, "binary file"),
])
def test_bad_files_name_the_problem(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    e = read_one(p)
    assert isinstance(e, InputError) and problem in str(e) and "bad.txt" in str(e)


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"Wort " * 1000)
    e = next(read_path(p, max_bytes=100))
    assert isinstance(e, InputError) and "too large" in e.problem


def test_html_article_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><head><title>T</title><script>var x='„nein“';</script></head><body>"
                 "<nav>Start Politik Sport</nav><article><h1>Titel hier</h1>"
                 "<p>„Wir bleiben“, sagte die Ministerin am Montag in Berlin.</p></article></body></html>",
                 encoding="utf-8")
    a = read_one(p)
    assert "Wir bleiben" in a.text and "var x" not in a.text and "Politik" not in a.text
    assert a.title == "Titel hier"


def test_html_block_quote_keeps_its_signature(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><body><article><p>Moskau droht Polen, sagte der Minister am Dienstag in Moskau.</p>"
                 "<blockquote><p>»Wir werden unsere Sicherheit verteidigen.«</p><footer>— Sergej Schoigu, "
                 "Verteidigungsminister</footer></blockquote><p>Die Nato reagierte am Abend.</p></article>"
                 "<footer>Impressum | Datenschutz</footer></body></html>", encoding="utf-8")
    a = read_one(p)
    assert "»Wir werden unsere Sicherheit verteidigen.«\n\n— Sergej Schoigu, Verteidigungsminister" in a.text
    assert "Impressum" not in a.text
    assert "Sergej Schoigu" in mask(a.text, junk_spans(a.text))


def test_html_without_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav>Menü</nav></body></html>", encoding="utf-8")
    assert isinstance(read_one(p), InputError)


def test_jsonl_good_and_bad_lines(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"text": "Er sagte, er komme.", "source": "dpa", "date": "2022-01-10"}) + "\n"
                 "{not json\n" + json.dumps({"title": "ohne Text"}) + "\n", encoding="utf-8")
    items = list(read_path(p))
    assert isinstance(items[0], Article) and items[0].source == "dpa" and str(items[0].published) == "2022-01-10"
    assert isinstance(items[1], InputError) and "a.jsonl:2" in str(items[1])
    assert isinstance(items[2], InputError) and "no 'text'" in str(items[2])



@pytest.mark.parametrize("text, title, published", [
    ("Moskau lässt Vorgehen offen\n\n11.01.2022 Die ersten Gespräche haben wenig gebracht.", "Moskau lässt Vorgehen offen",
     date(2022, 1, 11)),
    ("Freitag, 21.01.2022 15:41 von dpa-AFX | Aufrufe: 171\n\nROUNDUP 2/Ukraine: USA und Russland reden weiter\n\n"
     "GENF (dpa-AFX) - Die USA wollen antworten.", "ROUNDUP 2/Ukraine: USA und Russland reden weiter", date(2022, 1, 21)),
    ("Gespräche in Genf\n21. Januar 2022\nDie Runde endete.", "Gespräche in Genf", date(2022, 1, 21)),
    ("Berlin, 3. Dez. 2021 – Die Regierung schweigt.", None, date(2021, 12, 3)),
    # a first line that is a sentence is no headline; a month without a day is no date
    (" date 2022-01 Das Treffen ist am Montag in Genf zu Ende gegangen.", None, None),
    ("Der Sprecher sagte am 31.02.2022, man warte ab.", None, None),
])
def test_headline_and_date_from_the_top_of_a_text_file(text, title, published):
    assert text_metadata(text) == (title, published)


def test_html_date_from_markup_and_title_from_h1(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><meta property='article:published_time' content='2022-01-12T09:00:00+01:00'>"
                 "<title>X | Zeitung</title></head><body><nav>Startseite Politik</nav><article><h1>Nato-Rat tagt</h1>"
                 "<p>Der Rat tagte am Mittwoch in Brüssel und beriet lange.</p></article></body></html>", encoding="utf-8")
    a = read_one(p)
    assert (a.title, a.published) == ("Nato-Rat tagt", date(2022, 1, 12)) and "Startseite" not in a.text
