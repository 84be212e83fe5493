"""Publication date copied onto quotes (date-ordered search stops after a page), a quote
count per speaker (compare without filters reads 5,000 speakers, not a million quotes), and on
PostgreSQL a stored tsvector (a date-ordered text search checks rows without re-parsing them).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Newest first, undated last, then the article's quotes in text order: the order of `search`.
# SQLite sorts NULL lowest, so a DESC column already puts undated quotes last, and its index
# syntax has no NULLS LAST; PostgreSQL needs it spelled out.
# speaker_id and stance_mask ride along so a side/stance filter is checked in the index,
# without visiting the rows it rejects.
_ORDER_INDEX = {
    "sqlite": "CREATE INDEX ix_quotes_newest ON quotes (published DESC, article_id DESC, start, "
              "speaker_id, stance_mask)",
    "postgresql": "CREATE INDEX ix_quotes_newest ON quotes (published DESC NULLS LAST, article_id DESC, start) "
                  "INCLUDE (id, speaker_id, stance_mask)",
}


def upgrade() -> None:
    # plain ADD COLUMN (no table copy): these columns have no constraints SQLite cannot add in place
    op.add_column("quotes", sa.Column("published", sa.Date, nullable=True))
    op.add_column("speakers", sa.Column("quote_count", sa.Integer, nullable=False, server_default="0"))
    op.execute("UPDATE quotes SET published = (SELECT published FROM articles WHERE articles.id = quotes.article_id)")
    op.execute("UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes WHERE quotes.speaker_id = speakers.id)")
    dialect = op.get_bind().dialect.name
    if dialect in _ORDER_INDEX:
        op.execute(_ORDER_INDEX[dialect])
    else:
        op.create_index("ix_quotes_newest", "quotes", ["published", "article_id", "start"])
    if dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_quotes_text_fts")
        op.execute("ALTER TABLE quotes ADD COLUMN text_tsv tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('german'::regconfig, text)) STORED")
        op.execute("CREATE INDEX ix_quotes_text_tsv ON quotes USING gin (text_tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_quotes_text_tsv")
        op.execute("ALTER TABLE quotes DROP COLUMN IF EXISTS text_tsv")
        op.execute("CREATE INDEX ix_quotes_text_fts ON quotes USING gin (to_tsvector('german', text))")
    op.drop_index("ix_quotes_newest", "quotes")
    with op.batch_alter_table("speakers") as batch:
        batch.drop_column("quote_count")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("published")
