"""The source a `laut X`, `X zufolge`, `nach Angaben (von) X` or `…, wonach` frame names: the
owner of a source noun (`nach Angaben des Ministeriums`), a medium (`laut „tagesschau.de“`), never
the quantities and places around it; and the source of an impersonal frame (`heißt es in der
Erklärung`, `Aus EU-Kreisen verlautete`)."""

from __future__ import annotations

import re

from quotes.clauses import verb_after_noun
from quotes.according import WEB_NAME, after_source_noun, relative_laut, report_before_wonach, saxon_genitive
from quotes.lexicon import ACTOR_SURNAMES, NUMERALS, PLACES, SPOKEN_TEXTS, is_report_noun, is_source_noun
from quotes.marks import CLOSING_MARKS
from quotes.appositions import appositive_name
from quotes.genitives import with_seat
from quotes.mentions import mention_from_words, surface_np, title_in_marks
from quotes.names import hyphen_joins
from quotes.phrases import genitive_owner, noun_phrase_at, object_of_preposition, past_contraction
from quotes.types import Mention, Sentence, Word


def _according_to(text: str, sent: Sentence, cue: Word) -> Mention | None:
    """The source in `laut X`, `X zufolge`, `nach Angaben (von) X`: the genitive owner if there is one."""
    pos = sent.words.index(cue)
    none = (0, 0)
    if cue.text.lower() == "zufolge":
        before = sent.words[pos - 1] if pos else None
        if before is not None and before.text.lower() in ("ihm", "ihr") and (pos == 1 or sent.words[pos - 2].upos == "PUNCT"):
            return Mention(before.text, before.start, before.end, "pronoun")  # `Ihm zufolge`: the one named before
        m = surface_np(text, sent, pos - 1, -1, none)
        adp = next((k for k in range(pos - 2, max(pos - 5, 0), -1) if sent.words[k].upos == "ADP"), None)
        if m is None and adp is not None:
            # `Den Polizeibehörden in Mombasa zufolge`: the source with its place
            owner = surface_np(text, sent, adp - 1, -1, none)
            end = sent.words[pos - 1].end
            return owner and Mention(text[owner.start:end], owner.start, end, owner.kind)
        return _owner_of_source_noun(text, sent, m)
    if cue.text.lower() == "wonach":
        report = report_before_wonach(sent, pos)  # the report named before `, wonach`
        if report is None:
            return None
        m = surface_np(text, sent, report, -1, none)
        if m is None:
            # (inside a prepositional phrase too, `beriefen sich auf einen Bericht der UN, wonach …`: the
            # phrase after the preposition, and a source noun's genitive owner)
            adp = next((k for k in range(report - 1, max(report - 8, -1), -1) if sent.words[k].upos == "ADP"), None)
            words = list(sent.words[adp + 1:report + 1]) if adp is not None else []
            m = _owner_of_source_noun(text, sent, mention_from_words(text, sent, words)) if words else None
        return _after_missed_verb(text, sent, m)
    nxt = sent.word(cue.index + 1)
    if relative_laut(sent, pos) is not None:
        # `ein Gutachten (vor), laut dem …`: the relative pronoun's antecedent, the noun phrase before the
        # comma (past a verb's particle)
        k = next((k for k in range(pos - 2, max(pos - 5, -1), -1) if sent.words[k].upos in ("NOUN", "PROPN")), None)
        return surface_np(text, sent, k, -1, none) if k is not None else None
    if cue.text.lower() == "laut" and nxt is not None and WEB_NAME.fullmatch(nxt.text):
        return Mention(nxt.text, nxt.start, nxt.end, "org")  # `laut ndr.de`, whatever the tagger made of it
    if cue.text.lower() == "laut" and nxt is not None and nxt.text in ("„", "»", "«", '"'):
        # `laut „tagesschau.de“`: the name in marks is the source, whatever its case
        close = next((w for w in sent.words[pos + 2:pos + 7] if w.text in CLOSING_MARKS), None)
        if close is not None and close.start > nxt.end:
            return Mention(text[nxt.end:close.start], nxt.end, close.start, "org")
    if cue.text.lower() == "nach" and after_source_noun(sent, pos):
        # `Seiner Ansicht nach`: the owner of the view (the possessive, resolved by the caller)
        return Mention(text[sent.words[0].start:sent.words[pos - 1].end], sent.words[0].start, sent.words[pos - 1].end, "role")
    # `laut den Angaben zwei deutsche Touristen`: like `nach Angaben`, the source noun ends the source
    source_noun = any(is_source_noun(w.text) for w in sent.words[pos + 1:pos + 4])
    if cue.text.lower() in ("nach", "aus") or cue.text.lower() == "laut" and source_noun:
        j = pos + 1
        while j < len(sent.words) and not is_source_noun(sent.words[j].text):
            j += 1
        if j == pos + 2 and saxon_genitive(sent, sent.words[pos + 1]):
            return genitive_name(sent.words[pos + 1])  # `nach Lawrows Worten`
        nxt = sent.words[j + 1] if j + 1 < len(sent.words) else None
        # the owner is a genitive (`Angaben der Polizei`, `Angaben Moskaus`) or `von X`, not the
        # subject that follows (`nach den Polizeiangaben elf Personen gestorben`)
        after = sent.words[j + 2] if j + 2 < len(sent.words) else None
        # `nach Einschätzung britischer Geheimdienste`: a plural genitive without an article
        plural_genitive = nxt is not None and (nxt.upos == "ADJ" or nxt.text.lower() in _PLURAL_QUANTIFIERS) \
            and nxt.text.endswith("er") and nxt.text.islower() and after is not None and after.upos == "NOUN"
        # (`nach Angaben aus Sicherheitskreisen`: where the figures come from is their owner)
        if nxt is not None and nxt.upos == "NOUN" and nxt.text[:1].isupper() and nxt.text.endswith("s") and \
                (j + 2 >= len(sent.words) or sent.words[j + 2].upos not in ("NOUN", "PROPN", "ADJ")):
            return genitive_name(nxt)  # `nach Ansicht Moskaus`, `nach Angaben Kiews`
        if nxt is not None and nxt.text.lower() in _POSSESSIVE_GENITIVES and j == pos + 1:
            # `nach Angaben seines Ministeriums`: the possessive's owner speaks (resolved by the caller)
            after = sent.word(nxt.index + 1)
            end = after.end if after is not None and after.upos in ("NOUN", "PROPN") else nxt.end
            return Mention(text[nxt.start:end], nxt.start, end, "role")
        if nxt is not None and (nxt.text.lower() in ("der", "des", "eines", "einer", "von", "vom", "aus")
                                or nxt.upos == "PROPN" or plural_genitive):
            k = j + 2 if nxt.text.lower() in ("von", "vom", "aus") else j + 1
            # `nach Informationen des „Spiegel“`: a title in marks after the article
            m = title_in_marks(text, sent, k) or surface_np(text, sent, past_contraction(sent, k), 1, none)
            if m is None and nxt.text.lower() == "aus":
                m = noun_phrase_at(text, sent, k)  # `aus ägyptischen Sicherheitskreisen`: a source noun itself
            after = next((w for w in sent.words if w.start >= m.end), None) if m is not None else None
            if m is not None and m.text.split()[-1] in ("Kreisen", "Kreise") and after is not None and \
                    after.text.lower() in ("der", "des"):
                # `aus Kreisen der Regierung`: whose circles they are
                m = surface_np(text, sent, after.index - 1, 1, none) or m
            if m is not None:
                # (`nach Angaben des Verteidigungsministeriums in Moskau`: a body's seat is part of the source)
                return with_seat(text, sent, appositive_name(text, sent, m), (0, 0), any_body=True)  # `des Gouverneurs der Region, Oleh Synjehubow,`
        if cue.text.lower() == "laut" and j < len(sent.words):
            m = surface_np(text, sent, pos + 1, 1, none)  # `laut ai-Bericht`: the whole compound
            end = sent.words[j].end
            return Mention(text[m.start:end], m.start, end, m.kind) if m is not None and m.end > end else m
        m = surface_np(text, sent, min(j, len(sent.words) - 1), 1, none)
        if m is not None and j < len(sent.words) and m.start == sent.words[j].start and m.end > sent.words[j].end:
            # `nach eigenen Worten Bereitschaft signalisiert`: the source noun ends the source (an owner
            # after it was taken above), the noun after it is the clause's object
            m = Mention(sent.words[j].text, sent.words[j].start, sent.words[j].end, m.kind)
        between = sent.words[pos + 1:j]
        if m is not None and j < len(sent.words) and m.start == sent.words[j].start and between and \
                (all(w.upos == "ADJ" and not w.text.lower().startswith("eigen") for w in between)
                 or len(between) == 2 and hyphen_joins(sent.words, j - 1)):  # `nach UN-Angaben`, split at its hyphen
            # `nach ukrainischen Angaben`: whose the figures are, with the side it gives
            m = Mention(text[between[0].start:m.end], between[0].start, m.end, m.kind)
        elif m is not None and j < len(sent.words) and m.start == sent.words[j].start and len(between) > 2 \
                and hyphen_joins(sent.words, j - 1):
            # `nach einem EU-Dokument`: the compound split at its hyphen, without the article
            m = Mention(text[sent.words[j - 2].start:m.end], sent.words[j - 2].start, m.end, m.kind)
        return m
    m = surface_np(text, sent, pos + 1, 1, none)
    return appositive_name(text, sent, m) if m is not None else None  # `laut der Zeitung „Habertürk“`


