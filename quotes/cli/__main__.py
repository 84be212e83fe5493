"""`python -m quotes.cli`."""

from quotes.cli import run

run()
