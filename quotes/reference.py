"""Who a mention in an article stands for, beyond its own words: pronouns and the person they fit,
descriptions that refer back (`der Innenpolitiker`, `der 28-Jährige`), role nouns before a
pronoun, possessive and text sources (`nach eigenen Angaben`, `Sayn-Wittgensteins Text`), the
outlet behind `das Blatt`. Used by the attribution rules (quotes/attribute.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.clauses import is_subjunctive, untagged_verb
from quotes.lexicon import (BODY_HEADS, CITED_TEXTS, DEMONYMS, KNOWN_BODIES, PERSON_GROUPS, PLACES, SPOKEN_TEXTS,
                            is_media_noun, is_report_noun, is_source_noun)
from quotes.appositions import appositive_name, coordinated, plural_verb
from quotes.person_runs import name_before_verb
from quotes.mentions import SUBJECT_RELS, mention_of
from quotes.names import fold, name_runs, role_head, without_seat
from quotes.nominative import strong_form
from quotes.phrases import object_of_preposition
from quotes.positions import could_be_nominative
from quotes.resolution import Resolved, resolve
from quotes.speakers import PERSON_NOUNS, SPOKESPERSON, People
from quotes.types import Candidate, Mention, Parsed, Sentence, Word

# (adjectives may stand between: `in ihrem vorläufigen Bericht`)
_POSSESSIVE_SOURCE = re.compile(r"(?i)(seine[mnrs]?|ihre[mnrs]?|eigene[mnrs]?)\s+(?:[a-zäöüß][\w-]*e[mnrs]?\s+)*(\S+)")


def owner_of_source(parsed: Parsed, m: Mention) -> Mention | None:
    """Who a possessive source phrase belongs to: `seinen Angaben` is `er`'s, `ihrer Ansicht` is
    `sie`'s, `eigenen Angaben` the subject's of its clause (`Das Militär hat nach eigenen Angaben
    …`), `seines Ministeriums` its clause subject's, a text its author's (`Von Sayn-Wittgensteins
    Text`, and `der Text` after it); None for any other mention."""
    author = author_of_text(parsed.text, m) or _whose_genitive(parsed, m)
    if author is not None:
        return author
    # the possessive may stand before the mention (`nach eigenen Angaben` gives `Angaben`)
    before = re.search(r"(?i)\b(seine[mnrs]?|ihre[mnrs]?|eigene[mnrs]?)\s+(?:[a-zäöüß][\w-]*e[mnrs]?\s+)*$",
                       parsed.text[max(0, m.start - 40):m.start])
    found = _POSSESSIVE_SOURCE.fullmatch((before.group(1) + " " if before else "") + m.text.strip())
    if found is None or not (is_source_noun(found.group(2)) or is_report_noun(found.group(2))
                             or found.group(2).lower() in _VIEW_NOUNS):
        return None
    word = found.group(1).lower()
    if word.startswith("ihr"):
        group = plural_subject_before(parsed, m)
        if group is not None:
            return group  # `Beobachter der OSZE berichteten … . …, hieß es in ihrem Bericht`: theirs
    if not word.startswith("eigene"):
        return Mention("er" if word.startswith("sein") else "sie", m.start, m.end, "pronoun")
    return _clause_subject(parsed, m)


def plural_subject_before(parsed: Parsed, m: Mention) -> Mention | None:
    """The subject of the sentence before, when its verb is plural and the subject is no pronoun
    (`Beobachter der OSZE berichteten von Einschüchterung.`): whom a plural `ihr-` refers to."""
    found = _subject_before(parsed, m)
    if found is None or not plural_verb(found[1]) or found[2].upos == "PRON":
        return None
    return mention_of(parsed.text, found[0], found[2], (m.start, m.end))


def _subject_before(parsed: Parsed, m: Mention) -> tuple[Sentence, Word, Word] | None:
    """The sentence before `m`'s, its root verb and that verb's subject word, if the parse has them."""
    sent = parsed.sentence_at(m.start)
    if sent is None or sent.index == 0:
        return None
    prev = parsed.sentences[sent.index - 1]
    root = next((w for w in prev.words if w.head == 0 and w.upos in ("VERB", "AUX")), None)
    subject = next((c for c in prev.children(root.index) if c.deprel in SUBJECT_RELS), None) if root else None
    return (prev, root, subject) if subject is not None else None


def body_of_possessive(parsed: Parsed, m: Mention, possessive: str) -> Mention | None:
    """`Die Initiative feierte den Ausgang. Ihr Sprecher sprach von …`: the body that is the subject of
    the sentence before, in the same paragraph, when its noun's gender fits the possessive (`ihr` a
    feminine or plural one, `sein` a masculine or neuter one) — the spokesperson's, not the last person's."""
    found = _subject_before(parsed, m)
    if found is None or "\n" in parsed.text[found[0].end:m.start] or found[2].upos not in ("NOUN", "PROPN"):
        return None
    prev, _, subject = found
    body = mention_of(parsed.text, prev, subject, (m.start, m.end))
    feminine = subject.feat("Gender") == "Fem" or subject.feat("Number") == "Plur"
    fits = feminine if possessive.lower().startswith("ihr") else possessive.lower().startswith("sein") and not feminine
    return body if body is not None and body.kind == "org" and fits else None


def _whose_genitive(parsed: Parsed, m: Mention) -> Mention | None:
    """`nach Angaben seines Ministeriums`: a body or spokesperson of the one the possessive refers to
    speaks for them — the subject of its own clause (`Rubio telefonierte nach Angaben seines
    Ministeriums …`), else `er`/`sie` before. (`seines Anwalts` is the lawyer, who speaks for himself.)"""
    found = re.fullmatch(r"(?i)(seines|seiner|ihres|ihrer)\s+(\S+)", m.text.strip())
    if found is None or not (re.fullmatch(SPOKESPERSON + r"(?:in|s|innen)?", found.group(2))
                             or found.group(2).lower().rstrip("s").endswith(BODY_HEADS)):
        return None
    subject = _clause_subject(parsed, m)
    if subject is not None and subject.kind in ("name", "role"):
        return subject
    return Mention("er" if found.group(1).lower().startswith("sein") else "sie", m.start, m.end, "pronoun")


def _clause_subject(parsed: Parsed, m: Mention) -> Mention | None:
    """The subject of the clause a source phrase stands in (`Das Militär hat nach eigenen Angaben …`)."""
    sent = parsed.sentence_at(m.start)
    root = next((w for w in sent.words if w.deprel == "root"), None) if sent is not None else None
    heads = [root] + [sent.word(c.head) for c in sent.words if c.deprel.startswith("aux") and c.head] if root else []
    for h in heads:
        for c in (sent.children(h.index) if h is not None else ()):
            owner = mention_of(parsed.text, sent, c, (0, 0)) if c.deprel in SUBJECT_RELS else None
            if owner is not None and owner.kind in ("name", "role", "org", "pronoun") and \
                    not owner.start <= m.start < owner.end:
                return owner
    if root is not None and name_before_verb(sent, root):
        # `Scholz sprach nach eigenen Angaben …` with `Scholz` tagged an adverb: the word before the verb
        first = sent.words[0]
        return Mention(first.text, first.start, first.end, "name")
    # `Laut eigenen Angaben stellt das Land …` with the source phrase taken for the subject: after
    # the fronted phrase, the subject follows the finite verb
    after = sent.word(root.index + 1) if root is not None and root.start > m.end else None
    if after is not None and after.upos in ("DET", "NOUN", "PROPN"):
        noun = after if after.upos != "DET" else sent.word(after.index + 1)
        owner = mention_of(parsed.text, sent, noun, (0, 0)) if noun is not None and noun.upos in ("NOUN", "PROPN") else None
        if owner is not None and owner.kind in ("name", "role", "org"):
            return owner
    return None


_TEXT_NOUNS = frozenset("text brief schreiben beitrag gastbeitrag kolumne essay aufsatz post tweet eintrag".split())
# (`Den Angaben zufolge` right after a report: what was just said, not a speaker of its own)
_SAID_NOUNS = frozenset("angaben informationen darstellung aussagen worten".split())


def author_of_text(text: str, m: Mention) -> Mention | None:
    """`Von Sayn-Wittgensteins Text`: the name in the Saxon genitive; `der Text` (nothing else
    named): the last such author of that noun before it in the article."""
    words = m.text.split()
    if not words or words[-1].lower() not in _TEXT_NOUNS:
        return None
    owner = next((w for w in reversed(words[:-1]) if w[:1].isupper() and w.endswith("s") and len(w) > 3), None)
    if owner is None and len(words) == 2 and words[0].lower() in ("der", "die", "das"):
        before = list(re.finditer(r"\b([A-ZÄÖÜ][\w-]+)s\s+(?:[a-zäöüß]\w*\s+)?" + re.escape(words[-1]) + r"\b",
                                  text[:m.start]))
        owner = before[-1].group(1) + "s" if before else None
    if owner is None:
        return None
    start = m.start + m.text.find(owner) if owner in m.text else m.start
    return Mention(owner[:-1], start, start + len(owner) - 1, "name")


def the_text_itself(text: str, m: Mention) -> bool:
    """`dem Beitrag`, `der Erklärung`, `das Schreiben`: a definite text or statement with no owner
    named, the one just mentioned; an indefinite one too where the text goes on (`In einer Erklärung
    hieß es weiter`) or is the frame's own place (`„…“, hieß es in einer Mitteilung`)."""
    found = re.fullmatch(r"(?:der|die|das|dem|den|im|diese[nmr]?)\s+(\w+)", m.text.strip(), flags=re.I)
    if found is None and (re.search(r"^\W*(?:hieß|heißt)\s+es\s+weiter\b", text[m.end:m.end + 30]) or
                          re.search(r"\b(?:hieß|heißt)\s+es\s+(?:in|auf)\s+(?:(?:eine|einer|einem)\s+)?$",
                                    text[max(0, m.start - 30):m.start])):
        found = re.fullmatch(r"(?:eine|einer|einem)\s+(\w+)", m.text.strip(), flags=re.I)
        if found is None and re.search(r"\b(?:eine|einer|einem)\s+$", text[max(0, m.start - 7):m.start], flags=re.I):
            found = re.fullmatch(r"(\w+)", m.text.strip())
    if found is None and re.search(r"\b(?:der|die|das|dem|den|im)\s+$", text[max(0, m.start - 5):m.start], flags=re.I):
        found = re.fullmatch(r"(\w+)", m.text.strip())  # the article left out of the mention
    return found is not None and (found.group(1).lower() in _TEXT_NOUNS | _SAID_NOUNS or is_report_noun(found.group(1))
                                  or found.group(1).lower().endswith(SPOKEN_TEXTS))


