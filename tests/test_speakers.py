"""Sides and mention resolution within an article (quotes/speakers.py)."""

import random

import pytest

from quotes.names import strong_form
from quotes.speakers import REACH, People, resolve, side_of
from quotes.types import Mention


@pytest.mark.parametrize("descriptor, side", [
    ("Kremlsprecher", "RU"),
    ("Russlands Vize-Außenminister", "RU"),
    ("US-Außenminister", "US"),
    ("seinem russischen Kollegen", "RU"),
    ("Nato-Generalsekretär", "NATO"),
    ("die ukrainische Außenministerin", "UA"),
    ("EU-Kommissionschefin", "EU"),
    ("Kommissionspräsidentin", "EU"),
    ("der Präsident des Europaparlaments", "EU"),
    ("die Außenbeauftragte der EU", "EU"),
    # EU institutions beyond the Commission and the Parliament
    ("EZB-Präsident", "EU"), ("die Europäische Zentralbank", "EU"), ("der Europäische Rat", "EU"),
    ("Eurogruppen-Chef", "EU"), ("der Rat der Stadt", None),
    ("der Trainer", None),
])
def test_side_of(descriptor, side):
    assert side_of(descriptor) == side


@pytest.mark.parametrize("named, descriptor, role, speaker", [
    ("Friedrich Merz", "Oppositionsführer", "der CDU-Vorsitzende", "Friedrich Merz"),
    ("Donald Rumsfeld", "US-Verteidigungsminister", "der iranische Vize-Außenminister", "iranischer Vize-Außenminister"),
    ("Thomas Mair", "Der Angeklagte", "der Richter", "Richter"),  # a role of another person in the story
    ("Friedrich Merz", "Oppositionsführer", "die Parteichefin", "Parteichefin"),  # `die` needs a woman
    ("Merz", "", "der CDU-Vorsitzende", "CDU-Vorsitzende"),  # named in full only
])
def test_role_right_after_a_named_subject(named, descriptor, role, speaker):
    people = People()
    people.add(named, descriptor, 10, subject=True)
    assert resolve(Mention(role, 80, 80 + len(role), "role"), people, None).name == speaker


@pytest.mark.parametrize("article, phrase, name", [
    ("des", "österreichischen Außenministeriums", "österreichisches Außenministerium"),
    ("des", "Nationalen Sicherheitsrats", "Nationaler Sicherheitsrat"),
    ("der", "israelischen Streitkräfte", "israelische Streitkräfte"),
    ("des", "Pentagons", "Pentagon"),
    ("der", "Weltbank", "Weltbank"),
    # the seat stays after the name
    ("des", "Auswärtigen Amts in Berlin", "Auswärtiges Amt in Berlin"),
])
def test_a_spokespersons_body_as_a_name(article, phrase, name):
    from quotes.names import body_in_nominative
    assert body_in_nominative(article, phrase) == name


@pytest.mark.parametrize("article, rest, name", [
    ("das", "Auswärtige Amt", "Auswärtiges Amt"),
    ("der", "stellvertretende russische Außenminister", "stellvertretender russischer Außenminister"),
    ("der", "junge Mann", "junger Mann"),
    ("die", "Europäische Kommission", "Europäische Kommission"),
    ("der", "Kollege Schmidt", "Kollege Schmidt"),  # a noun in -e keeps its form
    ("der", "Deutsche", "Deutsche"),
])
def test_strong_form_without_the_article(article, rest, name):
    assert strong_form(article, rest) == name


def test_resolve_last_name_to_full_name():
    people = People()
    people.add("Dmitri Peskow", "Kremlsprecher", 10)
    r = resolve(Mention("Peskow", 100, 106, "name"), people, None)
    assert (r.name, r.side) == ("Dmitri Peskow", "RU")


def test_resolve_role_noun_by_side():
    people = People()
    people.add("Wendy Sherman", "US-Vizeaußenministerin", 10)
    people.add("Sergej Rjabkow", "Russlands Vize-Außenminister", 50)
    r = resolve(Mention("Die US-Unterhändlerin", 100, 120, "role"), people, None)
    assert r.name == "Wendy Sherman"


@pytest.mark.parametrize("role, named, name", [
    # a spokesperson is not the president named before, known by his office
    ("Der Kremlsprecher", ("Wladimir Putin", "Kremlchef"), "Kremlsprecher"),
    ("Der russische Präsident", ("Wladimir Putin", "Kremlchef"), "Wladimir Putin"),
    # … but may be a person of that side named with no office
    ("Der Kremlsprecher", ("Dmitri Peskow", "Moskaus"), "Dmitri Peskow"),
])
def test_a_role_of_a_side_is_the_person_of_that_side_unless_someone_else(role, named, name):
    people = People()
    people.add(*named, 10)
    assert resolve(Mention(role, 100, 100 + len(role), "role"), people, None).name == name


