"""Who the sentence before a quote introduced, for a quote whose own sentence names no speaker
(`Baerbock zeigte sich besorgt. „Wir beobachten die Lage.“`): its subject, a person or a body
with a side, when that sentence reports nothing itself; and the body named before that a generic
word (`das Unternehmen`) or a singular `sie` refers back to."""

from __future__ import annotations

import re

from quotes.clauses import in_ob_clause, is_subjunctive
from quotes.according import according_to_frame
from quotes.lexicon import (ACTOR_SURNAMES, BODY_HEADS, FIRST_NAMES, KNOWN_BODIES, ORG_HEADS, PLACES, REACTION_NOUNS,
                             generic_stem, is_group_or_body, is_named_body)
from quotes.layout import sentence_before_in_paragraph
from quotes.names import fold, role_head
from quotes.nominative import body_in_nominative, strong_form
from quotes.groups import person_of_nationality
from quotes.reference import paragraph_opener
from quotes.resolution import Resolved, resolve
from quotes.speakers import People, side_of
from quotes.subjects import reaction_source, sentence_subject
from quotes.types import Candidate, Mention, Parsed, Sentence, Word

_DOUBLE_MARKS = frozenset("„“”»«\"")  # a sentence with these reports something itself


def introduced_before(parsed: Parsed, people: People, cand: Candidate, sidx: int, carried: Resolved) -> Resolved | None:
    """`Georg Ratzinger war eingeweiht. „Mein Bruder wünscht sich Ruhe.“`: a quote standing on its own
    right after a sentence whose subject is a person other than the last speaker is that person's."""
    sent = parsed.sentence_at(cand.start)
    if sent is None or sent.start < cand.start - 2 or sidx == 0:
        return None
    prev = parsed.sentences[sidx - 1]
    newer = people.before(cand.start, subjects_only=True)
    if not newer or fold(newer[0].name) == fold(carried.name or ""):
        return None
    pos = max(x for x in newer[0].subject_positions if x < cand.start)
    # the sentence before reports nothing itself (in marks or in Konjunktiv: `Putin versuche, …` is
    # the last speaker's words about Putin): it introduces the person
    if not prev.start <= pos < prev.end or _reports_something(parsed, prev):
        return None
    return resolve(Mention(newer[0].name, pos, pos + len(newer[0].name), "name"), people, None)


def body_of_place(parsed: Parsed, people: People, mention: Mention, place: Resolved) -> Resolved | None:
    """The body or person of the place's side that is the subject of the sentence before a source
    named only by its city (`hieß es in Moskau`), if any."""
    i = parsed.position_at(mention.start)
    if i < 1 or not place.side or not re.search(r"\b(?:in|aus)\s+$", parsed.text[max(0, mention.start - 5):mention.start]):
        return None
    m = sentence_subject(parsed.text, parsed.sentences[i - 1], (0, 0))
    found = resolve(m, people, None) if m is not None and m.kind in ("org", "role", "name") else None
    return found if found is not None and found.name and found.side == place.side and found.name != place.name else None


def colon_opener(parsed: Parsed, cand: Candidate, sidx: int) -> Mention | None:
    """`Kritik kam von der Grünen Jugend: Die Parteiführung habe …` split at the colon: the one the
    sentence before the report names as its subject (or the source of its reaction), when it ends in
    the colon right before the report."""
    if sidx == 0 or cand.start != parsed.sentences[sidx].start:
        return None
    prev = parsed.sentences[sidx - 1]
    if not parsed.text[prev.start:prev.end].rstrip().endswith(":") or "\n" in parsed.text[prev.end:cand.start]:
        return None
    m = reaction_source(parsed.text, prev) or sentence_subject(parsed.text, prev, (cand.start, cand.end))
    return m if m is not None and m.kind in ("name", "role", "org") and m.text not in REACTION_NOUNS else None


