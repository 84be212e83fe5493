"""Stance tags from the cue lexicon, with negation."""

import pytest

from quotes.stance import tag


@pytest.mark.parametrize("text, cue, labels", [
    ("Wenn Russland angreift, wird das massive Konsequenzen haben.", "sagen", {"threat"}),
    ("Wir sind bereit, über die Begrenzung von Manövern zu sprechen.", "sagen", {"concession"}),
    # readiness for force or sanctions is no concession
    ("Wir sind bereit, massive Konsequenzen zu ziehen.", "sagen", {"threat"}),
    ("Die USA hätten Abrüstungsgespräche angeboten.", "sagen", {"concession"}),
    # a separable `anbieten` with a long middle field
    ("Angesichts der Proteste bot Ministerpräsident Giorgos Papandreou der Opposition am gestrigen "
     "Mittwoch seinen Rücktritt an.", "berichten", {"concession"}),
    ("Wir sind jetzt auf einem klaren Weg.", "sagen", {"optimism"}),
    ("Fortschritte sind möglich.", None, {"optimism"}),
    # a hope judged unlikely is no optimism
    ("Ein Durchbruch ist unwahrscheinlich.", None, set()),
    # what is denied or doubted is not the speaker's threat or hope
    ("dass Russland einen Angriff mit Konsequenzen plane", "bestreiten", set()),
    ("dass es Fortschritte gebe", "dementieren", {"rejection"}),
    # negation and refusal cancel a cue
    # a refused concession is a rejection
    ("Wir werden keinem Zugeständnis zustimmen.", "sagen", {"rejection"}),
    ("Wir sind nicht bereit, über die Nato-Erweiterung zu verhandeln.", "sagen", {"rejection"}),
    ("Diese Vorschläge sind für uns inakzeptabel.", "sagen", {"rejection"}),
    ("Die Regierung wies die Vorwürfe entschieden zurück.", "sagen", {"rejection"}),
    ("Russland werde nicht von seinen Forderungen abrücken.", "sagen", {"rejection"}),
    ("Wir lehnen das nicht ab.", "sagen", set()),
    # demands: calling on the other side to act
    ("Russland muss seine Truppen jetzt abziehen.", "sagen", {"demand"}),
    ("Wir fordern die sofortige Freilassung der Journalisten.", "sagen", {"demand"}),
    ("Moskau erwarte nun eine schriftliche Antwort.", "sagen", {"demand"}),
    ("Die Gefangenen müssten freigelassen werden.", "fordern", {"demand"}),
    ("Es gab keine Fortschritte.", "sagen", set()),
    ("Das Gespräch war schwierig.", "sagen", set()),
    # a demand is not an expectation
    ("Moskau habe klar gemacht, dass Fortschritte erzielt werden müssten.", "sagen", set()),
    # the speech verb carries a stance of its own
    ("Man werde die Gespräche nicht in die Länge ziehen.", "drohen", {"threat"}),
    # a warning of a hazard is aimed at nobody: `warnen` alone is no threat
    ("Der Sturm könnte katastrophale Auswirkungen haben.", "warnen", set()),
    ("Es drohe eine dramatische Erderwärmung.", "sagen", set()),
    ("Die Rebellen würden in der nächsten Woche weitere Städte angreifen.", "ankündigen", {"threat"}),
    ("Wir werden vor dem Bundesverfassungsgericht klagen.", "sagen", {"threat"}),
    # military operations or strikes announced, not when ruled out
    ("Sein Land plane konkrete militärische Operationen gegen das Regime.", "erklären", {"threat"}),
    ("Wir werden keine militärischen Operationen beginnen.", "sagen", set()),
    # accepting the other side's decision; a hope voiced in the frame noun
    ("Sie akzeptiere den Beschluss des Ministers.", "bekanntgeben", {"concession"}),
    ("Wir werden das nicht akzeptieren.", "sagen", {"rejection"}),
    ("Sein Leben werde sich nun zum Guten wenden.", "hoffnung", {"optimism"}),
    # the adjective of a belief frame (`ist zuversichtlich, dass …`)
    ("dass eine Einigung bald möglich ist", "zuversichtlich", {"optimism"}),
    # the state a `sich zeigen` frame shows (`zeigte sich der Trainer zufrieden`)
    ("Wir haben jetzt vier Punkte.", "zufrieden", {"optimism"}),
    # far-off negation in a verb-final clause
    ("Wir werden nicht auf die Zusammenarbeit mit unseren Partnern verzichten.", "sagen", {"rejection"}),
    ("Ich bin sehr zufrieden mit dem Punkt.", "sagen", {"optimism"}),
    ("Der Abschuss soll aus Sicherheitsgründen erfolgen.", "sagen", set()),
])
def test_stance_labels(text, cue, labels):
    assert {t.label for t in tag(text, cue)} == labels


def test_tags_keep_score_and_evidence():
    t = tag("Das wird schwerwiegende Folgen haben.")[0]
    assert t.label == "threat" and 0 < t.score <= 1 and t.evidence == "schwerwiegende Folgen"
