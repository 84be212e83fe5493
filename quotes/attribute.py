"""Give each candidate a speaker, resolved in the article, and a cue, or drop it.

Order of evidence: the frame in the quote's own sentence (quotes/frames.py: the construction
itself, a speech verb beside the quote, `so X`, a colon), then carry-over from the speaker of
the previous sentences. Pronouns, role nouns and descriptions are resolved to the person
they stand for (quotes/reference.py, quotes/speakers.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from quotes.clauses import has_finite_subjunctive
from quotes.cues import candidate_cue, impersonal_cue, is_cue
from quotes.lexicon import ORG_HEADS, PLACES, generic_stem, is_generic_body, is_group_or_body, is_media_noun
from quotes.appositions import coordinated
from quotes.person_runs import person_like
from quotes.groups import (body_by_other_word, both_sides, compound_antecedent, group_with_genitive, named_with_word,
                           nationality_clash, nationality_fitting, the_two_before, the_two_before_in_sentence,
                           the_two_in_sentence_before)
from quotes.reference import (UNNAMED_REACH, about_the_speaker, bare, bare_spokesperson, clause_start_of, body_of_possessive,
                              describes_one, first_person_about_the_speaker, fitting_person_between, gender_clash, group_of,
                              names_a_text, outlet_named_before, owner_of_source, plural_sie, plural_subject_before,
                              role_antecedent, speaker_subject_before, role_noun_mentions, role_subject_mentions, singular_sie,
                              subject_between, paragraph_subject, spokesperson_of_body, the_text_itself)
from quotes.cluster import same_statement
from quotes.cue_speakers import cue_speakers
from quotes.names import fold, without_seat
from quotes.resolution import Resolved, resolve
from quotes.speakers import DEMONSTRATIVES, People, as_pronoun, possessive_spokesperson, side_of
from quotes.terms import after_copula, label_fails, said_phrase
from quotes.frames import Attribution, LABELS, find_attribution
from quotes.neighbours import headline_repeats, lead_frame, owner_of_text, whole_headline
from quotes.introduced import (body_introduced, body_of_place, colon_opener, ends_its_sentence, feminine_body_before,
                               introduced_before, ministry_of_its_minister, named_body_before, named_body_near,
                               office_introduced, paragraph_body, reports_itself, side_from_capital,
                               subject_body_before)
from quotes.layout import sentence_before_in_paragraph, title_end
from quotes.positions import in_marks
from quotes.subjects import BOTH
from quotes.types import Candidate, Drop, Mention, Parsed, Quote, Sentence, Speaker

CARRY_SENTENCES = 2  # how far back a speaker carries over to an unattributed quote
FREE_REPORT_REACH = 4  # how far back a free report about `er`/`sie` finds the speaker it fits
# how far back a first-person quote right after a sentence about the last speaker finds them (no
# one else named as a subject since: a portrait's background between two of its person's quotes)
FIRST_PERSON_REACH = 8


def _sentence_position(parsed: Parsed, offset: int) -> int:
    i = parsed.position_at(offset)
    return parsed.sentences[i].index if i >= 0 else 0


def _outlets(word: str) -> bool:
    """`Medien`, `Staatsmedien`, `Zeitungen`, `Nachrichtenagenturen`: outlets in the plural."""
    low = word.lower()
    return low.endswith("medien") or low.endswith(("en", "er", "e")) and is_media_noun(re.sub(r"(?:en|n|e)$", "", low)) \
        or low.endswith("blätter")


def _speaks(sent: Sentence) -> bool:
    """The sentence has a speech verb of its own."""
    return any(is_cue(sent, w) for w in sent.words)


def _narrated_before(parsed: Parsed, cand: Candidate, mention: Mention) -> bool:
    """A report before its frame with no verb in the Konjunktiv (`Spahn will nicht kandidieren. Das
    sagte …`), unlike reported words (`Scholz verstecke sich, sagte …`)."""
    sent = parsed.sentence_at(cand.start)
    return cand.end <= mention.start and sent is not None and \
        not has_finite_subjunctive([w for w in sent.words if cand.start <= w.start < cand.end], sent)


def attribute(parsed: Parsed, candidates: list[Candidate], people: People | None = None,
              drops: list[Drop] | None = None) -> list[tuple[Candidate, Attribution, Resolved]]:
    """Attribute candidates in text order, carrying speakers over to quotes that name none
    (`people`: the article's persons, if the caller has collected them already; `drops`: gets
    each candidate left out, with the reason)."""
    return _Walk(parsed, candidates, people if people is not None else People.from_parsed(parsed, person_like),
                 drops).run()


class _Walk:
    """One pass over an article's candidates in text order, with what the quotes before have shown:
    the last speaker, the speakers of the article's cues, titles in marks, descriptions."""

    def __init__(self, parsed: Parsed, candidates: list[Candidate], people: People, drops: list[Drop] | None):
        self.parsed, self.candidates, self.people, self.drops = parsed, candidates, people, drops
        self.out: list[tuple[Candidate, Attribution, Resolved]] = []
        self.recent: tuple[int, Resolved, str | None, int] | None = None  # (sentence index, speaker, cue, quote end)
        quoted = [(c.start, c.end) for c in candidates if c.kind == "direct" and c.rule != "direct:label"]
        self.cue_speakers: list[tuple[int, Resolved, str]] = []
        for k, r, cue in cue_speakers(parsed, people, quoted):
            # `Ein Sprecher des Automobilclubs bezeichnete … . Staus würden …`: carried over as the ADAC
            # named before, as a quote of the sentence itself would be
            self.cue_speakers.append((k, self.named_body(r, parsed.sentences[k].start, k), cue))
        self.cue_keys = [s for s, _, _ in self.cue_speakers]
        self.role_subjects = role_subject_mentions(parsed)
        self.role_nouns: list[tuple[int, Mention]] | None = None  # read once, only when a pronoun finds no one
        self.titles: list[tuple[int, Resolved]] = []  # speakers named by a title in marks (`„Daily Mail“`)
        self.unnamed: tuple[int, Resolved] | None = None  # the last person known only by a description, and where
        self.spoke: set[str] = set()  # folded names of the speakers so far
        self.headline: list[Candidate] = []  # the headline's quotes with no speaker of their own
        self.first_line_end = title_end(parsed.text)
        self.epithets: dict[str, Resolved] = {}  # `junge Mann` -> the person described without a name it stood for

    def drop(self, cand: Candidate, reason: str) -> None:
        if self.drops is not None:
            self.drops.append(Drop(cand.start, cand.end, self.parsed.text[cand.start:cand.end], cand.rule, reason))

    def keep(self, cand: Candidate, att: Attribution, resolved: Resolved) -> None:
        self.out.append((cand, att, resolved))
        if att.mention is not None and resolved.name and \
                in_marks(self.parsed.sentence_at(att.mention.start), att.mention):
            self.titles.append((att.mention.start, resolved))
        if resolved.name:
            self.recent = (_sentence_position(self.parsed, cand.end - 1), resolved, att.cue, cand.end)
            self.spoke.add(fold(resolved.name))

    def reports_or_frames(self, sent: Sentence) -> bool:
        """The sentence reports something itself, or names the speaker of a quote kept already
        (`„…“ / Das sagte die Grünen-Politikerin …`: a frame, which introduces no one new)."""
        return reports_itself(sent, self.candidates) or \
            any(att.mention is not None and sent.start <= att.mention.start < sent.end for _, att, _ in self.out[-3:])

    def run(self) -> list[tuple[Candidate, Attribution, Resolved]]:
        for cand in sorted(self.candidates, key=lambda c: c.start):
            found = self.attribution(cand)
            if found is None:
                continue  # dropped, kept already or left for the headline pass
            reason = label_fails(self.parsed, cand, found[0])
            if reason is not None:
                self.drop(cand, reason)
            else:
                self.keep(cand, *found)
        return self.headline_pass()

    def attribution(self, cand: Candidate) -> tuple[Attribution, Resolved] | None:
        """The candidate's frame and speaker: its own sentence's, the report it stands in, or carried
        over (None when it was dropped or kept already)."""
        parsed, recent = self.parsed, self.recent
        sidx = _sentence_position(parsed, cand.start)
        att = find_attribution(parsed, cand)
        resolved = None
        if att is not None and att.mention is not None:
            # `nach eigenen Angaben`, `nach seiner Meinung`: the words are the owner's (the mention
            # stays as written)
            resolved = self.speaker_of(cand, owner_of_source(parsed, att.mention) or att.mention, sidx)
        if att is not None and att.how == "unnamed":
            if att.cue == "heißen" and recent is not None and recent[1].name and (
                    0 <= sidx - recent[0] <= 1 or sidx - recent[0] == 2 and not _speaks(parsed.sentences[sidx - 1])
                    and "\n" not in parsed.text[recent[3]:cand.start]):
                # `…, heißt es weiter.` right after a report, or after one sentence with no speech verb
                # between in the same paragraph (`Laut X benutzte er … Um …, verwendete er demnach … . …,
                # hieß es.`): the source of that report goes on
                return Attribution(None, "heißen", "carry"), recent[1]
            body = body_introduced(parsed, self.people, cand, sidx, any_body=True) if att.cue == "heißen" else None
            if body is not None and body.how == "org":
                # `Das Weiße Haus bestätigte das Telefonat. Biden habe …, hieß es.`: the body the sentence
                # before named as its subject
                return Attribution(None, "heißen", "introduced"), body
            return att, Resolved(None, None, "unnamed")  # `Ihm wird vorgeworfen, …`: no source named
        # (a phrase of several words inside a report is its speaker's whatever its shape: `Er hoffe, dass
        # „derselbe Geist der Verantwortung“ herrsche`; a short term must say something, or be what the
        # report says something is: `Es sei „höchstwahrscheinlich“, dass …`)
        host = _host_report(self.out, cand) if resolved is None and (
            cand.rule in ("direct:short", "direct:phrase") and (said_phrase(parsed, cand) or cand.rule == "direct:phrase")
            or cand.rule in ("direct:label", "direct:short") and after_copula(parsed.text, cand)) else None
        if host is not None:
            # `Johnson habe „Schwule beleidigt“`: a phrase in marks inside a report, with no speaker
            # of its own, is that report speaker's words
            return Attribution(None, host[1].cue, "inside"), host[2]
        if resolved is None:
            return self.carried(cand, sidx)
        return att, resolved

    def carried(self, cand: Candidate, sidx: int) -> tuple[Attribution, Resolved] | None:
        """No speaker in the quote's own sentence: the last speaker nearby, the person the sentence
        before introduced, or none (the candidate is dropped)."""
        parsed, people, recent = self.parsed, self.people, self.recent
        opener = colon_opener(parsed, cand, sidx) if cand.rule == "indirect:free" else None
        by_colon = self.speaker_of(cand, opener, sidx - 1) if opener is not None else None
        if by_colon is not None and by_colon.name:
            # `Kritik kam von der Grünen Jugend: Die Parteiführung habe …` (the colon ended the sentence)
            return Attribution(opener, None, "colon"), by_colon
        # (`Demnach drängt das Auswärtige Amt auf …`: the source just named goes on; a speech verb in the
        # sentence is part of what it reports)
        per_source = cand.rule == "indirect:free" and _per_source_before(parsed, cand)
        if per_source and sidx > 0 and not (recent is not None and recent[0] == sidx - 1
                                            or reports_itself(parsed.sentences[sidx - 1], self.candidates)
                                            or _speaks(parsed.sentences[sidx - 1])):
            self.drop(cand, "`demnach` with no source in the sentence before: a consequence, no report")
            return None
        prior = _latest_speaker(recent, self.cue_speakers, sidx, self.cue_keys, own=not per_source)
        if prior is None and cand.rule == "indirect:free" and recent is not None \
                and sidx - recent[0] <= FREE_REPORT_REACH and (about_the_speaker(parsed, people, cand, recent)
                                                               or speaker_subject_before(parsed, people, cand, recent, unknown_fits=True)):
            # `„…“, sagte de Maizière. [two sentences of background] Er wolle zu einem offenen
            # Europa zurück.`: a free report about `er`/`sie` goes on with the last speaker if
            # that is the person the pronoun fits and no one else was named as a subject since
            prior = recent[:3]
        if prior is None and cand.rule == "direct:marks" and recent is not None and \
                sidx - recent[0] <= FIRST_PERSON_REACH and first_person_about_the_speaker(parsed, people, cand, recent):
            prior = recent[:3]
        if cand.rule == "indirect:plan" and (recent is None or sidx - recent[0] > 1):
            self.drop(cand, "a plan with no report right before it: the writer's own")
            return None
        # (a Konjunktiv sentence with no report before it, too: `Ngom definierte das Ziel. Es gehe
        # nicht darum, …`; the filter weighs how often that holds)
        alone = prior is None and (cand.rule == "direct:marks" and ends_its_sentence(parsed, cand)
                                   or cand.rule == "indirect:free")
        introduced = (introduced_before(parsed, people, cand, sidx, Resolved(None, None, "unresolved"))
                      or body_introduced(parsed, people, cand, sidx)) if alone else None
        if introduced is not None:
            # `Baerbock zeigte sich besorgt. „Wir beobachten die Lage.“` with no one speaking
            # before: the person the sentence before introduced
            self.keep(cand, Attribution(None, None, "introduced"), introduced)
            return None
        person = paragraph_subject(parsed, people, cand, recent, reach=2) if prior is None and cand.rule == "indirect:free" \
            else None
        if person is not None:
            # `Egede schlug in dieselbe Kerbe. Die Zukunft … bestimmten die Grönländer. Man wolle …`: the
            # person the report's paragraph opened with, the last speaker far back
            self.keep(cand, Attribution(None, None, "paragraph"), Resolved(person.name, person.side, "name"))
            return None
        # (a shorter phrase too when it is all the headline says: `„Europa muss aufwachen“`)
        if prior is None and cand.kind == "direct" and cand.start <= self.first_line_end and \
                (cand.rule not in LABELS and len(parsed.text[cand.start:cand.end].split()) >= 4
                 or cand.rule == "direct:phrase" and whole_headline(parsed.text, cand)):
            self.headline.append(cand)  # decided once the body's quotes have their speakers
            return None
        if prior is None or cand.rule in LABELS:
            self.drop(cand, "no speaker in its sentence and none to carry over" if prior is None else
                      "a term in marks is not carried over from another sentence")
            return None
        if cand.rule == "indirect:frame-after" and not _impersonal_frame(parsed, cand):
            # `X zeigte sich gesprächsbereit, warnte aber vor …`: a verb after a comma with no speaker
            # of its own goes on with its clause's subject; it frames nothing
            self.drop(cand, "a frame after the clause names no speaker: not carried over")
            return None
        if cand.kind == "direct" and prior[0] != sidx and _embedded_elsewhere(parsed, cand, prior[1]):
            self.drop(cand, "opens inside the writer's own sentence: no speaker carried into it")
            return None
        # a speech verb's subject read before the epithets were resolved (`spricht der junge Mann`)
        att, resolved = Attribution(None, prior[2], "carry"), self.epithets.get(fold(prior[1].name or ""), prior[1])
        opener = None
        if cand.rule == "indirect:free":
            # `Scholz verteidigte die Haltung des Bündnisses. Die Nato habe …` in a paragraph of its
            # own: the report is the person the paragraph opened with, not the last speaker; else the
            # body it opened with (`Am 15. Mai hat die Wahlkommission den Termin festgelegt. …`)
            person = paragraph_subject(parsed, people, cand, recent)
            opener = Resolved(person.name, person.side, "name") if person is not None else \
                paragraph_body(parsed, people, cand, recent)
        if opener is not None:
            att, resolved = Attribution(None, None, "paragraph"), opener
        introduced = None
        if cand.rule == "direct:marks":
            introduced = introduced_before(parsed, people, cand, sidx, resolved) or \
                office_introduced(parsed, people, cand, sidx)
        elif cand.rule == "indirect:free" and opener is None and sidx > 0 and \
                not self.reports_or_frames(parsed.sentences[sidx - 1]):
            # `Marco Rubio zeigte sich zuversichtlich. Man sei „näher an einer Einigung“.`: a free
            # report right after a sentence introducing someone else is theirs, as a quote is (not
            # after a report about them: `Saif bereitet nach Informationen von Reuters …`, `Wie der
            # Kreml mitteilte, hat Putin …`)
            # (or a body or role the sentence before has as its subject: `Die Enkelin des Sammlers zeigte
            # sich bewegt. Ihr Großvater habe …`)
            introduced = introduced_before(parsed, people, cand, sidx, resolved) or \
                body_introduced(parsed, people, cand, sidx, person=True)
        return att, introduced if introduced is not None else resolved

    def speaker_of(self, cand: Candidate, mention: Mention, sidx: int) -> Resolved | None:
        """The person or body a mention in the quote's sentence stands for (pronouns and
        role nouns resolved in the article), None when it names no one."""
        parsed, people, recent = self.parsed, self.people, self.recent
        if mention.kind == "pronoun" and mention.text.lower() in BOTH:
            pair = the_two_in_sentence_before(parsed, people, mention.start) or \
                the_two_before(people, clause_start_of(parsed, mention.start))
            if pair is not None:
                # `sagten beide`: the only two persons the sentence before names (`Das Treffen zwischen Trump
                # und Putin …`), else the two named as subjects last, in the order named
                return pair
        if both_sides(parsed.text, mention):
            pair = the_two_before_in_sentence(parsed, people, mention.start) if mention.text.lower().startswith("beider") \
                else None
            pair = pair or the_two_in_sentence_before(parsed, people, mention.start)
            if pair is not None:
                return pair  # `Lawrow traf seinen Kollegen Wang Yi. Beide Seiten betonten …`: those two
        spokesperson = possessive_spokesperson(mention)
        body = body_of_possessive(parsed, mention, spokesperson.group(1)) if spokesperson is not None else None
        if body is not None:
            return resolve(body, people, None)  # `Die Initiative feierte. Ihr Sprecher sprach …`: the body's
        ref = as_pronoun(mention)  # `sagte der Norweger` refers back like `sagte er`
        if ref is not mention and spokesperson is None and \
                people.get(resolve(mention, people, None).name or "") is not None:
            ref = mention  # `der Linkspolitiker` after `der Linkspolitiker X`: the title names him
        resolved = self.referent(cand, mention, ref, sidx)
        if ref is not mention and resolved is not None and nationality_clash(people, mention, resolved.name):
            # `erklärte der Chinese` is not the Russian minister who spoke last
            resolved = nationality_fitting(people, mention) or resolve(mention, people, None)
        resolved = self.described(mention, ref, resolved)
        outlet = outlet_named_before(parsed.text, mention, self.titles)
        if outlet is not None:
            resolved = outlet  # `berichtete das Blatt`: the newspaper named last
        # (counted from the frame, which may stand before the quote's paragraph: `Weiter heißt es in
        # dem Beitrag:` and the words below)
        if recent is not None and _sentence_position(parsed, mention.start) - recent[0] <= 1 and recent[1].name \
                and the_text_itself(parsed.text, mention):
            # `schrieb Sacharowa auf Telegram. „…“, heißt es in dem Beitrag`: the text just named
            # is its author's
            resolved = recent[1]
        elif (sent := parsed.sentence_at(mention.start)) is not None and (owner := owner_of_text(parsed, sent, mention)):
            # `Merkel hielt eine Rede. „…“, hieß es in der Rede`: the speech is its owner's
            resolved = resolve(owner, people, None)
        resolved = self.body_spoken_for(mention, ref, resolved, sidx)
        if resolved.name is None:
            return None
        if ref.kind != "pronoun":
            return _with_partners(parsed, people, cand, mention, resolved)
        if not resolved.others and (plural_sie(parsed, ref) or ref.text.lower() in BOTH):
            return group_of(parsed, people, resolved, ref.start)
        return resolved

    def referent(self, cand: Candidate, mention: Mention, ref: Mention, sidx: int) -> Resolved:
        """Who a mention, or the pronoun it stands as (`ref`), refers to: a role named as the subject
        since, the speaker of the quote right before, or the person the article named last."""
        parsed, people, recent = self.parsed, self.people, self.recent
        name_hint = recent[1].name if recent and sidx - recent[0] <= CARRY_SENTENCES else None
        she = ref.kind == "pronoun" and singular_sie(parsed, ref)
        group = plural_subject_before(parsed, ref) if ref.kind == "pronoun" and \
            (plural_sie(parsed, ref) or ref.text.lower() == "ihnen") else None
        if group is not None and (is_group_or_body(group.text.split()[-1]) or _outlets(group.text.split()[-1])):
            # `Angehörige der Geiseln protestierten. „…“, riefen sie`: a plural `sie` is the group of
            # people the sentence before had as its subject (persons named together: `group_of`); or the
            # outlets (`Russische Medien berichteten … . Sie schrieben, …`)
            return resolve(group_with_genitive(parsed.text, group), people, None)
        role = role_antecedent(parsed, people, self.role_subjects, ref, recent) if ref.kind == "pronoun" else None
        if role is not None:
            # `Der iranische Vize-Außenminister betrachtet … Er sagte, …`: a role named as the
            # subject since the last named person is the antecedent
            resolved = resolve(role, people, None)
            back = as_pronoun(role)
            fitting = nationality_fitting(people, role) if people.get(resolved.name or "") is None else None
            if fitting is not None:
                # `Der Franzose zeigte sich enttäuscht. „…“, sagte er`: the person of that nationality named before
                return fitting
            if back is not role and people.get(resolved.name or "") is None:
                # `Lothar Tietge … Der 74-Jährige durfte … Er sagte, …`: an epithet refers back in turn
                earlier = resolve(back, people, None, clause_start_of(parsed, role.start))
                if earlier.name and people.get(earlier.name) is not None:
                    resolved = earlier
            return resolved
        if possessive_spokesperson(mention) is not None and cand.end <= mention.start:
            # `Erdogan habe mit Putin telefoniert, teilte sein Büro mit`: whose office speaks is the
            # report's subject, not the speaker before
            inside = [p for p in people.persons.values() if any(cand.start <= x < cand.end for x in p.subject_positions)]
            subject = min(inside, key=lambda p: min(p.subject_positions), default=None)
            # (`sein Büro` is a man's or a body's; `ihr Sprecher` a woman's, or a group's)
            his = mention.text.lower().startswith("sein")
            if subject is not None and (subject.gender != "f" if his else subject.gender == "f"):
                return Resolved(subject.name, subject.side, "pronoun")
        body = feminine_body_before(parsed, people, ref, sidx) if she else None
        if body is not None:
            # `Die Verteidigung zweifelt das an. Sie argumentiert, …`: a singular `sie` after a body named
            # by a feminine noun as the subject of the sentence before, no person named there
            return body
        if ref.kind == "pronoun" and ref.text.lower() not in DEMONSTRATIVES and recent \
                and sidx - recent[0] <= 2 and recent[1].name \
                and not gender_clash(people, ref, recent[1], she) \
                and not subject_between(people, recent, mention.start, (cand.start, cand.end)) \
                and not fitting_person_between(people, ref, recent, she, mention.start) \
                and not (recent[1].how == "org" and recent[1].name in PLACES) \
                and not names_a_text(recent[1].name):  # `er` is no country, nor `Angaben`
            # `„…“, erklärte X. Sie warnte …`: a pronoun right after a quote is its speaker
            return recent[1]
        # (`„Putin wird nicht gewinnen“, sagte er`, `Borrell habe ihn gedrängt, sagte er`: a person
        # named in the quoted or reported words is not its `er`)
        resolved = resolve(ref, people, name_hint, clause_start_of(parsed, mention.start), she=she,
                           quoted=(cand.start, cand.end))
        if resolved.name is None and ref is not mention and _narrated_before(parsed, cand, mention):
            # `Jens Spahn will nicht kandidieren. Das sagte der 44-Jährige`: a report in the indicative
            # tells of its speaker; with no one named before it, an epithet is the one named in it
            resolved = resolve(ref, people, name_hint, clause_start_of(parsed, mention.start), she=she)
            if resolved.name is not None:
                self.epithets[fold(bare(mention.text))] = resolved  # (the reports carried on from it)
        if resolved.name is None and ref is not mention:
            return resolve(mention, people, name_hint)  # no one named before: the noun itself
        if resolved.name is None:
            # no one named before: `Ein 39-jähriger Landwirt wurde getroffen. … Er sagte aus`
            self.role_nouns = role_noun_mentions(parsed) if self.role_nouns is None else self.role_nouns
            role = role_antecedent(parsed, people, self.role_nouns, ref, None, CARRY_SENTENCES)
            return resolve(role, people, None) if role is not None else resolved
        return resolved

    def described(self, mention: Mention, ref: Mention, resolved: Resolved) -> Resolved:
        """An epithet (`der 28-Jährige`, `der junge Mann`) for no named person, or for one who never
        spoke: the person described last without a name; else it describes one from here on."""
        epithet = ref is not mention or describes_one(mention)
        known = resolved is not None and self.people.get(resolved.name or "") is not None
        # `der junge Mann` after `so der 28-Jährige aus Horn` and a named person who never spoke:
        # the epithet goes on with the one who spoke
        silent = known and ref is not mention and fold(resolved.name) not in self.spoke
        if epithet and (not known or silent):
            if self.unnamed is not None and mention.start - self.unnamed[0] < UNNAMED_REACH:
                resolved = self.unnamed[1]
                self.unnamed = (mention.start, resolved)  # referred to again: the reach starts anew
                self.epithets[fold(bare(mention.text))] = resolved
            elif not known and resolved is not None and resolved.name == bare(mention.text):
                self.unnamed = (mention.start, resolved)
        return resolved

    def body_spoken_for(self, mention: Mention, ref: Mention, resolved: Resolved, sidx: int) -> Resolved:
        """The body behind a spokesperson, a place or a generic word for a body (`das Ministerium`,
        `die Organisation`): the one it speaks for, the one named or speaking just before."""
        parsed, people, recent = self.parsed, self.people, self.recent
        spoke_for = spokesperson_of_body(parsed, mention) if resolved.name == bare(mention.text).split()[-1] else None
        if spoke_for is not None:
            # the spokesperson speaks for the body: one entity with it, as `ein Sprecher des Kremls` is
            # (`hieß es aus dem Ministerium`: the ministry named before by its compound)
            compound = compound_antecedent(parsed.text, spoke_for)
            spoke_for = Mention(compound, spoke_for.start, spoke_for.end, "org") if compound else spoke_for
            of = resolve(spoke_for, people, None)
            resolved = Resolved(bare(of.name or spoke_for.text), of.side or side_of(spoke_for.text), "org")
        elif resolved.name == bare(mention.text).split()[-1] and bare_spokesperson(mention) and recent is not None \
                and sidx - recent[0] <= 1 and recent[1].name and (
                    recent[1].how == "org" or mention.text.lower().startswith(("der ", "die "))
                    and recent[1].name.lower().endswith(("sprecher", "sprecherin"))):
            # `…, hieß es aus dem Ministerium. Ein Sprecher betonte: …`: the body that just spoke;
            # `Ein Regierungssprecher erklärte … so der Sprecher weiter`: the spokesperson who just spoke
            resolved = recent[1]
        speaking_in = body_of_place(parsed, people, mention, resolved) if resolved.name in PLACES else None
        if speaking_in is not None:
            # `Das russische Verteidigungsministerium widersprach. …, hieß es in Moskau`: the body of
            # that side that the sentence before named as its subject
            resolved = speaking_in
        body = compound_antecedent(parsed.text, mention) if ref is mention else None
        if body is not None:
            resolved = resolve(Mention(body, mention.start, mention.end, "org"), people, None)
        # (a bare noun after `aus dem` reads as a name: `hieß es aus dem Bündnis`)
        other_word = body_by_other_word(parsed.text, resolved.name, mention.start) \
            if resolved.name and resolved.how in ("org", "name") else None
        if other_word is not None:
            # `Die Nato reagierte gelassen. …, sagte eine Sprecherin des Bündnisses`: the Nato
            resolved = Resolved(other_word, side_of(other_word), "org")
        else:
            resolved = self.named_body(resolved, mention.start, sidx)
        if resolved.how not in ("org", "role"):
            return resolved
        return side_from_capital(parsed, mention, sidx, ministry_of_its_minister(parsed, mention, sidx, resolved))

    def named_body(self, resolved: Resolved, pos: int, sidx: int) -> Resolved:
        """A generic word for a body (`die Organisation`, `ein Sprecher des Energiekonzerns`) written at
        `pos`: the body named with it before, or the one that spoke last."""
        parsed = self.parsed
        if not resolved.name or resolved.how not in ("org", "role"):
            return resolved
        if resolved.name in ("Sprecher", "Sprecherin") and 0 < sidx < len(parsed.sentences) and \
                sentence_before_in_paragraph(parsed, parsed.sentences[sidx]) is not None:
            # `Der Energiekonzern Uniper hat die Lieferungen gekürzt. Eine Sprecherin sagte, …`: a bare
            # spokesperson speaks for the body the sentence before has as its subject
            body = named_body_before(parsed, sidx, back=False)
            if body is not None and body.name:
                return body
        name = without_seat(resolved.name)  # (`die Behörde in Karlsruhe` is a generic word too)
        if is_generic_body(name):
            # `Die Hamas wies die Vorwürfe zurück. …, hieß es in einer Erklärung der Organisation`: the
            # body that spoke last, within three sentences; if none spoke, the one named by its proper
            # name as the subject of the sentence before (`Der Energiekonzern Gazprom hat …`); that one
            # also when it is nearer (`Ein Sprecher des ADAC warnte … . Auch die Deutsche Bahn stellt
            # sich ein. …, teilte das Unternehmen mit`)
            titled = named_with_word(parsed.text, generic_stem(name) or "", pos)
            if titled is not None:
                # `Aktivisten der Gruppe „Letzte Generation“ … erklärte die Gruppe`: the body named with the word
                return Resolved(titled, side_of(titled), "org")
            spoke = next(((k, r) for k, r, _ in reversed(self.cue_speakers) if sidx - 3 <= k < sidx and r.how == "org"
                          and not is_generic_body(r.name) and r.name not in PLACES), None)
            named = named_body_near(parsed, pos, sidx) if spoke is None or spoke[0] < sidx - 1 else None
            # (else the body named as a subject further back, the story's: `Volkswagen plant … Der Konzern
            # bestätigte … nicht. Ein Sprecher sagte …`)
            return named or (spoke[1] if spoke is not None else subject_body_before(parsed, sidx) or resolved)
        head = name.lower() if name.lower() in ORG_HEADS else generic_stem(name)
        # `die Gewerkschaft`, `ein Sprecher des Energiekonzerns`: the body named with that word before
        return (named_body_near(parsed, pos, sidx, head) if head else None) or resolved

    def headline_pass(self) -> list[tuple[Candidate, Attribution, Resolved]]:
        """The headline's quotes, once the body's have their speakers; a headline quote repeated below
        word for word is one statement."""
        parsed, out = self.parsed, self.out
        for cand in self.headline:
            # `„Ein schwarzer Tag für die Demokratie“` over the article: the words of whoever says them
            # again below (`„Das ist ein schwarzer Tag für die Demokratie“, sagte Präsidentin X`)
            said = parsed.text[cand.start:cand.end]
            again = next((r for c, _, r in out if c.kind == "direct" and c.start > cand.end and r.name
                          and same_statement(said, parsed.text[c.start:c.end])), None)
            lead = lead_frame(parsed, cand) if again is None else None
            said_in_lead = self.speaker_of(cand, lead[0], parsed.sentences.index(lead[1])) if lead else None
            if again is not None:
                out.append((cand, Attribution(None, None, "repeat"), again))
            elif said_in_lead is not None and said_in_lead.name:
                # (no one repeats it: the one the lead reports saying something)
                out.append((cand, Attribution(lead[0], lead[2], "lead"), said_in_lead))
            elif len(answered := {r.name: r for _, att, r in out if att.how == "interview" and r.name}) == 1:
                # over an interview with one person: the words of the one who answers
                out.append((cand, Attribution(None, None, "interview"), answered.popitem()[1]))
            else:
                self.drop(cand, "no speaker in its sentence and none to carry over")
        repeats = headline_repeats(parsed.text, [c for c, _, _ in out])
        for c in repeats:
            self.drop(c, "the headline repeats a quote below word for word: one statement, one row")
        return [row for row in out if not any(row[0] is c for c in repeats)]


