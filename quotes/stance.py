"""Quote → stance tags (first version: none; the stance issue fills this stage)."""

from __future__ import annotations

from quotes.types import StanceTag


def tag(text: str) -> tuple[StanceTag, ...]:
    """Stance tags for a quotation's text."""
    return ()
