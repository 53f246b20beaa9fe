"""CLI commands of the policy stage: check, dry-run and activate a policy file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

policy_app = typer.Typer(help="Check, dry-run and activate moderation policies.",
                         no_args_is_help=True)

_PolicyArg = Annotated[Path, typer.Argument(help="A policy TOML file.", exists=True,
                                            dir_okay=False)]


def register(app: typer.Typer) -> None:
    app.add_typer(policy_app, name="policy")


def _load(path: Path):  # type: ignore[no-untyped-def]
    from vimod.errors import PolicyError
    from vimod.policy import Policy

    try:
        return Policy.load(path)
    except PolicyError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None


@policy_app.command("check")
def check(path: _PolicyArg) -> None:
    """Load a policy file and list its rules (exit 2 when it is refused)."""
    p = _load(path)
    typer.echo(f"{p.version}: {len(p.rules)} rules + default")
    for r in p.rules:
        typer.echo(f"  {r.name:<26} {r.action:<7} {r.category:<16} {r.when.to_dict()}")
    typer.echo(f"  {'default':<26} {p.default.action:<7} {p.default.category}")


@policy_app.command("dry-run")
def dry_run_cmd(
    path: _PolicyArg,
    db: Annotated[str | None, typer.Option(help="Database URL (default $VIMOD_DB).")] = None,
    platform: Annotated[str | None, typer.Option(help="Only this platform's items.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Replay a new policy over stored items (their stored detections) and show what would
    change, per rule, before it goes live. Writes nothing."""
    from vimod.policy import dry_run
    from vimod.store.db import make_sessionmaker
    from vimod.store.migrate import init_db
    from vimod.store.platforms import get_platform_by_name

    new = _load(path)
    engine = init_db(db)
    try:
        with make_sessionmaker(engine)() as s:
            pid = get_platform_by_name(s, platform).id if platform else None
            report = dry_run(s, new, platform_id=pid)
    finally:
        engine.dispose()
    typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json
               else report.format_text())


@policy_app.command("activate")
def activate(
    path: _PolicyArg,
    db: Annotated[str | None, typer.Option(help="Database URL (default $VIMOD_DB).")] = None,
    actor: Annotated[str, typer.Option(help="Who activates it (for the audit log).")] = "cli",
) -> None:
    """Record a policy as active (policy_versions + audit log). A running server picks up
    the policy given to it at start (--policy / $VIMOD_POLICY); restart it to switch."""
    from vimod.errors import VimodError
    from vimod.store.db import make_sessionmaker, transaction
    from vimod.store.migrate import init_db
    from vimod.store.policies import record_policy

    p = _load(path)
    engine = init_db(db)
    try:
        with transaction(make_sessionmaker(engine)) as s:
            record_policy(s, p, actor=actor)
    except VimodError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()
    typer.echo(f"policy {p.version} recorded as active")
