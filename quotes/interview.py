"""Interviews: question and answer turns with speaker labels (`DW: Wie …? Michael Lüders: Ich …`).

An article is an interview when a sentence opens with a person's label (`Michael Lüders:`) and
questions follow it, put by a labelled interviewer (`SPIEGEL:`, `Frage:`) or unlabelled. Every
stretch of non-question sentences after the interviewee's label is one answer: a direct
quotation of the interviewee, whose label is its speaker. Questions are the interviewer's and
not quoted. A rhetorical question inside an answer ends that answer (the text cannot tell them
apart); what follows it is a new answer of the same person. The interview ends at its credit
line (`Das Interview führte …`), or where the questions stop: an answer running on for more than
six paragraphs (or than the longest before it) with no question or turn. The last answer, which
no question closes, spans at most as many paragraphs as the longest answer before it (what follows
is the page, not the interviewee). Only questions inside the interview make it one. With no labels
at all, paragraphs that close with a question and address the interviewee by name (`Herr Melnyk,
was …?`) set the turns apart: every other paragraph after the first question is an answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from quotes.lexicon import FIRST_NAMES, FIRST_PERSON
from quotes.names import role_head
from quotes.layout import headline_end
from quotes.types import Candidate, Parsed

RULE = "direct:interview"
# `Michael Lüders:`, `Lüders:`, `Ursula von der Leyen:`, `SPIEGEL:`, `Frage:` at a sentence start
# (an outlet may write its name in lower case: `t-online:`, `n-tv:`, `taz:`)
# (a medium's web name in lower case asks too: `tagesschau.de: Herr X, …?`)
_LABEL = re.compile(r"((?:[A-ZÄÖÜ]|[a-z]{1,3}-|taz\b|[a-z][\w-]*\.(?:de|at|ch|com)\b)[\w.'-]*(?:\s+(?:von|van|de|der|zu)?\s*[A-ZÄÖÜ][\w.'-]*){0,3}):\s+"
                    r"(?=[A-ZÄÖÜ\d])")


def opens_with_label(paragraph: str) -> bool:
    """The paragraph opens with an interview turn's label (`Frage: …`, `Hofreiter: …`)."""
    return _LABEL.match(paragraph) is not None


_QUESTION_LABELS = frozenset("frage f interviewer moderator moderatorin".split())
# an answer's label that names no one: the answer is the interviewee's, named in the headline
# (`Interview mit dem Politologen Thomas Jäger`) or addressed in the questions (`Herr Jäger, …?`)
_ANSWER_LABELS = frozenset("antwort a".split())
_INTERVIEW_WITH = re.compile(r"(?m)(?:Interview|Gespräch) mit (?:\w+ ){0,3}?(?P<name>[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)\s*$")
# `Das Interview mit dem Politologen Carlo Masala führte Julia Weber.`, `Das Interview führte Maria Müller
# mit dem ukrainischen Botschafter Oleksij Makejew.`
_CREDITED_WITH = re.compile(r"(?:Interview|Gespräch) mit (?:\w+ ){0,3}?(?P<name>[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+) "
                            r"(?:führten?|haben|hat)\b|(?:Interview|Gespräch) führten? [A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+ "
                            r"mit (?:[\w-]+ ){0,4}?(?P<name2>[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+)\s*[.,]")
_ADDRESSED = re.compile(r"(?:Herr|Frau) (?P<name>[A-ZÄÖÜ][\w-]+),")
_BREAK = re.compile(r"[ \t]*\n\s*")  # one paragraph break, however many blank lines
# `Das Interview führte Marc Saha.`, `Die Fragen stellte …`, `Das Gespräch führten …`
_CREDIT = re.compile(r"(?:Das|Die)\s+(?:Interview|Gespräch|Fragen)\s+(?:führten?|stellten?)\b")
# an answer runs this many paragraphs at most (or as many as the longest before it): when no
# question or turn comes sooner, the interview is over and the page goes on with other things
_MOST = 6
_GENRE_WORD = re.compile(r"\b(?:Interview|Gespräch)\b")
# a statement put to the interviewee: someone else's words, or the interviewee addressed (`Sie`
# inside a sentence)
_PUT = re.compile(r"\b(?:sagt|sagen|meint|meinen|fordert|fordern|behauptet|behaupten|kritisiert|kritisieren|"
                  r"warnt|warnen|wirft|werfen)\b|(?<![.!?:]\s)(?<!^)\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b")


@dataclass(frozen=True)
class Label:
    start: int
    end: int  # end of the name, before the colon
    text_start: int  # where the turn's words begin
    person: bool


