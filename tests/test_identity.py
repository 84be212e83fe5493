"""Which stored speaker a name is (quotes/identity.py): lookup keys, first names across
transliterations, the canonical form; on made-up names."""

import pytest

from quotes.identity import canonical_of, different_first_names, first_names_compatible, same_person, speaker_keys


@pytest.mark.parametrize("name, stored, expected", [
    ("Olaf Scholz", ["Olaf Scholz"], 0),
    ("O. Scholz", ["Olaf Scholz"], 0),  # an initial fits
    ("Scholz", ["Olaf Scholz", "O. Scholz"], 0),  # a last name alone: the fullest that fits
    ("Anna Scholz", ["Olaf Scholz"], None),  # another first name: another person
    ("Scholz", ["A. Scholz", "Anna Scholz"], 1),  # several fit: the fullest
    ("Peter Scholz", ["Olaf Scholz", "Peter Scholz"], 1),
])
def test_same_person_across_articles(name, stored, expected):
    assert same_person(name, stored) == expected


@pytest.mark.parametrize("name, short_prefix, first_word", [
    ("Thaksin", "thaksin", None),  # a lone name may be the start of a stored full name
    ("Peter", None, None),  # never for common first names
    ("Thaksin Shinawatra", None, "thaksin"),  # a full name may join a speaker stored under its first word
    ("Peter Müller", None, None),
])
def test_speaker_lookup_keys(name, short_prefix, first_word):
    keys = speaker_keys(name)
    assert (keys.short_prefix, keys.first_word) == (short_prefix, first_word)


def test_particle_names_meet_their_short_form():
    assert first_names_compatible("Ursula von der Leyen", "von der Leyen")
    assert not first_names_compatible("Ursula von der Leyen", "Hans von der Leyen")


@pytest.mark.parametrize("a, b, same", [
    # one first name transliterated twice keeps its consonants
    ("Dmitri Kuleba", "Dmytro Kuleba", True),
    ("Olexander Syrskyj", "Oleksandr Syrskyi", True),
    # a final `a` or `e` is another person; so are other consonants
    ("Michael Müller", "Michaela Müller", False),
    ("Maria Müller", "Mario Müller", False),
    ("Christian Weber", "Christiane Weber", False),
    ("Jens Weber", "Jan Weber", False),
])
def test_first_names_across_transliterations(a, b, same):
    assert first_names_compatible(a, b) is same


@pytest.mark.parametrize("name, nominative", [
    ("Kremls", "Kreml"),  # `nach Angaben des Kremls`
    # a national adjective in lower case after `aus dem`, `des`: the nominative, as the subject writes it
    ("russischen Verteidigungsministerium", "russisches Verteidigungsministerium"),
    ("ukrainischen Generalstabs", "ukrainischer Generalstab"),
    ("Verteidigungsministeriums", "Verteidigungsministerium"),
    ("Rates", "Rat"),
    ("Sprecher des Kremls", "Sprecher des Kremls"),  # the genitive belongs to the name
    ("Hans", "Hans"),
    ("Reuters", "Reuters"),
    # a body's adjectives after `aus dem`, `laut` take the nominative's ending (by the head's gender)
    ("Auswärtigen Amt", "Auswärtiges Amt"), ("Auswärtigem Amt", "Auswärtiges Amt"),
    ("Nationalen Sicherheitsrats", "Nationaler Sicherheitsrat"), ("Europäischen Kommission", "Europäische Kommission"),
    ("Vereinten Nationen", "Vereinten Nationen"),  # a plural keeps its -en
    ("Deutschen Wetterdienstes", "Deutscher Wetterdienst"),  # (`-sch`, not only `-isch`)
    ("Deutschen Roten Kreuzes", "Deutschen Roten Kreuzes"),  # no body's head noun: as written
    ("Flughafens", "Flughafen"),
])
def test_a_body_in_the_genitive_is_one_speaker_with_its_nominative(name, nominative):
    from quotes.nominative import nominative_body
    assert nominative_body(name) == nominative
    assert speaker_keys(name).key == speaker_keys(nominative).key
    assert canonical_of(name, nominative) == (name != nominative)


@pytest.mark.parametrize("a, b, different", [
    ("Joseph Ratzinger", "Georg Ratzinger", True),
    # a role, a title or an unknown first name may be the same person
    ("Professor Brown", "Mike Brown", False), ("Herr Müller", "Thomas Müller", False),
    ("Tayyip Erdogan", "Recep Tayyip Erdogan", False), ("Außer Gonggrijp", "Rop Gonggrijp", False),
])
def test_different_first_names(a, b, different):
    assert different_first_names(a, b) is different