def _impersonal_frame(parsed: Parsed, cand: Candidate) -> bool:
    """The candidate's cue names no one by design (`…, heißt es`), so the last speaker may go on."""
    found = candidate_cue(parsed, cand)
    return found is not None and impersonal_cue(*found)


def _with_partners(parsed: Parsed, people: People, cand: Candidate, mention: Mention, resolved: Resolved) -> Resolved:
    """The speaker with those named together with it (`sagten Merkel und Macron`)."""
    sent = parsed.sentence_at(mention.start)
    if sent is None:
        return resolved
    others: list[Resolved] = []
    for m in coordinated(parsed.text, sent, mention, (cand.start, cand.end)):
        r = resolve(m, people, None)
        if r.name and fold(r.name) not in {fold(resolved.name or "")} | {fold(o.name or "") for o in others}:
            others.append(r)
    return replace(resolved, others=tuple(others)) if others else resolved


def _embedded_elsewhere(parsed: Parsed, cand: Candidate, speaker: Resolved) -> bool:
    """A quote that opens inside the writer's own sentence (`… vom Aufsichtsrat der „documenta und …“
    gewählt`, `Seiner Ansicht nach „sind wir …“`) with no speaker there is not carried from an
    earlier sentence, unless that speaker is the sentence's subject (`Das Gericht sieht neben
    neuen „Möglichkeiten …“`). A quote after a colon or `„…“ und „…“` opens afresh."""
    sent = parsed.sentence_at(cand.start)
    if sent is None:
        return False
    head = parsed.text[sent.start:cand.start].rstrip("„“”»«\"‚‘ ")
    head = re.split(r"[:\n„“”»«\"]", head)[-1].strip().lower()
    if not re.search(r"\w", head) or head in ("und", "oder", "sowie"):
        return False
    names = set(re.findall(r"\w+", (speaker.name or "").lower()))
    return not any(w.deprel.startswith("nsubj") and w.end <= cand.start and w.text.lower() in names
                   for w in sent.words)


