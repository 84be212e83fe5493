"""Where a reported clause ends (quotes/clause_bounds.py), on real parses of made-up sentences."""

import pytest

from quotes.clause_bounds import before_next_main_clause, source_before_comma


@pytest.mark.parametrize("text, clause, ends, after_subjunctive", [
    # a main clause going on after the report ends it
    ("Er erklärte, er sei unschuldig, erkannte das Gericht aber nicht an.", "er sei unschuldig, erkannte das Gericht",
     "er sei unschuldig", True),
    # an indicative concession is the writer's remark
    ("Der Kreml sagte, der Angriff sei eine Aggression, auch wenn die Russen gewarnt worden waren.",
     "der Angriff sei eine Aggression, auch wenn die Russen gewarnt worden waren", "der Angriff sei eine Aggression",
     True),
    ("Der Minister sagte, die Lage sei ernst.", "die Lage sei ernst", "die Lage sei ernst", True),
    # a second speaker's frame after `und` ends it; a second reported clause does not
    ("Tack kritisierte, die Kommission habe sich untergeordnet und die Fraktion der Grünen forderte eine Erklärung.",
     "die Kommission habe sich untergeordnet und die Fraktion der Grünen forderte eine Erklärung",
     "die Kommission habe sich untergeordnet", True),
    ("Er sagte, er sei müde und die Lage sei ernst.", "er sei müde und die Lage sei ernst",
     "er sei müde und die Lage sei ernst", True),
    # a zu clause, before a main clause whose verb lost its lemma (`erteilten` → `erteilt`)
    ("Da die Flugbegleiter es für sinnvoll hielten, die Passagiere zu evakuieren, erteilten sie den Befehl.",
     "die Passagiere zu evakuieren, erteilten sie den Befehl", "die Passagiere zu evakuieren", False),
])
def test_a_report_ends_before_the_main_clause_going_on(nlp, text, clause, ends, after_subjunctive):
    sent = nlp.parse(text).sentences[0]
    start = text.index(clause)
    end = before_next_main_clause(sent, start, start + len(clause), after_subjunctive=after_subjunctive)
    assert text[start:end] == ends


@pytest.mark.parametrize("text, phrase, expected", [
    ("Peskow sagte der Agentur Interfax zufolge, Moskau sei bereit.", "der Agentur Interfax zufolge", True),
    ("Peskow sagte laut Interfax, Moskau sei bereit.", "laut Interfax", True),
    ("Peskow sagte am Montag, Moskau sei bereit.", "am Montag", False),
])
def test_a_source_between_the_cue_and_its_comma(nlp, text, phrase, expected):
    sent = nlp.parse(text).sentences[0]
    start = text.index(phrase)
    words = [w for w in sent.words if start <= w.start < start + len(phrase)]
    assert source_before_comma(words) is expected
