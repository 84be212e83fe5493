"""Stance counts per group (side, outlet, speaker) and day, kept by every write, so that
`compare` sums counters instead of grouping a million quotes (db/rollup.py). Filled from the
stored quotes. Stance tags carry their quote's speaker (a speaker's strongest tag is one index
seek), and speakers are indexed by name.

Revision ID: 0009
Revises: 0008
"""

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stance_counts",
        sa.Column("dim", sa.String(10), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("grp", sa.String(300), nullable=False),
        sa.Column("stance_mask", sa.Integer, nullable=False),
        sa.Column("borderline_mask", sa.Integer, nullable=False),
        sa.Column("quotes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("statements", sa.Integer, nullable=False, server_default="0"),
        # a dimension's counters of a day or period are one range of the key, and the counts ride
        # in it: a sum reads no table rows
        sa.PrimaryKeyConstraint("dim", "day", "grp", "stance_mask", "borderline_mask",
                                postgresql_include=["quotes", "statements"]),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_speakers_name", "speakers", ["name"])  # compare's examples by speaker
    # a speaker's strongest tag of a label in one index seek; kept in step with quotes.speaker_id
    # a plain ADD COLUMN (SQLite allows a REFERENCES clause on a column that defaults to NULL): no
    # table copy, so the views of 0007 stay
    op.execute("ALTER TABLE stances ADD COLUMN speaker_id INTEGER "
               "CONSTRAINT fk_stances_speaker_id REFERENCES speakers (id) ON DELETE SET NULL")
    op.execute("UPDATE stances SET speaker_id = (SELECT speaker_id FROM quotes WHERE quotes.id = stances.quote_id)")
    op.create_index("ix_stances_speaker_label_score", "stances", ["speaker_id", "label", "score"])
    from db.rollup import rebuild  # the same SQL the tests check the kept counts against

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("stance_counts")
    op.drop_index("ix_speakers_name", "speakers")
    op.drop_index("ix_stances_speaker_label_score", "stances")
    # rebuilding `stances` on SQLite: the views of 0007 go first and come back after (SQLite checks
    # views on ALTER)
    views = importlib.import_module("db.migrations.versions.0007_read_views")
    views.downgrade()
    with op.batch_alter_table("stances") as batch:
        batch.drop_column("speaker_id")
    views.upgrade()
