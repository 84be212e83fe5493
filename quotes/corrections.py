"""The user's speaker file: canonical names, sides and aliases that override what extraction
guessed. Plain tab-separated text, so it can be edited by hand and kept under version control:

    # name<TAB>side<TAB>aliases separated by ;
    Sergej Rjabkow	RU	Sergei Ryabkov; Ryabkov
    Wolodymyr Selenskyj	UA	Selenskyj; Zelensky
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from quotes.errors import InputError
from quotes.types import SIDES, SpeakerEntry

HEADER = "# name\tside\taliases (separated by ;)\n"


def default_speaker_file() -> Path:
    """$QUOTES_SPEAKERS, else ~/.config/quotes/speakers.tsv."""
    if os.environ.get("QUOTES_SPEAKERS"):
        return Path(os.environ["QUOTES_SPEAKERS"])
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "quotes" / "speakers.tsv"


def tsv_rows(path: Path, what: str) -> Iterator[tuple[str, list[str], str]]:
    """(`path:line`, cells, line) of every line of a user's tab-separated file that is not blank
    or a comment; a file that cannot be read is one InputError naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read {what} ({e})") from e
    for n, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield f"{path}:{n}", [c.strip() for c in line.split("\t")], line


def semicolon_list(cell: str) -> tuple[str, ...]:
    """`a; b; c` as (a, b, c), empty items left out."""
    return tuple(x.strip() for x in cell.split(";") if x.strip())


def read_speaker_file(path: Path) -> list[SpeakerEntry]:
    """Entries of a speaker file; a malformed line is an InputError naming file and line."""
    entries = []
    for where, cols, _ in tsv_rows(path, "speaker file"):
        side = cols[1].upper() if len(cols) > 1 and cols[1] else None
        if not cols[0]:
            raise InputError(where, "empty speaker name")
        if side is not None and side not in SIDES:
            raise InputError(where, f"side must be one of {', '.join(SIDES)} or empty, not {cols[1]!r}")
        aliases = semicolon_list(cols[2]) if len(cols) > 2 else ()
        entries.append(SpeakerEntry(cols[0], side, aliases))
    return entries


def write_speaker_file(path: Path, entries: list[SpeakerEntry]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{e.name}\t{e.side or ''}\t{'; '.join(e.aliases)}\n" for e in entries)
    path.write_text(HEADER + body, encoding="utf-8")