# (in the genitive too, after `nach Angaben`: `eines Sprechers`, `einer Sprecherin`)
_SPOKESPERSON = re.compile(r"(?:(?:[Ee]ine?|[Dd]er|[Dd]ie|[Ee]ines|[Ee]iner|[Dd]es)\s+)?" + SPOKESPERSON + "(?:in|s)?")


def bare_spokesperson(m: Mention) -> bool:
    """`Ein Sprecher`, `die Sprecherin`: a spokesperson with no body named beside them."""
    return _SPOKESPERSON.fullmatch(m.text.strip()) is not None


def spokesperson_of_body(parsed: Parsed, m: Mention) -> Mention | None:
    """`Das Auswärtige Amt wies die Vorwürfe zurück. Eine Sprecherin sagte …`: a spokesperson with
    no body named beside them speaks for the body that is the subject of their own sentence or of
    the one before: that body's mention."""
    if not bare_spokesperson(m) or parsed.sentence_at(m.start) is None:
        return None
    i = parsed.position_at(m.start)
    for s in (parsed.sentences[i], parsed.sentences[i - 1] if i > 0 else None):
        # (after an anaphoric `Das`/`Dies` opening the sentence the parser takes the subject for the
        # object: `Das teilte das Verteidigungsministerium mit.`)
        anaphoric = s is not None and s.words[0].text in ("Das", "Dies")
        bodies = [b for b in [mention_of(parsed.text, s, w, (0, 0)) for w in s.words
                              if w.deprel in SUBJECT_RELS or anaphoric and w.deprel == "obj" and w.index > 1]
                  + [_spoken_from(parsed.text, s, w) for w in s.words]
                  if b is not None and b.kind in ("org", "role") and b.end <= m.start
                  and (without_seat(b.text).split()[-1].lower().endswith(BODY_HEADS) or bare(b.text) in KNOWN_BODIES)] \
            if s is not None else []  # (`Die Lufthansa kritisierte …`: a well-known body by its name)
        if bodies:
            return bodies[-1]
    return None


