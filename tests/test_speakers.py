"""The article's people and their sides (quotes/speakers.py)."""

import pytest

from quotes.speakers import People, side_of
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
    ("die Außenbeauftragte der EU", "EU"), ("die Außenbeauftragte", "EU"),
    # EU institutions beyond the Commission and the Parliament
    ("EZB-Präsident", "EU"), ("die Europäische Zentralbank", "EU"), ("der Europäische Rat", "EU"),
    ("Eurogruppen-Chef", "EU"), ("der Rat der Stadt", None), ("Kommissionssprecherin", "EU"),
    ("Söldnergruppe Wagner", "RU"), ("Wagner-Chef Jewgeni Prigoschin", "RU"), ("Richard Wagner", None),
    ("Agrarkommissar", "EU"), ("Handelskommissarin", "EU"), ("UN-Flüchtlingskommissar", None), ("Polizeikommissar", None),
    ("der Trainer", None),
    # a city's newspaper is an outlet, of no side; the city stands for its government
    ("Washington Post", None), ("Washingtons Botschafter", "US"),
    # … and so do the capitals' adjectives
    ("die Moskauer Führung", "RU"), ("der Kiewer Regierung", "UA"),
    ("der belarussische Machthaber", None), ("der weißrussische Präsident", None), ("Russischer Botschafter", "RU"),
    # officials of a region no one disputes; not of one either side names officials for, nor a resident
    ("der Gouverneur der Region Krasnodar", "RU"), ("Bürgermeister von Charkiw", "UA"),
    ("der Chef der Militärverwaltung von Odessa", "UA"), ("der Gouverneur von Cherson", None),
    ("ein Bewohner aus Belgorod", None),
    # state bodies named without their country
    ("Duma-Chef Wolodin", "RU"), ("die Staatsduma", "RU"), ("der Geheimdienst FSB", "RU"), ("die Werchowna Rada", "UA"),
    ("der SBU", "UA"), ("das State Department", "US"), ("CIA-Direktor", "US"), ("die Radarstation", None),
    ("der Sprecher des Repräsentantenhauses", "US"), ("der Energiekonzern Gazprom", "RU"),
    # someone who studies, reports on or opposes a side is not of it
    ("der britische Russland-Experte", None), ("der Kremlkritiker", None), ("Nato-Gegner", None),
    ("die Moskau-Korrespondentin", None), ("der Kreml-Berater", "RU"),
    # … in any case
    ("Die Witwe des Kremlkritikers Alexej Nawalny,", None), ("der Russland-Experten", None), ("des Kremlsprechers", "RU"),
    # … nor one its adjective describes as opposing its government
    ("Die Witwe des russischen Oppositionspolitikers Alexej Nawalny", None), ("der russische Dissident", None),
    ("die russische Exil-Opposition", None), ("der russische Oppositionsführer", None),
    # an office held once speaks for no side now
    ("Der frühere Nato-Oberbefehlshaber", None), ("Ex-Nato-General", None), ("der ehemalige US-Botschafter", None),
    # `die Allianz` is the Nato; another alliance, a party's or a company's name is not
    ("der Generalsekretär der Allianz", "NATO"), ("der Verhandlungsführer der Inselstaaten-Allianz AOSIS", None),
    ("die Allianz für Deutschland", None), ("die Verhandlungsführerin der Allianz kleiner Inselstaaten", None),
    ("die Allianz der Willigen", None),
    # a party's senator or congressman is Washington's; a German state's senator is not
    ("Der republikanische Senator", "US"), ("die demokratische Kongressabgeordnete", "US"),
    ("der SPD-Senator", None), ("der republikanische Präsident Frankreichs", None),
])
def test_side_of(descriptor, side):
    assert side_of(descriptor) == side


