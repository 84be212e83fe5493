"""The user's speaker file: canonical names, sides and aliases that override what extraction
guessed. Plain tab-separated text, so it can be edited by hand and kept under version control:

    # name<TAB>side<TAB>aliases separated by ;
    Sergej Rjabkow	RU	Sergei Ryabkov; Ryabkov
    Wolodymyr Selenskyj	UA	Selenskyj; Zelensky
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from quotes.errors import InputError
from quotes.lexicon import SIDES

HEADER = "# name\tside\taliases (separated by ;)\n"


@dataclass(frozen=True)
class SpeakerEntry:
    name: str
    side: str | None
    aliases: tuple[str, ...] = ()


def default_speaker_file() -> Path:
    """$QUOTES_SPEAKERS, else ~/.config/quotes/speakers.tsv."""
    if os.environ.get("QUOTES_SPEAKERS"):
        return Path(os.environ["QUOTES_SPEAKERS"])
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "quotes" / "speakers.tsv"


def read_speaker_file(path: Path) -> list[SpeakerEntry]:
    """Entries of a speaker file; a malformed line is an InputError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read speaker file ({e})") from e
    entries = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        side = cols[1].upper() if len(cols) > 1 and cols[1] else None
        if not cols[0]:
            raise InputError(f"{path}:{n}", "empty speaker name")
        if side is not None and side not in SIDES:
            raise InputError(f"{path}:{n}", f"side must be one of {', '.join(SIDES)} or empty, not {cols[1]!r}")
        aliases = tuple(a.strip() for a in cols[2].split(";") if a.strip()) if len(cols) > 2 else ()
        entries.append(SpeakerEntry(cols[0], side, aliases))
    return entries


def write_speaker_file(path: Path, entries: list[SpeakerEntry]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{e.name}\t{e.side or ''}\t{'; '.join(e.aliases)}\n" for e in entries)
    path.write_text(HEADER + body, encoding="utf-8")