def _owner_of_source_noun(text: str, sent: Sentence, m: Mention | None) -> Mention | None:
    """`Den Angaben des Weißen Hauses zufolge`: the genitive owner of a source noun is the source, as
    after `nach Angaben`."""
    words = [w for w in sent.words if m is not None and m.start <= w.start and w.end <= m.end]
    k = next((k for k, w in enumerate(words[:-2]) if is_source_noun(w.text)
              and words[k + 1].text.lower() in ("des", "der", "eines", "einer", "von", "vom")), None)
    if k is None:
        return m
    start = words[k + 2 if words[k + 1].text.lower() in ("von", "vom") else k + 1].start
    return Mention(text[start:m.end], start, m.end, m.kind)


_POSSESSIVE_GENITIVES = frozenset("seines seiner ihres ihrer".split())
# `nach Angaben beider Seiten`, `aller Beteiligten`: a plural genitive opened by a quantifier
_PLURAL_QUANTIFIERS = frozenset("beider aller mehrerer vieler einiger".split())


def genitive_name(w: Word) -> Mention:
    """A place or name in the genitive owns a source noun: without its s when it is a known place or
    actor, a proper noun (or one tagged an adjective), or the lemmatizer reads it so (`Moskaus` →
    `Moskau`, `Lawrows` → `Lawrow`)."""
    base = w.text[:-1]
    name = base if base in PLACES or base in ACTOR_SURNAMES or w.lemma == base or w.upos in ("PROPN", "ADJ") else w.text
    return Mention(name, w.start, w.start + len(name), "name")