def reports_itself(sent: Sentence, candidates: list[Candidate]) -> bool:
    """The sentence holds a report of its own, or a source frame (`laut X`, `nach Angaben von X`)."""
    return any(sent.start <= c.start < sent.end for c in candidates) or \
        any(according_to_frame(sent, i) is not None for i in range(len(sent.words)))


def _reports_something(parsed: Parsed, sent: Sentence) -> bool:
    """A sentence with quotation marks or a verb in Konjunktiv reports someone's words itself (not
    one in a relative clause: `Eine Anwohnerin, die ihren Namen nicht lesen möchte, zeigte sich …`, nor
    a question: `Auf die Frage, ob die Ukraine Mitglied werde, antwortete Blinken ausweichend`)."""
    return bool(_DOUBLE_MARKS & set(parsed.text[sent.start:sent.end])) or \
        any(is_subjunctive(w, sent) and not _in_relative_clause(sent, w) and not in_ob_clause(sent.words, w)
            for w in sent.words)


def _in_relative_clause(sent: Sentence, w: Word) -> bool:
    head = sent.word(w.head) if w.deprel.startswith("aux") and w.head else w
    return head is not None and head.deprel == "acl:relcl"


def body_introduced(parsed: Parsed, people: People, cand: Candidate, sidx: int, person: bool = False,
                    any_body: bool = False) -> Resolved | None:
    """`Der Kreml reagierte scharf. „Das ist eine Provokation.“`: the subject of the sentence right
    before, in the same paragraph and without marks, when it is a body with a side or an office
    (`person`: only a person described by a role after its definite article, `Die Enkelin des Sammlers`;
    `any_body`: any body by its head noun, for `…, hieß es`)."""
    sent = parsed.sentence_at(cand.start)
    if sidx == 0 or sent is None or sent.start < cand.start - 2 or parsed.sentences[sidx - 1].end > cand.start \
            or "\n" in parsed.text[parsed.sentences[sidx - 1].end:cand.start]:
        return None  # (the quote opens its sentence, and the paragraph goes on from the one before)
    prev = parsed.sentences[sidx - 1]
    if _reports_something(parsed, prev):
        return None  # (a sentence in Konjunktiv is itself reported: `Die US-Seite habe deutlich gemacht, …`)
    m = sentence_subject(parsed.text, prev, (cand.start, cand.end))
    # (`Das Bundesverfassungsgericht hat … gekippt. …, hieß es zur Begründung`: any body for `heißen`; a
    # free report after any body's sentence is as often the writer's, measured on SpkAtt)
    if m is None or m.kind not in ("org", "role") or not (side_of(m.text) or m.kind == "role" and role_head(m.text)
                                                         or any_body and m.text.split()[-1].lower().endswith(BODY_HEADS)):
        return None
    if person and not (m.kind == "role" and m.text.split()[0].lower() in ("der", "die") and role_head(m.text) not in ORG_HEADS):
        return None
    resolved = person_of_nationality(people, m, resolve(m, people, None)) if person else resolve(m, people, None)
    return resolved if resolved.name else None


def paragraph_body(parsed: Parsed, people: People, cand: Candidate, recent) -> Resolved | None:
    """`Am 15. Mai hat die Wahlkommission den Termin festgelegt. Mögliche Termine seien …`: a free report
    right after the sentence opening its paragraph, whose subject is a body, is the body's, not that of
    the last speaker, who spoke in an earlier paragraph (`paragraph_subject` does this for persons)."""
    prev = paragraph_opener(parsed, cand, recent)
    if prev is None or _reports_something(parsed, prev):
        return None
    m = sentence_subject(parsed.text, prev, (cand.start, cand.end))
    # (a body by the word for its kind: `die Wahlkommission`, `das Ministerium`; not any subject)
    if m is None or m.kind not in ("org", "role") or role_head(m.text.split()[-1]) not in ORG_HEADS:
        return None
    resolved = resolve(m, people, None)
    return resolved if resolved.name else None


