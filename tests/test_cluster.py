"""Reports of one statement across outlets."""

import pytest

from quotes.cluster import same_statement


@pytest.mark.parametrize("a, b, same", [
    ("Wir sind bereit, über Zugeständnisse zu reden.", "Russland sei bereit, über Zugeständnisse zu reden", True),
    # a partial quote of a longer report
    ("offen und direkt", "Die Gespräche seien offen und direkt verlaufen.", True),
    # inflection and a different transliteration of the verb form
    ("Die Nato-Osterweiterung muss gestoppt werden", "die Osterweiterung der Nato müsse gestoppt werden", True),
    ("Wir werden nicht angreifen.", "Die Nato ist ein Relikt des Kalten Krieges.", False),
    # one shared word is not enough
    ("Die Gespräche waren nützlich.", "Die Gespräche sind gescheitert.", False),
])
def test_same_statement(a, b, same):
    assert same_statement(a, b) is same
