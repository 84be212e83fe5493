"""Forms of German verbs → lemma, for the speech-verb lexicon.

The offline lemmatizer only knows forms it saw in training (`bezeichnete` stays
`bezeichnete`), so cue detection cannot rely on it. Regular (weak) forms are generated
from each lemma, strong verbs come from a table, and separable verbs are split into
particle + base (`kündigte … an` = `ankündigen`).
"""

from __future__ import annotations

from functools import lru_cache

from quotes.lexicon import COGNITION_VERBS, PARTICLES, SPEECH_VERBS, STRONG_VERBS

_UNSTRESSED = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "wider", "hinter", "über", "unter")


def split_particle(lemma: str) -> tuple[str, str]:
    """('an', 'kündigen') for 'ankündigen'; ('', lemma) when not separable."""
    for p in PARTICLES:
        if lemma.startswith(p) and len(lemma) - len(p) >= 5 and not lemma.startswith(("bekunden", "beklagen")):
            return p, lemma[len(p):]
    return "", lemma


def weak_forms(lemma: str) -> set[str]:
    """Present, past, Konjunktiv I and participle forms of a regular verb."""
    if lemma.endswith(("eln", "ern")):
        stem = lemma[:-1]
    elif lemma.endswith("en"):
        stem = lemma[:-2]
    else:
        stem = lemma[:-1]
    e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn", "tm")) else ""
    forms = {lemma, stem + "e", stem + e + "st", stem + e + "t", stem + "en", stem + e + "te", stem + e + "ten",
             stem + e + "test", stem + e + "tet", stem + "est", stem + "et"}
    prefixless = lemma.startswith(_UNSTRESSED) or lemma.endswith("ieren")
    forms.add((stem if prefixless else "ge" + stem) + e + "t")
    return forms


@lru_cache(maxsize=1)
def form_table() -> dict[str, str]:
    """Every known form (lower case) → lemma; separable verbs under their base and joined forms."""
    table: dict[str, str] = {}
    for lemma in sorted(SPEECH_VERBS | COGNITION_VERBS | set(STRONG_VERBS)):  # sorted: the same table in every process
        particle, base = split_particle(lemma)
        base_forms = set(STRONG_VERBS.get(base, ())) | (weak_forms(base) if base not in STRONG_VERBS else {base})
        for f in base_forms:
            table.setdefault(f, base)
            if particle:
                # subordinate clauses join the particle: "dass er ankündigte", participle "angekündigt"
                table.setdefault(particle + f, lemma)
                if f.startswith("ge") or base.startswith(_UNSTRESSED):
                    table.setdefault(particle + f, lemma)
        if particle:
            table.setdefault(particle + "zu" + base, lemma)
            part = ("ge" + base[:-2] + "t") if not base.startswith(_UNSTRESSED) else base[:-2] + "t"
            table.setdefault(particle + part, lemma)
    # Swiss spelling has no ß (`äusserte`, `liess`, `heisst es`): the same verbs
    for form, lemma in list(table.items()):
        if "ß" in form:
            table.setdefault(form.replace("ß", "ss"), lemma)
    return table


def lemma_of(form: str, tagger_lemma: str | None = None) -> str:
    """The verb lemma of a form, trusting the tagger's lemma when it is a known verb."""
    low = form.lower()
    if tagger_lemma and tagger_lemma.lower() in SPEECH_VERBS:
        return tagger_lemma.lower()
    return form_table().get(low, (tagger_lemma or form).lower())
