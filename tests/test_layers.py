"""Imports point one way (README, Layout): the `quotes` core never imports `db`, and `db` imports
nothing of `quotes` but `quotes.types`; read from the source files' import statements."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imported(path: Path) -> set[str]:
    """The modules a file imports, at any depth (function-local imports too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def _files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", _files("db"), ids=lambda p: str(p.relative_to(ROOT)))
def test_db_imports_only_the_records_of_quotes(path):
    assert {m for m in _imported(path) if m == "quotes" or m.startswith("quotes.")} <= {"quotes.types"}


@pytest.mark.parametrize("path", [p for p in _files("quotes") if "cli" not in p.relative_to(ROOT).parts],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_the_core_never_imports_db(path):
    assert not {m for m in _imported(path) if m == "db" or m.startswith("db.")}
