"""Names beside a mention: a name in apposition to a role or body (`der Sprecher, John Kirby`,
`Kremlsprecher Dmitri Peskow`) and mentions coordinated with it (`A und B`)."""

from __future__ import annotations

from quotes.lexicon import FIRST_NAMES, NAME_PARTICLES
from quotes.mentions import NPISH, name_part, surface_np, title_in_marks
from quotes.names import bracketed_acronym, capitalised, hyphen_joins, role_head, sentence_name_flags
from quotes.types import Mention, Sentence, Word


def _name_before(text: str, sent: Sentence, m: Mention, after: int) -> Mention | None:
    """`Katja Kipping, die Chefin der Linkspartei, sagte …`: a role set off by commas right after a
    first and last name is that person."""
    words = sent.words
    i = next((k for k, w in enumerate(words) if w.start >= m.start), None)
    if i is None:
        return None
    while i > 0 and words[i - 1].upos == "DET" and words[i - 1].end <= m.start:
        i -= 1
    k = after
    while k < len(words) and words[k].start < m.end:
        k += 1
    while k < len(words) and words[k].upos in ("DET", "ADJ", "NOUN", "PROPN"):
        k += 1  # the role's genitive
    if i < 3 or words[i - 1].text != "," or k >= len(words) or words[k].text != ",":
        return None
    flags = sentence_name_flags(sent)
    run = []
    j = i - 2
    while j >= 0 and name_part(words, flags, j):
        run.insert(0, words[j])
        j -= 1
    if len(run) < 2 or run[0].text not in FIRST_NAMES and not flags[run[0].index - 1]:
        return None
    return Mention(text[run[0].start:run[-1].end], run[0].start, run[-1].end, "name")


def appositive_name(text: str, sent: Sentence, m: Mention) -> Mention:
    """`der Trainer der Frankfurter, Michael Skibbe, …`: a role or other noun phrase followed (after
    an optional genitive or one prepositional phrase) by a comma and a first and last name set off
    as an apposition is that person."""
    if m.kind not in ("role", "org"):
        return m
    words = sent.words
    j = next((k for k, w in enumerate(words) if w.start >= m.end), None)
    if j is None:
        return m
    title = title_in_marks(text, sent, j - 1) if m.kind == "org" else None
    if title is not None and title.text[:1].isupper():
        return title  # `berichtete die Zeitung „Daily Mail“`: the title names the body
    named = _name_before(text, sent, m, j) if m.kind == "role" else None
    if named is not None:
        return named
    start = j
    while j < len(words) and j - start < 6 and (words[j].upos in ("DET", "ADJ", "NOUN", "PROPN") or
                                                 words[j].upos == "ADP" and (words[j].text not in NAME_PARTICLES
                                                                             or j == start)):
        j += 1  # the genitive `des Bankenverbandes`, `von Thüringen`, or `im Bundestagsinnenausschuss`
    if bracketed_acronym(words, j):
        j += 3  # the body's short name in brackets: `der Chef der Internationalen Atomenergiebehörde (IAEA), X`
    if j >= len(words) - 1 or words[j].text != ",":
        return m
    flags = sentence_name_flags(sent)
    # a rank or title before the name (`der Inspekteur der Marine, Vizeadmiral Jan Christian Kaack`)
    k = j + 2 if j + 2 < len(words) and role_head(words[j + 1].text) and words[j + 1].text not in FIRST_NAMES \
        and words[j + 2].text in FIRST_NAMES else j + 1
    name_start = k
    # `von`/`van` inside a name
    while k < len(words):
        # `Mohammed el-Baradei` (tokens `el`, `-`, `Baradei`)
        hyphened = words[k].text.lower() in NAME_PARTICLES and k > j + 1 and k + 2 < len(words) and \
            words[k + 1].text == "-" and capitalised(words[k + 2])
        if words[k].text == "(" or not (hyphened or name_part(words, flags, k) or words[k].text in NAME_PARTICLES
                                         and k > j + 1 and k + 1 < len(words) and capitalised(words[k + 1])):
            break  # (the party in brackets is no part of the name: `Bernd Lange (SPD),`)
        k += 3 if hyphened else 1
    run = words[name_start:k]
    if len([w for w in run if w.text not in NAME_PARTICLES]) < 2:
        return m  # a first and last name
    if m.kind == "org" and not (run[0].text in FIRST_NAMES or flags[name_start]):
        return m  # after an organisation only a clear personal name is its person
    after = words[k] if k < len(words) else None
    opens = m.start <= next(w.start for w in words if w.upos != "PUNCT")
    if after is not None and after.text in _AFFILIATIONS:
        # `die Leiterin der Studie, Laura Kreidberg vom Max-Planck-Institut.`: where the person works,
        # up to the comma or the sentence's end with no verb in it, belongs to the apposition
        end = next((i for i in range(k, len(words)) if words[i].text in (",", ".", ":", ";")), len(words))
        if not any(w.upos in ("VERB", "AUX") and w.text.islower() for w in words[k:end]):
            after = None
    if after is not None and after.text not in (",", ".", "(", ":") and \
            not (opens and m.kind == "role" and after.upos in ("VERB", "AUX")
                 and after.feat("VerbForm") not in ("Inf", "Part")):
        # closed off by a comma or the sentence end; a sentence-opening role may run into its verb
        # (`Der Vorsitzende der Grünen, Konstantin von Notz kritisierte …`)
        return m
    return Mention(text[run[0].start:run[-1].end], run[0].start, run[-1].end, "name")