def _label_at(text: str, start: int, last_names: set[str], answering: frozenset[str] = frozenset()) -> Label | None:
    m = _LABEL.match(text, start)
    if m is None or _GENRE_WORD.search(m.group(1)):
        return None  # (`Interview: Finanzminister X über …`: a heading, no one's turn)
    name = m.group(1)
    words = name.split()
    # (a label in capitals names the same person: `MICHAL:` for Kristen Michal)
    last = words[-1].title() if words[-1].isupper() and len(words[-1]) > 2 else words[-1]
    person = (words[0] in FIRST_NAMES and len(words) >= 2 or last in last_names or name in answering
              or name.lower() in _ANSWER_LABELS) and name.lower() not in _QUESTION_LABELS
    return Label(start, m.end(1), m.end(), person)


def _addressed_names(text: str, start: int, end: int) -> Iterator[re.Match]:
    """`Herr Melnyk,`, `Frau Grimm,` between `start` and `end`: the interviewee addressed by name (not
    by a title: `Herr Professor,`)."""
    return (m for m in _ADDRESSED.finditer(text, start, end) if role_head(m.group("name")) is None)


def _interviewee(text: str, first_answer: int) -> tuple[int, int] | None:
    """Where the interviewee is named: the headline's `Interview mit …` before the first answer, the
    credit line's `Das Interview mit dem Politologen Carlo Masala führte …`, else the first `Herr X,`/
    `Frau X,` of the questions that is a name (`Herr Professor,` is a title)."""
    m = _INTERVIEW_WITH.search(text, 0, first_answer) or _CREDITED_WITH.search(text) or next(
        _addressed_names(text, 0, first_answer), None)
    return (m.span("name") if m.group("name") else m.span("name2")) if m is not None else None


def _answering(text: str, sentences: list[tuple[int, int]], question: list[bool]) -> frozenset[str]:
    """Labels that the layout shows to be the interviewee's, though the article names them nowhere
    else (`ZDF: …? Netschajew: Die Lage …`): each opens two or more turns that are no question,
    never one that is, and another label opens the questions (or two paragraphs end in a question
    with no label: `Kann Europa die Lücke füllen?`); and someone speaks in them in the first person
    (an explainer's `Frage: …? Antwort: …` does not)."""
    asks: dict[str, int] = {}
    answers: dict[str, int] = {}
    first_person: set[str] = set()
    for (a, _), q in zip(sentences, question):
        m = _LABEL.match(text, a)
        if m is not None and (a == 0 or text[a - 1] == "\n"):
            counts = asks if q else answers
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
            paragraph_end = text.find("\n", m.end())
            if not q and FIRST_PERSON.search(text[m.end():paragraph_end if paragraph_end >= 0 else len(text)]):
                first_person.add(m.group(1))
    if not asks and _unlabelled_questions(text, sentences, question) < 2:
        return frozenset()
    return frozenset(name for name, n in answers.items()
                     if n >= 2 and name not in asks and name in first_person and not name.isupper())


def _unlabelled_questions(text: str, sentences: list[tuple[int, int]], question: list[bool]) -> int:
    """How many paragraphs end in a question and open with no label."""
    n = 0
    for (a, b), q in zip(sentences, question):
        end = text.find("\n", b)
        paragraph = text.rfind("\n", 0, a) + 1
        if q and not text[b:end if end >= 0 else len(text)].strip() and _LABEL.match(text, paragraph) is None:
            n += 1
    return n


def _interviewer_labels(text: str, labels: list[Label | None], question: list[bool]) -> list[Label | None]:
    """A label that opens more questions than other turns is the interviewer's, even when it looks
    like a person's (`ZDFheute: …? … ZDFheute: Der Kanzler sagt, …`): none of its turns is an answer."""
    asks: dict[str, int] = {}
    for lb, q in zip(labels, question):
        if lb is not None:
            name = text[lb.start:lb.end]
            asks[name] = asks.get(name, 0) + (1 if q else -1)
    return [replace(lb, person=False) if lb is not None and lb.person and asks[text[lb.start:lb.end]] > 0 else lb
            for lb in labels]


def _statements_put(text: str, sentences: list[tuple[int, int]], labels: list[Label | None],
                    question: list[bool]) -> set[int]:
    """Sentences of an unlabelled paragraph that the same person's label follows: the interviewer
    put a statement to them (`Moskau droht mit Konsequenzen.` between two `Wadephul:` turns), since
    a label comes again only after someone else spoke; and the lead-in of an unlabelled paragraph
    that ends in a question before a label (`Der Kanzler zögert bei Taurus. Zu Recht?`)."""
    put: set[int] = set()
    speaking = None  # the label of the turn that is open
    paragraph: list[int] = []  # the unlabelled paragraph since the last break
    for i, (a, _) in enumerate(sentences):
        opens = a == 0 or "\n" in text[sentences[i - 1][1]:a]
        lb = labels[i]
        if opens and lb is not None and lb.person:
            name = text[lb.start:lb.end]
            if paragraph and (name == speaking and not any(question[j] for j in paragraph) or question[paragraph[-1]]):
                put.update(paragraph)
            speaking, paragraph = name, []
        elif opens and lb is None:
            paragraph = [i]
        elif opens:
            speaking, paragraph = None, []
        elif paragraph:
            paragraph.append(i)
    return put