def _spoken_from(text: str, sent: Sentence, w: Word) -> Mention | None:
    """`Im Außenministerium wies man die Vorwürfe zurück`, `Aus dem Kreml hieß es`: the place one
    speaks from, where the sentence's subject is only `man` or `es` (the body, if it is one)."""
    return object_of_preposition(text, sent, w.index - 1, (0, 0)) if w.upos == "ADP" and w.lemma in ("in", "aus") else None


_VIEW_NOUNS = frozenset("meinung ansicht auffassung einschätzung darstellung worten überzeugung sicht".split())


UNNAMED_REACH = 3000  # characters over which an epithet refers back to a person described without a name


def bare(text: str) -> str:
    """The words without their leading `der`/`die`/`das`, as the speaker's name has them
    (`der junge Mann` → `junger Mann`)."""
    found = re.match(r"(der|die|das)\s+(.+)", text.strip(), flags=re.I | re.S)
    return strong_form(found.group(1), found.group(2)) if found else text.strip()


def describes_one(m: Mention) -> bool:
    """`der 28-Jährige aus Horn`, `der Beschuldigte`: one person described by a definite phrase
    whose head is an age, a nationality or an adjective used as a noun - not an office."""
    words = re.sub(r"\s+aus\s+\S.*$", "", m.text).split()  # `der 28-Jährige aus Horn`: the head before the place
    if m.kind != "role" or len(words) < 2 or words[0].lower() not in ("der", "die"):
        return False
    head = next((w for w in reversed(words) if w.split("-")[-1][:1].isupper()), "").lower()  # `28-Jährige`
    return bool(re.fullmatch(r"(\d+-)?jährige|\w+(te|ene|ige)", head)) or head.split("-")[-1] in DEMONYMS


