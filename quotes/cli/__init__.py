"""The `quotes` command: parse arguments, call the library, format the answer.

The app and its shared helpers live in quotes/cli/common.py; the commands in ingest.py,
query.py and admin.py register on it when imported here.
"""

from __future__ import annotations

import gc
import sys

import typer

from quotes.cli.common import app, err
from quotes.errors import QuotesError


GLOBAL_OPTIONS = {"--db": True, "--models": True, "--models-dir": True, "--verbose": False}


def _flag_options() -> set[str]:
    """Every option of every command that takes no value (`--statements`, `--explain`, `--help`)."""
    out: set[str] = set()

    def walk(cmd) -> None:
        for p in cmd.params:  # duck-typed: Typer may bring its own copy of click
            if getattr(p, "is_flag", False) or getattr(p, "count", False):
                out.update(list(p.opts) + list(p.secondary_opts))
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub)

    walk(typer.main.get_command(app))
    return out | {"--help"}


def hoist_globals(argv: list[str]) -> list[str]:
    """`quotes search --db X` as users type it: global options found after the subcommand are
    moved before it (`--db X search`), where the app's callback reads them. Values of other
    options and arguments are left alone (anything after `--` too)."""
    flags: set[str] | None = None  # walked from the command tree only when needed
    front, rest, i = [], [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS and rest:
            # `search --text --db`: here `--db` is the value of `--text`, not the global option
            flags = _flag_options() if flags is None else flags
            if rest[-1].startswith("-") and "=" not in rest[-1] and rest[-1] not in flags and rest[-1] != "-":
                rest.append(arg)
                i += 1
                continue
            takes_value = GLOBAL_OPTIONS[name] and "=" not in arg
            front += argv[i:i + 2] if takes_value else [arg]
            i += 2 if takes_value else 1
            continue
        rest.append(arg)
        i += 1
    return front + rest


def _polish_help(typer_app: typer.Typer) -> None:
    """Examples kept as written: click rewraps a paragraph unless it opens with \\b."""
    import re as _re

    callbacks = [c.callback for c in typer_app.registered_commands]
    callbacks += [typer_app.registered_callback.callback] if typer_app.registered_callback else []
    for g in typer_app.registered_groups:
        callbacks += [c.callback for c in g.typer_instance.registered_commands]
        if g.typer_instance.registered_callback:
            callbacks.append(g.typer_instance.registered_callback.callback)
    for fn in callbacks:
        if fn.__doc__ and "\b" not in fn.__doc__:
            fn.__doc__ = _re.sub(r"(\n[ \t]*)(Examples?:)\n", r"\1\2\n\1\b\n", fn.__doc__)


from quotes.cli import ingest, query, admin  # noqa: E402,F401  (registers the commands, in help order)

_polish_help(app)


def run() -> None:
    """Console entry point: errors become one line on stderr."""
    # what start-up made (modules, their tables) lives as long as the process: frozen, Python's
    # full collections no longer walk it again and again (~50 ms pauses each in `who` on a
    # million quotes, BENCHMARKS.md)
    gc.freeze()
    try:
        app(args=hoist_globals(sys.argv[1:]), prog_name="quotes")
    except QuotesError as e:
        err.print(f"error: {e}", markup=False)
        sys.exit(1)
