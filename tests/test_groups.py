"""Bodies and groups named by another word, epithets by nationality (quotes/groups.py); on made-up
German articles."""

import pytest

from quotes.groups import both_sides, compound_antecedent, named_with_word, person_of_nationality
from quotes.person_runs import person_like
from quotes.resolution import resolve
from quotes.speakers import People
from quotes.types import Mention


def _last(article: str, text: str) -> Mention:
    start = article.rfind(text)
    return Mention(text, start, start + len(text), "org")


@pytest.mark.parametrize("article, mention, body", [
    ("Er sagte, das Justizministerium arbeite an einem Gesetz. Auch das Ministerium erklärte es.",
     "das Ministerium", "Justizministerium"),
    ("Die Sprecherin der Bundespolizei schwieg. Die Polizei erklärte, …", "Die Polizei", "Bundespolizei"),
    ("Die Bundesregierung schwieg. Die Regierung erklärte später, …", "Die Regierung", "Bundesregierung"),
    # a court is named as written (`das Gericht`): annotators keep it so, and courts are many
    ("Das Urteil des Verfassungsgerichts fiel. Das Gericht erklärte, …", "Das Gericht", None),
    # a person's office is no body
    ("Der Außenminister reiste ab. Der Minister erklärte, …", "Der Minister", None),
    # with the adjectives that say whose body it is, in the nominative as a name
    ("Das russische Außenministerium kritisierte Berlin. Dem Ministerium zufolge …", "Dem Ministerium",
     "russisches Außenministerium"),
    ("Ein Sprecher des russischen Außenministeriums kritisierte Berlin. Das Ministerium erklärte, …",
     "Das Ministerium", "russisches Außenministerium"),
    # … also as the body a spokesperson speaks for, in the genitive
    ("Das Justizministerium prüft den Fall. Eine Sprecherin des Ministeriums sagte, …",
     "Eine Sprecherin des Ministeriums", "Justizministerium"),
    ("Die peruanische Umweltbehörde kündigte Schutz an. Ein Sprecher der Behörde sagte, …",
     "Ein Sprecher der Behörde", "peruanische Umweltbehörde"),
    # `das Ministerium` after a minister named with no ministry: that minister's (not a head of government's)
    ("Innenministerin Nancy Faeser kündigte Kontrollen an. Sie würden gelten, teilte das Ministerium mit.",
     "das Ministerium", "Innenministerium"),
    ("US-Außenminister Antony Blinken reiste ab. Das Ministerium erklärte, …", "Das Ministerium", "US-Außenministerium"),
    ("Premierminister Keir Starmer schwieg. Das Ministerium erklärte, …", "Das Ministerium", None),
    # a company's proper name after the compound that described it
    ("Der Technologiekonzern Apple muss nachzahlen. Apple zeigte sich enttäuscht, teilte der Konzern mit.",
     "der Konzern", "Apple"),
    ("Der Energiekonzern Gazprom AG drosselt die Lieferungen. Der Konzern erklärte, …", "Der Konzern", "Gazprom AG"),
    # a hyphen before the head capitalises it
    ("Die EU-Kommission legt ein Paket vor. Die Kommission erklärte, …", "Die Kommission", "EU-Kommission"),
])
def test_a_body_named_by_its_head_noun(article, mention, body):
    assert compound_antecedent(article, _last(article, mention)) == body


@pytest.mark.parametrize("text, mention, speaker", [
    # a singular description by nationality is the person of that nationality named before
    ("Chinas Außenminister Wang Yi traf Johann Wadephul. Der chinesische Gast wies das zurück.",
     "Der chinesische Gast", "Wang Yi"),
    # … not a body of that nation
    ("Chinas Außenminister Wang Yi traf Johann Wadephul. Die chinesische Regierung wies das zurück.",
     "Die chinesische Regierung", "chinesische Regierung"),
])
def test_a_person_by_nationality(nlp, text, mention, speaker):
    people = People.from_parsed(nlp.parse(text), person_like)
    m = _last(text, mention)
    assert person_of_nationality(people, m, resolve(m, people, None)).name == speaker


@pytest.mark.parametrize("article, word, body", [
    ("Die Organisation Human Rights Watch legte einen Bericht vor. Die Organisation forderte …", "organisation",
     "Human Rights Watch"),
    ("Die Weltgesundheitsorganisation (WHO) warnte. Die Organisation erklärte …", "organisation",
     "Weltgesundheitsorganisation (WHO)"),
    ("Die Huthi-Miliz griff an. Die Miliz erklärte …", "miliz", "Huthi-Miliz"),
    # a name going on in lower case is not known to end there
    ("Die Hilfsorganisation Ärzte ohne Grenzen half. Die Organisation erklärte …", "organisation", None),
])
def test_a_body_named_with_a_generic_word(article, word, body):
    assert named_with_word(article, word, article.rfind(".", 0, len(article) - 2)) == body


@pytest.mark.parametrize("text, mention, two", [
    ("Beide Seiten wiesen das zurück.", "Beide Seiten", True),
    ("Die beiden Minister betonten …", "Die beiden Minister", True),
    ("Die Minister betonten …", "Die Minister", False),
])
def test_two_parties_named_as_one(text, mention, two):
    assert both_sides(text, _last(text, mention)) is two
