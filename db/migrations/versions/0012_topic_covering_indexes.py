"""Covering indexes for a topic's quotes: `compare --topic` on SQLite reads the counted columns of
each full-text match from a narrow index (`ix_quotes_matched`, keyed by id) instead of the wide
quote rows, and the stance tags of the tagged ones from the stance index by quote alone, on both
backends (PostgreSQL reads a topic's quotes from the word postings of 0011).

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_STANCE = ["quote_id", "label", "score", "confident"]
_MATCHED = ["id", "speaker_id", "article_id", "stance_mask", "borderline_mask", "statement_id", "published"]


def upgrade() -> None:
    op.drop_index("ix_stances_quote_id", table_name="stances")
    op.create_index("ix_stances_quote_id", "stances", _STANCE)
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_quotes_matched", "quotes", _MATCHED)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_quotes_matched", table_name="quotes")
    op.drop_index("ix_stances_quote_id", table_name="stances")
    op.create_index("ix_stances_quote_id", "stances", ["quote_id"])