def _body_shaped(name: str) -> bool:
    """`Ärzte ohne Grenzen`, `ADAC`, `Werder Bremen`, `Islamischer Staat`: a name the parse found as a
    person's that could be a body's (a listed body, an acronym, or two words or more, none a first name)."""
    words = name.split()
    return is_named_body(name) or name.isupper() and len(name) >= 2 or \
        len(words) >= 2 and not any(w in FIRST_NAMES or w in ACTOR_SURNAMES for w in words)


def named_body_before(parsed: Parsed, sidx: int, head: str | None = None, back: bool = True) -> Resolved | None:
    """`Der Energiekonzern Gazprom hat die Lieferungen reduziert. …, teilte das Unternehmen mit`: a
    body named by its proper name as the subject of the sentence before (with a word of that `head`,
    if given: `Die Gewerkschaft Verdi rief zum Streik auf. Die Gewerkschaft erklärte …`); when that
    subject is a pronoun (`Sie klebten sich fest.`), the one of the sentence before it (`back`)."""
    if sidx == 0:
        return None
    prev = parsed.sentences[sidx - 1]
    m = sentence_subject(parsed.text, prev, (prev.end, prev.end))
    if m is not None and m.kind == "pronoun":
        return named_body_before(parsed, sidx - 1, head, back=False) if back else None
    reaction = m is None or m.text in REACTION_NOUNS
    if reaction:
        m = reaction_source(parsed.text, prev)  # `Kritik kommt vom ADAC.`: the ADAC is the agent
    if m is not None and m.kind == "name" and _body_shaped(m.text) and (
            head is None or re.search(rf"{head}\w*\s+$", parsed.text[prev.start:m.start], flags=re.I)):
        # `Der SV Werder Bremen`, `Die Terrormiliz Islamischer Staat`: a generic word for a body refers
        # to no person; a compound to the body it described (`Die Hilfsorganisation Ärzte ohne Grenzen`)
        return Resolved(m.text, side_of(m.text), "org")
    if m is None:
        return None
    words = m.text.split()
    article = bool(words) and words[0].lower() in ("der", "die", "das")
    if article:
        words = words[1:]  # (`Die NASA` opening the sentence)
    known = " ".join(words)
    if head is None and known in KNOWN_BODIES:
        # `Die Lufthansa streicht Flüge. …, teilte die Fluggesellschaft mit`: a well-known body named by
        # one word, which the tags cannot tell from a common noun
        return Resolved(known, side_of(known), "org")
    if m.kind != "org" or head is not None and not any(w.lower().endswith(head) for w in m.text.split()):
        return None
    # (the proper name after its descriptors: `russische Energiekonzern Gazprom` is Gazprom)
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not role_head(words[k - 1]) and generic_stem(words[k - 1]) is None:
        k -= 1
    name = " ".join(words[k:])
    # (a name alone with an acronym in it is a body's proper name too: `Die NASA`, `Der FC Bayern`; so
    # is one of capitalised words only after its article, which a phrase of common nouns is not: `Die
    # Deutsche Telekom`; `Erste Tests` opening a sentence is capitalised there)
    acronym = k == 0 and (any(w.isupper() and len(w) >= 2 for w in words) or article and len(words) >= 2)
    if head is not None:
        # one phrase before the finite verb is one constituent (`Die Gewerkschaft Verdi rief …`);
        # after it the next noun may be the object (`erhob die Staatsanwaltschaft Anklage`)
        finite = next((w for w in prev.words if w.upos in ("VERB", "AUX")), None)
        if not reaction and (finite is None or finite.start < m.end):
            return None
    if name in PLACES and k > 0:
        name = " ".join(words[k - 1:])  # `Die Polizei Hamburg`: the place narrows the body down
    elif k > 0 and words[k - 1] in ("der", "des"):
        # `Klimaaktivisten der Letzten Generation`: the body in the genitive, named in the nominative
        name = body_in_nominative(words[k - 1], name)
    elif k == 0 and article:
        name = strong_form(m.text.split()[0], name)  # `Der Deutsche Mieterbund` is `Deutscher Mieterbund`
    return Resolved(name, side_of(m.text), "org") if name and (k > 0 or acronym) else None