@dataclass(frozen=True)
class Interview:
    answers: tuple[Candidate, ...] = ()  # direct quotations, the label as their cue span
    questions: tuple[tuple[int, int], ...] = ()  # the interviewer's sentences: no one's report


def turns(parsed: Parsed, last_names: set[str], raw: str | None = None) -> Interview:
    """The answers and questions of an interview; empty if the article is none (`raw`: the text before
    the page's junk was blanked, where a one-word kicker `Interview` still stands)."""
    text = parsed.text
    sentences = [(s.words[0].start, s.words[-1].end) for s in parsed.sentences if s.words]
    question = [text[a:b].rstrip("“”\"»« ").endswith("?") for a, b in sentences]
    answering = _answering(text, sentences, question)
    # (the name a question addresses is a person's, though the article names no one in full: `SPIEGEL:
    # Frau Grimm, wie …? Grimm: Die Lage ist ernst.`)
    addressed = {m.group("name") for (a, b), q in zip(sentences, question) if q for m in _addressed_names(text, a, b)}
    labels = [_label_at(text, a, last_names | addressed, answering) for a, _ in sentences]
    labels = _interviewer_labels(text, labels, question)
    first = next((i for i, lb in enumerate(labels) if lb is not None and lb.person and not question[i]), None)
    if first is None:
        return _unlabelled(text, sentences, question, raw or text) if not any(labels) else Interview()
    out: list[Candidate] = []
    # the question the first answer replies to, opening or closing a paragraph (`Herr Wagner, was muss
    # jetzt passieren?`, `Herr Minister, die USA haben … eingeschränkt. Kann Europa die Lücke füllen?`)
    asked_at: list[tuple[int, int]] = [sentences[first - 1]] if first and question[first - 1] and \
        (sentences[first - 1][0] == 0 or "\n" in text[:sentences[first - 1][0]][-3:]
         or "\n" in text[sentences[first - 1][1]:sentences[first][0]]) else []
    put = _statements_put(text, sentences, labels, question)
    # an interviewer's labelled question (`DW: Wie …?`), also before the first answer
    interviewer = any(lb is not None and not lb.person and question[i] for i, lb in enumerate(labels[:first]))
    speaker: Label | None = None
    start = end = None
    longest = 1  # paragraphs of the longest answer closed by a question or the next turn
    paragraphs = 0  # of the open answer
    ends: list[int] = []  # sentence ends of the open answer

    named = _interviewee(text, sentences[first][0])

    def close():
        if speaker is not None and start is not None and end is not None and \
                len(re.findall(r"[^\W\d_]{2,}", text[start:end])) >= 3:  # not a separator line
            who = (speaker.start, speaker.end) if text[speaker.start:speaker.end].lower() not in _ANSWER_LABELS else named
            if who is not None:
                out.append(Candidate(start, end, "direct", RULE, 0.8, *who))

    asking_until = -1  # the end of the paragraph an interviewer's label opened: their words
    for i in range(first, len(sentences)):
        a, b = sentences[i]
        lb = labels[i]
        if _CREDIT.match(text, a):
            break
        if start is not None and (question[i] or lb is not None):
            longest = max(longest, paragraphs)
        if lb is not None and not lb.person:
            paragraph_end = text.find("\n", lb.text_start)
            asking_until = len(text) if paragraph_end < 0 else paragraph_end
        if question[i] or (lb is not None and not lb.person) or lb is None and (a < asking_until or i in put):
            # (`SPIEGEL: Der Botschafter hat Ihnen Einmischung vorgeworfen.`: a statement put to the
            # interviewee is the interviewer's, like a question)
            if question[i] or lb is None or b > lb.text_start:
                asked_at.append((a, b))
            interviewer = interviewer or (lb is not None and not lb.person and question[i])
            close()
            start = end = None
            continue
        if lb is not None and lb.person:
            close()
            speaker, start, ends, paragraphs = lb, lb.text_start, [], 1
        elif start is None:
            start, ends, paragraphs = a, [], 1
        elif _BREAK.search(text, end, a):
            paragraphs += 1
            if paragraphs > max(_MOST, longest):
                break  # questions stopped following the turns: the interview is over
        end = b
        ends.append(b)
    if len(asked_at) < 2 and not interviewer:
        return Interview()  # a name and a colon once: a heading or a statement, not an interview
    if start is not None and ends:
        # the last answer: no question closes it, so it stops after as many paragraphs as the longest before
        cut = _paragraph_start(text, start, longest)
        end = max((e for e in ends if e <= cut), default=ends[0])
    close()
    return Interview(tuple(out), tuple(asked_at))


