"""Speaker keys folded anew: `tsch` now folds to `ch` as English spellings write it
(Tschernyschow/Chernyshov, Klitschko/Klychko: one key each), so every stored key is recomputed
with the store's rules the caller passes (`quotes.types.StoreRules`; names stored as two rows stay
two: `quotes speakers --merge` joins them).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_SPEAKERS = sa.table("speakers", sa.column("id", sa.Integer), sa.column("name", sa.String),
                     sa.column("key", sa.String), sa.column("last_key", sa.String))
_ALIASES = sa.table("speaker_aliases", sa.column("id", sa.Integer), sa.column("alias", sa.String),
                    sa.column("key", sa.String))


def upgrade() -> None:
    bind = op.get_bind()
    speakers = bind.execute(sa.select(_SPEAKERS.c.id, _SPEAKERS.c.name, _SPEAKERS.c.key, _SPEAKERS.c.last_key)).all()
    rules = op.get_context().config.attributes.get("rules")
    if speakers and rules is None:
        raise RuntimeError("revision 0013 recomputes the stored speaker keys: upgrade with the store's rules")
    for id_, name, key, last_key in speakers:
        keys = rules.speaker_keys(name)
        if (keys.key, keys.last_key) != (key, last_key):
            bind.execute(_SPEAKERS.update().where(_SPEAKERS.c.id == id_).values(key=keys.key, last_key=keys.last_key))
    for id_, alias, key in bind.execute(sa.select(_ALIASES.c.id, _ALIASES.c.alias, _ALIASES.c.key)).all():
        if rules.fold(alias) != key:
            bind.execute(_ALIASES.update().where(_ALIASES.c.id == id_).values(key=rules.fold(alias)))


def downgrade() -> None:
    pass  # the keys of the old folding are no longer computed anywhere
