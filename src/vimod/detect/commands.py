"""CLI commands of the detect stage (filled in below)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach the detect commands to the ``vimod`` app."""
