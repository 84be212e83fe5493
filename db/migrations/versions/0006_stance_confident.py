"""Stance tags carry `confident`: borderline tags are stored but not counted by default;
quotes.borderline_mask holds their labels beside stance_mask (the confident ones), with partial
indexes like the stance ones; and one speaker's quotes newest first (`who`, `search --speaker`).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# one speaker's quotes in the order of `search`, so a prolific speaker's newest come first
# without sorting all of them; per-dialect DDL like ix_quotes_newest (migration 0003)
_SPEAKER_ORDER = {
    "sqlite": "CREATE INDEX ix_quotes_speaker_newest ON quotes (speaker_id, published DESC, article_id DESC, start)",
    "postgresql": "CREATE INDEX ix_quotes_speaker_newest ON quotes "
                  "(speaker_id, published DESC NULLS LAST, article_id DESC, start)",
}


def upgrade() -> None:
    # tags stored before this revision were all counted: they stay confident
    with op.batch_alter_table("stances") as batch:
        batch.add_column(sa.Column("confident", sa.Boolean, nullable=False, server_default=sa.true()))
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("borderline_mask", sa.Integer, nullable=False, server_default="0"))
    for name, lead in (("ix_quotes_speaker_borderline", "speaker_id"), ("ix_quotes_article_borderline", "article_id")):
        op.create_index(name, "quotes", [lead, "borderline_mask"], sqlite_where=sa.text("borderline_mask != 0"),
                        postgresql_where=sa.text("borderline_mask != 0"))
    dialect = op.get_bind().dialect.name
    if dialect in _SPEAKER_ORDER:
        op.execute(_SPEAKER_ORDER[dialect])
    else:
        op.create_index("ix_quotes_speaker_newest", "quotes", ["speaker_id", "published", "article_id", "start"])


def downgrade() -> None:
    for name in ("ix_quotes_speaker_newest", "ix_quotes_speaker_borderline", "ix_quotes_article_borderline"):
        op.drop_index(name, "quotes")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("borderline_mask")
    with op.batch_alter_table("stances") as batch:
        batch.drop_column("confident")
