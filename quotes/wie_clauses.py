"""`Wie X mitteilte, …`: the clause that cites a source with `wie`, told apart from a comparison
(`nicht so verheerend, wie zunächst angenommen`) and a question (`Wie lange hält …?`)."""

from __future__ import annotations

from quotes.clauses import subtree, wie_across_apposition, wie_boundary
from quotes.types import Sentence, Word


def _opens_clause(words, k: int) -> bool:
    """Word k opens the sentence or a clause: first, after a comma, or after an opening connective
    (`Denn wie die Zeitung berichtete, …`)."""
    return k == 0 or words[k - 1].text == "," or k == 1 and words[0].upos in ("CCONJ", "ADV", "SCONJ")


def wie_clause(sent: Sentence, cue: Word) -> list[Word] | None:
    """The words of a `wie X sagte` clause around the cue, if the cue heads one."""
    words = sent.words
    i = words.index(cue)
    end = next((j for j in range(i + 1, len(words)) if words[j].text in (",", ";", ":")), len(words))
    # `…, wie "illegitim" es wäre, …, sagte Sturgeon`: a verb after a comma with its subject after it
    # frames the sentence before it; a `wie` clause ends in its verb
    inverted = i > 0 and words[i - 1].text == "," and i + 1 < len(words) and \
        words[i + 1].upos in ("PROPN", "NOUN", "DET", "PRON")
    if inverted:
        return None
    # (one comma between `wie` and the cue: `wie` compared a phrase of its own, `wenn sie, wie auch schon der
    # Kollege, auf … hinweist`; two enclose an apposition: `Wie Steve Marshall, Sprecher der UN, mitteilte`)
    wie = next((c for c in sent.children(cue.index) if c.text.lower() == "wie" and c.start < cue.start
                and _opens_clause(words, c.index - 1)
                and sum(x.text == "," for x in words[c.index:cue.index - 1]) != 1), None) if cue.head != 0 else None
    if wie is not None:
        # the clause ends at the comma after its verb, whatever else the parser hung on it (a `wie`
        # inside a clause compares: `hatte wie dieser den Imperialismus angeprangert`)
        return None if _comparison(words, wie.index - 1) else [x for x in subtree(sent, cue.index) if x.index <= end]
    # the parser hung `wie` elsewhere or made the cue the root (`Wie aus dem Bericht hervorgeht, …`):
    # `Wie die Firma am Morgen bekannt gab, …` on the surface,
    # `wie` opening the sentence or following a comma, with no comma before the cue
    k = next((k for k in range(i - 1, -1, -1) if wie_boundary(words[k])), None)
    across = wie_across_apposition(sent, i, words_after=True)
    if across is not None:
        k = across  # `wie Burt Rutan, Chef der Firma, mitteilte`: an apposition inside the clause
    # a capitalised `Wie` inside a sentence starts it after a heading the text runs into
    if k is None or words[k].text.lower() != "wie" or (k > 0 and words[k - 1].text != "," and words[k].text != "Wie"):
        return None
    if words[-1].text == "?" and k + 1 < len(words) and words[k + 1].text.lower() in _DEGREE_WORDS:
        return None  # `Wer das hört, fragt sich: Wie lange hält diese Koalition noch?`: a question
    return None if _comparison(words, k) else list(words[k:end])


def _comparison(words, k: int) -> bool:
    """The `wie` at k compares (`nicht so verheerend, wie zunächst angenommen`): no source."""
    return k > 2 and words[k - 1].text == "," and any(
        # (`so` before an adjective, an adverb or a participle the tagger calls a verb: `so verheerend`)
        words[j].text.lower() in ("so", "ebenso", "genauso") and words[j + 1].text.islower()
        and words[j + 1].upos in ("ADJ", "ADV", "VERB") and "Mood=" not in words[j + 1].feats
        for j in range(max(0, k - 4), k - 2))


# `wie lange`, `wie viel`: `wie` asking a question, not citing a source
_DEGREE_WORDS = frozenset("lange viel viele oft weit sehr groß hoch schnell gut schlimm stark ernst teuer".split())