def names_a_text(name: str) -> bool:
    """`Angaben`, `Bericht`, `Aussage`: a speaker named by where the words stand, which no `er` or
    `sie` refers to."""
    words = name.split()
    return bool(words) and (is_source_noun(words[-1]) or is_report_noun(words[-1]))


def _verbs_beside_sie(parsed: Parsed, pronoun: Mention) -> list[Word]:
    """The verbs right before and after a `sie`."""
    sent = parsed.sentence_at(pronoun.start) if pronoun.text.lower() == "sie" else None
    if sent is None:
        return []
    k = next((i for i, w in enumerate(sent.words) if w.start == pronoun.start), None)
    if k is None:
        return []
    after = k + 1
    while after < min(k + 3, len(sent.words)) and sent.words[after].text.lower() in _BETWEEN_SIE_AND_VERB:
        after += 1  # `Sie dagegen blieb …`, `Sie aber sagte …`
    near = [sent.words[i] for i in (k - 1, after) if 0 <= i < len(sent.words)]
    return [w for w in near if w.upos in ("VERB", "AUX") or untagged_verb(w)]


_BETWEEN_SIE_AND_VERB = frozenset("aber dagegen jedoch hingegen indes selbst wiederum ihrerseits".split())


def plural_sie(parsed: Parsed, pronoun: Mention) -> bool:
    """`Sie erklärten`, `erklärten sie`: `sie` with a plural verb next to it means several people."""
    return any(plural_verb(w) for w in _verbs_beside_sie(parsed, pronoun))


