"""Well-known actors: any spelling finds the person, the side follows the article's date."""

from datetime import date

import pytest

from quotes import actors
from quotes.errors import InputError
from quotes.types import Quote, Speaker

A = actors.load(str(actors.ACTORS_FILE))


@pytest.mark.parametrize("name, when, expected", [
    ("Lawrow", None, ("Sergej Lawrow", "RU")),
    ("Sergey Lavrov", None, ("Sergej Lawrow", "RU")),
    ("Лавров", None, ("Sergej Lawrow", "RU")),
    ("Sergei Lawrow", date(2022, 2, 1), ("Sergej Lawrow", "RU")),
    ("Zelenskyy", None, ("Wolodymyr Selenskyj", "UA")),
    ("Wolodymyr Selenskyj", None, ("Wolodymyr Selenskyj", "UA")),
    ("Selenska", None, ("Olena Selenska", "UA")),  # his wife, not him
    ("Swyrydenko", date(2025, 8, 1), ("Julija Swyrydenko", "UA")),
    ("Jens Stoltenberg", date(2019, 3, 1), ("Jens Stoltenberg", "NATO")),
    ("Stoltenberg", date(2025, 3, 1), ("Jens Stoltenberg", None)),  # no longer at NATO: side unknown here
    ("Tusk", date(2016, 5, 1), ("Donald Tusk", "EU")),  # President of the European Council
    ("Donald Tusk", date(2024, 5, 1), ("Donald Tusk", "OTHER")),  # Polish prime minister again
    ("Ursula von der Leyen", date(2018, 1, 1), ("Ursula von der Leyen", "OTHER")),  # German minister then
    ("von der Leyen", date(2023, 1, 1), ("Ursula von der Leyen", "EU")),
    ("Mark Rutte", None, ("Mark Rutte", None)),  # undated, and the side changed: the wording decides
    ("Lavrov", None, ("Sergej Lawrow", "RU")),  # undated, one side ever
    ("Kamala Harris", None, ("Kamala Harris", "US")),
    ("Harris", None, None),  # a common last name alone names nobody for sure
    ("Waltz", date(2025, 3, 12), ("Mike Waltz", "US")),  # … a distinctive one the file lists does
    ("Peter Lawrow", None, None),  # another first name: another person
    ("Anna Schmidt", None, None),
    # others quoted on these conflicts, named as the German press spells them
    ("Erdoğan", None, ("Recep Tayyip Erdogan", "OTHER")),  # (a quote keeps the accents as written)
    ("Merkel", None, ("Angela Merkel", "OTHER")),
])
def test_find(name, when, expected):
    a = A.find(name, when)
    assert (None if a is None else (a.name, a.side)) == expected


def test_quotes_get_the_actors_name_and_side():
    q = Quote(start=0, end=10, text="Wir werden antworten", kind="direct", rule="direct:marks+cue-after",
              confidence=0.9, speaker="Lavrov", side="OTHER",
              co_speakers=(Speaker("Blinken", None), Speaker("Hans Meier", "OTHER")))
    (out,) = actors.with_actors([q], date(2022, 1, 10), A)
    assert (out.speaker, out.side) == ("Sergej Lawrow", "RU")
    assert [(c.name, c.side) for c in out.co_speakers] == [("Antony Blinken", "US"), ("Hans Meier", "OTHER")]
    unknown = Quote(start=0, end=10, text="x", kind="direct", rule="r", confidence=0.9, speaker="Hans Meier", side=None)
    assert actors.with_actors([unknown], None, A) == [unknown]


@pytest.mark.parametrize("speaker, when, side", [
    # someone close to an actor, named by whose they are, is on the actor's side
    ("Berater von Präsident Poroschenko", date(2016, 5, 1), "UA"),
    ("enger Vertrauter von Wladimir Putin", None, "RU"),
    ("Berater des russischen Präsidenten Wladimir Putin", None, "RU"),
    # … not an opponent
    ("Gegner von Präsident Putin", None, None),
])
def test_the_entourage_of_an_actor_takes_their_side(speaker, when, side):
    q = Quote(start=0, end=10, text="x", kind="indirect", rule="r", confidence=0.9, speaker=speaker, side=None)
    (out,) = actors.with_actors([q], when, A)
    assert (out.speaker, out.side) == (speaker, side)


@pytest.mark.parametrize("written, speaker", [
    ("Viktor Orbán", "Viktor Orbán"), ("Orban", "Viktor Orban"),  # the article's accents stay
    ("Erdoğan", "Recep Tayyip Erdoğan"),
    ("Lavrov", "Sergej Lawrow"),  # another transliteration becomes the file's
])
def test_an_actors_name_keeps_the_accents_the_article_writes(written, speaker):
    q = Quote(start=0, end=10, text="x", kind="direct", rule="r", confidence=0.9, speaker=written, side=None)
    (out,) = actors.with_actors([q], None, A)
    assert out.speaker == speaker


def test_a_bad_line_names_file_and_line(tmp_path):
    f = tmp_path / "actors.tsv"
    f.write_text("# comment\nSergej Lawrow\tRU\tLavrov\nJemand\tMARS\n", encoding="utf-8")
    with pytest.raises(InputError, match="actors.tsv:3"):
        actors.read_actors(f)
    f.write_text("Sergej Lawrow\tRU\tLavrov\t2022-13-01\n", encoding="utf-8")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        actors.read_actors(f)


def test_the_shipped_file_reads():
    assert len(actors.read_actors(actors.ACTORS_FILE)) > 100


@pytest.mark.parametrize("office, sides", [
    ("Generalsekretär", {"NATO"}), ("Nato-Generalsekretär", {"NATO"}), ("Ministerpräsident", {"OTHER"}),
    ("Präsident", set()), ("Generalsekretärin", set()),
])
def test_an_office_names_the_period_of_one_who_changed_sides(office, sides):
    assert actors.load().sides_by_office("Mark Rutte", office) == sides


@pytest.mark.parametrize("text, side", [
    # undated, a person who changed sides: the side the quote's paragraph names, if it is one of theirs
    ("Die Nato-Staaten haben sich geeinigt. „Wir sind geeint“, sagte Generalsekretär Mark Rutte.", "NATO"),
    # … unless the article names them with a country's office
    ("Der niederländische Ministerpräsident Mark Rutte lobte die Nato. „Wir sind geeint“, sagte Rutte.", "OTHER"),
    ("Polens Regierungschef Donald Tusk hat die EU kritisiert. „Wir brauchen mehr Geld“, sagte Tusk.", "OTHER"),
    # … or when the paragraph names none of their sides
    ("„Wir sind geeint“, sagte Mark Rutte in Den Haag.", "OTHER"),
    # an office of one period before the name, anywhere in the article, says which it is
    ("Die Nato-Staaten haben sich geeinigt.\n\nGeneralsekretär Rutte sprach von einem Erfolg. „Das Bündnis ist "
     "stärker als je zuvor“, sagte er.", "NATO"),
    ("Ministerpräsident Mark Rutte hat die Nato gelobt. „Wir sind geeint“, sagte Rutte.", "OTHER"),
    ("EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.\n\n„Wir stehen an Ihrer Seite“, sagte von der "
     "Leyen.", "EU"),
])
def test_an_undated_article_names_the_side_of_one_who_changed_sides(run_text, text, side):
    [q] = [q for q in run_text(text) if q.kind == "direct"]
    assert q.side == side
