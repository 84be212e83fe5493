"""Speaker rows: one per person across outlets (who is the same person is decided by the store's rules
the session carries, `quotes.types.StoreRules`; this module runs the lookups), aliases, sides, and the
user's edits: rename, merge, set a side, apply the speaker file. Functions take a session and never
commit.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from db import rollup
from db.models import QuoteCoSpeakerRow, QuoteRow, SpeakerAliasRow, SpeakerRow, StanceRow
from quotes.types import SIDES, SpeakerEntry
from db.session import rules_of


# The indexed lookups of a name in one query (they were four for a new name), built once: the
# same key, an alias with it, the same last name, and the first word of a full name (NULL, which
# matches no key, when the name has one word)
_ALIASED = SpeakerRow.id.in_(select(SpeakerAliasRow.speaker_id).where(SpeakerAliasRow.key == bindparam("key")))
_LOOKUP = select(SpeakerRow, _ALIASED).where(or_(
    SpeakerRow.key == bindparam("key"), _ALIASED, SpeakerRow.last_key == bindparam("last_key"),
    SpeakerRow.key == bindparam("first_word"))).order_by(SpeakerRow.id)
_BY_PREFIX = select(SpeakerRow).where(SpeakerRow.key.like(bindparam("prefix")))
# an ORM insert that hands back the row as a loaded object: a flush of one new object cost several
# times more Python, and storing looks up or makes ~3 speakers per article
_NEW = insert(SpeakerRow).returning(SpeakerRow)


def get_or_create_speaker(session: Session, name: str, side: str | None,
                          tally: rollup.Tally | None = None) -> SpeakerRow:
    """One row per person across outlets: spelling variants of a name meet on its folded key.
    A side learnt for a speaker without one moves their counters (within `tally` when a save
    keeps one)."""
    rules = rules_of(session)
    keys = rules.speaker_keys(name)  # what counts as the same person is the rules' decision
    # taken in order of precedence: the same key, an alias with it, the same last name, and
    # (after the prefix search) the first word
    found = session.execute(_LOOKUP, {"key": keys.key, "last_key": keys.last_key, "first_word": keys.first_word}).all()
    row = next((r for r, _ in found if r.key == keys.key), None) or next((r for r, by_alias in found if by_alias), None)
    if row is None:
        same_last = [r for r, _ in found if r.last_key == keys.last_key]
        i = rules.same_person(name, [r.name for r in same_last])
        row = same_last[i] if i is not None else None
    if row is None and keys.short_prefix is not None:
        same_first = session.scalars(_BY_PREFIX, {"prefix": keys.short_prefix + " %"}).all()
        row = same_first[0] if len(same_first) == 1 else None  # only when it names exactly one
    if row is None and keys.first_word is not None:
        row = next((r for r, _ in found if r.key == keys.first_word), None)
    if row is None:
        row = session.scalars(_NEW, [{"name": name, "key": keys.key, "last_key": keys.last_key, "side": side,
                                      "quote_count": 0}]).one()
        set_committed_value(row, "aliases", [])  # new: it has none, no need to ask
        return row
    if rules.canonical_of(row.name, name):
        add_alias(session, row, row.name)  # the old form stays an alias
        row.name, row.key = name, keys.key
    elif name != row.name:
        add_alias(session, row, name)
    if side and side != "OTHER" and row.side in (None, "OTHER"):
        _set_side(session, row, side, tally)
    return row


def add_alias(session: Session, row: SpeakerRow, alias: str) -> None:
    if alias != row.name and all(a.alias != alias for a in row.aliases):
        row.aliases.append(SpeakerAliasRow(alias=alias, key=rules_of(session).fold(alias)))


def co_speaker_ids(session: Session, first: SpeakerRow, co_speakers, tally: rollup.Tally) -> list[int]:
    """The speaker ids of the further speakers of a joint statement, in order, each once."""
    ids: list[int] = []
    for c in co_speakers:
        row = get_or_create_speaker(session, c.name, c.side, tally)
        if row.id != first.id and row.id not in ids:
            ids.append(row.id)
    return ids


def speaker_ids_matching(session: Session, name: str) -> list[int]:
    """Speakers whose name or alias matches, spelling-insensitively (`Rjabkow` finds `Sergei Ryabkov`)."""
    key = rules_of(session).fold(name)
    if not key:
        return []  # punctuation or emoji only: no one, never everyone (`LIKE '%%'`)
    like = f"%{key}%"
    ids = set(session.scalars(select(SpeakerRow.id).where(or_(SpeakerRow.key.like(like),
                                                               SpeakerRow.last_key == key))).all())
    ids |= set(session.scalars(select(SpeakerAliasRow.speaker_id).where(SpeakerAliasRow.key.like(like))).all())
    return sorted(ids)


def list_speakers(session: Session) -> list[dict]:
    """Speakers with their quotes (as first or only speaker) and joint statements they were part of."""
    rows = session.scalars(select(SpeakerRow).options(selectinload(SpeakerRow.aliases))).all()
    joint = dict(session.execute(select(QuoteCoSpeakerRow.speaker_id, func.count())
                                 .group_by(QuoteCoSpeakerRow.speaker_id)).all())
    out = [{"id": r.id, "name": r.name, "side": r.side, "quotes": r.quote_count, "joint": joint.get(r.id, 0),
            "aliases": sorted(a.alias for a in r.aliases)} for r in rows]
    return sorted(out, key=lambda d: (-d["quotes"], d["name"]))


class SpeakerEditError(ValueError):
    """A speaker edit names a speaker that does not exist or a side that is not known."""


def _speaker(session: Session, speaker_id: int) -> SpeakerRow:
    row = session.get(SpeakerRow, speaker_id)
    if row is None:
        raise SpeakerEditError(f"no speaker with id {speaker_id}")
    return row


def rename_speaker(session: Session, speaker_id: int, name: str) -> SpeakerRow:
    """Give a speaker a new canonical name; the old one stays as an alias."""
    row = _speaker(session, speaker_id)
    old = row.name
    rules = rules_of(session)
    row.name, row.key, row.last_key = name, rules.fold(name), rules.fold(rules.last_name(name))
    add_alias(session, row, old)
    session.flush()
    return row


def set_speaker_side(session: Session, speaker_id: int, side: str) -> SpeakerRow:
    if side.upper() not in SIDES:
        raise SpeakerEditError(f"side must be one of {', '.join(SIDES)}, not {side!r}")
    row = _speaker(session, speaker_id)
    _set_side(session, row, side.upper())
    return row


def _set_side(session: Session, row: SpeakerRow, side: str | None, tally: rollup.Tally | None = None) -> None:
    """Change a speaker's side; their quotes' counters move to the new side (at once, or when
    the caller's `tally` is applied)."""
    if row.side == side:
        return
    own = tally is None
    tally = (tally or rollup.Tally(session)).watch(speaker_ids=[row.id], statements=False)
    row.side = side
    if own:
        tally.apply()


def merge_speakers(session: Session, source_id: int, target_id: int) -> SpeakerRow:
    """Move all quotes and aliases of one speaker to another and delete the first."""
    if source_id == target_id:
        raise SpeakerEditError("cannot merge a speaker into itself")
    source, target = _speaker(session, source_id), _speaker(session, target_id)
    tally = rollup.Tally(session).watch(speaker_ids=[source.id, target.id], statements=False)
    session.execute(update(StanceRow).where(StanceRow.speaker_id == source.id).values(speaker_id=target.id))
    for q in list(source.quotes):
        q.speaker = target
        for c in [c for c in q.co_speakers if c.speaker_id == target.id]:
            q.co_speakers.remove(c)  # `A + B` with A merged into B is B's alone
    for link in session.scalars(select(QuoteCoSpeakerRow).where(QuoteCoSpeakerRow.speaker_id == source.id)).all():
        taken = link.quote.speaker_id == target.id or any(c.speaker_id == target.id for c in link.quote.co_speakers)
        if taken:
            link.quote.co_speakers.remove(link)  # the target already said it
        else:
            link.speaker, link.speaker_id = target, target.id
    session.flush()
    for alias in [source.name] + [a.alias for a in source.aliases]:
        add_alias(session, target, alias)
    if target.side in (None, "OTHER"):
        target.side = source.side
    session.delete(source)
    session.flush()
    target.quote_count = session.scalar(select(func.count()).select_from(QuoteRow)
                                        .where(QuoteRow.speaker_id == target.id))
    tally.apply()
    return target


def apply_speaker_entries(session: Session, entries) -> list[str]:
    """Make the stored speakers agree with the user's speaker file (quotes.corrections):
    every speaker whose name or alias is an entry's name or alias becomes that one speaker,
    under the entry's name and side. Returns what changed, one line each."""
    changes: list[str] = []
    fold = rules_of(session).fold
    for e in entries:
        keys = {fold(x) for x in (e.name, *e.aliases)}
        ids = set(session.scalars(select(SpeakerRow.id).where(SpeakerRow.key.in_(keys))).all())
        ids |= set(session.scalars(select(SpeakerAliasRow.speaker_id).where(SpeakerAliasRow.key.in_(keys))).all())
        if not ids:
            continue
        rows = [session.get(SpeakerRow, i) for i in sorted(ids)]
        target = next((r for r in rows if r.key == fold(e.name)), max(rows, key=lambda r: r.quote_count))
        for other in rows:
            if other is not target:
                changes.append(f"merged {other.name!r} into {target.name!r}")
                merge_speakers(session, other.id, target.id)
        if target.name != e.name:
            changes.append(f"renamed {target.name!r} to {e.name!r}")
            rename_speaker(session, target.id, e.name)
        if e.side and target.side != e.side:
            changes.append(f"side of {e.name!r}: {target.side or '-'} -> {e.side}")
            _set_side(session, target, e.side)
        for alias in e.aliases:
            add_alias(session, target, alias)
    session.flush()
    return changes


def speaker_entries(session: Session) -> list:
    """The stored speakers as speaker-file entries, most quoted first."""
    return [SpeakerEntry(r["name"], r["side"], tuple(r["aliases"])) for r in list_speakers(session)]
