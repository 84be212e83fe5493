"""What a mention stands for among the article's people (quotes/resolution.py): names, pronouns,
roles and spokespeople resolved to canonical speakers."""

import random

import pytest

from quotes.resolution import resolve
from quotes.speakers import REACH, People
from quotes.types import Mention


@pytest.mark.parametrize("named, descriptor, role, speaker", [
    ("Friedrich Merz", "Oppositionsführer", "der CDU-Vorsitzende", "Friedrich Merz"),
    ("Donald Rumsfeld", "US-Verteidigungsminister", "der iranische Vize-Außenminister", "iranischer Vize-Außenminister"),
    ("Thomas Mair", "Der Angeklagte", "der Richter", "Richter"),  # a role of another person in the story
    ("António Guterres", "UN-Generalsekretär", "der Botschafter", "Botschafter"),
    ("Friedrich Merz", "Oppositionsführer", "die Parteichefin", "Parteichefin"),  # `die` needs a woman
    # … so does a feminine noun after `der` (its genitive or dative)
    ("Frank Bäsler", "Verhandlungsführer", "der Ministerin", "Ministerin"),
    ("Kowalczyk", "", "der CDU-Vorsitzende", "CDU-Vorsitzende"),  # named in full only
    ("Selenskij", "", "der Präsident", "Selenskij"),  # or a well-known actor (lexicon/actors.tsv)
    ("Papst Franziskus", "", "das Oberhaupt der katholischen Kirche", "Papst Franziskus"),  # a neuter office: anyone's
])
def test_role_right_after_a_named_subject(named, descriptor, role, speaker):
    people = People()
    people.add(named, descriptor, 10, subject=True)
    assert resolve(Mention(role, 80, 80 + len(role), "role"), people, None).name == speaker


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


@pytest.mark.parametrize("pronoun, she, name", [
    # `er` is no woman, a singular `sie` no man, whoever else there is: one of unknown gender may be either
    ("er", False, "Sam Taylor"),
    ("sie", True, "Sam Taylor"),
    ("sie", False, "Robert Gibbs"),
    ("er", False, None),
    ("sie", True, None),
])
def test_a_pronoun_is_no_person_of_the_other_gender(pronoun, she, name):
    people = People()
    if name is not None:
        people.add("Sam Taylor", "", 10, subject=True)
    if pronoun == "er":
        people.add("Anna Meier", "", 60, subject=True)
    else:
        people.add("Robert Gibbs", "Regierungssprecher", 50, subject=True)
    r = resolve(Mention(pronoun, 100, 100 + len(pronoun), "pronoun"), people, None, she=she)
    assert r.name == name