def singular_sie(parsed: Parsed, pronoun: Mention) -> bool:
    """`sagte sie`, `Sie hat …`, `schrieb sie`, `Sie sei …`: `sie` with a singular verb next to it is
    one woman (any verb form but the plural's and the infinitive's `-n`)."""
    verbs = _verbs_beside_sie(parsed, pronoun)
    return bool(verbs) and not any(plural_verb(w) or w.text.lower().endswith("n") for w in verbs)


def group_of(parsed: Parsed, people: People, resolved: Resolved, pos: int) -> Resolved:
    """`Merkel und Macron trafen sich. Sie erklärten, …`: the people named together with the
    pronoun's antecedent where it was last named."""
    person = people.get(resolved.name or "")
    last = max((x for x in person.positions if x < pos), default=None) if person else None
    sent = parsed.sentence_at(last) if last is not None else None
    run = next((r for r in name_runs(sent) if r[0].start <= last <= r[-1].start), None) if sent else None
    if run is None:
        return resolved
    mention = Mention(parsed.text[run[0].start:run[-1].end], run[0].start, run[-1].end, "name")
    others = [r for r in (resolve(m, people, None) for m in coordinated(parsed.text, sent, mention, (pos, pos)))
              if r.name and fold(r.name) != fold(resolved.name or "")]
    return replace(resolved, others=tuple(others)) if others else resolved


_PRONOUN_ARTICLES = {"er": ("der", "ein"), "sie": ("die", "eine")}


def _determined_for(role: str, articles: tuple[str, ...]) -> bool:
    """Whether a role phrase opens with one of `articles`, or with a country's genitive or a possessive
    and a noun of the pronoun's gender (`Kiews Unterhändler` … `er`, `Polens Präsidentin` … `sie`)."""
    words = role.split()
    if words[0].lower() in articles:
        return True
    female = words[-1].endswith(("in", "innen"))
    # (and a possessive in the nominative of the pronoun's gender: `Sein Kommandeur, ein Major, sieht
    # es ähnlich. …, sagt er`; not `der ihr ihre Tochter entriss`)
    owned = words[0].lower() in (("seine", "ihre") if articles[0] == "die" else ("sein", "ihr")) and words[1][:1].isupper()
    return len(words) >= 2 and (words[0] in PLACES and words[0].endswith("s") or owned) and female == (articles[0] == "die")


def role_subject_mentions(parsed: Parsed) -> list[tuple[int, Mention]]:
    """(sentence index, mention) of role nouns that are the subject of a sentence's main verb."""
    out = []
    for sent in parsed.sentences:
        root = next((w for w in sent.words if w.deprel == "root"), None)
        if root is None:
            continue
        # (the parser may have missed the subject after the verb: read once per sentence)
        missed = not any(c.deprel in SUBJECT_RELS and could_be_nominative(sent, c) for c in sent.children(root.index))
        subjects = [c for c in sent.children(root.index) if c.deprel in ("nsubj", "nsubj:pass")
                    or missed and _nominative_object(sent, root, c)]
        if any(c.start < root.start and could_be_nominative(sent, c) for c in subjects):
            # a verb has one subject: of two, the one before it (`Die Chefin … griff die Regierung an`; not
            # `Als erster Zeuge`)
            subjects = [c for c in subjects if c.start < root.start]
        for c in subjects:
            m = mention_of(parsed.text, sent, c, (0, 0))
            # (`Der Mann hinterließ einen Zettel, in dem er …`: a person with no office, too)
            if m is not None and (m.kind == "role" or m.text.split()[-1] in PERSON_NOUNS):
                out.append((sent.index, m))
    return out


