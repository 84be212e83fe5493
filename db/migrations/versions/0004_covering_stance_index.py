"""The partial stance index by speaker also carries the search order (date, article, offset), so
`search --side --stance` sorts its candidates without visiting their rows.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TAGGED = sa.text("stance_mask != 0")


def upgrade() -> None:
    op.drop_index("ix_quotes_speaker_stance", "quotes")
    op.create_index("ix_quotes_speaker_stance", "quotes", ["speaker_id", "stance_mask", "published", "article_id",
                                                           "start"], sqlite_where=_TAGGED, postgresql_where=_TAGGED)


def downgrade() -> None:
    op.drop_index("ix_quotes_speaker_stance", "quotes")
    op.create_index("ix_quotes_speaker_stance", "quotes", ["speaker_id", "stance_mask"],
                    sqlite_where=_TAGGED, postgresql_where=_TAGGED)
