"""What a mention stands for among the article's people: a name to its person, a pronoun or role to
its antecedent, a spokesperson to their body; the canonical speaker with its side (`Resolved`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotes.actors import load as load_actors
from quotes.lexicon import OFFICE_SYNONYMS, ORG_HEADS, PLACES, REGIONAL_WORDS, is_generic_body
from quotes.marks import ARTICLES
from quotes.names import (entourage_owner, fold, last_name, named_body, of_a_person, role_head, role_word, without_article,
                          without_full_stop, without_seat)
from quotes.nations import nationalities
from quotes.nominative import body_in_nominative, nominative_adjectives, nominative_body, person_in_nominative, weak_singular
from quotes.speakers import DEMONSTRATIVES, SPOKESPERSON, People, Person, as_pronoun, feminine_role, is_epithet, side_of
from quotes.types import Mention


@dataclass(frozen=True)
class Resolved:
    name: str | None
    side: str | None
    how: str  # name | pronoun | role | org | unresolved
    others: tuple[Resolved, ...] = ()  # speakers named together with this one (`sagten A und B`)


_TOPIC_REACH = 300  # characters: about two sentences
_ROLE_REACH = 250  # characters: a role right after a person named as the subject


# a spokesperson's noun (`Sprecher`, `Pressesprecherin`): here with the body they speak for
_SPOKESPERSON_OF = re.compile(r"(?:(?:ein|eine|einer|eines|der|die|dem|den)\s+)?(?:[\w-]+-)?" + SPOKESPERSON +
                              r"(?:in|innen|s)?\s+(des|der|seines|ihres)\s+(\S.*)$", flags=re.I)


def _later_fitting(people: People, found: Person, pos: int, gender: str) -> Person | None:
    """The person of `gender` named last before `pos`, if named after `found` (`people.before`
    walks back from `pos`, most recent first)."""
    for p in people.before(pos):
        if p is found:
            return None
        if p.gender == gender:
            return p
    return None


def resolve(mention: Mention, people: People, recent: str | None, clause_start: int | None = None,
            she: bool = False, quoted: tuple[int, int] | None = None) -> Resolved:
    """Map a mention to a canonical speaker. `recent` is the last speaker named nearby;
    a pronoun's antecedent stands before `clause_start`, the start of the pronoun's own clause
    (`Gegenüber NDR Info äußerte er sich`: not NDR Info); `she`: a `sie` known to be singular."""
    text = mention.text.strip()
    if mention.kind == "pronoun":
        # the latest person named as a subject is the usual antecedent of `sagte er`, the latest
        # person named at all that of `sagte dieser`
        # `er` is no woman: skip women when a first name or role says so (`sie` may be plural)
        gender = DEMONSTRATIVES.get(text.lower())
        # (`Ihm zufolge`, `Ihr zufolge`: the dative says the gender too)
        other = "f" if text.lower() in ("er", "ihm") or gender == "m" else \
            "m" if gender == "f" or she or text.lower() == "ihr" else None
        order = ((True, False), (False, False)) if gender else \
            ((True, True), (True, False), (False, True), (False, False))
        if text.lower() in ("er", "ihm") or she:
            # `er` is never a person known to be a woman (`sagt Olena. … erzählt er`: someone else,
            # perhaps described without a name); nor a singular `sie` a man (`Sie sagte` after
            # `Regierungssprecher Robert Gibbs` and `der Bundeskanzlerin`); other `sie` may be plural
            order = tuple(o for o in order if o[0])
        for gendered, subjects_only in order:
            # a demonstrative may point back inside its own clause (`mit dem Anwalt X sagte dieser`)
            before = people.before(mention.start if clause_start is None or gender else clause_start, subjects_only,
                                   skip=quoted)
            first = next((p for p in before if not gendered or other is None or p.gender != other), None)
            if first is not None and gendered and she and first.gender is None:
                # one of unknown gender yields to a woman named later for a singular `sie` (`…, sagte
                # Juncker. Ähnlich äußerte sich Angela Merkel. Sie betonte …`); for `er` this took the
                # addressee of a man with an unknown first name (measured on SpkAtt)
                first = _later_fitting(people, first, mention.start, "f") or first
            if first is not None:
                return Resolved(first.name, first.side, "pronoun")
        p = people.get(recent) if recent else None
        if recent and not (p is not None and other is not None and p.gender == other):
            # (not the last speaker whose gender the pronoun rules out: `„…“, sagt Olena. … erzählt er`)
            return Resolved(recent, p.side if p else None, "pronoun")
        return Resolved(None, None, "unresolved")
    if mention.kind == "name" and text in PLACES:
        return Resolved(text, side_of(text), "org")
    if mention.kind == "name" and of_a_person(text):
        # `aus dem Umfeld von Außenminister Wadephul`: those around the person, not the person
        owner = people.get(entourage_owner(text).split()[-1])
        return Resolved(_body_name(text), owner.side if owner is not None else side_of(text), "role")
    if mention.kind == "name":
        text = without_full_stop(text)  # `sagte Xi.` with the sentence's stop glued to the name
        p = people.get(text)
        if p is not None:
            return Resolved(p.name, p.side or side_of(text), "name")
        # (`hieß es bei der Organisation`, the article left out of the mention: a generic word for a
        # body, which the speaker pass names after the body it stands for)
        return Resolved(_body_name(text), side_of(text), "org" if is_generic_body(text) else "name")
    spoke_for = _SPOKESPERSON_OF.match(text)
    if spoke_for is not None and (head := role_head(spoke_for.group(2).split()[-1])) and head not in ORG_HEADS:
        # `der Sprecher des russischen Präsidenten`: a person's spokesperson, no body, as written
        return Resolved(without_article(text), side_of(text) or people.owner_side(text), "role")
    if spoke_for is not None:
        # `ein Sprecher des Pentagons`, `der Pressedienst des Kremls` speak for the body: one entity with
        # it; `des Energiekonzerns Gazprom` names it after its kind
        # (the body by its name, not its seat: `ein Sprecher der Kommission in Brüssel`)
        body = without_seat(without_full_stop(spoke_for.group(2)))
        return Resolved(named_body(body) or body_in_nominative(spoke_for.group(1), body),
                        side_of(text) or people.owner_side(text), "org")
    if mention.kind == "role":
        head = role_head(text) or role_head(without_article(text))  # (`den Präsidenten`: a weak noun inflected)
        described = _described_right_after(people, mention)
        if described is not None:
            # `Gesundheitsministerin a. D. Petra Schulz widersprach` with the parse's subject the office
            # alone: the person it describes, named right after it
            return Resolved(described.name, described.side or side_of(text), "role")
        side = side_of(text) or people.owner_side(text)
        if (indefinite := re.match(r"(ein|eine|einer|einem|einen|eines)\s+(.+)", text, flags=re.I)) is not None:
            # `ein Sprecher` introduces someone new (`einen Regierungsbeamten`: a person named in the
            # nominative; anything else as a body is named)
            person = person_in_nominative(*indefinite.groups())
            return Resolved(person if person != indefinite.group(2) else _body_name(text), side, "role")
        if head in ORG_HEADS:
            # `die Staatsanwaltschaft` is a body, not the person whose title mentions it
            return Resolved(_body_name(text), side, "role")
        found = role_word(text, head)
        role = found.lower() if found else head
        # (a person named in the reported words is no antecedent of the role that reports them:
        # `Scholz verstecke sich …, sagte der CDU-Chef`)
        earlier = people.before(mention.start, skip=quoted)
        nations = nationalities(text)
        # (a state's office is no nation's of another name: `der bayerische Ministerpräsident` is not the
        # `Bundeskanzlerin` named before)
        regional = any(w.lower().startswith(REGIONAL_WORDS) for w in re.findall(r"[\w-]+", text))
        for p in earlier:
            if head and any(_same_role(role, w, synonyms=not regional) for d in p.descriptors
                            for w in re.findall(r"[\w-]+", d.lower())) \
                    and (side is None or p.side in (None, side)) \
                    and not (nations and (theirs := nationalities(" ".join(p.descriptors), offices=True)) and not nations & theirs):
                # (`der chinesische Außenminister` is not `der russische Außenminister` named before)
                return Resolved(p.name, p.side or side, "role")
        if side:
            for p in earlier:
                # a spokesperson or another person of the story is not someone of that side known by
                # another office (`Dem Kremlsprecher zufolge` after `Kremlchef Putin`)
                # (a spokesperson of that side named so is one: `so der Kremlsprecher` after `Der
                # Pressesprecher des russischen Präsidenten, Dmitri Peskow`)
                spokesperson = role.endswith(("sprecher", "sprecherin")) and \
                    any(re.search(r"sprecher(in)?\b", d, flags=re.I) for d in p.descriptors)
                if p.side == side and (spokesperson or not (role.endswith(_OTHERS_ROLES)
                                                            and any(role_head(d) for d in p.descriptors))):
                    return Resolved(p.name, side, "role-side")
            if earlier and earlier[0].side is None and earlier[0] in people.before(mention.start, subjects_only=True)[:1] \
                    and mention.start - max(earlier[0].positions) < _TOPIC_REACH and not _other_office(earlier[0], role) \
                    and not _paragraph_since(people, earlier[0], mention.start):
                # `Selenskyj forderte mehr Waffen. „…“, schrieb der ukrainische Präsident`: the person
                # just named as the subject, of no known side, is the one the role describes (in the same
                # paragraph: `Der Kremlsprecher wies die Vorwürfe zurück` opening the next one is someone else)
                return Resolved(earlier[0].name, side, "role-side")
        later = _introduced_later(people, mention, role, side) if head and not earlier else None
        if later is not None:
            # `Bürgermeisterin zur Unterkunft: „…“` heading an article that names `Oberbürgermeisterin
            # Petra Lang` below: the one person of that role
            return Resolved(later.name, later.side or side, "role-later")
        # (in a new paragraph, a person named with the role right after it comes first: `Lars Klingbeil
        # … \n\n …, meinte der Pfarrer. Pfarrer Martin Weber …`; a headline's name stays the antecedent)
        across = bool(earlier) and _paragraph_since(people, earlier[0], mention.start)
        just_named = _named_next(people, mention, head, side) if across else None
        if just_named is None and side is None:
            just_named = _subject_just_named(people, mention, earlier, head, quoted)
        if just_named is None:
            just_named = _named_next(people, mention, head, side)
        if just_named is not None:
            # `Oppositionsführer Friedrich Merz sagte Unterstützung zu. „…“, sagte der CDU-Vorsitzende`:
            # a definite office right after a person named in full as the subject is that person's
            return Resolved(just_named.name, just_named.side, "role-subject")
        # (an epithet, `der SPD-Politiker`, refers back like a pronoun: not here)
        member = _member_of(people, earlier[:3], text) if head and as_pronoun(mention) is mention else None
        if member is not None:
            # `Oppositionsführer Friedrich Merz (CDU) … rief der CDU-Chef`: the party or body the
            # role is of, named with the person before
            return Resolved(member.name, member.side or side, "role")
        return Resolved(named_body(text) or without_article(text), side, "role")
    known = people.get(text) if " " not in text else None
    if known is not None and fold(last_name(known.name)) == fold(text):
        # `Al-Scharaa versicherte` read as a body's name: the person of the article with that last name
        return Resolved(known.name, known.side or side_of(text), "name")
    genitive = re.fullmatch(r"(?:des|eines)\s+((?:[a-zäöüß][\w-]*\s+)*)([\w-]+)", text, flags=re.I)
    noun = genitive.group(2) if genitive else ""
    # (`Ministers` → `Minister`, `Präsidenten` → `Präsident`, `Kollegen` → `Kollege`)
    nominative = next((n for n in (re.sub(r"(?<=er|or|ar|är|ef)s$", "", noun), re.sub(r"en$", "", noun),
                                   re.sub(r"n$", "", noun)) if n != noun and role_head(n)), None)
    if nominative:
        # `nach Ansicht des Ministers`: an office in the genitive (read as a role only as a single
        # word) is the person who holds it, if the article named one
        held = resolve(Mention(genitive.group(1) + nominative, mention.start, mention.end, "role"), people, recent)
        if held.how != "role" or people.get(held.name or "") is not None:
            return held
    return Resolved(_body_name(text), side_of(text), "org")


# roles of the other people in a case or a story (`der Richter` after the accused, `der Ermittler`)
_OTHERS_ROLES = ("richter", "richterin", "ermittler", "ermittlerin", "anwalt", "anwältin", "staatsanwalt",
                 "staatsanwältin", "verteidiger", "verteidigerin", "polizist", "polizistin", "arzt", "ärztin",
                 "sprecher", "sprecherin", "kläger", "klägerin", "zeuge", "zeugin", "gutachter", "gutachterin",
                 "bürgermeister", "bürgermeisterin", "wahlleiter", "wahlleiterin", "trainer", "trainerin",
                 "teamchef", "gegner", "gegnerin", "kritiker", "kritikerin", "experte", "expertin",
                 "botschafter", "botschafterin")


def _member_of(people: People, earlier: Sequence[Person], text: str) -> Person | None:
    """Of the persons named last, the first whose party or body is the one a role names before its
    hyphen (`der CDU-Chef`: `Friedrich Merz (CDU)`, `CDU-Politiker Merz`), when the role's article
    fits them."""
    found = re.match(r"(?:der|die)\s+(?:[\w-]+\s+)?([A-ZÄÖÜ][\w]*)-[\w-]+$", text.strip())
    if found is None or people.text is None:
        return None
    body = found.group(1)
    gender = "m" if text.strip()[:3].lower() == "der" else "f"
    for p in earlier:
        bracket = any(re.search(rf"\b{re.escape(n)}\s*\({re.escape(body)}\)", people.text)
                      for n in {p.name, p.name.split()[-1]})
        if (bracket or any(re.search(rf"\b{re.escape(body)}-", d) for d in p.descriptors)) and p.gender in (None, gender):
            return p
    return None


def _body_name(text: str) -> str:
    """A name as written, without its article; a body's adjectives in a dative phrase take the
    nominative (`aus dem Weißen Haus` → `Weißes Haus`, `der russischen Regierung` → `russische
    Regierung`; its noun stays as written: `des Kremls` is the genitive branch's)."""
    named = named_body(text)
    if named is not None:
        return named  # `des Energiekonzerns Gazprom`: the body's own name
    genitive = re.fullmatch(r"(?:des|eines)\s+(.+)", text)
    if genitive is not None and nominative_body(genitive.group(1)) != genitive.group(1):
        # `nach Angaben des Weißen Hauses` → `Weißes Haus`: a body's name, as the body is named
        return body_in_nominative("des", genitive.group(1))
    dative = re.fullmatch(r"(?:(?:[Dd]em|[Dd]er|[Ee]inem|[Ee]iner)\s+)?((?:[A-ZÄÖÜa-zäöü][\w-]*en\s+)+[\w-]+)", text)
    if dative is None or dative.group(1).split()[0].lower() in ARTICLES:
        return without_article(text)
    return nominative_adjectives(dative.group(1))


def _described_right_after(people: People, mention: Mention) -> Person | None:
    """The person named within a few characters after a role mention whose description ends with it
    (`Ministerin a. D. Petra Schulz`: the parse may cut the office off its name)."""
    role = mention.text.strip()
    return next((p for p in people.persons.values()
                 if any(mention.end < x <= mention.end + _TITLE_GAP for x in p.positions)
                 and any(d.endswith(role) or d.startswith(role) and d[len(role):].strip() in _AFTER_ROLE for d in p.descriptors)),
                None)


_TITLE_GAP = 8  # characters between an office and its holder's name: ` a. D. `
_AFTER_ROLE = ("", "a. D.", "a.D.")


def _paragraph_since(people: People, person: Person, pos: int) -> bool:
    """A paragraph break lies between the person's last mention before `pos` and `pos` (with the text known)."""
    return bool(people.text) and "\n" in people.text[max(person.positions):pos]


def _named_next(people: People, mention: Mention, head: str | None, side: str | None) -> Person | None:
    """`„…“, sagte der Finanzminister. Christian Lindner (FDP) reagierte damit …`: a definite office
    with no one named just before it is the person named in full as the subject right after it, when
    nothing about that person says otherwise (no other office, gender or `side` than the office's).
    A place's genitive makes an office definite too (`sagte Moskaus Außenminister`), and then the person
    must be known to be of the place's side."""
    words = mention.text.split()
    noun = words[-1].lower().split("-")[-1]
    of_place = len(words) == 2 and words[0].endswith("s") and words[0][:-1] in PLACES
    last = people.before(mention.start)[:1]
    # (an epithet, `der SPD-Politiker`, refers back like a pronoun; forward only when no one was named
    # before: `Der Bauunternehmer ist sauer. „…“, sagt er. Gerd Wagner führt …`)
    if not head or words[0].lower() not in ("der", "die") and not of_place or noun.endswith(_OTHERS_ROLES) \
            or as_pronoun(mention) is not mention and last or people.text is None:
        return None
    if last and mention.start - max(last[0].positions) < _ROLE_REACH and not _other_office(last[0], noun) \
            and not _paragraph_since(people, last[0], mention.start):
        # (one named just before with another office is not the one this role means; one named in an
        # earlier paragraph is no one's antecedent here: `…, meinte der Pfarrer. Pfarrer Martin Weber …`)
        return None
    named_at = {id(p): min(p.positions) for p in people.persons.values() if p.positions}
    after = [p for p in people.persons.values() if mention.end < named_at.get(id(p), -1) < mention.end + _ROLE_REACH]
    if not after:
        return None
    first = min(after, key=lambda p: named_at[id(p)])
    between = people.text[mention.end:named_at[id(first)]]
    # in the same paragraph, and not a name of the role's own phrase (`der Künstler und Netzaktivist X`)
    if "\n" in between or re.match(r"\s+(und|sowie)\s", between):
        return None
    gender = "m" if words[0].lower() == "der" else "f" if words[0].lower() == "die" else None
    known = load_actors().find(first.name)
    # (named in full, or a well-known actor by the last name alone: `sagte Selenskyj`; `der russische
    # Außenminister` is not the `US-Außenminister` named next)
    # (the subject, or a well-known actor of the office's side: `…, so Selenskyj` after `der ukrainische Präsident`)
    if len(first.name.split()) < 2 and known is None or \
            named_at[id(first)] not in first.subject_positions and not (side and known and known.side == side) or \
            gender is not None and first.gender not in (None, gender) or \
            side is not None and (first.side or known and known.side) not in (None, side) or \
            of_place and (first.side or known and known.side) != side or \
            _other_office(first, noun):
        return None
    return first


def _other_office(person: Person, role: str) -> bool:
    """The person was named with an office other than `role` (`Bundesaußenminister Johann Wadephul` is
    not `der ukrainische Präsident`); an epithet (`die CDU-Politikerin`) is no office."""
    return any(role_head(d) and not _same_role(role, role_head(d) or "") and not is_epithet(d) for d in person.descriptors)


def _introduced_later(people: People, mention: Mention, role: str, side: str | None = None) -> Person | None:
    """The one person named after a bare role (no article: a headline's or a label's `Ministerin`) with
    that role among their titles, when no one was named before it and no side tells them apart
    (`Kiews Unterhändler` is not Moscow's `Chefunterhändler Wladimir Medinski`)."""
    if mention.text.split()[0].lower() in ("der", "die", "das", "dem", "den", "des"):
        return None
    fits = [p for p in people.persons.values() if p.positions and min(p.positions) > mention.start and
            any(_same_role(role, w) for d in p.descriptors for w in re.findall(r"[\w-]+", d.lower()))
            and (side is None or p.side in (None, side))]
    return fits[0] if len(fits) == 1 else None


def _subject_just_named(people: People, mention: Mention, earlier: list[Person], head: str | None,
                        quoted: tuple[int, int] | None = None) -> Person | None:
    """The person named in full (or a well-known actor) as the subject of the sentence right before a definite role noun
    (and no one named since), whose gender does not contradict the role's article; none for roles
    of the other people in a story (`der Richter`, `der Sprecher`)."""
    # (`der Bürgermeister von New Orleans`, `die Fraktionschefin des Rassemblement National`: the role's noun)
    words = re.split(r"\s+(?:von|vom|des|der)\s+", mention.text)[0].split()
    noun = words[-1].lower().split("-")[-1]
    if not earlier or words[0].lower() not in ("der", "die", "das") or not head or noun.endswith(_OTHERS_ROLES) \
            or words[0].lower() == "die" and not noun.endswith("in") or as_pronoun(mention) is not mention:
        return None  # `die Kanadier` are several; `der Franzose` refers back on its own terms
    last = earlier[0]
    subjects = people.before(mention.start, subjects_only=True, skip=quoted)
    # (a well-known actor's last name is as good as the full name: `Selenskij nannte …`)
    if not subjects or subjects[0] is not last or len(last.name.split()) < 2 and load_actors().find(last.name) is None \
            or mention.start - max(last.positions) >= _ROLE_REACH:
        return None
    # (a feminine noun's gender, whatever its article's case: `der Ministerin` is a woman)
    woman = feminine_role(" ".join(words)) or words[0].lower() == "die"
    if words[0].lower() != "das" and last.gender == ("m" if woman else "f"):
        return None  # (`das Oberhaupt` is anyone's)
    if any((office := role_head(d)) and office.endswith(_OTHERS_ROLES) and not _same_role(head, office)
           for d in last.descriptors):
        # `Der Trainer Julian Nagelsmann … ist sich der Außenminister sicher`: a person of a story's other
        # roles holds no office besides (a party chief may be a minister too: `CSU-Chef Söder`)
        return None
    # `der iranische Vize-Außenminister` is not the `US-Außenminister` named before (a region's
    # adjective is no nationality: `CSU-Chef Markus Söder … sagte der bayerische Ministerpräsident`)
    nations = nationalities(mention.text)
    if nations and not nations & nationalities(" ".join(last.descriptors)):
        return None
    return last


_OTHER_ROLE_PREFIXES = ("vize", "ex", "co", "ko", "staats", "unter", "stellvertretende", "stellvertretender")


def _singular(word: str) -> str:
    """The nominative singular of a role noun (`bundeskanzlers` → `bundeskanzler`, and the weak nouns
    `präsidenten` → `präsident`, `diplomaten`, `journalisten`, `kollegen` → `kollege`)."""
    word = re.sub(r"(?<=er)(s|n)$", "", word)
    return weak_singular(word) or word


def _same_role(a: str, b: str, synonyms: bool = True) -> bool:
    """`kanzler` and `bundeskanzler(s)` name one role, `außenminister` and `vize-außenminister` two;
    `synonyms`: `Kremlchef` and `Staatsoberhaupt` too."""
    a, b = (_singular(w) for w in (a, b))
    if synonyms and b in OFFICE_SYNONYMS.get(a, ()):
        return True  # `Kremlchef` and `Staatsoberhaupt`: one office
    short, long = sorted((a, b), key=len)
    # (a word of a descriptor that is no role ends many: `der` of `Niederländer`)
    return long.endswith(short) and long[:len(long) - len(short)].rstrip("-") not in _OTHER_ROLE_PREFIXES \
        and (short == long or role_head(short) is not None)