def _nominative_object(sent: Sentence, root: Word, w: Word) -> bool:
    """An object of the main verb, after it, opened by a nominative article: with no subject of the verb
    that could be one, the parser missed the subject after the verb (`Danach meldete sich eine Nachbarin
    zu Wort`, `Als erster Zeuge sagte ein ehemaliger Mitarbeiter aus`)."""
    first = min([w] + [c for c in sent.children(w.index) if c.index < w.index], key=lambda x: x.index)
    return w.deprel == "obj" and w.start > root.start and first.upos == "DET" and first.feat("Case") == "Nom"


def role_noun_mentions(parsed: Parsed) -> list[tuple[int, Mention]]:
    """(sentence index, mention) of every role noun phrase, whatever its function in the parse."""
    out = []
    for sent in parsed.sentences:
        for w in sent.words:
            m = mention_of(parsed.text, sent, w, (0, 0)) if w.upos == "NOUN" and role_head(w.text) else None
            if m is not None and m.kind == "role" and (not out or out[-1][1] != m):
                out.append((sent.index, m))
    return out


def role_antecedent(parsed: Parsed, people: People, role_subjects, pronoun: Mention, recent,
                     reach: int = 1) -> Mention | None:
    """The role subject of this sentence or one of the `reach` before it that a pronoun continues,
    when no person or quote came after it; the article agrees with the pronoun (`Der Minister` … `er`)."""
    articles = _PRONOUN_ARTICLES.get(pronoun.text.lower())
    sent = parsed.sentence_at(pronoun.start)
    if articles is None or sent is None:
        return None
    start = clause_start_of(parsed, pronoun.start)
    # (`Der Bürgermeister sieht das ähnlich. Er fordert mehr Geld. …, so der SPD-Politiker`: a sentence
    # opening with the same pronoun in between goes on with the role)
    k = sent.index - 1
    while reach < 3 and k > 0 and parsed.sentences[k].words and \
            parsed.sentences[k].words[0].text.lower() == pronoun.text.lower():
        reach, k = reach + 1, k - 1
    roles = [(i, m) for i, m in role_subjects if sent.index - reach <= i <= sent.index and m.end <= start
             and _determined_for(m.text, articles)]
    if not roles:
        return None
    i, role = roles[-1]
    if recent is not None and recent[0] == i and recent[3] <= role.start:
        return None  # `„…“, sagte die Grünen-Politikerin. … sie`: the role named the quote's speaker
    named = people.before(start)
    if named and max(x for x in named[0].positions if x < start) > role.start:
        return None
    if recent is not None and recent[3] > role.start:
        return None
    # `Der Vorsitzende der Grünen, Konstantin von Notz, kritisierte …` … `er`: the apposed name
    return appositive_name(parsed.text, parsed.sentence_at(role.start), role)


_MEDIA = re.compile(r"(das|die|der|dem|den|des)\s+(?:\w+e[nmrs]?\s+)?(\w+)", flags=re.I)
_OUTLET_REACH = 1500  # characters back to the title a media noun refers to
# an outlet whose text the article cites by its title in marks (`einen Bericht des „Spiegel“`); the
# text named again refers to it (`Laut dem Bericht`)
_CITED_OUTLET = re.compile(r"\b(?:%s)\s+(?:des|der|von)\s+[„»\"]([A-ZÄÖÜ][^“”«»\"\n]{1,40})[“”«\"]"
                           % "|".join(sorted(n.capitalize() for n in CITED_TEXTS)))


