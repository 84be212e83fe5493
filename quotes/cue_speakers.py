"""Who speaks in each sentence: every speech verb with a subject, in marks or not, resolved among
the article's people — what quotes/attribute.py carries over to quotes that name no one."""

from __future__ import annotations

from quotes.cues import STRONG_FINITE, cue_lemma, inside_report, is_cue, passive
from quotes.spans import Spans
from quotes.appositions import appositive_name
from quotes.mentions import SUBJECT_RELS, mention_of
from quotes.groups import person_of_nationality
from quotes.reference import clause_start_of, describes_one
from quotes.lexicon import is_group_or_body
from quotes.names import role_head
from quotes.resolution import Resolved, resolve
from quotes.speakers import People, as_pronoun, names_a_leaning
from quotes.frames import shows_a_state
from quotes.owners import agent
from quotes.positions import could_be_nominative, fronted_adverbial
from quotes.subjects import can_speak, subject_of
from quotes.types import Mention, Parsed, Word


def cue_speakers(parsed: Parsed, people: People, quoted: list[tuple[int, int]]) -> list[tuple[int, Resolved, str]]:
    """(sentence index, speaker, cue) for every speech verb with a subject, quote or not;
    verbs inside quotation marks are the quoted speaker's words (`„Wir hoffen …“`), not a frame."""
    quoted_spans = Spans(quoted)  # a bisect per word, not a scan over every quote

    def in_quote(w: Word) -> bool:
        return quoted_spans.contains(w.start, w.start + 1)
    found = []
    for sent in parsed.sentences:
        for w in sent.words:
            if in_quote(w) or not (is_cue(sent, w) or shows_a_state(sent, w)) or inside_report(sent, w):
                continue
            if cue_lemma(sent, w) == "nennen" and w.text.lower() == "genannt":
                continue  # `kurz „PACs“ genannt`: naming, no one speaking
            if passive(sent, w):
                mentions = [agent(parsed.text, sent, w, (0, 0))]
            else:
                # a parse subject inside a prepositional phrase is none (`Auch von Rassismus spricht der
                # junge Mann`: the parser's subject `Rassismus` is what he speaks of)
                subjects = [c for c in sent.children(w.index) if c.deprel in SUBJECT_RELS and not in_quote(c)
                            and could_be_nominative(sent, c)]
                if len(subjects) > 1 and any(c.start < w.start and can_speak(c) for c in subjects):
                    # `Der Konzern bestätigte die Pläne nicht` parsed with two subjects: after one before the
                    # verb who can speak, one after it that cannot is its object
                    subjects = [c for c in subjects if c.start < w.start or can_speak(c)]
                # `Der Sprecher des Kremls, Dmitri Peskow, äußerte sich …`: the apposed name
                mentions = [m and appositive_name(parsed.text, sent, m)
                            for m in (mention_of(parsed.text, sent, c, (0, 0)) for c in subjects)]
                if subjects and not any(m is not None and m.kind in ("name", "role", "pronoun") for m in mentions) \
                        and not any(can_speak(c) and m is not None for c, m in zip(subjects, mentions)):
                    # a thing as the parse subject of a speech verb (`Der Botschafter, X, kritisierte die
                    # Lieferungen`): the surface reading may find the person (not after a body that can
                    # speak: `Das Nobelkomitee würdigte Obamas Einsatz`)
                    m = subject_of(parsed.text, sent, w, (0, 0))
                    if m is not None and m.kind in ("name", "role") and not in_quote(m):
                        mentions = [m]
                if not subjects and (w.text in STRONG_FINITE or w.upos not in ("VERB", "AUX", "ADJ", "NOUN")):
                    # `Der Minister weist … hin`: the tagger missed the verb, the parse its subject
                    mentions = [subject_of(parsed.text, sent, w, (0, 0))]
                elif not subjects:
                    # `Die Regierung warnt vor …` with the subject hung elsewhere: a person or role
                    # opening the sentence
                    m = subject_of(parsed.text, sent, w, (0, 0))
                    # `Besorgt äußerte sich X`, `Am Rande der Sitzung nahm X Stellung`
                    fronted = w.index == 2 and (sent.words[0].upos in ("ADV", "ADJ") or sent.words[0].text in ("Das", "Dies")) \
                        or fronted_adverbial(sent, 0, w)  # (`Das fordert X`: after an anaphoric `Das`)
                    # (or a group or body opening the sentence: `Die Behörden werfen X Menschenhandel vor`)
                    body = m is not None and m.kind == "org" and m.start == sent.start and m.end <= w.start \
                        and is_group_or_body(m.text.split()[-1])
                    mentions = [m] if m is not None and (m.kind in ("name", "role") or body) and (
                        m.end <= w.start or fronted) else []
            opening = sent.words[0]
            person = people.get(opening.text) if opening.end <= w.start and not in_quote(opening) else None
            if person is not None and opening.start in person.subject_positions and \
                    not any(m is not None and people.get(m.text) is not None for m in mentions):
                # `Klein kündigte Proteste an` with `Klein` tagged ADV and `Proteste` the parse subject:
                # a person of the article opening the sentence as its subject is the speaker
                mentions = [Mention(opening.text, opening.start, opening.end, "name")]
            for m in mentions:
                r = resolve(m, people, None) if m is not None else None
                ref = as_pronoun(m) if m is not None else None
                if ref is not m and people.get(r.name or "") is None and (role_head(m.text) or names_a_leaning(m.text)) \
                        and not describes_one(m):
                    # `Das erklärte der Chefdiplomat`: an office's epithet refers back like `er`, here as for
                    # a quote (a description of someone unnamed, `der junge Mann`, goes on with that one)
                    by_ref = resolve(ref, people, None, clause_start_of(parsed, m.start))
                    r = by_ref if by_ref.name else r
                if r is not None and r.how in ("org", "role"):
                    r = person_of_nationality(people, m, r)
                if r is not None and r.name:
                    found.append((sent.index, r, cue_lemma(sent, w)))
    return found