def test_two_people_with_one_last_name_stay_apart():
    people = People()
    people.add("Joseph Ratzinger", "Papst", 10)
    people.add("Georg Ratzinger", "Der ältere Bruder des Papstes", 50)
    people.add("Professor Ratzinger", "", 60)  # no known first name: one of them, not a third
    assert {p.name for p in people.persons.values()} == {"Joseph Ratzinger", "Georg Ratzinger"}
    assert people.get("Georg Ratzinger").descriptors == ["Der ältere Bruder des Papstes"]
    assert people.get("Ratzinger").name == "Georg Ratzinger"  # a bare last name: the one named last


def test_a_role_of_someone_has_their_side(nlp):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse("Selenskyjs Sprecher Serhij Nykyforow sagte, der Präsident warte."),
                                person_like)
    assert [(p.name, p.side) for p in people.persons.values()] == [("Serhij Nykyforow", "UA")]


def test_white_house_is_us():
    assert side_of("Das Weiße Haus") == "US" and side_of("des Weißen Hauses") == "US"
    assert side_of("Weißem Haus") == "US"  # `laut Weißem Haus`


@pytest.mark.parametrize("text, pronoun", [
    ("der Norweger", "er"), ("die Russin", "sie"), ("die Estin", "sie"), ("der Lette", "er"), ("der US-Amerikaner", "er"), ("der 62-Jährige", "er"),
    ("die 34-Jährige", "sie"), ("die Grünen-Politikerin", "sie"), ("der SPD-Politiker", "er"),
    # compounds of `Politiker`, descriptions with adjectives, a former office
    ("der Innenpolitiker", "er"), ("der islamisch-konservative Politiker", "er"), ("der junge Mann", "er"),
    ("der frühere Fraktionschef", "er"), ("die ehemalige Ministerin", "sie"), ("der frühere Komiker", "er"),
    # political leanings
    ("der Rechtspopulist", "er"), ("die Nationalkonservative", "sie"), ("der Autokrat", "er"),
    # a trade or a title won (not an office): `der frühere Boxweltmeister` after Vitali Klitschko
    ("der frühere Boxweltmeister", "er"), ("die Sängerin", "sie"), ("der Professor", "er"),
    # … also with the body they work for in the genitive (an office with one stays a noun)
    ("der Politologe der Bundeswehr-Universität München", "er"), ("die Professorin der Universität Bonn", "sie"),
    ("der Sprecher des Ministeriums", None),
    # one of a place (`schrieb der Dortmunder` after Mats Hummels)
    ("der Dortmunder", "er"), ("die Berlinerin", "sie"), ("der Münchner", "er"), ("die Dortmunder", None),
    # a spokesperson named by whose they are speaks for the owner
    ("Seinem Sprecher", "er"), ("ihre Sprecherin", "sie"), ("Dessen Sprecher", "dieser"), ("Deren Sprecherin", "sie"),
    # the dative and genitive of an epithet (`Dem Diplomaten zufolge`, `nach Angaben des SPD-Politikers`)
    ("Dem Diplomaten", "ihm"), ("dem SPD-Politiker", "ihm"), ("des Experten", "er"), ("des 62-Jährigen", "er"),
    ("dem früheren Diplomaten", "ihm"), ("Der Grünen-Politikerin", "ihr"),
    # plurals, parties, other cases and offices (held by someone who may be another) stay nouns
    ("der Grünen", None), ("dem Sprecher", None), ("des Ministers", None), ("den Politikern", None),
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
    # a role in its feminine form tells it, whatever the first name says (`Andrea` is a man's in Italy)
    ("Andrea Wemheuer", "Verdi-Landeschefin", "f"), ("Kim Lee", "Die Ministerin", "f"),
    # the generated names carry their providers' gender, whatever the ending says
    ("Salvatore Boemi", "", "m"), ("Sascha Wandl", "", "m"), ("Aaliyah Brown", "", "f"),
    # a role in its masculine form tells a gender no first name does; one that is either does not
    ("Wang Yi", "Ihr chinesischer Amtskollege", "m"), ("Wang Yi", "das Staatsoberhaupt", None),
    # a first name of either gender, or a Korean family name written first, says none
    ("Kim Yo Jong", "", None), ("Robin Wagener", "", None),
    # a Russian surname's ending tells it when no first name does
    ("Sacharowa", "", "f"), ("Nawalnaja", "", "f"), ("Lawrow", "", "m"), ("Medwedew", "", "m"), ("Schoigu", "", None),
])
def test_gender_from_first_name_or_role(name, descriptor, gender):
    people = People()
    people.add(name, descriptor, 0)
    assert people.get(name).gender == gender