def outlet_named_before(text: str, m: Mention, titles: list[tuple[int, Resolved]]) -> Resolved | None:
    """`das Blatt`, `die britische Zeitung`: a definite media noun refers to the outlet named last
    by its title, if one was named within a few sentences."""
    found = _MEDIA.fullmatch(m.text.strip())
    noun = found.group(2).lower() if found else ""
    media = is_media_noun(noun)
    if not media and noun not in CITED_TEXTS:
        return None
    # (or whose report the article named: `einen Bericht des „Spiegel“` … `Das Magazin hatte berichtet`;
    # `Laut dem Bericht` is that outlet's too)
    cited = list(_CITED_OUTLET.finditer(text, max(0, m.start - _OUTLET_REACH), m.start))
    if cited and (not titles or titles[-1][0] < cited[-1].start() or not media):
        return Resolved(cited[-1].group(1), None, "org")
    if not media:
        return None
    if not titles or m.start - titles[-1][0] > _OUTLET_REACH:
        return None
    return titles[-1][1]


def gender_clash(people: People, pronoun: Mention, resolved: Resolved, she: bool = False) -> bool:
    """`er` (`ihm zufolge`) cannot be a woman, nor a `sie` with a singular verb (`she`, `ihr zufolge`) a man;
    neither is a group of people (`Russische Medien`, `die Kritiker`)."""
    person = people.get(resolved.name or "")
    singular = pronoun.text.lower() in _HE or she or pronoun.text.lower() == "ihr"
    words = (resolved.name or "").split()
    if person is None and singular and words and words[-1].lower().endswith(PERSON_GROUPS):
        return True
    return person is not None and (pronoun.text.lower() in _HE and person.gender == "f" or
                                   (she or pronoun.text.lower() == "ihr") and person.gender == "m")


_HE = ("er", "ihm", "ihn")


def fitting_person_between(people: People, pronoun: Mention, recent, she: bool, pos: int) -> bool:
    """A person the pronoun fits by gender is named after the last quote, whose speaker is not known
    to fit (`…, betonte Tusk. Ähnlich äußerte sich Angela Merkel. Sie betonte …`)."""
    want = "m" if pronoun.text.lower() in _HE else "f" if she or pronoun.text.lower() == "ihr" else None
    last = people.get(recent[1].name or "")
    if want is None or last is not None and last.gender == want:
        return False
    return any(p.gender == want and any(recent[3] <= x < pos for x in p.positions) for p in people.before(pos))


def subject_between(people: People, recent, pos: int, skip: tuple[int, int] | None = None) -> bool:
    """Another person is named as a subject after the last quote's speaker and before `pos` (not in
    the `skip` span, the quote itself: `Trump lebe …, sagte er` after `Selenskyj reagierte gelassen.`)."""
    newer = people.before(pos, subjects_only=True, skip=skip)
    return bool(newer) and fold(newer[0].name) != fold(recent[1].name or "") and \
        max(x for x in newer[0].subject_positions if x < pos and not (skip and skip[0] <= x < skip[1])) > recent[3]


def paragraph_opener(parsed: Parsed, cand: Candidate, recent, reach: int = 1) -> Sentence | None:
    """The sentence opening the report's paragraph, at most `reach` sentences before it, when the last
    quote stands in an earlier paragraph."""
    para = parsed.text.rfind("\n", 0, cand.start) + 1
    i = parsed.position_at(cand.start)
    if recent is None or recent[3] >= para:
        return None
    return next((parsed.sentences[i - k] for k in range(1, reach + 1)
                 if i - k >= 0 and parsed.sentences[i - k].start == para), None)


def paragraph_subject(parsed: Parsed, people: People, cand: Candidate, recent, reach: int = 1):
    """The person named as a subject in the `paragraph_opener` before a free report, right before it or
    (`reach` 2) with one sentence between that names no one as a subject (`Egede schlug in dieselbe
    Kerbe. Die Zukunft … bestimmten allein die Grönländer. Man wolle …`)."""
    opener = paragraph_opener(parsed, cand, recent, reach)
    if opener is None:
        return None
    newer = people.before(cand.start, subjects_only=True)
    if not newer or fold(newer[0].name) == fold(recent[1].name or ""):
        return None
    first = max(x for x in newer[0].subject_positions if x < cand.start)
    return newer[0] if opener.start <= first < opener.end else None


