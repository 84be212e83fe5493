"""Well-known political actors (heads of state and government, foreign and defence ministers,
spokespeople, NATO and EU officials) with their side and spellings, from a data file users can
edit (`quotes/lexicon/actors.tsv`, or `$QUOTES_ACTORS`).

A quote whose speaker is one of them gets the actor's canonical name and side, whatever the
article's wording says about the speaker: a minister named without a title, in another
transliteration (`Lavrov`, `Лавров`) or only by last name is still the same person.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from quotes.corrections import semicolon_list, tsv_rows
from quotes.errors import InputError
from quotes.lexicon import SIDES
from quotes.identity import first_names_compatible
from quotes.names import entourage_owner, fold, last_name, role_head, without_accents
from quotes.types import Quote, Speaker

ACTORS_FILE = Path(__file__).parent / "lexicon" / "actors.tsv"


@dataclass(frozen=True)
class Actor:
    name: str
    side: str | None
    spellings: tuple[str, ...]
    start: date | None = None  # the side holds from this day (None: always)
    end: date | None = None  # ... until this day
    offices: tuple[str, ...] = ()  # the offices of this line's period (lower case), for undated articles

    def holds_on(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def _day(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(where, f"a date must be YYYY-MM-DD, not {text!r}") from None


def read_actors(path: Path) -> list[Actor]:
    """The actors of a file; a malformed line is an InputError naming file and line."""
    actors = []
    for where, cols, line in tsv_rows(path, "actors file"):
        cols += [""] * 5
        if not cols[0] or cols[1].upper() not in SIDES:
            raise InputError(where, f"expected name<TAB>side ({', '.join(SIDES)}), got {line!r}")
        actors.append(Actor(cols[0], cols[1].upper(), semicolon_list(cols[2]), _day(cols[3], where),
                            _day(cols[4], where), tuple(o.lower() for o in semicolon_list(cols[5]))))
    return actors


class Actors:
    """Look-up of actors by any spelling (folded), or by a full name whose last name and first
    names fit. A bare last name finds an actor only when the file lists it as a spelling."""

    def __init__(self, actors: list[Actor]):
        self.by_key: dict[str, list[Actor]] = {}
        self.by_last: dict[str, list[Actor]] = {}
        for a in actors:
            for s in {a.name, *a.spellings}:
                self.by_key.setdefault(fold(s), []).append(a)
            self.by_last.setdefault(fold(last_name(a.name)), []).append(a)

    def sides(self, name: str) -> set[str]:
        """Every side the actor of this name held (several: they changed sides with an office)."""
        found = self.find(name)
        return {a.side for a in self.by_key.get(fold(found.name), [])} if found is not None else set()

    def sides_by_office(self, name: str, office: str) -> set[str]:
        """The sides of the actor's lines whose offices name `office` (`Nato-Generalsekretär`,
        `Generalsekretär`: a compound's last part will do)."""
        found = self.find(name)
        word = office.lower()
        return {a.side for a in self.by_key.get(fold(found.name), [])
                if any(word == o or word.endswith("-" + o) for o in a.offices)} if found is not None else set()

    def ended(self, name: str) -> bool:
        """Every side the file lists for this actor has an end: they hold no such office any more."""
        found = self.find(name)
        return found is not None and all(a.end is not None for a in self.by_key.get(fold(found.name), []))

    def find(self, name: str, when: date | None = None) -> Actor | None:
        """The actor this speaker name is, with the side of `when`; side None when no office holds
        then, or when the article is undated and the person changed sides."""
        found = self.by_key.get(fold(name), [])
        if not found and len(name.split()) >= 2:
            found = [a for a in self.by_last.get(fold(last_name(name)), []) if first_names_compatible(a.name, name)]
        if len({a.name for a in found}) != 1:
            return None  # unknown, or several people by that name
        latest = max(found, key=lambda a: a.start or date.min)
        if when is not None:
            current = [a for a in found if a.holds_on(when)]
            # outside every listed office: the same person, side unknown here
            return current[0] if current else replace(latest, side=None)
        # undated: a person who changed sides keeps the side the article's wording gave
        return latest if len({a.side for a in found}) == 1 else replace(latest, side=None)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Actors:
    """The actors of `path`, else of $QUOTES_ACTORS, else the shipped file."""
    return Actors(read_actors(Path(path or os.environ.get("QUOTES_ACTORS") or ACTORS_FILE)))


def with_actors(quotes: list[Quote], when: date | None, actors: Actors) -> list[Quote]:
    """Quotes whose speakers (and co-speakers) are known actors get the actor's name and side."""
    out = []
    for q in quotes:
        a = actors.find(q.speaker, when) if q.speaker else None
        if a is not None:
            q = replace(q, speaker=_as_written(a.name, q.speaker), side=a.side or q.side)
        elif q.speaker and q.side in (None, "OTHER") and (whose := _entourage_of(q.speaker, actors, when)):
            q = replace(q, side=whose.side or q.side)  # `Berater von Präsident Poroschenko`: his side
        co = []
        for c in q.co_speakers:
            ca = actors.find(c.name, when)
            co.append(Speaker(ca.name, ca.side or c.side) if ca is not None else c)
        out.append(replace(q, co_speakers=tuple(co)) if co else q)
    return out


def _as_written(canonical: str, written: str) -> str:
    """The actor's name with the last name's accents as the article writes them (`Viktor Orbán` or
    `Viktor Orban`, as each outlet has it); other spellings (`Lavrov`) become the file's."""
    last, mine = canonical.split()[-1], written.split()[-1]
    return canonical[:-len(last)] + mine if mine != last and without_accents(mine) == without_accents(last) else canonical


def _entourage_of(speaker: str, actors: Actors, when: date | None) -> Actor | None:
    """The actor someone close to is named after (`Berater von Präsident Poroschenko`)."""
    owner = entourage_owner(speaker)
    if owner is None:
        return None
    # (`von Präsident Poroschenko`, `des französischen Präsidenten Emmanuel Macron`: the name after the titles)
    name = [w for w in owner.split() if w[:1].isupper() and not role_head(w)]
    if len(name) == 1:  # `von Präsident Poroschenko`: a last name alone
        found = {a.name for a in actors.by_last.get(fold(name[0]), [])}
        name = list(found) if len(found) == 1 else []
    return actors.find(" ".join(name), when) if name else None
