"""Exception types; each carries the offending value so the CLI can name it."""

from __future__ import annotations


class QuotesError(Exception):
    """Base class for errors the CLI turns into one line on stderr."""


def one_line(e: Exception) -> str:
    """An exception as `Type: first line of its message`, for one-line errors."""
    return f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"


class InputError(QuotesError):
    """An input file cannot be read as an article."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class InputWarning:
    """A file that was read, but not exactly as written (e.g. invalid bytes replaced)."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


class ModelsMissingError(QuotesError):
    """No stanza models are available for German."""