# bodies of a state that take the side of the capital they speak from (`das Außenministerium`)
_STATE_BODY = re.compile(r"\w*(?:ministerium|regierung|präsidialamt|präsidentenamt|präsidialverwaltung|kanzleramt|außenamt|"
                         r"sicherheitsrat|generalstab|armee|militär|botschaft)",
                         flags=re.I)


def side_from_capital(parsed: Parsed, mention: Mention, sidx: int, body: Resolved) -> Resolved:
    """`Kritik kam aus Moskau. …, erklärte das Außenministerium`: a state body named with no side
    takes the side of the one capital its sentence or the one before speaks `aus` (or `In`), or of the
    one side it calls a side (`Die russische Seite schloss Sabotage nicht aus. Ein Sprecher des
    Verteidigungsministeriums …`)."""
    if body.side is not None or not body.name or not _STATE_BODY.fullmatch(body.name.split()[-1]):
        return body
    window = parsed.text[parsed.sentences[max(0, sidx - 1)].start:mention.start]
    # (`In Moskau reagierte man scharf.` opening a sentence is where one speaks from too)
    spoken_from = [w for m in re.finditer(r"\b(?:[Aa]us|In)\s+(\w+)(?:\s+(?:und|oder|sowie)\s+(\w+))?", window)
                   for w in m.groups() if w in PLACES]
    if spoken_from:
        # (every capital it speaks from counts: `Aus Moskau und Kiew` tells no side; not the places
        # the report names: `Aus Washington kam Skepsis. China unterstütze Russlands …, sagte …`)
        sides = {side_of(w) for w in spoken_from} - {None}
    elif re.search(r"\b\w+e[nr]?\s+Seite\b", window):
        # (every side named there counts: `die russische Seite` after `Kiew` tells none)
        sides = {side_of(w) for w in re.findall(r"[\w-]+", window)} - {None}
    else:
        return body
    return Resolved(body.name, sides.pop(), body.how, body.others) if len(sides) == 1 else body


_OWN_MINISTRY = re.compile(r"\b(?:[Ss]ein|[Ii]hr)(?:em|es|e|en)?\s+$")
_POSSESSIVE_MINISTRY = re.compile(r"\b(?:[Ss]ein|[Ii]hr)(?:es|em|e)?\s+Ministeriums?\b")


def ministry_of_its_minister(parsed: Parsed, mention: Mention, sidx: int, body: Resolved) -> Resolved:
    """`Der Verteidigungsminister hält sich bedeckt. Aus seinem Ministerium hieß es, …` (or `sagte ein
    Sprecher seines Ministeriums`, `teilte sein Ministerium mit`): a possessive ministry is the one of
    the minister the sentence before or its own named last."""
    if body.name != "Ministerium" or not (_OWN_MINISTRY.search(parsed.text[max(0, mention.start - 8):mention.start])
                                          or _POSSESSIVE_MINISTRY.search(mention.text)):
        return body
    window = parsed.text[parsed.sentences[max(0, sidx - 1)].start:mention.start]
    office = re.findall(r"\b([\w-]*[Mm]inister)(?:in)?\b", window)
    if not office or office[-1].lower() == "minister":
        return body
    ministry = office[-1] + "ium"
    return Resolved(ministry, body.side or side_of(ministry), body.how, body.others)


def office_introduced(parsed: Parsed, people: People, cand: Candidate, sidx: int) -> Resolved | None:
    """`Der Oberbürgermeister zeigte sich gesprächsbereit. „Meine Tür steht offen.“` after another
    speaker: a person of the article introduced by an office; not a body (`Die Regierung in Berlin
    hatte reagiert. „…“` goes on with the last speaker)."""
    office = body_introduced(parsed, people, cand, sidx) if ends_its_sentence(parsed, cand) else None
    return office if office is not None and (people.get(office.name or "") is not None or
                                             _someone_new(parsed, cand, sidx)) else None


