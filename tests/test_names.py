"""Names (quotes/names.py): spelling-insensitive keys, last names, role nouns, where names stand
in a sentence."""

import pytest

from quotes.names import fold, last_name, role_head, without_article


@pytest.mark.parametrize("a, b", [
    ("Sergej Rjabkow", "Sergei Rjabkow"),
    ("Sergej Rjabkow", "Sergei Ryabkov"),
    ("Lawrow", "Lavrov"),
    ("Selenskyj", "Zelensky"),
])
def test_spellings_fold_alike(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("name, last", [
    ("Olaf Scholz", "Scholz"),
    ("Ursula von der Leyen", "von der Leyen"),
    ("Karl-Theodor zu Guttenberg", "zu Guttenberg"),
    ("Scholz", "Scholz"),
    ("Von der Leyen", "von der Leyen"),  # opening a sentence
])
def test_last_name_keeps_its_particles(name, last):
    assert last_name(name) == last


@pytest.mark.parametrize("text, head", [
    ("Kremlsprecher", "sprecher"), ("Vize-Außenministerin", "ministerin"),
    # a weak noun inflected in -n/-en heads a role on its own, not inside a phrase about the role
    ("Amtskollegen", "kollegen"), ("Präsidenten", "präsidenten"),
    ("der Entscheidung des Bundespräsidenten", None), ("Patent", None),
    # a genitive in -s too, on its own (`des Vatikansprechers Federico Lombardi`)
    ("Vatikansprechers", "sprechers"), ("SPD-Politikers", "politikers"),
])
def test_role_heads(text, head):
    assert role_head(text) == head


@pytest.mark.parametrize("a, b", [("Лавров", "Lawrow"), ("Сергей Лавров", "Sergei Lavrov"), ("Песков", "Peskow"),
                                  ("Зеленський", "Selenskyj"), ("Шойгу", "Schoigu"),
                                  # German `tsch` is English `ch`
                                  ("Чернышов", "Chernyshov"), ("Tschernyschow", "Chernyshov"),
                                  ("Klitschko", "Klychko")])
def test_cyrillic_names_fold_to_their_latin_spellings(a, b):
    from quotes.names import fold

    assert fold(a) == fold(b) != ""


@pytest.mark.parametrize("text, name", [
    # a surname's ending tells a name the tagger read as nouns (lexicon/surname_endings.txt)
    ("Nach Angaben des Gouverneurs der Region, Wenjamin Kondratjew, brach ein Feuer aus.", "Wenjamin Kondratjew"),
    ("Regierungschef Irakli Kobachidse sagte, die Wahl sei fair gewesen.", "Irakli Kobachidse"),
    # a known actor's last name, and a first name alone as the subject
    ("Der Chef der Präsidialverwaltung Jermak warnte.", "Jermak"),
    ("Oleksandr ist 34 Jahre alt.", "Oleksandr"),
    # two first names joined by a hyphen, the second tagged a noun
    ("Der Landrat des Kreises Gütersloh, Sven-Georg Adenauer (CDU), hat mehr Hilfe gefordert.",
     "Sven - Georg Adenauer"),
    # a body's name with lower-case words inside (lexicon/named_bodies.txt), contractions split or not
    ("Ärzte ohne Grenzen teilte mit, die Lage sei ernst.", "Ärzte ohne Grenzen"),
    ("Das Internationale Komitee vom Roten Kreuz warnte.", "Internationale Komitee von dem Roten Kreuz"),
])
def test_a_surname_by_its_ending(nlp, text, name):
    from quotes.names import name_runs
    sent = nlp.parse(text).sentences[0]
    assert name in [" ".join(w.text for w in run) for run in name_runs(sent)]


@pytest.mark.parametrize("text, runs", [
    # a city's adjective before a noun is no name, however tagged; a name after it stays one
    ("Laut Berliner Polizei ist die Demonstration friedlich verlaufen.", []),
    ("Der Münchner Anwalt Klaus Berger widersprach.", ["Klaus Berger"]),
    # a particle after a body's noun opens no name (a person's role may: `Verteidigungsminister zu Guttenberg`)
    ("Von dem Wagen sei laut Polizei zu Straftaten aufgerufen worden.", []),
    ("Das sagte Verteidigungsminister zu Guttenberg am Montag.", ["zu Guttenberg"]),
    # … not a phrase of `zu` (`zu Beginn`, `zu Gast`)
    ("Das erklärte sein Verteidiger zu Beginn des Verhandlungstages.", []),
    ("Das sagte der Minister zu Gast in Paris.", ["Paris"]),
    # the polite `Sie` after a verb is no name (a capitalised function word there may be one: `sagte Weil`)
    ("All diese Drohungen, glauben Sie das dient nur dazu?", []),
    # nor is a noun of quantity
    ("In Venezuela sind nach Angaben von Menschenrechtsgruppen Dutzende Oppositionelle festgenommen worden.", []),
])
def test_a_citys_adjective_is_no_name(nlp, text, runs):
    from quotes.names import name_runs
    sent = nlp.parse(text).sentences[0]
    assert [" ".join(w.text for w in run) for run in name_runs(sent)] == runs


@pytest.mark.parametrize("phrase, name", [
    # a body's own name after the noun for its kind, in marks or not
    ("des Energiekonzerns Gazprom", "Gazprom"), ("Der ukrainische Betreiber Energoatom", "Energoatom"),
    ("des südkoreanischen Geheimdienstes NIS", "NIS"),
    ("der Nachrichtenagentur Interfax", "Interfax"), ("die Organisation „Reporter ohne Grenzen“", "Reporter ohne Grenzen"),
    ("die Söldnergruppe Wagner", "Wagner"), ("des Sozialverbands VdK", "VdK"), ("der Gewerkschaft Verdi", "Verdi"),
    ("des Autobauers Volkswagen", "Volkswagen"), ("der Partei Die Linke", "Die Linke"),
    # an inflected adjective opens no name: it goes on the kind's (`Verband Deutscher Maschinenbau`)
    ("des Verbands Deutscher Maschinenbau", None), ("des Verbandes Deutscher", None), ("des Konzerns Bayer", "Bayer"),
    # a government named after its head, a place's genitive, a kind with no name: no body's own name
    ("der Regierung Scholz", None), ("des Konzerns Russlands", None), ("der Konzern", None),
])
def test_a_body_named_after_its_kind(phrase, name):
    from quotes.names import named_body
    assert named_body(phrase) == name


@pytest.mark.parametrize("written, name", [
    ("der russische Außenminister", "russischer Außenminister"),
    ("einige Abgeordnete der Koalition", "Abgeordnete der Koalition"),
    ("die Organisation „Reporter ohne Grenzen“", "Organisation Reporter ohne Grenzen"),
    # a relative possessive is no part of the name (`Kritik kam von der Linken. Deren Fraktionschefin …`)
    ("Deren Fraktionschefin", "Fraktionschefin"),
    # … nor a possessive (`Ihr Nachbar, ein älterer Mann, …`)
    ("Ihr Nachbar", "Nachbar"),
    # … nor the hedge on a word (`die sogenannten Wirtschaftsweisen`)
    ("die sogenannten Wirtschaftsweisen", "Wirtschaftsweisen"),
    ("der so genannte Expertenrat", "Expertenrat"),
])
def test_a_speakers_name_without_its_article(written, name):
    assert without_article(written) == name


@pytest.mark.parametrize("text, name", [
    # verb second: the object right after the subject's full name is no part of it
    ("Am Montag übte CDU-Chef Friedrich Merz Kritik an der Regierung.", "Friedrich Merz"),
    ("Zugleich forderte Kanzler Olaf Scholz Geschlossenheit.", "Olaf Scholz"),
    ("Später äußerte Landwirtschaftsminister Alois Rainer Bedenken.", "Alois Rainer"),
    ("Dagegen zeigte Außenministerin Annalena Baerbock Verständnis.", "Annalena Baerbock"),
    # … in the plural too
    ("Im Streit hat Wirtschaftsministerin Katherina Reiche Zugeständnisse angedeutet.", "Katherina Reiche"),
    # a function word capitalised inside the sentence is a name (`Weil`), not opening it
    ("Auch Niedersachsens Regierungschef Stephan Weil verlangte eine Lösung.", "Stephan Weil"),
    ("„Die Kommunen sind am Limit“, sagte Weil nach dem Treffen.", "Weil"),
    # … with its first name however tagged; opening the sentence when the finite verb follows it at once
    # (a subordinator opens a verb-final clause)
    ("Unterzeichnet haben Hendrik Wüst (CDU) und Stephan Weil (SPD).", "Stephan Weil"),
    ("Weil äußerte sich ähnlich.", "Weil"),
    # a name-only particle after a first name the lexicon lacks, after a role it knows (`Coach`)
    ("Schalkes Coach Kees van Wonderen war dagegen zufrieden.", "Kees van Wonderen"),
    # … and so is a place (a first name may still go on with one: `George Washington`; a body's name too)
    ("Zuvor hatte der frühere russische Präsident Dmitri Medwedew Deutschland mit Konsequenzen gedroht.",
     "Dmitri Medwedew"),
    ("Nach Angaben von Radio Bremen ist aus der Akte ersichtlich, dass er Mitglied war.", "Radio Bremen"),
    # three names stay one
    ("Der türkische Präsident Recep Tayyip Erdogan hat sich angeboten.", "Recep Tayyip Erdogan"),
    # a particle glued to the last name by a hyphen
    ("Der syrische Übergangspräsident Ahmed al-Scharaa hat Wahlen versprochen.", "Ahmed al - Scharaa"),
    # a compound on a body's word is a description, no first name
    ("Man müsse wieder näher an die Menschen heran, sagte die Partei-Linke Jamila Schäfer.", "Jamila Schäfer"),
    # a known person's last name ends the name: an untagged noun after it is the object
    ("AfD-Chefin Alice Weidel warf Merz Wortbruch vor.", "Merz"),
])
def test_an_object_after_a_full_name_ends_it(nlp, text, name):
    from quotes.names import name_runs
    sent = nlp.parse(text).sentences[0]
    assert name in [" ".join(w.text for w in run) for run in name_runs(sent)]


def test_a_function_word_opening_the_sentence_is_no_name(nlp):
    from quotes.names import name_runs
    sent = nlp.parse("Weil die Kommunen am Limit sind, fordert Weil mehr Geld.").sentences[0]
    assert [" ".join(w.text for w in run) for run in name_runs(sent)] == ["Weil"]
    assert name_runs(sent)[0][0].index > 1


def test_a_prefix_split_off_with_its_apostrophe_stays_in_the_name(nlp):
    from quotes.names import name_runs
    text = "Dublin - Ryanair-Chef Michael O'Leary hat mit einem Rückzug gedroht."
    sent = nlp.parse(text).sentences[0]
    assert "Michael O'Leary" in [text[run[0].start:run[-1].end] for run in name_runs(sent)]