@pytest.mark.parametrize("text, names", [
    ("Die AfD-Politikerin Doris Brandt kandidiert erneut. Sie wurde 1954 in Arolsen als Doris Ulrich geboren.",
     ["Doris Brandt"]),
    # a country's genitive before a noun names no one (and `Polen` later is no short form of it)
    ("Rutte lobte Polens Verteidigungsausgaben. Polen sei ein Vorbild, sagte der Nato-Chef.", ["Rutte"]),
    # a first name alone is the one named with it before (`Ban` for Ban Ki-moon), or someone of their own
    ("UN-Generalsekretär Ban Ki-moon reiste nach Kairo. Ban sagte, er sei besorgt.", ["Ban Ki-moon"]),
    # … also when the tokenizer kept the hyphen on the syllable (`Ching` `-te`)
    ("Taiwans Präsident Lai Ching-te hat China gewarnt.", ["Lai Ching-te"]),
    # a first name after a role, whatever its tag (`Dan` tagged an article)
    ("Der Analyst Dan Ives sieht das ähnlich.", ["Dan Ives"]),
    ("Oleksandr ist 34 Jahre alt. Seinen Nachnamen will er nicht nennen.", ["Oleksandr"]),
    # the first of two surnames alone is the one named in full before, whatever its tag
    ("Der Friedensnobelpreisträger Adolfo Pérez Esquivel kritisierte ihn. Später korrigierte sich Pérez.",
     ["Adolfo Pérez Esquivel"]),
    ("Präsident Álvaro Uribe Vélez gewann die Wahl. Uribe kündigte Reformen an.", ["Álvaro Uribe Vélez"]),
    # a capitalised particle that opens nothing but a name goes on with the name before it
    ("Der belgische Premier Bart De Wever begründete sein Veto.", ["Bart De Wever"]),
    ("Später sagte Van der Bellen, er sei zufrieden.", ["Van der Bellen"]),
    # one name after a religious title is a person
    ("Patriarch Kyrill segnete die Soldaten.", ["Kyrill"]),
    # a capitalised word the tagger calls a preposition goes on with a name (`Dan`), a real preposition not
    ("Der Kandidat Nicușor Dan hat die Wahl gewonnen.", ["Nicușor Dan"]),
    ("Kanzlerin Angela Merkel Am Montag.", ["Angela Merkel"]),
    # a compound cut short is no name (`Staats- und Parteichef`), and the first word of a name named in
    # full is that person, however the tagger read it (`Xi` as punctuation)
    ("Bundeskanzler Olaf Scholz hat in China Staats- und Parteichef Xi Jinping getroffen. Xi sagte, China und "
     "Deutschland sollten ihre Partnerschaft vertiefen.", ["Olaf Scholz", "Xi Jinping"]),
    ("Das Oberhaupt der Kirche, Metropolit Epiphanius, rief zur Versöhnung auf.", ["Epiphanius"]),
    # a name in the genitive before a role is the role's owner, no one new
    ("Der ukrainische Präsident Wolodymyr Selenskyj reiste ab. Selenskyjs Sprecher Serhij Nykyforow sagte, "
     "der Präsident warte.", ["Wolodymyr Selenskyj", "Serhij Nykyforow"]),
    # so before what the person owns (`Sayn-Wittgensteins Text`), and a well-known actor's genitive
    # owns what follows it (`Trumps Personalkarussell`)
    ("Die AfD hat Doris von Sayn-Wittgenstein gewählt. Von Sayn-Wittgensteins Text distanzierte sich die Partei.",
     ["Doris von Sayn-Wittgenstein"]),
    ("Das Nobelkomitee würdigte damit Obamas Einsatz für den Frieden.", []),
    # a role and the genitive of one named before is that person's (their lawyer), no one new
    ("Der Heilpraktiker Mohammed Ali Samani wurde verhaftet. Die Anwältin Samanis bestritt die Vorwürfe.",
     ["Mohammed Ali Samani"]),
    # a first name in -s is no genitive, even when a person of that name without the -s was named before
    ("Verdi-Chefin Andrea Wemheuer kritisierte die Zustände. Gesundheitsminister Andreas Philippi zeigte sich "
     "gesprächsbereit.", ["Andrea Wemheuer", "Andreas Philippi"]),
])
def test_who_the_persons_are(nlp, text, names):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert [p.name for p in people.persons.values()] == names