def _someone_new(parsed: Parsed, cand: Candidate, sidx: int) -> bool:
    """The sentence before introduces someone new by an indefinite role (`Eine Anwohnerin zeigte sich
    enttäuscht.`, `Ein Augenzeuge berichtete von Schüssen.`): no one spoken of before."""
    m = sentence_subject(parsed.text, parsed.sentences[sidx - 1], (cand.start, cand.end))
    return m is not None and m.kind == "role" and m.text.split()[0].lower() in ("ein", "eine")


def ends_its_sentence(parsed: Parsed, cand: Candidate) -> bool:
    """Nothing but marks and a stop follow the quote in its sentence (`„…“ wie Spielberg ausübten`
    goes on in the writer's words)."""
    sent = parsed.sentence_at(max(cand.start, cand.end - 1))
    return sent is not None and not parsed.text[cand.end:sent.end].strip(" “”\"»«‘’.!?…")


def named_body_near(parsed: Parsed, pos: int, sidx: int, head: str | None = None) -> Resolved | None:
    """`named_body_before` for a mention at `pos`, in sentence `sidx` or after it: a frame in the next sentence
    may name the body of the quote's own sentence (`Der FC Bayern hat sich getrennt. Das gab der Verein
    bekannt.`), else the one before the quote (`Die NASA plant … Ergebnisse würden erwartet. Das
    teilte die Behörde mit.`)."""
    at = parsed.position_at(pos)
    own = parsed.sentences[at].index if at >= 0 else 0
    found = (named_body_before(parsed, own, head) if own != sidx else None, named_body_before(parsed, sidx, head))
    # (a place is no company or organisation: `Wolfsburg: VW kündigt Stellenabbau an` heading the article)
    return next((r for r in found if r is not None and r.name not in PLACES), None)


_BODY_REACH = 8  # sentences back to the body a generic word refers to


def feminine_body_before(parsed: Parsed, people: People, pronoun: Mention, sidx: int) -> Resolved | None:
    """The body a feminine singular noun names as the subject of the sentence before, in the same
    paragraph, with no person named in that sentence (`Die Verteidigung`, `Die Staatsanwaltschaft`)."""
    sent = parsed.sentence_at(pronoun.start)
    if sidx < 1 or sent is None or sent is not parsed.sentences[sidx]:
        return None
    prev = sentence_before_in_paragraph(parsed, sent)
    if prev is None or any(prev.start <= x < prev.end for p in people.persons.values() for x in p.positions):
        return None
    m = sentence_subject(parsed.text, prev, (prev.end, prev.end))
    words = m.text.split() if m is not None else []
    # (`Die Verteidigung`, `Die ukrainische Armee`: the article, adjectives in lower case, the noun)
    if not 2 <= len(words) <= 4 or words[0] != "Die" or not all(w.islower() for w in words[1:-1]) or \
            not words[-1].endswith(_INSTITUTION_ENDINGS) and not is_group_or_body(words[-1]):
        return None
    noun = next((w for w in prev.words if w.text == words[-1]), None)
    if noun is None or "Number=Plur" in noun.feats or "Gender=Fem" not in noun.feats:
        return None
    name = " ".join(words[1:])
    return Resolved(name, side_of(name), "org")


# feminine nouns of institutions and parties to a case (`Verteidigung`, `Staatsanwaltschaft`, `Opposition`)
_INSTITUTION_ENDINGS = ("ung", "schaft", "ion", "polizei")


def subject_body_before(parsed: Parsed, sidx: int) -> Resolved | None:
    """The nearest well-known body (`lexicon/known_bodies.txt`, or an acronym) named as a sentence's
    subject within `_BODY_REACH` sentences before sentence `sidx` (further back, any capitalised
    phrase would do: `Hauptstadt Mogadischu`, measured on SpkAtt)."""
    found = (named_body_before(parsed, k, back=False) for k in range(sidx - 1, max(0, sidx - _BODY_REACH), -1))
    r = next(filter(None, found), None)
    return r if r is not None and r.name and (r.name in KNOWN_BODIES or r.name.isupper() and len(r.name) >= 2) else None
