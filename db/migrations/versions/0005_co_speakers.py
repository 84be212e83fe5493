"""Joint statements: further speakers of a quote (`sagten Merkel und Macron`) beside quotes.speaker_id.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quote_co_speakers",
        sa.Column("quote_id", sa.Integer, sa.ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_quote_co_speakers_speaker_id", "quote_co_speakers", ["speaker_id"])


def downgrade() -> None:
    op.drop_index("ix_quote_co_speakers_speaker_id", "quote_co_speakers")
    op.drop_table("quote_co_speakers")
