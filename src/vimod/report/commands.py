"""CLI commands of the report stage: ``vimod report`` and ``vimod statements``.

vimod report --since 2026-01-01 --until 2026-03-31 --format html -o report.html
vimod statements --since 2026-01-01 --until 2026-03-31 -o statements.jsonl
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from vimod.store.db import SessionFactory

_DB_HELP = "Database URL (default: $VIMOD_DB, else the SQLite file vimod.sqlite)."


def _day(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


def _open_db(db: str | None) -> SessionFactory:
    from vimod.store.db import make_engine, make_sessionmaker, resolve_url

    url = resolve_url(db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise typer.BadParameter(f"no database at {url}", param_hint="--db")
    return make_sessionmaker(make_engine(url))


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


def register(app: typer.Typer) -> None:
    """Attach the report commands to the ``vimod`` app."""

    @app.command("report")
    def report(
        since: str = typer.Option(..., help="First day of the period (YYYY-MM-DD, UTC)."),
        until: str = typer.Option(..., help="Last day of the period, included (YYYY-MM-DD)."),
        fmt: str = typer.Option("html", "--format", "-f", help="html, json or csv."),
        output: Path | None = typer.Option(None, "--output", "-o", help="File (default stdout)."),
        platform: str | None = typer.Option(None, help="One platform's name (default: all)."),
        granularity: str | None = typer.Option(
            None, help="Series per 'day' or 'week' (default: day up to 62 days, else week)."
        ),
        db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    ) -> None:
        """Transparency report for a period: decisions, authority requests, review, appeals."""
        from vimod.errors import VimodError
        from vimod.report.queries import build_report
        from vimod.report.render import FORMATS, render_csv, render_html, render_json

        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
        start, end = _day(since, "--since"), _day(until, "--until")
        factory = _open_db(db)
        try:
            with factory() as session:
                r = build_report(
                    session, since=start, until=end, platform=platform, granularity=granularity
                )
        except VimodError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        render = {"html": render_html, "json": render_json, "csv": render_csv}[fmt]
        _write(render(r), output)

    @app.command("statements")
    def statements(
        since: str = typer.Option(..., help="First day (YYYY-MM-DD, UTC)."),
        until: str = typer.Option(..., help="Last day, included (YYYY-MM-DD)."),
        output: Path | None = typer.Option(None, "--output", "-o", help="File (default stdout)."),
        platform: str | None = typer.Option(None, help="One platform's name (default: all)."),
        include_allow: bool = typer.Option(
            False, "--include-allow", help="Also export 'allow' decisions (no restriction)."
        ),
        db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    ) -> None:
        """Statements of reasons, one JSON object per decision (JSONL), without personal data."""
        from vimod.errors import VimodError
        from vimod.report.statements import iter_statements, write_statements

        start, end = _day(since, "--since"), _day(until, "--until")
        factory = _open_db(db)
        try:
            with factory() as session:
                rows = iter_statements(
                    session, since=start, until=end, platform=platform, include_allow=include_allow
                )
                if output is None:
                    n = write_statements(sys.stdout, rows)
                else:
                    with output.open("w", encoding="utf-8") as fh:
                        n = write_statements(fh, rows)
        except VimodError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"{n} statements", err=True)

    @app.command("publish-report")
    def publish_report(
        platform: str = typer.Argument(..., help="The platform's name."),
        off: bool = typer.Option(False, "--off", help="Stop publishing (the page answers 404)."),
        db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    ) -> None:
        """Publish (or stop publishing) a platform's report at /public/reports/PLATFORM."""
        from vimod import acts
        from vimod.errors import VimodError
        from vimod.store.db import transaction
        from vimod.vocab import CLI_ACTOR

        try:
            with transaction(_open_db(db)) as session:
                acts.publish_report(session, platform, not off, actor=CLI_ACTOR)
        except VimodError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        state = "no longer published" if off else f"published at /public/reports/{platform}"
        typer.echo(f"{platform}: report {state}")
