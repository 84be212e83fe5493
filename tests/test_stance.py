"""Stance: the cue lexicon (now features) with negation, the feature extractor, the trained model."""

import pytest

from quotes.stance import cue_hits, features, tag


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
def test_cue_lexicon_hits(text, cue, labels):
    assert {t.label for t in cue_hits(text, cue)} == labels


def test_cue_hits_keep_score_and_evidence():
    t = cue_hits("Das wird schwerwiegende Folgen haben.")[0]
    assert t.label == "threat" and 0 < t.score <= 1 and t.evidence == "schwerwiegende Folgen"


@pytest.mark.parametrize("text, cue, present, absent", [
    # a negator marks the words after it in its clause, and the concepts there
    ("Es gab keine Fortschritte.", None, {"w=neg:fortschritte", "k=success&neg"}, {"w=fortschritte", "k=success"}),
    ("Wir sind zu Gesprächen bereit.", "sagen", {"k=negotiate", "k=negotiate&first_person", "cue=sagen"}, {"neg"}),
    # announced force: the concept with the future
    ("Wir werden zurückschlagen, wenn sie angreifen.", None,
     {"k=force", "k=force&future", "k=force&conditional", "mod=future"}, {"k=force&neg"}),
    # the negation ends at the clause boundary
    ("Das ist nicht schlimm, wir sehen Fortschritte.", None, {"k=success", "k=negative&neg"}, {"k=success&neg"}),
    # the cue lexicon and the speech verb are features
    ("Das wird schwerwiegende Folgen haben.", "drohen", {"lex=threat", "cue=drohen", "cuelex=threat"}, set()),
])
def test_features(text, cue, present, absent):
    f = features(text, cue)
    assert present <= set(f) and not (absent & set(f))


def test_shipped_model_tags_with_evidence_and_confidence():
    from quotes.stance import load

    model = load()
    assert set(model["labels"]) == {"concession", "threat", "optimism"}
    assert "CC BY-NC-SA" in model["meta"]["licence"]
    tags = tag("Sollte Russland angreifen, werden wir mit massiven Sanktionen und militärischer Gewalt antworten.",
               "drohen")
    threat = [t for t in tags if t.label == "threat"]
    assert threat and threat[0].confident and threat[0].evidence
    assert all(0 <= t.score <= 1 for t in tags)


def test_lexicon_only_labels_are_borderline():
    tags = {t.label: t for t in tag("Diese Vorschläge sind für uns inakzeptabel.", "sagen")}
    assert "rejection" in tags and not tags["rejection"].confident


def test_choose_threshold_prefers_precision():
    from quotes.learn.linear import choose_threshold

    probs = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]
    gold = [1, 1, 0, 1, 0, 0, 1]
    t, f1 = choose_threshold(probs, gold, min_precision=0.75)
    assert t == 0.6 and round(f1, 3) == round(2 * 0.75 * 0.75 / 1.5, 3)
    # no threshold reaches the precision: the best F0.5
    t2, _ = choose_threshold([0.9, 0.8], [0, 1], min_precision=0.99)
    assert t2 == 0.8
    # positives never scored (missed by the candidates) count for recall, not for the order
    t3, f3 = choose_threshold(probs, gold, min_precision=0.0, positives=8)
    assert t3 == 0.3 and round(f3, 3) == round(2 * (4 / 7) * (4 / 8) / (4 / 7 + 4 / 8), 3)
    # with a plateau: the middle of the thresholds whose F1 is close to the best (0.833 at 0.3; 0.75,
    # 0.8, 0.727 at 0.7, 0.5, 0.4), which moves less when the training data changes a little
    gold = [1, 1, 1, 0, 1, 0, 1]
    assert choose_threshold(probs, gold, min_precision=0.0)[0] == 0.3
    t4, f4 = choose_threshold(probs, gold, min_precision=0.0, plateau=0.11)
    assert t4 == 0.4 and round(f4, 3) == 0.727


def test_training_is_deterministic(tmp_path):
    from quotes.learn.train_stance import Example, Settings, fit, save

    texts = [("Wir werden angreifen, wenn sie nicht abziehen.", "threat"),
             ("Wir sind bereit zu verhandeln.", "concession"),
             ("Das war ein großer Erfolg.", "optimism"), ("Das Wetter ist kalt.", None)] * 6
    exs = [Example(f"d{i % 4}", t, "sagen", {l: int(l == lab) for l in ("concession", "threat", "optimism")})
           for i, (t, lab) in enumerate(texts)]
    folds = {f"d{i}": i for i in range(4)}
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    save(fit(exs, folds, Settings()), a, {})
    save(fit(exs, folds, Settings()), b, {})
    assert a.read_bytes() == b.read_bytes()
    from quotes.stance import load

    model = load(a)
    assert [t.label for t in tag("Wir werden angreifen.", "sagen", model=model) if t.confident] == ["threat"]
