"""The phrases after prepositions and genitives that the mention finders pass over: the object of
`in`/`aus` (`in der Erklärung des Verbandes`), the owner after a noun (`die Forderung der
Opposition`, `die Rüge aus dem Kreml`). Source frames and owners of nouns of saying need them."""

from __future__ import annotations

import itertools

from quotes.genitives import with_genitive, with_seat
from quotes.mentions import mention_from_words, np_stretch, surface_np
from quotes.names import hyphen_joins
from quotes.types import Mention, Sentence, Word


def object_of_preposition(text: str, sent: Sentence, j: int, exclude: tuple[int, int]) -> Mention | None:
    """The noun phrase governed by the preposition words[j] (`in der Erklärung des Verbandes`);
    `surface_np` refuses such phrases as speakers, source frames need them."""
    words = sent.words
    first = _past_participle_attribute(words, j + 1)  # where the phrase's own words start
    k = first
    while k < len(words) and words[k].upos in ("DET", "ADJ") and k < first + 3:
        k += 1
    glued = k  # `auf der documenta-Homepage`: a lower-case word the tokenizer split off its compound
    if k < len(words) and hyphen_joins(words, k):
        glued, k = k - 1, k + 1
    if k < len(words) and words[k].upos in ("NOUN", "PROPN", "X"):
        # (the adjectives stay: `aus dem russischen Verteidigungsministerium` says whose)
        lead = [w for w in words[first:glued] if w.upos == "ADJ"]
        m = mention_from_words(text, sent, lead + list(words[glued:k]) + np_stretch(sent, k, exclude, expand_left=False))
        # `aus einer Pressemitteilung des Konzerns`: whose text it is; `aus dem Ministerium in Kiew`: whose body
        return with_genitive(text, sent, with_seat(text, sent, m, exclude), exclude) if m is not None else m
    return None


def _past_participle_attribute(words: tuple[Word, ...], k: int) -> int:
    """`in dem am Freitag veröffentlichten Beschluss`, `in der vom Ministerium vorgelegten Studie`: after
    the article a phrase opening with a preposition and closing with a participle describes the
    noun after it; the list position right after that participle, else k."""
    if not (k + 1 < len(words) and words[k].upos == "DET" and words[k + 1].upos == "ADP"):
        return k
    for i in range(k + 2, min(k + 8, len(words) - 1)):
        w = words[i]
        if w.text in ",;:" or w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin":
            return k
        if w.upos in ("ADJ", "VERB") and w.text.islower() and w.text.endswith(("ten", "enen", "nden")) \
                and words[i + 1].upos in ("NOUN", "PROPN"):
            return i + 1
    return k


def past_contraction(sent: Sentence, k: int) -> int:
    """`vom LSVD` is split into `von dem`: a phrase after the preposition starts after the
    contracted article (which shares the preposition's offset)."""
    words = sent.words
    return k + 1 if 0 < k < len(words) - 1 and words[k].start == words[k - 1].start else k


def genitive_owner(text: str, sent: Sentence, noun: Word, exclude: tuple[int, int]) -> Mention | None:
    """`die Forderung der Opposition`, `das Fazit von Abgeordnetenwatch`, `die Rüge aus dem Kreml`: the
    owner after the noun."""
    nxt = sent.word(noun.index + 1)
    if nxt is not None and (nxt.text.lower() in ("von", "vom", "aus") or
                            nxt.text.lower() in ("der", "des") and nxt.feat("Case") == "Gen"):
        k = noun.index + (1 if nxt.text.lower() in ("von", "vom", "aus") else 0)  # list position of the word after
        if nxt.text.lower() == "aus":
            return noun_phrase_at(text, sent, k)  # `aus dem Kreml` (no speaker elsewhere after `aus`)
        return surface_np(text, sent, past_contraction(sent, k), 1, exclude)
    return None


def noun_phrase_at(text: str, sent: Sentence, k: int) -> Mention | None:
    """The phrase at list position `k` after a preposition the mention finders pass over (`aus`):
    articles and adjectives, then its noun (`dem Kreml`, `ägyptischen Sicherheitskreisen`)."""
    phrase = list(itertools.takewhile(lambda w: w.upos in ("ADJ", "DET"), sent.words[k:]))
    head = sent.word(phrase[-1].index + 1) if phrase else sent.words[k] if k < len(sent.words) else None
    if head is None or head.upos not in ("NOUN", "PROPN"):
        return None
    words = sent.words
    first = i = head.index - 1  # the head's list position
    while i + 2 < len(words) and hyphen_joins(words, i + 1):
        i += 2  # `der Birthler-Behörde` split at its hyphen by the tokenizer
    nxt = words[i + 1] if i + 1 < len(words) else None
    if i == first and nxt is not None and head.text.endswith(("e", "en", "es")) and nxt.text[:1].isupper() and \
            nxt.upos in ("NOUN", "PROPN"):
        i += 1  # `dem Weißen Haus`, `den Vereinigten Staaten`: an adjective of a name, tagged as its noun
    return mention_from_words(text, sent, phrase + list(words[first:i + 1]))
