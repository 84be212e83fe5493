"""Learned components: training from a small shared-like folder, inference on German sentences."""

import json
import shutil

import pytest

from quotes.learn.attribution import Context, mood_of, quote_features, speaker_candidates
from quotes.speakers import People
from quotes.types import Mention, Quote
from tests.test_cli import invoke

from tests.conftest import SHARED


@pytest.fixture
def tiny_shared(tmp_path):
    """Six SpkAtt articles in three folds, laid out like ../shared."""
    src = SHARED / "data" / "spkatt-train"
    if not src.exists():
        pytest.skip("../shared is not there")
    gold = json.loads((src / "gold.json").read_text(encoding="utf-8"))
    docs = sorted(d for d, items in gold["docs"].items() if len(items) >= 4)[:6]
    dst = tmp_path / "shared" / "data" / "spkatt-train"
    (dst / "articles").mkdir(parents=True)
    for d in docs:
        shutil.copy(src / "articles" / d, dst / "articles" / d)
    (dst / "gold.json").write_text(json.dumps({"docs": {d: gold["docs"][d] for d in docs}, "traps": {}}),
                                   encoding="utf-8")
    (dst / "folds.json").write_text(json.dumps({"folds": {d: i % 3 for i, d in enumerate(docs)}}), encoding="utf-8")
    return tmp_path / "shared"