@pytest.mark.parametrize("text", [
    "Würde Nordkorea Atomwaffen einsetzen, würde das Land alle Sympathien verlieren.",
    "Sollte Thomas Müller gewinnen, drohe ein Handelskrieg, warnte Lagarde.",
])
def test_a_verb_opening_a_conditional_is_no_part_of_a_name(nlp, text):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert not [p.name for p in people.persons.values() if p.name.split()[0] in ("Würde", "Sollte")]
    assert "Sollte" not in text or people.get("Thomas Müller").name == "Thomas Müller"


def test_a_name_in_marks_is_a_term_not_a_person(nlp):
    from quotes.person_runs import person_like
    text = ("Die Linken-Vorsitzende Gesine Lötzsch verteidigte die Eckpfeiler der Partei („Hartz IV“, "
            "„Rente mit 67“). Sie schlug vor, diesen Punkten Priorität beizumessen.")
    people = People.from_parsed(nlp.parse(text), person_like)
    assert [p.name for p in people.persons.values()] == ["Gesine Lötzsch"]


def test_a_headline_label_names_the_one_speaking(nlp):
    """`Baerbock: „…“` over the article: the label is a mention of the person named in full below, and
    its subject (the office opening the lead refers to her)."""
    from quotes.person_runs import person_like
    text = ("Baerbock: „Die Ukraine verteidigt auch unsere Freiheit“\n\nDie Außenministerin hat in Kiew weitere Hilfe "
            "zugesagt. Annalena Baerbock versprach, sich dafür einzusetzen.")
    people = People.from_parsed(nlp.parse(text), person_like)
    assert 0 in people.get("Baerbock").subject_positions


def test_an_acronym_glued_to_a_word_is_a_brand_not_a_person(nlp):
    from quotes.person_runs import person_like
    text = "Norbert Röttgen fordert mehr Hilfe. Im Interview mit ZDFheute erklärt er, warum.\n\nZDFheute: Wie ernst ist es?"
    people = People.from_parsed(nlp.parse(text), person_like)
    assert [p.name for p in people.persons.values()] == ["Norbert Röttgen"]


@pytest.mark.parametrize("name, kept", [
    ("Wang Yi.", "Wang Yi"), ("Merz.", "Merz"),
    # an initial, a numeral, `Jr.` keep their stop
    ("Julian H.", "Julian H."), ("Elisabeth II.", "Elisabeth II."), ("Martin Luther King Jr.", "Martin Luther King Jr."),
    ("Whatsapp Inc.", "Whatsapp Inc."),
])
def test_a_full_stop_glued_to_a_last_name_is_no_part_of_it(name, kept):
    from quotes.names import without_full_stop
    assert without_full_stop(name) == kept