_QUANTITY_WORDS = frozenset("insgesamt rund etwa mindestens mehr weitere weiteren knapp fast über bis zu".split()) | NUMERALS


def _after_missed_verb(text: str, sent: Sentence, m: Mention | None) -> Mention | None:
    """`Das Weiße Haus dementierte Meldungen`: a phrase running back over a verb the tagger called an
    adjective (right after a noun) starts after it."""
    words = [w for w in sent.words if m is not None and m.start <= w.start and w.end <= m.end]
    k = max((k for k in range(1, len(words) - 1) if verb_after_noun(words[k - 1], words[k])), default=None)
    if k is None:
        return m
    return Mention(text[words[k + 1].start:m.end], words[k + 1].start, m.end, m.kind)


def frame_source(text: str, sent: Sentence, cue: Word) -> Mention | None:
    """The source a `laut`/`zufolge`/`gemäß`/`nach Angaben` frame names, without the report's words."""
    return _source_only(text, sent, _according_to(text, sent, cue), cue.text.lower() == "zufolge")


def _source_only(text: str, sent: Sentence, m: Mention | None, before_cue: bool = False) -> Mention | None:
    """`nach Angaben der Veranstalter insgesamt 25.000 Menschen`, `laut BBC britische Staatsbürger`:
    the source ends where the report's own words begin — at a number or quantity word, or at a
    bare adjective after a noun that starts a new phrase (a genitive `-er` adjective does not:
    `nach Angaben libanesischer Sicherheitskreise`). Before `zufolge` the source is the last
    phrase (`al-Qaida-Gruppen gewinnen Medienberichten zufolge`)."""
    if m is None:
        return None
    words = [w for w in sent.words if m.start <= w.start and w.end <= m.end]
    cuts = [k for k, w in enumerate(words[1:], 1)
            if w.text[:1].isdigit() or w.upos == "NUM" or w.text.lower() in _QUANTITY_WORDS
            or w.upos == "ADJ" and w.text.islower() and not w.text.endswith("er") and words[k - 1].upos in ("NOUN", "PROPN")]
    if not cuts:
        return m
    if before_cue:
        rest = words[cuts[-1] + 1:]
        return Mention(text[rest[0].start:m.end], rest[0].start, m.end, m.kind) if rest else m
    return Mention(text[m.start:words[cuts[0] - 1].end], m.start, words[cuts[0] - 1].end, m.kind)