def _paragraphs(text: str, sentences: list[tuple[int, int]]) -> list[list[int]]:
    """The sentence indices of each paragraph, in order."""
    out: list[list[int]] = []
    for i, (a, _) in enumerate(sentences):
        if not out or "\n" in text[sentences[i - 1][1]:a]:
            out.append([])
        out[-1].append(i)
    return out


def _unlabelled(text: str, sentences: list[tuple[int, int]], question: list[bool], raw: str) -> Interview:
    """An interview with no labels, the questions set apart only by their paragraphs (`Herr Melnyk,
    was erwarten Sie von Berlin?` / `Wir erwarten, dass …`): two or more short paragraphs that end
    in a question (one, when the lead says `Gespräch` or `Interview`), the interviewee addressed by
    name in one of them or named as the interview's partner. Every other paragraph after the first
    question is an answer, but a statement put to the interviewee: a short paragraph in no first
    person right after an answer, before a paragraph in the first person or itself giving someone
    else's words or addressing `Sie`."""
    paragraphs = _paragraphs(text, sentences)
    asks = [k for k, p in enumerate(paragraphs) if question[p[-1]] and len(p) <= 3]
    if not asks:
        return Interview()
    first = asks[0]
    addressed = any(_ADDRESSED.search(text, sentences[paragraphs[k][0]][0], sentences[paragraphs[k][-1]][1])
                    for k in asks)
    if len(asks) < 2 and not (addressed and _GENRE_WORD.search(raw, 0, sentences[paragraphs[first][0]][0])):
        return Interview()  # one question: an interview only when the lead says so (`Im Gespräch mit …`)
    opening = sentences[paragraphs[first + 1][0]][0] if first + 1 < len(paragraphs) else len(text)
    named = _interviewee(text, opening)
    if named is None or not addressed and _INTERVIEW_WITH.search(text, 0, opening) is None \
            and _CREDITED_WITH.search(text) is None:
        return Interview()

    def spoken(k: int) -> bool:
        a, b = sentences[paragraphs[k][0]][0], sentences[paragraphs[k][-1]][1]
        return FIRST_PERSON.search(text, a, b) is not None

    asked: list[tuple[int, int]] = []
    answers: list[Candidate] = []
    answer: list[int] = []  # the paragraphs of the open answer

    def close():
        if answer:
            a, b = sentences[paragraphs[answer[0]][0]][0], sentences[paragraphs[answer[-1]][-1]][1]
            answers.append(Candidate(a, b, "direct", RULE, 0.8, *named))
        answer.clear()

    for k in range(first, len(paragraphs)):
        a = sentences[paragraphs[k][0]][0]
        if _CREDIT.match(text, a):
            break
        a_end = sentences[paragraphs[k][-1]][1]
        put = answer and not spoken(k) and len(paragraphs[k]) <= 2 and k + 1 < len(paragraphs) and \
            k + 1 not in asks and (spoken(k + 1) or _PUT.search(text, a, a_end) is not None)
        if k in asks or put:
            close()
            asked += [sentences[i] for i in paragraphs[k]]
            continue
        answer.append(k)
        if len(answer) > _MOST:
            answer.clear()
            break  # no question for long: the interview is over
    close()
    return Interview(tuple(answers), tuple(asked))


# what a headline over an interview says besides the quotation (`Interview: „…“`, `Im Gespräch – „…“`)
_GENRE = re.compile(r"(?:\W|\b(?:im|das|interview|gespräch|exklusiv)\b)*", flags=re.I)


def headline_answer(text: str, direct: list[Candidate], talk: Interview) -> list[Candidate]:
    """`Interview: „Die Nato ist stärker denn je“` over an interview with one interviewee: the
    headline's quotation, with nothing but the genre around it, is that person's answer."""
    if not talk.answers or len({text[c.cue_start:c.cue_end].split()[-1] for c in talk.answers}) != 1:
        return direct
    first = talk.answers[0]
    end = headline_end(text)
    out = []
    for c in direct:
        around = text[:c.start - 1] + text[c.end + 1:end]
        if c.rule in ("direct:marks", "direct:phrase") and 0 <= c.end < end < first.start and _GENRE.fullmatch(around):
            c = replace(c, rule=RULE, cue_start=first.cue_start, cue_end=first.cue_end)
        out.append(c)
    return out


def _paragraph_start(text: str, start: int, n: int) -> int:
    """Where the paragraph after the `n`-th from `start` begins (the text's end if there is none):
    one scan, however long the stretch."""
    for k, m in enumerate(_BREAK.finditer(text, start), 1):
        if k == n:
            return m.start()
    return len(text)
