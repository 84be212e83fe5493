"""Quote-level corrections by users (`quotes fix`): a quote's speaker reassigned, or a quote
marked as not a quote. Kept by article (doc, source) and quote text, so that a re-ingest of a
changed article applies them to the quotes it stores again.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quote_fixes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc", sa.String(500), nullable=False),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("quote_text", sa.Text, nullable=False),
        sa.Column("speaker", sa.String(300), nullable=True),
        sa.Column("not_a_quote", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_quote_fixes_doc", "quote_fixes", ["doc"])


def downgrade() -> None:
    op.drop_index("ix_quote_fixes_doc", "quote_fixes")
    op.drop_table("quote_fixes")