@pytest.mark.parametrize("role, descriptor, name", [
    ("Der Bundeskanzler", "die Vertrauensfrage des Bundeskanzlers", "Gerhard Schröder"),
    ("Der Kanzler", "Bundeskanzler", "Gerhard Schröder"),
    ("Der Informationsminister des Südsudans", "Informationsminister", "Gerhard Schröder"),
    # a deputy is someone else than the minister named before
    ("Der Vize-Außenminister", "Außenminister", "Vize-Außenminister"),
    # a weak noun's inflected form is the same office (`dem französischen Präsidenten`)
    ("Der französische Präsident", "dem französischen Präsidenten", "Gerhard Schröder"),
    ("Der Präsident", "den Präsidenten", "Gerhard Schröder"),
    ("Der Diplomat", "des Diplomaten", "Gerhard Schröder"),
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


def test_er_skips_a_woman_named_last():
    people = People()
    people.add("Jan Hof", "Kanzler", 10, subject=False)
    people.add("Anna Roth", "Die Ministerin", 20, subject=True)
    assert resolve(Mention("Er", 50, 52, "pronoun"), people, None).name == "Jan Hof"
    assert resolve(Mention("sie", 50, 53, "pronoun"), people, None).name == "Anna Roth"


@pytest.mark.parametrize("descriptor, mention, name", [
    # one office by another word: `Kremlchef` … `das Staatsoberhaupt`, `Kanzler` … `der Regierungschef`
    ("Kremlchef", "das Staatsoberhaupt", "Wladimir Putin"),
    ("Bundeskanzler", "der Regierungschef", "Wladimir Putin"),
    ("Außenminister", "der Chefdiplomat", "Wladimir Putin"),
    ("Bürgermeister", "der Rathauschef", "Wladimir Putin"),
    # other offices stay apart
    ("Außenminister", "der Regierungschef", None),
])
def test_one_office_by_another_word(descriptor, mention, name):
    people = People()
    people.add("Wladimir Putin", descriptor, 10, subject=True)
    resolved = resolve(Mention(mention, 500, 500 + len(mention), "role"), people, None)
    assert (resolved.name == "Wladimir Putin") == (name is not None)


@pytest.mark.parametrize("descriptor, mention, name", [
    # an office in the genitive (`nach Ansicht des Ministers`) is the person who holds it
    ("Außenminister", "des Ministers", "Sergej Lawrow"),
    ("russische Außenminister", "des russischen Außenministers", "Sergej Lawrow"),
    ("Präsident", "des Präsidenten", "Sergej Lawrow"),
    # no such person named: the words as written
    ("Regierungschef", "des Ministers", "Ministers"),
])
def test_an_office_in_the_genitive(descriptor, mention, name):
    people = People()
    people.add("Sergej Lawrow", descriptor, 10, subject=True)
    assert resolve(Mention(mention, 500, 500 + len(mention), "org"), people, None).name == name


@pytest.mark.parametrize("mention, kind, name", [
    # a body from a dative phrase: its adjectives in the nominative, its noun as written
    ("Weißen Haus", "name", "Weißes Haus"),
    ("dem brasilianischen Fußballverband", "org", "brasilianischer Fußballverband"),
    # (its article capitalised opening the sentence: `Dem russischen Außenministerium zufolge`)
    ("Dem russischen Außenministerium", "org", "russisches Außenministerium"),
    # an article is no adjective; a source noun stays as written
    ("den Organisatoren", "org", "Organisatoren"),
    ("Den vorliegenden Informationen", "org", "vorliegenden Informationen"),
])
def test_a_body_named_in_the_dative(mention, kind, name):
    assert resolve(Mention(mention, 100, 100 + len(mention), kind), People(), None).name == name


@pytest.mark.parametrize("mention, name", [
    # a body from a genitive phrase (`nach Angaben des Weißen Hauses`): named as in the nominative
    ("des Weißen Hauses", "Weißes Haus"),
    ("des Statistischen Bundesamtes", "Statistisches Bundesamt"),
    ("des ukrainischen Generalstabs", "ukrainischer Generalstab"),
    # a genitive that is no body's stays as written
    ("des Ministers", "Ministers"),
])
def test_a_body_named_in_the_genitive(mention, name):
    assert resolve(Mention(mention, 100, 100 + len(mention), "org"), People(), None).name == name


@pytest.mark.parametrize("role, name, side", [
    # a body's spokesperson speaks for the body; a person's is no body, and stays as written
    ("ein Sprecher des Pentagons", "Pentagon", "US"),
    ("Der Sprecher des russischen Präsidenten", "Sprecher des russischen Präsidenten", "RU"),
    # the body by its name, without its seat, which may still say its side
    ("ein Sprecher der Kommission in Brüssel", "Kommission", "EU"),
    ("eine Sprecherin des Innenministeriums in Hannover", "Innenministerium", None),
])
def test_whose_spokesperson(role, name, side):
    found = resolve(Mention(role, 0, len(role), "role"), People(), None)
    assert (found.name, found.side) == (name, side)


@pytest.mark.parametrize("role, name", [
    # someone new, named as the speaker is: in the nominative
    ("einen ranghohen Regierungsbeamten", "ranghoher Regierungsbeamter"), ("einem westlichen Diplomaten", "westlicher Diplomat"),
    ("ein Sprecher", "Sprecher"), ("einer Sprecherin", "Sprecherin"),
    # a body after an indefinite article, as a body is named
    ("einem brasilianischen Fußballverband", "brasilianischer Fußballverband"),
])
def test_someone_new_is_named_in_the_nominative(role, name):
    assert resolve(Mention(role, 0, len(role), "role"), People(), None).name == name
