"""Read-only views for people and tools that browse the database (Datasette, psql, BI tools):
`quote_view` (a quote with its speaker, side, confident stance labels, outlet, date and title)
and `quote_context` (the passage around each quote in its article).

A later migration that rebuilds `quotes`, `articles` or `speakers` with batch_alter_table must
drop these views first and create them again afterwards (SQLite checks views on ALTER).

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# stance: a JSON array of the confident labels, so Datasette can facet on it (_facet_array)
_STANCE = {
    "sqlite": "(SELECT json_group_array(st.label) FROM stances st WHERE st.quote_id = q.id AND st.confident)",
    "postgresql": "(SELECT coalesce(json_agg(st.label ORDER BY st.label), '[]'::json)::text "
                  "FROM stances st WHERE st.quote_id = q.id AND st.confident)",
}
_MAX = {"sqlite": "max", "postgresql": "greatest"}
_MIN = {"sqlite": "min", "postgresql": "least"}

CONTEXT_CHARS = 400


def _views(dialect: str) -> list[str]:
    stance = _STANCE.get(dialect, _STANCE["sqlite"])
    mx, mn = _MAX.get(dialect, "max"), _MIN.get(dialect, "min")
    n = CONTEXT_CHARS
    return [
        "CREATE VIEW quote_view AS SELECT q.id AS id, q.text AS quote, q.kind AS kind, sp.name AS speaker, "
        f"sp.side AS side, {stance} AS stance, a.source AS outlet, q.published AS date, a.title AS title, "
        "a.doc AS doc, q.speaker_mention AS as_written, q.cue AS cue, q.rule AS rule, "
        "q.confidence AS confidence, q.statement_id AS statement_id, q.article_id AS article_id "
        "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id",
        # offsets are 0-based characters, substr is 1-based on both backends
        "CREATE VIEW quote_context AS SELECT q.id AS id, sp.name AS speaker, a.source AS outlet, "
        "q.published AS date, a.title AS title, a.doc AS doc, "
        f"substr(a.text, {mx}(1, q.start - {n - 1}), {mn}(q.start, {n})) AS before, "
        "substr(a.text, q.start + 1, q.\"end\" - q.start) AS passage, "
        f"substr(a.text, q.\"end\" + 1, {n}) AS after "
        "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id",
    ]


def upgrade() -> None:
    for stmt in _views(op.get_bind().dialect.name):
        op.execute(stmt)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS quote_context")
    op.execute("DROP VIEW IF EXISTS quote_view")