@pytest.mark.parametrize("text, name", [
    # the small tagger reads `dankte` as a preposition and `warf` as an adverb: a name closing the
    # opening noun phrase of a sentence with no finite verb, before a word shaped like one, is its subject
    ("Der ukrainische Präsident Wolodymyr Selenskyj dankte dem Kanzler.", "Wolodymyr Selenskyj"),
    ("Kritik kam von der AfD. Deren Vorsitzende Alice Weidel warf Merz vor, Deutschland in den Krieg zu führen.",
     "Alice Weidel"),
    # a short form opening the sentence, `rief` tagged an adverb
    ("Lawrow traf seinen chinesischen Amtskollegen Wang Yi. Wang rief beide Seiten zur Zurückhaltung auf.", "Wang Yi"),
    # a sentence the parser gave no subject at all: the name before the finite verb (verb second)
    ("Kremlsprecher Peskow hat Forderungen nach Gesprächen zurückgewiesen.", "Dmitri Peskow"),
    # after the finite verb and an object pronoun, the subject named with its role
    ("Der Bürgermeister Jochen Maurer wies die Kritik zurück. Anders sieht das der Unternehmer Klaus Wendt.",
     "Klaus Wendt"),
    # the role is the subject, the name after it hung elsewhere (`Lindner` tagged a noun and an object)
    ("Berlin - Im Streit um den Haushalt hat Finanzminister Christian Lindner eine Lockerung der "
     "Schuldenbremse erneut abgelehnt.", "Christian Lindner"),
    # the person a copula sentence with `wird` identifies
    ("Nachfolger wird der bisherige Heereschef Olexander Syrskyj.", "Olexander Syrskyj"),
    # no subject at all, the name with its role right after the finite verb (`genau` tagged a verb)
    ("Am heutigen Mittwoch genau vor einem Jahr hatte US-Präsident Donald Trump die Vereinigten Staaten aus "
     "dem Abkommen zurückgezogen.", "Donald Trump"),
])
def test_a_name_before_a_verb_the_tagger_missed_is_the_subject(nlp, text, name):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get(name).subject_positions


@pytest.mark.parametrize("text, agency", [
    ("Wie RIA Nowosti berichtet, fügte sie hinzu, dass Moskau offen für Verhandlungen sei.", "RIA Nowosti"),
    ("Wie Xinhua meldete, sagte er, die Gespräche seien konstruktiv gewesen.", "Xinhua"),
])
def test_a_news_agency_is_no_person(nlp, text, agency):
    """A pronoun after `Wie <agency> berichtet` never refers to the agency."""
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get(agency) is None


@pytest.mark.parametrize("text, name, side", [
    # a dateline's dash ends the description: the place before it is where, not whose
    ("Kiew - Nato-Generalsekretär Mark Rutte hat weitere Hilfe zugesagt.", "Mark Rutte", "NATO"),
    ("Moskau – US-Botschafterin Lynne Tracy hat das Außenministerium besucht.", "Lynne Tracy", "US"),
])
def test_a_dateline_is_no_description(nlp, text, name, side):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get(name).side == side


@pytest.mark.parametrize("text, name, mentions", [
    # a name whose German particle drops where it opens a clause, tokenized at its hyphen too
    ("Die AfD hat Doris von Sayn-Wittgenstein gewählt. Sayn-Wittgenstein erhielt 137 Stimmen.",
     "Doris von Sayn-Wittgenstein", 2),
    ("Karl-Theodor zu Guttenberg warf der Linken Versäumnisse vor. Guttenberg sagte, das sei bekannt.",
     "Karl-Theodor zu Guttenberg", 2),
])
def test_a_name_without_its_particle_is_the_same_person(nlp, text, name, mentions):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert [p.name for p in people.persons.values()] == [name]
    assert len(people.get(name).positions) == mentions


def test_a_successor_holds_the_same_office_of_the_same_side(nlp):
    from quotes.person_runs import person_like
    text = ("Nato-Generalsekretär Jens Stoltenberg hat Bilanz gezogen. Sein Nachfolger Mark Rutte übernimmt am "
            "Dienstag.")
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get("Mark Rutte").side == "NATO"


@pytest.mark.parametrize("text, colleague, office", [
    # a colleague holds the office of the person named before, without that person's country
    ("US-Außenminister Rubio traf seinen russischen Amtskollegen Lawrow.", "Lawrow", "Außenminister"),
    ("Bundesaußenminister Johann Wadephul und sein ukrainischer Amtskollege Andrij Sybiha trafen sich.",
     "Andrij Sybiha", "Außenminister"),
    # … in the colleague's gender
    ("Außenministerin Annalena Baerbock und ihr russischer Amtskollege Sergej Lawrow trafen sich.", "Sergej Lawrow",
     "Außenminister"),
    ("Präsident Joe Biden traf seine finnische Amtskollegin Tarja Halonen.", "Tarja Halonen", "Präsidentin"),
])
def test_a_colleague_holds_the_office_not_the_country(nlp, text, colleague, office):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get(colleague).descriptors[-1] == office


