"""Whose a mention is, read from what follows it: a genitive (`ein Sprecher der Opposition`, `der
Präsident des Rates`), `von` after an office or an entourage (`Der Bürgermeister von Malatya`, `ein
Berater von Präsident Poroschenko`), a body's seat (`das Verteidigungsministerium in Moskau`)."""

from __future__ import annotations

import re

from quotes.lexicon import BODY_HEADS, FIRST_NAMES, NAME_PARTICLES, NATIONAL_BODIES, ORG_HEADS, PLACES, is_media_noun
from quotes.names import (capitalised, entourage, hyphen_joins, purpose_tail, role_head, seat_at,
                          sentence_name_flags)
from quotes.speakers import SPOKESPERSON
from quotes.types import Mention, Sentence


def with_seat(text: str, sent: Sentence, m: Mention, exclude: tuple[int, int], any_body: bool = False) -> Mention:
    """`das Verteidigungsministerium in Moskau`, `die Regierung in Kiew`: a body's seat says whose
    body it is (and gives its side), as `des Außenministeriums in Moskau` does after a role
    (`any_body`: any body or role has one, as a source after `nach Angaben` does)."""
    last = m.text.split()[-1].lower()
    # (`aus Regierungskreisen in Moskau`: circles of a state's bodies too, read as a name when they
    # stand without an article; `das Präsidialamt in Kiew`)
    circles = last.endswith(("kreise", "kreisen"))
    body = m.kind in ("org", "role") and (any_body or role_head(m.text) in ORG_HEADS or last.endswith(NATIONAL_BODIES))
    if not (body or circles):
        return m
    j = next((k for k, w in enumerate(sent.words) if w.start >= m.end), None)
    if j is None or not seat_at(sent.words, j, exclude):
        return m
    end = sent.words[j + 1].end
    return Mention(text[m.start:end], m.start, end, m.kind)


def of_a_named_state(sent: Sentence, m: Mention) -> bool:
    """A body's mention with a genitive article and an acronym or a place right after it (`der Rat der
    EU`; not `sagt der junge Mann der MOPO`, whom he told)."""
    if not m.text.split()[-1].lower().endswith(BODY_HEADS):
        return False
    j = next((w.index for w in sent.words if w.start >= m.end), None)
    art, name = (sent.word(j), sent.word(j + 1)) if j is not None else (None, None)
    return art is not None and name is not None and art.text in ("der", "des") and \
        (name.text.isupper() and len(name.text) >= 2 or name.text in PLACES)


