"""The ``vimod`` command line.

Each pipeline stage keeps its commands next to its code, in ``vimod/<stage>/commands.py``,
with a ``register(app)`` function; this file only assembles them. Command bodies import
their heavy dependencies lazily so ``vimod --help`` and ``vimod normalize`` start fast.
"""

from __future__ import annotations

import importlib

import typer

# Order here is the order in `vimod --help`.
_STAGES = ["text", "detect", "policy", "api", "web", "report", "jobs"]

app = typer.Typer(
    name="vimod",
    help="vimod: moderation for Vietnamese online communities (detect, decide, review, report).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    # A callback keeps `vimod` a command group even while only one command is registered
    # (Typer would otherwise make that command the root and `vimod normalize X` would fail).
    pass


def _register_all() -> None:
    for stage in _STAGES:
        importlib.import_module(f"vimod.{stage}.commands").register(app)


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
