"""``vimod normalize``: show what the normaliser makes of a text."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    @app.command("normalize")
    def normalize_cmd(
        text: str = typer.Argument(..., help="The text to normalise (quote it)."),
        as_json: bool = typer.Option(
            False, "--json", help="Print text, folded form and token spans as JSON."
        ),
    ) -> None:
        """Normalise Vietnamese text: print the normalised and the accent-folded forms."""
        from vimod.errors import VimodError
        from vimod.text import normalize

        if not text.strip():
            typer.echo("error: nothing to normalise (the text is empty)", err=True)
            raise typer.Exit(code=2)
        try:
            result = normalize(text)
        except VimodError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=2) from None
        if as_json:
            payload = {"text": result.text, "folded": result.folded, "spans": result.spans}
            # ensure_ascii keeps lone surrogates and odd input printable on any terminal
            typer.echo(json.dumps(payload, ensure_ascii=False))
        else:
            typer.echo(f"text:   {result.text}")
            typer.echo(f"folded: {result.folded}")