_SOURCE_PREPOSITIONS = ("in", "im", "von", "vom", "aus", "seitens", "bei", "beim", "auf")  # `Auf der Homepage heißt es`


_TIME_WORD = re.compile(r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Abend|Morgen|"
                        r"Mittag|Vormittag|Nachmittag)\w*")


def impersonal_source(text: str, sent: Sentence, cue: Word, exclude: tuple[int, int]) -> Mention | None:
    """The source of `heißt es in der Erklärung` / `In dem Schreiben heißt es`: the noun phrase
    after a preposition right after the cue or opening the sentence."""
    words = sent.words
    pos = words.index(cue)
    starts = []
    j = pos + 1
    while j < len(words):
        if words[j].text.lower() in ("es", "dazu", "weiter", "auch", "nun", "darin", "dort") or words[j].upos == "ADV" \
                or words[j].upos == "ADJ" and words[j].text.islower():  # `hieß es anschließend aus …`
            j += 1
        elif words[j].text.lower() in ("am", "an") and j + 1 < len(words) and _TIME_WORD.match(words[j + 1].text):
            j += 2  # `hieß es am Montag aus Regierungskreisen`: a date before the source
        elif words[j].text.lower() == "an" and j + 2 < len(words) and _TIME_WORD.match(words[j + 2].text):
            j += 3  # `an dem Montag` as the parser splits `am`
        else:
            break
    starts.append(j)
    if words[0].text.lower() in _SOURCE_PREPOSITIONS:
        starts.append(0)
    elif len(words) > 1 and words[0].text.lower() == "wie" and words[1].text.lower() in _SOURCE_PREPOSITIONS:
        starts.append(1)  # `Wie aus Regierungskreisen verlautete, …`
    elif len(words) > 2 and words[0].text.lower() == "wie" and words[1].text.lower() == "es" \
            and words[2].text.lower() in _SOURCE_PREPOSITIONS:
        starts.append(2)  # `Wie es aus Regierungskreisen hieß, …`
    for j in starts:
        if j + 1 < len(words) and words[j].text.lower() in _SOURCE_PREPOSITIONS:
            m = object_of_preposition(text, sent, j, exclude)
            noun = next((w for w in words if m is not None and m.start <= w.start < m.end and w.upos == "NOUN"), None)
            if noun is not None and (is_report_noun(noun.text) or noun.text.lower().endswith(SPOKEN_TEXTS)):
                # `hieß es in einer Erklärung des Außenministeriums`, `in dem Papier des Ministeriums`: the
                # statement is its owner's
                owner = genitive_owner(text, sent, noun, exclude)
                if owner is not None and m.start < owner.start and owner.end < m.end:
                    # (with what the phrase goes on with: `des Außenministeriums in Moskau`, whose seat)
                    owner = Mention(text[owner.start:m.end], owner.start, m.end, owner.kind)
                m = owner or m
            if m is not None:
                return m
    return None
