import pytest

from quotes.introduced import (body_introduced, ends_its_sentence, introduced_before, ministry_of_its_minister,
                               named_body_before, office_introduced, reports_itself, side_from_capital)
from quotes.person_runs import person_like
from quotes.resolution import Resolved
from quotes.speakers import People
from quotes.types import Candidate, Mention


def _quote(nlp, text):
    parsed = nlp.parse(text)
    start = text.index("„") + 1
    cand = Candidate(start, text.index("“", start), "direct", "direct:marks")
    return parsed, People.from_parsed(parsed, person_like), cand, parsed.position_at(start)


@pytest.mark.parametrize("text, speaker", [
    ("Annalena Baerbock zeigte sich besorgt. „Wir beobachten die Lage genau.“", "Annalena Baerbock"),
    # the sentence before reports something itself: it introduces no one
    ("Annalena Baerbock sagte, die Lage sei ernst. „Wir beobachten sie genau.“", None),
    # a question's Konjunktiv (`ob …`) reports nothing
    ("Annalena Baerbock ließ offen, ob sie kandidiere. „Wir werden sehen.“", "Annalena Baerbock"),
])
def test_introduced_before(nlp, text, speaker):
    parsed, people, cand, sidx = _quote(nlp, text)
    found = introduced_before(parsed, people, cand, sidx, Resolved(None, None, "unresolved"))
    assert (found.name if found else None) == speaker


@pytest.mark.parametrize("text, body", [
    ("Der Kreml reagierte scharf. „Das ist eine Provokation.“", "Kreml"),
    # a body with no side and no office introduces no speaker
    ("Der Verein reagierte scharf. „Das ist eine Provokation.“", None),
])
def test_body_introduced(nlp, text, body):
    parsed, people, cand, sidx = _quote(nlp, text)
    found = body_introduced(parsed, people, cand, sidx)
    assert (found.name if found else None) == body


@pytest.mark.parametrize("text, body", [
    ("Der Energiekonzern Gazprom hat die Lieferungen reduziert. Das teilte das Unternehmen mit.", "Gazprom"),
    ("Der Konzern hat die Lieferungen reduziert. Das teilte das Unternehmen mit.", None),
    # a proper name with an acronym, alone after its article
    ("Die NASA plant weitere Beobachtungen mit dem Teleskop. Das teilte die Behörde mit.", "NASA"),
    ("Der FC Bayern München hat sich von seinem Trainer getrennt. Das gab der Verein bekannt.", "FC Bayern"),
    ("Die Daten reichen nicht aus. Das teilte die Behörde mit.", None),
])
def test_named_body_before(nlp, text, body):
    parsed = nlp.parse(text)
    found = named_body_before(parsed, 1)
    assert (found.name if found else None) == body


@pytest.mark.parametrize("text, head, body", [
    # a body's head noun alone (`die Gewerkschaft`) is the body named with it before the finite verb
    ("Die Gewerkschaft Verdi rief zum Streik auf. Die Gewerkschaft erklärte es.", "gewerkschaft", "Verdi"),
    # a place narrows the body down: it is no name of its own
    ("Die Polizei Hamburg nahm zwei Männer fest. Die Polizei teilte es mit.", "polizei", "Polizei Hamburg"),
    # after the verb the next noun may be the object
    ("Am Freitag erhob die Staatsanwaltschaft Anklage. Die Staatsanwaltschaft teilte es mit.", "staatsanwaltschaft",
     None),
    ("Der Konzern Siemens Energy meldete Verluste. Die Gewerkschaft erklärte es.", "gewerkschaft", None),
])
def test_named_body_before_by_its_head(nlp, text, head, body):
    found = named_body_before(nlp.parse(text), 1, head)
    assert (found.name if found else None) == body


@pytest.mark.parametrize("text, ends", [
    ("Er sprach von „einer neuen Lage“.", True),
    ("Er sprach von „einer neuen Lage“ in der Region.", False),
])
def test_ends_its_sentence(nlp, text, ends):
    parsed, _, cand, _ = _quote(nlp, text)
    assert ends_its_sentence(parsed, cand) == ends


@pytest.mark.parametrize("text, reports", [
    ("Laut Regierung ist die Lage ernst.", True),
    ("Die Lage ist ernst.", False),
])
def test_reports_itself(nlp, text, reports):
    parsed = nlp.parse(text)
    assert reports_itself(parsed.sentences[0], []) == reports