def with_genitive(text: str, sent: Sentence, m: Mention, exclude: tuple[int, int]) -> Mention:
    """`ein Sprecher der Opposition`, `der Präsident des Rates`: the genitive after a role says
    whose role it is."""
    words = sent.words
    j = next((k for k, w in enumerate(words) if w.start >= m.end), None)
    if j is not None and words[j].text == "von" and entourage(m.text):
        return _of_person(text, sent, m, j, exclude)
    if j is not None and words[j].text == "von" and m.kind == "role" and office(m.text):
        return of_office(text, sent, m, j, exclude)
    # (`ein Sprecher seines Ministeriums`: a possessive's genitive says whose, as an article's does)
    if j is None or not (words[j].text.lower() in ("der", "des") and words[j].feat("Case") == "Gen"
                         or words[j].text.lower() in ("seines", "ihres") and m.kind == "role") \
            or exclude[0] <= words[j].start < exclude[1]:
        return m
    k = j + 1
    # (a hyphenated adjective is one: `des nordrhein-westfälischen Fluchtministeriums`)
    while k < len(words) and (words[k].upos == "ADJ" or hyphen_joins(words, k) and words[k + 1].upos == "ADJ"):
        k += 1
    before = next((w for w in reversed(words) if w.end <= m.start and w.upos != "DET"), None)
    if words[j].text.lower() == "der" and k < len(words) and is_media_noun(words[k].text) \
            and before is not None and before.upos in ("VERB", "AUX"):
        return m  # `sagte der Diplomat der Agentur Interfax`: whom he told, not whose diplomat
    end = k
    while end < len(words) and (words[end].upos in ("NOUN", "PROPN", "X") or hyphen_joins(words, end)) \
            and not exclude[0] <= words[end].start < exclude[1]:
        if end > k and words[end].text in FIRST_NAMES and end + 1 < len(words) \
                and capitalised(words[end + 1]) and words[end + 1].upos in ("NOUN", "PROPN", "X"):
            # `die Vorsitzende der Linken Gesine Lötzsch`: the name after the genitive is the person
            last = end + 1
            while last + 1 < len(words) and capitalised(words[last + 1]) and words[last + 1].upos in ("NOUN", "PROPN", "X"):
                last += 1
            if entourage(m.text):
                # `ein Berater des Präsidenten Emmanuel Macron`: whose adviser; the name is not the speaker
                return Mention(text[m.start:words[last].end], m.start, words[last].end, "name")
            return Mention(text[words[end].start:words[last].end], words[end].start, words[last].end, "name")
        end += 1
    if end == k:
        return m
    if end + 2 < len(words) and words[end].text in ("der", "des") and words[end + 1].upos == "ADJ" \
            and capitalised(words[end + 1]) and words[end + 2].upos in ("NOUN", "PROPN") \
            and not exclude[0] <= words[end].start < words[end + 2].end <= exclude[1]:
        end += 3  # `des Bundesverbands der Deutschen Industrie`: a proper name's own genitive
    elif end + 1 < len(words) and words[end].upos == "ADJ" and words[end].text.islower() and \
            words[end].text.endswith("er") and words[end + 1].upos in ("NOUN", "PROPN") and \
            not exclude[0] <= words[end].start < words[end + 1].end <= exclude[1]:
        end += 2  # `der Allianz kleiner Inselstaaten`, `des Verbands deutscher Verleger`: a genitive without article
    if seat_at(words, end, exclude):
        end += 2  # `des Außenministeriums in Moskau`: the place says whose ministry
    elif end < len(words) and words[end].text in ("„", "»", '"') and not exclude[0] <= words[end].start < exclude[1]:
        # `ein Sprecher der Initiative „Rettet das Ried“`: the body's name in marks
        close = next((c for c in range(end + 1, min(end + 10, len(words))) if words[c].text in ("“", "”", "«", '"')), None)
        end = close + 1 if close is not None and close > end + 1 else end
    else:
        end = purpose_tail(words, end - 1)  # `eine Sprecherin des Bundesamts für Migration`
    return Mention(text[m.start:words[end - 1].end], m.start, words[end - 1].end, m.kind)


def _of_person(text: str, sent: Sentence, m: Mention, j: int, exclude: tuple[int, int]) -> Mention:
    """`ein Berater von Präsident Poroschenko`: whose adviser, with a title before the name."""
    words = sent.words
    flags = sentence_name_flags(sent)
    k = j + 1
    while k < len(words) and role_head(words[k].text) and not flags[k] and words[k].upos in ("NOUN", "PROPN"):
        k += 1
    end = k
    while end < len(words) and (flags[end] or end > k and words[end].text in NAME_PARTICLES) \
            and not exclude[0] <= words[end].start < exclude[1]:
        end += 1
    if end == k:
        return m
    return Mention(text[m.start:words[end - 1].end], m.start, words[end - 1].end, m.kind)


def of_office(text: str, sent: Sentence, m: Mention, j: int, exclude: tuple[int, int]) -> Mention:
    """`Der Bürgermeister von Malatya`, `Der Sportchef von Bayer 04 Leverkusen`: whose office; a
    name after the place is the office holder's (`Der Präsident von Frankreich Emmanuel Macron`)."""
    words = sent.words
    flags = sentence_name_flags(sent)
    end = j + 1
    while end < len(words) and (words[end].upos in ("NOUN", "PROPN", "X") and words[end].text[:1].isupper()
                                or words[end].upos == "NUM" and end > j + 1) \
            and not exclude[0] <= words[end].start < exclude[1] and not (end > j + 1 and flags[end] and not flags[end - 1]):
        end += 1
    while end > j + 1 and words[end - 1].upos == "NUM":
        end -= 1
    return m if end == j + 1 else Mention(text[m.start:words[end - 1].end], m.start, words[end - 1].end, m.kind)


def office(phrase: str) -> bool:
    """A role phrase whose holder speaks for themselves: not a spokesperson."""
    return re.search(SPOKESPERSON, phrase) is None