def about_the_speaker(parsed: Parsed, people: People, cand: Candidate, recent) -> bool:
    """The subject of a free report's Konjunktiv verb is `er` or singular `sie` and fits the last
    speaker's known gender (`Er wolle …`), not hearsay (`Er soll …`)."""
    sent = parsed.sentence_at(cand.start)
    person = people.get(recent[1].name or "")
    if sent is None or person is None or person.gender not in ("m", "f"):
        return False
    for w in sent.words:
        if not cand.start <= w.start < cand.end or not is_subjunctive(w, sent):
            continue
        if w.text.lower() in ("soll", "sollen"):
            return False
        heads = [w.index] + ([w.head] if w.deprel in ("aux", "cop") and w.head else [])
        for c in (c for h in heads for c in sent.children(h) if c.deprel in SUBJECT_RELS):
            if _pronoun_fits(parsed, c, person):
                return not subject_between(people, recent, cand.start)
        return False
    return False


def _pronoun_fits(parsed: Parsed, w: Word, person, unknown_fits: bool = False) -> bool:
    """`er`, or `sie` read as singular, of this person's gender (`unknown_fits`: a gender not known
    from a first name fits too)."""
    low, gender = w.text.lower(), person.gender
    if low == "er":
        return gender == "m" or unknown_fits and gender != "f"
    return low == "sie" and (gender == "f" or unknown_fits and gender != "m") and \
        singular_sie(parsed, Mention(w.text, w.start, w.end, "pronoun"))


_FIRST_SINGULAR = re.compile(r"\b(ich|mich|mir|mein\w*)\b", re.I)


def first_person_about_the_speaker(parsed: Parsed, people: People, cand: Candidate, recent) -> bool:
    """`Drei Monate saß er im Gefängnis. „Natürlich kam es den Behörden gelegen, dass ich …“`: a
    quote in the first person right after a sentence whose subject is the last speaker (`er` or
    singular `sie` not of the other gender, or their name) is that speaker's."""
    # (a gender not known from a first name does not rule a pronoun out: the quote is in the first person)
    return bool(_FIRST_SINGULAR.search(parsed.text[cand.start:cand.end])) and \
        speaker_subject_before(parsed, people, cand, recent, unknown_fits=True)


def speaker_subject_before(parsed: Parsed, people: People, cand: Candidate, recent, unknown_fits: bool = False) -> bool:
    """The sentence right before the candidate, after the last quote, has the last speaker as its subject
    (`er` or singular `sie` of their gender, or their name), and no one else was named as a subject since:
    the speaker is still the one the text is about (`„…“, sagt Baatour. … Auch die Rolle der Berber
    möchte er stärken. Tunesien brauche …`)."""
    person = people.get(recent[1].name or "")
    if person is None:
        return False
    i = parsed.position_at(cand.start)
    before = parsed.sentences[i - 1] if i > 0 else None
    if before is None or before.end <= recent[3]:
        return False
    last = fold(person.name.split()[-1])
    for w in before.words:
        if w.deprel in SUBJECT_RELS and (fold(w.text) == last or _pronoun_fits(parsed, w, person, unknown_fits)):
            return not subject_between(people, recent, cand.start)
    return False


def clause_start_of(parsed: Parsed, pos: int) -> int:
    """Offset where the clause holding `pos` begins: the sentence start or the last comma,
    colon or semicolon before it."""
    sent = parsed.sentence_at(pos)
    if sent is None:
        return pos
    marks = [w.end for w in sent.words if w.end <= pos and w.text in ",:;"]
    return max(marks, default=sent.start)