def test_train_attribution_and_stance_from_a_few_articles(tiny_shared, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    import quotes.learn.corpus as corpus

    monkeypatch.setattr(corpus, "CACHE_DIR", tmp_path / "cache" / "quotes")
    out = tmp_path / "attribution.json"
    r = invoke("--models", "pack", "models", "train-attribution", "--shared", tiny_shared, "--out", out)
    assert r.exit_code == 0, r.output
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["ranker"]["weights"] and 0 < model["filter"]["threshold"] < 1
    assert "CC BY-NC-SA" in model["meta"]["licence"]
    first = out.read_bytes()
    assert invoke("--models", "pack", "models", "train-attribution", "--shared", tiny_shared, "--out", out
                  ).exit_code == 0
    assert out.read_bytes().split(b'"seconds"')[0] == first.split(b'"seconds"')[0]  # deterministic
    stance_out = tmp_path / "stance.json"
    r = invoke("--models", "pack", "models", "train-stance", "--shared", tiny_shared, "--out", stance_out)
    assert r.exit_code == 0, r.output
    assert set(json.loads(stance_out.read_text(encoding="utf-8"))["labels"]) == {"concession", "threat", "optimism"}


def test_train_needs_the_shared_folder(tmp_path):
    r = invoke("models", "train-attribution", "--shared", tmp_path)
    assert r.exit_code == 1 and "not found" in r.output


def test_speaker_candidates_are_the_people_nearby(nlp):
    text = ("Der russische Außenminister Sergej Lawrow traf Antony Blinken in Genf. "
            "„Wir sind zu Gesprächen bereit“, sagte Lawrow.")
    from quotes.person_runs import person_like
    from quotes.pipeline import rule_quotes

    parsed = nlp.parse(text)
    (q,) = rule_quotes(text, parsed)
    ctx = Context(parsed, People.from_parsed(parsed, person_like))
    cands = {c.name: c.features for c in speaker_candidates(q, ctx, None)}
    assert set(cands) == {"Sergej Lawrow", "Antony Blinken"}
    assert "rule" in cands["Sergej Lawrow"] and "rule" not in cands["Antony Blinken"]
    assert cands["Sergej Lawrow"].get("same_sentence") == 1.0
    f = quote_features(q, ctx, 0.9)
    assert f["det=direct:marks"] == 1.0 and f["first_person"] == 1.0 and "ranker=>0.8" in f


def test_the_one_a_report_is_about_is_marked_for_a_phrase_inside_it(nlp):
    # `Johnson habe „Schwule beleidigt“`: Johnson is named inside the report around the phrase
    text = ("Nicola Sturgeon kritisierte Boris Johnson. Er sei ungeeignet, sagte Sturgeon. "
            "Johnson habe „Schwule beleidigt“ und „Frauen lächerlich gemacht“.")
    from quotes.person_runs import person_like
    from quotes.pipeline import rule_quotes

    parsed = nlp.parse(text)
    quotes = rule_quotes(text, parsed)
    ctx = Context(parsed, People.from_parsed(parsed, person_like), quotes=quotes)
    (q,) = [q for q in quotes if q.text == "Schwule beleidigt"]
    cands = {c.name: c.features for c in speaker_candidates(q, ctx, None)}
    assert cands["Boris Johnson"].get("named_in_host_report") == 1.0
    assert "named_in_host_report" not in cands["Nicola Sturgeon"]


@pytest.mark.parametrize("text, name, role", [
    # what a person named in the quote's sentence is there, read on the surface first
    ("Annalena Baerbock war in Moskau. Nach dem Treffen mit Sergej Lawrow sprach sie von „offenen“ Gesprächen.",
     "Sergej Lawrow", "pp"),
    ("Laut Außenminister Sergej Lawrow waren die Gespräche „offen“.", "Sergej Lawrow", "source"),
])
def test_the_role_of_a_person_in_the_quotes_sentence(nlp, text, name, role):
    from quotes.person_runs import person_like
    from quotes.pipeline import rule_quotes

    parsed = nlp.parse(text)
    quotes = rule_quotes(text, parsed)
    ctx = Context(parsed, People.from_parsed(parsed, person_like), quotes=quotes)
    q = next(q for q in quotes if q.kind == "direct")
    cands = {c.name: c.features for c in speaker_candidates(q, ctx, None)}
    assert cands[name].get(f"role_in_sentence={role}&direct") == 1.0


@pytest.mark.parametrize("text, features, absent", [
    # a report carried over the next sentence, the speaker named just before
    ("Sergej Lawrow sagte, Russland sei zu Gesprächen bereit. Man werde aber keine Zugeständnisse machen.",
     {"indirect:free&gap=<=1", "indirect:free&same_speaker", "indirect:free&named_near"},
     {"indirect:free&new_paragraph"}),
    # carried over into a new paragraph, two sentences on, the speaker not named since
    ("Sergej Lawrow sagte, Russland sei zu Gesprächen bereit. Das Treffen dauerte zwei Stunden.\n\n"
     "Man werde aber keine Zugeständnisse machen.",
     {"indirect:free&gap=<=2", "indirect:free&same_speaker", "indirect:free&new_paragraph"},
     {"indirect:free&named_near"}),
    # a speech verb with no words of its own in the sentence before announces the report
    ("Sergej Lawrow sagte, Russland sei zu Gesprächen bereit. Auf die Frage nach Sanktionen antwortete er "
     "ausweichend. Man werde aber keine Zugeständnisse machen.",
     {"indirect:free&announced"}, set()),
    ("Sergej Lawrow sagte, Russland sei zu Gesprächen bereit. Man werde aber keine Zugeständnisse machen.",
     set(), {"indirect:free&announced"}),
    # named near by the office a descriptor gives (`der Außenminister` for `Außenminister Sergej Lawrow`)
    ("Außenminister Sergej Lawrow sagte, Russland sei zu Gesprächen bereit. Das Treffen dauerte zwei Stunden.\n\n"
     "Der Außenminister zeigte sich unbeeindruckt. Man werde aber keine Zugeständnisse machen.",
     {"indirect:free&named_near"}, set()),
])
def test_filter_sees_where_a_carried_report_stands(nlp, text, features, absent):
    from quotes.person_runs import person_like
    from quotes.pipeline import rule_quotes

    parsed = nlp.parse(text)
    quotes = rule_quotes(text, parsed)
    first, carried = quotes
    assert (first.rule, carried.rule) == ("indirect:konjunktiv+construction", "indirect:free+carry")
    ctx = Context(parsed, People.from_parsed(parsed, person_like), quotes=quotes)
    f = quote_features(carried, ctx, 0.9, first)
    assert features <= f.keys() and not absent & f.keys()
    assert "indirect:konjunktiv&first_quote" in quote_features(first, ctx, 0.9, None)


@pytest.mark.parametrize("text, features", [
    # (a confirmation refused is dropped before the filter: `nicht sagen` is left to it)
    ("Ein Sprecher der Armee wollte nicht sagen, dass alle Insassen Soldaten waren.",
     {"opener=dass&indirect", "negated_frame&indirect"}),
    ("Der Minister sagte, dass alle Insassen Soldaten gewesen seien.", {"opener=dass&indirect"}),
    ("Die Sprecherin erklärte, man prüfe den Fall.", {"opener=other&indirect"}),
    # an intention is no report: the filter sees the modal of the frame
    ("Die Ministerin will vorschlagen, die Sitzung zu vertagen.", {"opener=other&indirect", "modal_frame&indirect"}),
])
def test_filter_sees_what_opens_a_report_and_a_denying_frame(nlp, text, features):
    from quotes.person_runs import person_like
    from quotes.pipeline import rule_quotes

    parsed = nlp.parse(text)
    [q] = rule_quotes(text, parsed)
    f = quote_features(q, Context(parsed, People.from_parsed(parsed, person_like)), 0.9)
    assert features <= f.keys()
    assert ("negated_frame&indirect" in f) == ("nicht" in text)
    assert ("modal_frame&indirect" in f) == any(m in text.split() for m in ("will", "wollte"))


@pytest.mark.parametrize("text, mood", [
    ("Russland sei zu Gesprächen bereit.", "k1"),
    ("Man könne darüber reden, es wäre aber schwer.", "k1"),  # `könne`: Konjunktiv I despite the umlaut
    ("Das Land hätte früher klagen müssen.", "k2"),
    ("Eine Einigung wäre ein Erfolg.", "k2"),
    ("Das hänge von vielen Faktoren ab.", "k1"),  # the umlaut of `hängen` itself
    # … and of a verb the lemmatizer does not know (`kürzen`, `gefährden`)
    ("Wer bei Kitas und Schulen kürze, gefährde die Zukunft des Landes.", "k1"),
    ("Man müsste darüber reden.", "k2"),
    ("Die Dämme befänden sich nahe der Grenze.", "k2pl"),
    ("Die Verhandlungen gehen weiter.", "ind"),
    ("Ein guter Start", "none"),
    # a verb the tagger calls an adjective, between two nouns where the finite verb goes
    ("Jede Nacht terrorisiert Russland unsere Städte", "ind"),
    ("Die schönen Städte", "none"),
])
def test_mood_of_a_span(nlp, text, mood):
    parsed = nlp.parse(text)
    ctx = Context(parsed, People())
    assert mood_of(ctx.words_between(0, len(text))) == mood


@pytest.mark.parametrize("gold, rule_speaker, ranked, right", [
    ({"speaker": "Sergej Lawrow"}, "Sergej Lawrow", None, True),
    ({"speaker": "Sergej Lawrow"}, "Antony Blinken", None, False),
    # the ranker's choice over the rules' is what the pipeline stores
    ({"speaker": "Sergej Lawrow"}, "Antony Blinken", "Sergej Lawrow", True),
    ({"speaker": "Er", "speaker_aliases": ["Lawrow"]}, "Sergej Lawrow", None, True),
    ({"speaker": None}, None, None, True),
    # a pronoun's alias is derived (the nearest earlier named source): it labels nothing by default …
    ({"speaker": "Er", "speaker_aliases": ["Lawrow"]}, "Antony Blinken", None, True),
    # … and a description kept as written is right when the quote's mention is that description
    ({"speaker": "der Außenminister"}, "Sergej Lawrow", None, True),
    ({"speaker": "der Präsident"}, "Sergej Lawrow", None, False),
])
def test_filter_label_wants_the_speaker_right_too(gold, rule_speaker, ranked, right):
    from quotes.learn.attribution import SpeakerCandidate
    from quotes.learn.train_attribution import _speaker_right

    mention = Mention("der Außenminister", 20, 37, "role")
    q = Quote(0, 10, "Wir reden.", "direct", "direct:marks+cue-after", 1.0, rule_speaker, None, mention, "sagen")
    best = SpeakerCandidate(ranked, None, None, {}) if ranked else None
    assert _speaker_right(gold, q, best) is right


@pytest.mark.parametrize("other_weight, chosen", [
    (0.05, "Annalena Baerbock"),  # a near tie keeps the rules' speaker
    (1.0, "Sergej Lawrow"),  # a clear lead replaces it
])
def test_the_ranker_overrides_the_rules_only_by_a_margin(monkeypatch, other_weight, chosen):
    import quotes.learn.attribution as A
    from quotes.learn.linear import LinearModel

    cands = [A.SpeakerCandidate("Annalena Baerbock", None, None, {"rule": 1.0}),
             A.SpeakerCandidate("Sergej Lawrow", "RU", None, {"same_sentence": 1.0})]
    monkeypatch.setattr(A, "speaker_candidates", lambda q, ctx, prev: cands)
    ranker = LinearModel({"rule": 0.0, "same_sentence": other_weight}, 0.0)
    q = Quote(0, 10, "offenen", "direct", "direct:short+cue-before", 1.0, "Annalena Baerbock", None, None, "sprechen")
    best, _ = A.rank(q, None, None, ranker)
    assert best.name == chosen


def test_pronoun_golds_can_be_judged_by_their_alias():
    from quotes.learn.train_attribution import _speaker_right

    q = Quote(0, 10, "Wir reden.", "direct", "direct:marks+cue-after", 1.0, "Antony Blinken", None, None, "sagen")
    assert not _speaker_right({"speaker": "Er", "speaker_aliases": ["Lawrow"]}, q, None, pronouns="alias")


def test_shipped_attribution_model_keeps_a_plain_quote():
    from quotes.learn.attribution import load

    model = load()
    assert model is not None and "CC BY-NC-SA" in model["meta"]["licence"]
    q = Quote(0, 30, "Wir sind zu Gesprächen bereit.", "direct", "direct:marks+cue-after", 1.0, "Sergej Lawrow",
              "RU", Mention("Lawrow", 40, 46, "name"), "sagen")
    from quotes.types import Parsed

    ctx = Context(Parsed(q.text, ()), People())
    assert model["filter"].proba(quote_features(q, ctx, 0.9)) >= model["filter"].threshold


@pytest.mark.parametrize("word, person_or_body", [
    ("Lawrow", True), ("Kreml", True),
    # role nouns head speakers even though most mentions of them say nothing (they are no negatives)
    ("Sprecherin", True), ("Innenpolitiker", True), ("Ministerium", True),
    ("Atomabkommen", False), ("Stimmung", False), ("Rassismus", False), ("Vielleicht", False),
])
def test_speakerhood_tells_people_and_bodies_from_things(word, person_or_body):
    from quotes.learn.speakerhood import score

    assert (score(word) >= 0.5) == person_or_body


@pytest.mark.parametrize("text, feature", [
    # `wird X zitiert` names the one quoted; `zitiert die Zeitung X` names the outlet first
    ("„Wir bleiben bis zum Ende“, wird Panetta zitiert.", "cue=zitieren&passive"),
    ("„Wir bleiben bis zum Ende“, zitiert die Zeitung den Minister Panetta.", "cue=zitieren"),
    # (a passive elsewhere in the sentence is not the frame's)
    ("„Wir bleiben bis zum Ende“, zitiert die Zeitung Panetta, der in Kabul erwartet wird.", "cue=zitieren"),
])
def test_filter_tells_a_passive_quoting_frame(nlp, text, feature):
    from quotes.person_runs import person_like
    from quotes.pipeline import rule_quotes

    parsed = nlp.parse(text)
    [q] = [q for q in rule_quotes(text, parsed) if q.kind == "direct"]
    f = quote_features(q, Context(parsed, People.from_parsed(parsed, person_like)), 0.9)
    assert feature in f and not {"cue=zitieren", "cue=zitieren&passive"} - {feature} & f.keys()