def test_resolve_pronoun_to_recent_speaker():
    people = People()
    people.add("Alexander Gruschko", "Vize-Außenminister", 10)
    r = resolve(Mention("er", 100, 102, "pronoun"), people, None)
    assert r.name == "Alexander Gruschko"


@pytest.mark.parametrize("role, descriptor, name", [
    ("Der Bundeskanzler", "die Vertrauensfrage des Bundeskanzlers", "Gerhard Schröder"),
    ("Der Kanzler", "Bundeskanzler", "Gerhard Schröder"),
    ("Der Informationsminister des Südsudans", "Informationsminister", "Gerhard Schröder"),
    # a deputy is someone else than the minister named before
    ("Der Vize-Außenminister", "Außenminister", "Vize-Außenminister"),
])
def test_resolve_role_noun_by_the_whole_role(role, descriptor, name):
    people = People()
    people.add("Gerhard Schröder", descriptor, 10)
    assert resolve(Mention(role, 100, 100 + len(role), "role"), people, None).name == name


@pytest.mark.parametrize("role, later, name", [
    # a bare role heading the article is the one person of that role named below it
    ("Bürgermeisterin", [("Petra Lang", "Oberbürgermeisterin")], "Petra Lang"),
    # … not when two people hold it, nor for a definite role (it refers back), nor for another office
    ("Bürgermeisterin", [("Petra Lang", "Oberbürgermeisterin"), ("Eva Roth", "Bürgermeisterin")], "Bürgermeisterin"),
    ("Die Bürgermeisterin", [("Petra Lang", "Oberbürgermeisterin")], "Bürgermeisterin"),
    ("Vize-Außenminister", [("Sergej Lawrow", "Außenminister")], "Vize-Außenminister"),
])
def test_a_headline_role_is_the_person_named_later(role, later, name):
    people = People()
    for k, (person, descriptor) in enumerate(later):
        people.add(person, descriptor, 100 + 50 * k)
    assert resolve(Mention(role, 0, len(role), "role"), people, None).name == name


@pytest.mark.parametrize("named_between, name", [
    (10, "Gerhard Schröder"),
    # a role noun looks back over the last REACH persons named, no further (long texts stay linear)
    (REACH, "Kanzler"),
])
def test_a_role_refers_back_only_so_far(named_between, name):
    people = People()
    people.add("Gerhard Schröder", "Bundeskanzler", 10)
    rng = random.Random(1)  # made-up last names far enough apart not to be taken for one spelled two ways
    for i in range(named_between):
        people.add("Anna " + "".join(rng.choice("bdfgklmnprstvwz") + rng.choice("aeiou") for _ in range(3)).title(),
                   "", 100 + 10 * i)
    at = 100 + 10 * named_between
    assert resolve(Mention("Der Kanzler", at, at + 11, "role"), people, None).name == name
    assert len(people.before(at)) == min(named_between + 1, REACH)


def test_person_nouns_are_roles():
    people = People()
    people.add("Georg Ratzinger", "Der ältere Bruder des Papstes", 10)
    assert resolve(Mention("Der Bruder", 100, 110, "role"), people, None).name == "Georg Ratzinger"


def test_two_people_with_one_last_name_stay_apart():
    people = People()
    people.add("Joseph Ratzinger", "Papst", 10)
    people.add("Georg Ratzinger", "Der ältere Bruder des Papstes", 50)
    people.add("Professor Ratzinger", "", 60)  # no known first name: one of them, not a third
    assert {p.name for p in people.persons.values()} == {"Joseph Ratzinger", "Georg Ratzinger"}
    assert people.get("Georg Ratzinger").descriptors == ["Der ältere Bruder des Papstes"]
    assert people.get("Ratzinger").name == "Georg Ratzinger"  # a bare last name: the one named last


def test_white_house_is_us():
    assert side_of("Das Weiße Haus") == "US" and side_of("des Weißen Hauses") == "US"
    assert side_of("Weißem Haus") == "US"  # `laut Weißem Haus`


