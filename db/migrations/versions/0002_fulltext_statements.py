"""Full-text index on quote text; statements that link reports of one utterance across outlets;
a stance bit mask on quotes so stance counts need no join.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Bit i of quotes.stance_mask is set when the quote carries label i (the order is fixed: new labels append).
_LABELS = ("concession", "threat", "optimism", "rejection", "demand")

# SQLite: an external-content FTS5 table kept in step with `quotes` by triggers.
# remove_diacritics leaves umlauts alone (ä is a letter of its own in German).
_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="SET NULL"), nullable=True),
        sa.Column("first_date", sa.Date, nullable=True),
    )
    op.create_index("ix_statements_speaker_id", "statements", ["speaker_id"])
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("statement_id", sa.Integer, nullable=True))
        batch.create_foreign_key("fk_quotes_statement_id", "statements", ["statement_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_index("ix_quotes_statement_id", ["statement_id"])
        batch.add_column(sa.Column("stance_mask", sa.Integer, nullable=False, server_default="0"))
    for bit, label in enumerate(_LABELS):
        op.execute(sa.text("UPDATE quotes SET stance_mask = stance_mask | :bit "
                           "WHERE id IN (SELECT quote_id FROM stances WHERE label = :label)"
                           ).bindparams(bit=1 << bit, label=label))
    # partial indexes: only the ~10-20% of quotes that carry a stance, by speaker and by article
    tagged = sa.text("stance_mask != 0")
    op.create_index("ix_quotes_speaker_stance", "quotes", ["speaker_id", "stance_mask"],
                    sqlite_where=tagged, postgresql_where=tagged)
    op.create_index("ix_quotes_article_stance", "quotes", ["article_id", "stance_mask"],
                    sqlite_where=tagged, postgresql_where=tagged)
    op.create_index("ix_stances_label_score", "stances", ["label", "score"])

    if op.get_bind().dialect.name == "sqlite":
        for stmt in _SQLITE_FTS:
            op.execute(stmt)
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_quotes_text_fts ON quotes USING gin (to_tsvector('german', text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("quotes_fts_ai", "quotes_fts_ad", "quotes_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS quotes_fts")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_quotes_text_fts")
    op.drop_index("ix_stances_label_score", "stances")
    op.drop_index("ix_quotes_article_stance", "quotes")
    op.drop_index("ix_quotes_speaker_stance", "quotes")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("stance_mask")
        batch.drop_index("ix_quotes_statement_id")
        batch.drop_constraint("fk_quotes_statement_id", type_="foreignkey")
        batch.drop_column("statement_id")
    op.drop_table("statements")
