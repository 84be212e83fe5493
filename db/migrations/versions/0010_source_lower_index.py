"""An index on the lower-cased outlet name: `search --source` matches outlets case-insensitively
(`lower(source) = …`), which read every article row without it — linear in the archive.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_source_lower", "articles", [sa.text("lower(source)")])


def downgrade() -> None:
    op.drop_index("ix_articles_source_lower", table_name="articles")
