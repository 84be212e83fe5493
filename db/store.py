"""Whole articles into the database, each in its own transaction: what an ingest worker calls
(quotes.engines gets it from the CLI and never imports this package)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from db.writes import save_result
from db.session import make_engine, session_factory
from quotes.types import ArticleResult, StoreRules


class ArticleStore:
    """A connection to one database, opened in the process that uses it (a worker builds its own)."""

    def __init__(self, url: str | None, rules: StoreRules):
        self.engine = make_engine(url, prepared=True)
        self.Session = session_factory(self.engine, rules)

    def __call__(self, result: ArticleResult) -> tuple[str, int]:
        """Store one article and its quotes: (status, quotes stored); a database error is raised."""
        try:
            with self.Session() as s, s.begin():
                outcome = save_result(s, result)
        except IntegrityError:
            # another worker stored the same article between our check and insert
            return "unchanged", 0
        return outcome.status, outcome.quotes
