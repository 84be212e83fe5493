"""What a mention stands for beyond its own words (quotes/reference.py), on made-up phrases."""

import pytest

from quotes.reference import author_of_text, describes_one, names_a_text, singular_sie, the_text_itself
from quotes.types import Mention


@pytest.mark.parametrize("text, kind, one", [
    ("der Verletzte", "role", True), ("der Beschuldigte", "role", True), ("die Russin", "role", True),
    ("der 28-Jährige", "role", True), ("der 28-Jährige aus Horn", "role", True),
    # an office may be held by someone else; a plural is many
    ("der Fraktionschef", "role", False), ("Die Grünen", "org", False), ("Beschuldigte", "role", False),
])
def test_a_definite_description_of_one_person(text, kind, one):
    assert describes_one(Mention(text, 0, len(text), kind)) == one


@pytest.mark.parametrize("name, text", [("Angaben", True), ("Polizeiangaben", True), ("Bericht", True),
                                        ("Anna Roth", False), ("Regierung", False)])
def test_a_speaker_named_by_a_text(name, text):
    assert names_a_text(name) == text


def _last(article: str, text: str) -> Mention:
    """The last occurrence of `text` in `article`, as an organisation's mention."""
    start = article.rfind(text)
    return Mention(text, start, start + len(text), "org")


@pytest.mark.parametrize("article, mention, author", [
    ("Falks Text beginnt so.", "Falks Text", "Falk"),
    # `der Text` after such a phrase is that author's; with none before it is no one's
    ("Falks Text beginnt so. Weiter heißt es, so der Text.", "der Text", "Falk"),
    ("Weiter heißt es, so der Text.", "der Text", None),
    ("Die Regierung erklärte es.", "Die Regierung", None),
])
def test_the_author_of_a_text(article, mention, author):
    found = author_of_text(article, _last(article, mention))
    assert (found.text if found else None) == author


@pytest.mark.parametrize("text, singular", [
    ("Scholz habe nichts verstanden, sagte sie.", True),
    # a strong past has no ending; Konjunktiv I neither
    ("Scholz habe nichts verstanden, schrieb sie.", True),
    ("Sie sei enttäuscht von Scholz.", True),
    ("Scholz habe nichts verstanden, schrieben sie.", False),
    ("Sie sind enttäuscht von Scholz.", False),
    # past a word between (`dagegen`, `aber`), whatever the tagger made of it and of the verb
    ("Sie dagegen blieb bei ihrer Linie.", True),
    ("Sie aber blieben bei ihrer Linie.", False),
])
def test_sie_beside_a_singular_verb_is_one_woman(nlp, text, singular):
    parsed = nlp.parse(text)
    start = text.rfind("sie") if "sie." in text else text.find("Sie")
    assert singular_sie(parsed, Mention(text[start:start + 3], start, start + 3, "pronoun")) is singular


@pytest.mark.parametrize("text, mention, itself", [
    ("„…“, heißt es in dem Beitrag.", "dem Beitrag", True),
    # an indefinite text goes on from the one just mentioned only with `weiter`
    ("In einer Erklärung hieß es weiter, die Lage sei ernst.", "Erklärung", True),
    ("In einer Erklärung hieß es, die Lage sei ernst.", "Erklärung", False),
    # what was just said: `Den Angaben zufolge` names no source of its own
    ("Den Angaben zufolge wurden drei Menschen verletzt.", "Den Angaben", True),
    ("Diesen Angaben zufolge wurden drei Menschen verletzt.", "Diesen Angaben", True),
    ("Den Polizeiangaben zufolge wurden drei Menschen verletzt.", "Den Polizeiangaben", False),
])
def test_the_text_just_mentioned(text, mention, itself):
    start = text.find(mention)
    assert the_text_itself(text, Mention(mention, start, start + len(mention), "org")) is itself


@pytest.mark.parametrize("pronoun, name, clash", [
    ("er", "Umweltaktivisten", True),  # a singular pronoun is no group of people
    ("ihm", "Die Kritiker", True),
    ("sie", "Die Kritiker", False),  # (a plural `sie` may be)
    ("er", "Auswärtiges Amt", False),  # a body speaks as one
])
def test_a_singular_pronoun_is_no_group(pronoun, name, clash):
    from quotes.reference import gender_clash
    from quotes.resolution import Resolved
    from quotes.speakers import People
    assert gender_clash(People(), Mention(pronoun, 0, len(pronoun), "pronoun"), Resolved(name, None, "org")) is clash
