"""Initial schema: articles, speakers, aliases, quotes, stances (the 0.1 layout).

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc", sa.String(500), nullable=False),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_source_doc", "articles", ["source", "doc"])

    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("last_key", sa.String(200), nullable=False),
        sa.Column("side", sa.String(10), nullable=True),
    )
    op.create_index("ix_speakers_key", "speakers", ["key"])
    op.create_index("ix_speakers_last_key", "speakers", ["last_key"])
    op.create_index("ix_speakers_side", "speakers", ["side"])

    op.create_table(
        "speaker_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("alias", sa.String(300), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.UniqueConstraint("speaker_id", "alias"),
    )
    op.create_index("ix_speaker_aliases_speaker_id", "speaker_aliases", ["speaker_id"])
    op.create_index("ix_speaker_aliases_key", "speaker_aliases", ["key"])

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="SET NULL"), nullable=True),
        sa.Column("speaker_mention", sa.String(300), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("cue", sa.String(100), nullable=True),
        sa.Column("rule", sa.String(100), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_quotes_article_id", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker_id", "quotes", ["speaker_id"])
    op.create_index("ix_quotes_kind", "quotes", ["kind"])

    op.create_table(
        "stances",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("quote_id", sa.Integer, sa.ForeignKey("quotes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("label", sa.String(30), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("evidence", sa.Text, nullable=True),
    )
    op.create_index("ix_stances_quote_id", "stances", ["quote_id"])
    op.create_index("ix_stances_label", "stances", ["label"])


def downgrade() -> None:
    for table in ("stances", "quotes", "speaker_aliases", "speakers", "articles"):
        op.drop_table(table)