def _host_report(out: list, cand: Candidate):
    """The attributed report, with a speaker, that holds the candidate (among the last few)."""
    for c, att, resolved in reversed(out[-8:]):
        if c.kind == "indirect" and c.start <= cand.start and cand.end <= c.end and resolved.name:
            return c, att, resolved
    return None


def _per_source_before(parsed: Parsed, cand: Candidate) -> bool:
    """`Demnach …`: the candidate's sentence reports what the source named before says."""
    sent = parsed.sentence_at(cand.start)
    return sent is not None and any(w.text.lower() == "demnach" for w in sent.words)


def _latest_speaker(recent, cue_speakers, sidx: int, keys: list[int], own: bool = True):
    """The latest speaker within reach of sentence `sidx`: the last quote's, or a speech verb's
    (`cue_speakers` is in sentence order, `keys` its sentence indexes: a bisect, not a scan; `own`:
    one in sentence `sidx` itself too)."""
    best = recent if recent is not None and 0 <= sidx - recent[0] <= CARRY_SENTENCES else None
    hi = bisect.bisect_right(keys, sidx) if own else bisect.bisect_left(keys, sidx)
    lo = bisect.bisect_left(keys, sidx - CARRY_SENTENCES + 1)
    if lo < hi:
        first_of_latest = bisect.bisect_left(keys, keys[hi - 1], lo, hi)
        s, r, cue = cue_speakers[first_of_latest]
        if best is None or s > best[0]:
            best = (s, r, cue)
    return best


def to_quote(text: str, cand: Candidate, att: Attribution, r: Resolved) -> Quote:
    rule = f"{cand.rule}+{att.how}"
    conf = round(cand.confidence * (0.6 if att.how in ("carry", "unnamed") else 1.0), 2)
    return Quote(start=cand.start, end=cand.end, text=text[cand.start:cand.end], kind=cand.kind,
                 rule=rule, confidence=conf, speaker=r.name, side=(r.side or "OTHER") if r.name else None,
                 mention=att.mention, cue=att.cue,
                 co_speakers=tuple(Speaker(o.name, o.side or "OTHER") for o in r.others if o.name))