@pytest.mark.parametrize("text, person, descriptor", [
    # titles and `a. D.` between a description and the name belong to the name's side
    ("Berlin - Der Virologe Prof. Dr. Christian Drosten rechnet mit einer neuen Welle.", "Christian Drosten",
     "Der Virologe Prof. Dr."),
    ("Gesundheitsministerin a. D. Petra Schulz widersprach.", "Petra Schulz", "Gesundheitsministerin a. D."),
    ("Die Präsidentin des Instituts, Dr. Anna Meier, sieht das ähnlich.", "Anna Meier",
     "Die Präsidentin des Instituts, Dr."),
])
def test_a_description_across_titles(nlp, text, person, descriptor):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get(person).descriptors == [descriptor]


def test_a_body_named_after_a_person_is_no_person(nlp):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse("Die Präsidentin des Robert Koch-Instituts, Dr. Anna Meier, sieht das "
                                          "ähnlich."), person_like)
    assert {p.name for p in people.persons.values()} == {"Anna Meier"}


@pytest.mark.parametrize("text, side", [
    # a spokesperson named with no one they speak for takes the side of the body opening the sentence before
    ("Der ukrainische Militärgeheimdienst sprach von einem Machtkampf. Sprecher Andrij Jusow sagte, Prigoschin "
     "wolle sich inszenieren.", "UA"),
    # … not across a paragraph
    ("Der ukrainische Militärgeheimdienst sprach von einem Machtkampf.\n\nSprecher Andrij Jusow sagte, Prigoschin "
     "wolle sich inszenieren.", None),
    # a name with a rank at most after a sentence opened by a side's spokesperson named by role: that one
    ("Der Sprecher der ukrainischen Streitkräfte wies das zurück. Es habe keinen Angriff gegeben, sagte Oberst "
     "Andrij Jusow.", "UA"),
    ("Der Sprecher der ukrainischen Streitkräfte wies das zurück. Es habe keinen Angriff gegeben, sagte Andrij Jusow.",
     "UA"),
    # … not a politician with an office of their own
    ("Der Sprecher der ukrainischen Streitkräfte wies das zurück. Das sei Propaganda, sagte der CDU-Politiker "
     "Andrij Jusow.", None),
])
def test_a_bare_spokesperson_speaks_for_the_body_before(nlp, text, side):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get("Andrij Jusow").side == side


@pytest.mark.parametrize("text, name, side", [
    # the office a name opening its sentence is said to hold describes it
    ("Kaja Kallas ist die Außenbeauftragte der EU. Sie sprach über Russland.", "Kaja Kallas", "EU"),
    ("Andrij Jusow ist der Sprecher des ukrainischen Militärgeheimdienstes. Er sprach.", "Andrij Jusow", "UA"),
    # … not an opinion held (`der Meinung`)
    ("Anna Meier ist der Meinung, Russland sei schuld.", "Anna Meier", None),
])
def test_an_office_after_the_copula_describes_the_name(nlp, text, name, side):
    from quotes.person_runs import person_like
    people = People.from_parsed(nlp.parse(text), person_like)
    assert people.get(name).side == side


def test_a_name_particle_is_no_short_form(nlp):
    from quotes.person_runs import person_like
    text = ("Rubio sprach von einem guten Gespräch. Der Außenminister betonte die Einigkeit. Von der Leyen "
            "schrieb auf X, Europa stehe fest an der Seite der Ukraine.")
    people = People.from_parsed(nlp.parse(text), person_like)
    leyen = people.get("Von der Leyen")
    assert leyen is not None and all(x >= text.index("Von der") for x in leyen.positions)
