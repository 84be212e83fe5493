"""Stance tags carry `confident`: borderline tags are stored but not counted by default;
quotes.borderline_mask holds their labels beside stance_mask (the confident ones).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # tags stored before this revision were all counted: they stay confident
    with op.batch_alter_table("stances") as batch:
        batch.add_column(sa.Column("confident", sa.Boolean, nullable=False, server_default=sa.true()))
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("borderline_mask", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("borderline_mask")
    with op.batch_alter_table("stances") as batch:
        batch.drop_column("confident")