@pytest.mark.parametrize("text, speaker", [
    # someone new, introduced by an indefinite role, after another speaker
    ("„Wir klagen“, sagte Klaus Wendt. Eine Anwohnerin zeigte sich enttäuscht. „Wir wurden nie gefragt.“",
     "Anwohnerin"),
    # a Konjunktiv in a relative clause is no report of the sentence's own
    ("„Wir klagen“, sagte Klaus Wendt. Eine Anwohnerin, die ihren Namen nicht lesen möchte, zeigte sich enttäuscht. "
     "„Wir wurden nie gefragt.“", "Anwohnerin"),
    # a definite role without a person of that name in the article: the last speaker goes on
    ("„Wir klagen“, sagte Klaus Wendt. Die Anwohnerin zeigte sich enttäuscht. „Wir wurden nie gefragt.“", None),
])
def test_office_introduced(nlp, text, speaker):
    parsed = nlp.parse(text)
    start = text.rindex("„") + 1
    cand = Candidate(start, text.index("“", start), "direct", "direct:marks")
    people = People.from_parsed(parsed, person_like)
    found = office_introduced(parsed, people, cand, parsed.position_at(start))
    assert (found.name if found else None) == speaker


@pytest.mark.parametrize("text, body, side", [
    # a state body with no side speaks for the capital the sentence before named after `aus`
    ("Kritik kam aus Moskau. Die Erweiterung sei eine Bedrohung, erklärte das Außenministerium.", "Außenministerium", "RU"),
    ("Aus Kiew kam Zustimmung. Das sei ein gutes Signal, hieß es aus der Regierung.", "Regierung", "UA"),
    # … or `In` opening a sentence
    ("In Moskau reagierte man scharf. Man werde antworten, teilte das Außenministerium mit.", "Außenministerium", "RU"),
    # (not the places the report names)
    ("Aus Washington kam Skepsis. China unterstütze Russlands Krieg, sagte ein Sprecher des Nationalen "
     "Sicherheitsrats.", "Sicherheitsrat", "US"),
    # two capitals, or a body that is no state's: nothing to tell
    ("Aus Moskau und Kiew kamen Reaktionen. Das sei gut, erklärte das Außenministerium.", "Außenministerium", None),
    ("Kritik kam aus Moskau. Das sei gut, erklärte der Verband.", "Verband", None),
    # … or the one side it calls a side; not when another side is named there too
    ("Die russische Seite schloss Sabotage nicht aus. Die Ursache werde untersucht, sagte ein Sprecher des "
     "Verteidigungsministeriums.", "Verteidigungsministerium", "RU"),
    ("Die russische Seite beschuldigte Kiew. Die Ursache werde untersucht, sagte ein Sprecher des "
     "Verteidigungsministeriums.", "Verteidigungsministerium", None),
])
def test_side_from_capital(nlp, text, body, side):
    parsed = nlp.parse(text)
    mention = Mention(body, text.rindex(body), text.rindex(body) + len(body), "org")
    assert side_from_capital(parsed, mention, 1, Resolved(body, None, "org")).side == side


@pytest.mark.parametrize("text, ministry", [
    # `sein Ministerium`: the ministry of the minister named last
    ("Der Verteidigungsminister hält sich bedeckt. Aus seinem Ministerium hieß es, man prüfe alles.",
     "Verteidigungsministerium"),
    ("Russlands Außenministerin schwieg. Ihr Ministerium erklärte, man prüfe alles.", "Außenministerium"),
    # no office named: the ministry stays as written
    ("Der Politiker schwieg. Aus seinem Ministerium hieß es, man prüfe alles.", "Ministerium"),
])
def test_ministry_of_its_minister(nlp, text, ministry):
    parsed = nlp.parse(text)
    at = text.rindex("Ministerium")
    found = ministry_of_its_minister(parsed, Mention("Ministerium", at, at + 11, "org"), 1,
                                     Resolved("Ministerium", None, "org"))
    assert found.name == ministry


@pytest.mark.parametrize("text, speaker", [
    # a free report after the sentence opening its paragraph, whose subject is a body by its kind,
    # is the body's, not that of the one who spoke in the paragraph before
    ("Thaksin sagte: „Ich muss arbeiten.“\n\nAm 15. Mai hat die Wahlkommission den Termin festgelegt. Mögliche "
     "Termine seien der 24. September sowie der 8. Oktober.", "Wahlkommission"),
    # … not any subject (`die Zahl der Menschen`), which leaves the last speaker
    ("Thaksin sagte: „Ich muss arbeiten.“\n\nDie Zahl der Opfer stieg weiter. Es seien viele verletzt worden.", "Thaksin"),
])
def test_a_free_report_after_a_body_opening_its_paragraph(run_rules, text, speaker):
    q = [q for q in run_rules(text) if q.kind == "indirect"][-1]
    assert q.speaker == speaker