_AFFILIATIONS = ("vom", "von", "aus", "bei", "beim")
_AND = ("und", "sowie")


def coordinated(text: str, sent: Sentence, mention: Mention, exclude: tuple[int, int]) -> list[Mention]:
    """Speakers named together with `mention`: `sagten Merkel und Macron`, `Die Politiker A, B und C
    kündigten an`. Only beside a plural finite verb (or with no verb next to the list: `laut A und B`),
    since `lobte Merkel und die Regierung` names one speaker and what she praised."""
    if mention.kind not in ("name", "role", "org"):
        return []
    words = sent.words
    first = next((k for k, w in enumerate(words) if w.start >= mention.start), None)
    last = next((k for k in range(len(words) - 1, -1, -1) if words[k].end <= mention.end), None)
    if first is None or last is None or last < first:
        return []
    found: list[tuple[int, int, Mention]] = []  # (first, last word position, mention)
    k = last + 1
    while k + 1 < len(words) and words[k].text.lower() in _AND + (",",):
        m = surface_np(text, sent, k + 1, 1, exclude)
        if m is None or m.kind not in ("name", "role", "org") or \
                any(w.upos not in NPISH and not hyphen_joins(words, j) for j, w in enumerate(words)
                    if words[k + 1].start <= w.start < m.start):
            break  # the next conjunct must be this phrase (`sowie CSU-Chef Edmund Stoiber`), not one further on
        end = max(j for j, w in enumerate(words) if w.end <= m.end)
        if end <= k or not _conjunct(sent, m):
            break
        found.append((k + 1, end, m))
        if words[k].text.lower() in _AND:
            break
        k = end + 1
    else:
        if found and words[min(k, len(words) - 1)].text == ",":
            found = []  # `A, B, …` without `und`: an apposition, not a list
    if found and words[found[-1][0] - 1].text == ",":
        found = []  # `Merkel, Kanzlerin`: an apposition
    k = first - 1
    if not found and k > 0 and words[k].text.lower() in _AND:
        m = surface_np(text, sent, k - 1, -1, exclude)
        if m is not None and m.kind in ("name", "role", "org") and _conjunct(sent, m):
            found.append((next(j for j, w in enumerate(words) if w.start >= m.start), k - 1, m))
    if not found:
        return []
    lo = min([first] + [f[0] for f in found])
    hi = max([last] + [f[1] for f in found])
    near = [words[j] for j in (lo - 1, hi + 1) if 0 <= j < len(words)]
    verbs = [w for w in near if w.upos in ("VERB", "AUX")]
    if verbs and not any(plural_verb(w) for w in verbs):
        return []
    return [m for _, _, m in sorted(found, key=lambda f: f[0])]


def plural_verb(w: Word) -> bool:
    """By the ending, not the tagger's Number (often wrong on verbs): `sagten`, `erklären`, `sind`."""
    return w.text.lower().endswith(("en", "eln", "ern")) or w.text.lower() == "sind"


def _conjunct(sent: Sentence, m: Mention) -> bool:
    """A phrase that can be a second speaker: a name or organisation, or a role with its own
    article (`der Künstler und Netzaktivist X`, `X, kanadischer General und Kommandeur`: one person)."""
    first = next((w for w in sent.words if w.start >= m.start), None)
    if first is None or not (first.upos == "DET" or capitalised(first)):
        return False
    return first.upos == "DET" or not (m.kind == "role" or role_head(first.text))
