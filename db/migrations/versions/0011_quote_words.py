"""Word postings of quotes on PostgreSQL (db/words.py): `compare --topic` counts a word's quotes
from one B-tree index instead of visiting every heap page that holds one. Kept by a trigger.
On both backends the date-ordered index carries the confidence too, so `--min-confidence` is
tested in the index while it is walked, without visiting the rows it rejects.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# ix_quotes_newest of revision 0003, and with the confidence
_NEWEST = {
    "sqlite": "CREATE INDEX ix_quotes_newest ON quotes (published DESC, article_id DESC, start, "
              "speaker_id, stance_mask{})",
    "postgresql": "CREATE INDEX ix_quotes_newest ON quotes (published DESC NULLS LAST, article_id DESC, start) "
                  "INCLUDE (id, speaker_id, stance_mask{})",
}


def _newest(with_confidence: bool) -> None:
    dialect = op.get_bind().dialect.name
    if dialect in _NEWEST:
        op.execute("DROP INDEX IF EXISTS ix_quotes_newest")
        op.execute(_NEWEST[dialect].format(", confidence" if with_confidence else ""))


def upgrade() -> None:
    _newest(True)
    if op.get_bind().dialect.name != "postgresql":
        return
    from db import words  # the same SQL the tests check the kept postings against

    for sql in words.CREATE:
        op.execute(sql)
    words.rebuild(op.get_bind())


def downgrade() -> None:
    _newest(False)
    if op.get_bind().dialect.name != "postgresql":
        return
    from db import words

    for sql in words.DROP:
        op.execute(sql)
