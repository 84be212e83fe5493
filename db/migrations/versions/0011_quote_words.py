"""Word postings of quotes on PostgreSQL (db/words.py): `compare --topic` counts a word's quotes
from one B-tree index instead of visiting every heap page that holds one. Kept by a trigger.
Nothing changes on SQLite (its FTS5 index answers the same counts).

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from db import words  # the same SQL the tests check the kept postings against

    for sql in words.CREATE:
        op.execute(sql)
    words.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from db import words

    for sql in words.DROP:
        op.execute(sql)