@pytest.mark.parametrize("text, pronoun", [
    ("der Norweger", "er"), ("die Russin", "sie"), ("die Estin", "sie"), ("der Lette", "er"), ("der US-Amerikaner", "er"), ("der 62-Jährige", "er"),
    ("die 34-Jährige", "sie"), ("die Grünen-Politikerin", "sie"), ("der SPD-Politiker", "er"),
    # compounds of `Politiker`, descriptions with adjectives, a former office
    ("der Innenpolitiker", "er"), ("der islamisch-konservative Politiker", "er"), ("der junge Mann", "er"),
    ("der frühere Fraktionschef", "er"), ("die ehemalige Ministerin", "sie"),
    # plurals, other cases and offices (held by someone who may be another) stay nouns
    ("die Kanadier", None), ("die Russen", None), ("die 34-Jährigen", None), ("der Sprecher", None),
    ("der Fraktionschef", None), ("die Politiker", None), ("der Mann", None),
])
def test_nationality_and_age_nouns_refer_back(text, pronoun):
    from quotes.speakers import as_pronoun

    m = as_pronoun(Mention(text, 0, len(text), "role"))
    assert (m.text if m.kind == "pronoun" else None) == pronoun


@pytest.mark.parametrize("name, descriptor, gender", [
    ("Angela Merkel", "", "f"), ("Uwe Seeler", "", "m"), ("Olaf Scholz", "", "m"), ("Joe Biden", "", "m"), ("Doris Schmidt", "", "f"), ("Karin Keller", "", "f"),
    ("Anna Roth", "Die Ministerin", "f"), ("Roth", "Frau", "f"), ("Xiang Li", "", None),
])
def test_gender_from_first_name_or_role(name, descriptor, gender):
    people = People()
    people.add(name, descriptor, 0)
    assert people.get(name).gender == gender


def test_er_skips_a_woman_named_last():
    people = People()
    people.add("Jan Hof", "Kanzler", 10, subject=False)
    people.add("Anna Roth", "Die Ministerin", 20, subject=True)
    assert resolve(Mention("Er", 50, 52, "pronoun"), people, None).name == "Jan Hof"
    assert resolve(Mention("sie", 50, 53, "pronoun"), people, None).name == "Anna Roth"


def test_a_birth_name_is_no_one_new(nlp):
    from quotes.mentions import person_like
    text = "Die AfD-Politikerin Doris Brandt kandidiert erneut. Sie wurde 1954 in Arolsen als Doris Ulrich geboren."
    people = People.from_parsed(nlp.parse(text), person_like)
    assert [p.name for p in people.persons.values()] == ["Doris Brandt"]


@pytest.mark.parametrize("text", [
    "Würde Nordkorea Atomwaffen einsetzen, würde das Land alle Sympathien verlieren.",
    "Sollte Thomas Müller gewinnen, drohe ein Handelskrieg, warnte Lagarde.",
])
def test_a_verb_opening_a_conditional_is_no_part_of_a_name(nlp, text):
    from quotes.mentions import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert not [p.name for p in people.persons.values() if p.name.split()[0] in ("Würde", "Sollte")]
    assert "Sollte" not in text or people.get("Thomas Müller").name == "Thomas Müller"


def test_a_name_in_marks_is_a_term_not_a_person(nlp):
    from quotes.mentions import person_like
    text = ("Die Linken-Vorsitzende Gesine Lötzsch verteidigte die Eckpfeiler der Partei („Hartz IV“, "
            "„Rente mit 67“). Sie schlug vor, diesen Punkten Priorität beizumessen.")
    people = People.from_parsed(nlp.parse(text), person_like)
    assert [p.name for p in people.persons.values()] == ["Gesine Lötzsch"]


@pytest.mark.parametrize("descriptor, mention, name", [
    # one office by another word: `Kremlchef` … `das Staatsoberhaupt`, `Kanzler` … `der Regierungschef`
    ("Kremlchef", "das Staatsoberhaupt", "Wladimir Putin"),
    ("Bundeskanzler", "der Regierungschef", "Wladimir Putin"),
    ("Außenminister", "der Chefdiplomat", "Wladimir Putin"),
    # other offices stay apart
    ("Außenminister", "der Regierungschef", None),
])
def test_one_office_by_another_word(descriptor, mention, name):
    people = People()
    people.add("Wladimir Putin", descriptor, 10, subject=True)
    resolved = resolve(Mention(mention, 500, 500 + len(mention), "role"), people, None)
    assert (resolved.name == "Wladimir Putin") == (name is not None)


@pytest.mark.parametrize("name, kept", [
    ("Wang Yi.", "Wang Yi"), ("Merz.", "Merz"),
    # an initial, a numeral, `Jr.` keep their stop
    ("Julian H.", "Julian H."), ("Elisabeth II.", "Elisabeth II."), ("Martin Luther King Jr.", "Martin Luther King Jr."),
    ("Whatsapp Inc.", "Whatsapp Inc."),
])
def test_a_full_stop_glued_to_a_last_name_is_no_part_of_it(name, kept):
    from quotes.names import without_full_stop
    assert without_full_stop(name) == kept
