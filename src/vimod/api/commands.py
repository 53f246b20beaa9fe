"""CLI commands of the service: ``vimod serve`` and ``vimod admin create-platform |
create-key | set-webhook``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from vimod.vocab import CLI_ACTOR

if TYPE_CHECKING:
    from vimod.store.db import Session


def register(app: typer.Typer) -> None:
    from vimod.admin_cli import admin_group

    app.command("serve")(serve)
    admin = admin_group(app)  # shared with the console's `vimod admin create-user`
    admin.command("create-platform")(create_platform)
    admin.command("create-key")(create_key)
    admin.command("set-webhook")(set_webhook)


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: Annotated[str | None, typer.Option(
        help="Database URL (default $VIMOD_DB, else sqlite:///vimod.sqlite in the cwd).")] = None,
    policy: Annotated[Path | None, typer.Option(
        help="Policy TOML file (default $VIMOD_POLICY, else the shipped policy).",
        exists=True, dir_okay=False)] = None,
    model: Annotated[Path | None, typer.Option(
        help="Model directory (default: the model shipped with vimod).")] = None,
    workers: Annotated[int, typer.Option(
        help="Worker processes (several need PostgreSQL: they share limits, revocations "
             "and the active policy through it).", min=1)] = 1,
    forwarded_allow_ips: Annotated[str, typer.Option(
        help="Proxies whose X-Forwarded-For/-Proto headers are believed (comma-separated "
             "IPs or '*'); nobody else's are.")] = "127.0.0.1",
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Run the HTTP API and the review console."""
    import os

    import uvicorn

    # Workers re-create the app from the environment, so flags travel through it.
    if db:
        os.environ["VIMOD_DB"] = db
    if policy:
        os.environ["VIMOD_POLICY"] = str(policy)
    if model:
        os.environ["VIMOD_MODEL"] = str(model)
    from vimod.api.config import Settings

    settings = Settings.from_env().with_secret()
    # Migrate once here, so several workers do not race to create the schema.
    from vimod.store.db import redact
    from vimod.store.migrate import init_db

    init_db(settings.db_url).dispose()
    if workers > 1 and settings.db_url.startswith("sqlite"):
        typer.echo("vimod: warning: several workers on SQLite queue on its one write lock "
                   "and keep rate limits per worker; use PostgreSQL (docs/deployment.md)",
                   err=True)
    typer.echo(f"vimod: database {redact(settings.db_url)}, http://{host}:{port}/ "
               "(API under /v1, OpenAPI at /docs)", err=True)
    uvicorn.run("vimod.api.app:create_app", factory=True, host=host, port=port,
                workers=workers, log_level=log_level, proxy_headers=True,
                forwarded_allow_ips=forwarded_allow_ips)


@contextmanager
def _admin_transaction(db: str | None) -> Iterator[Session]:
    """One transaction on the (migrated) database for an admin command; a VimodError
    becomes a one-line message and exit code 1 instead of a traceback."""
    from vimod.errors import VimodError
    from vimod.store.db import make_sessionmaker, transaction
    from vimod.store.migrate import init_db

    engine = init_db(db)
    try:
        with transaction(make_sessionmaker(engine)) as s:
            yield s
    except VimodError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()


def create_platform(
    name: Annotated[str, typer.Argument(help="A unique name for the platform.")],
    webhook_url: Annotated[str | None, typer.Option(
        help="Where decision-change webhooks are POSTed.")] = None,
    db: Annotated[str | None, typer.Option(help="Database URL (default $VIMOD_DB).")] = None,
) -> None:
    """Create a platform and print its first API key (shown once, not recoverable)."""
    from vimod.store import platforms

    with _admin_transaction(db) as s:
        platform, key = platforms.create_platform(s, name, webhook_url=webhook_url,
                                                   actor=CLI_ACTOR)
        secret = platform.webhook_secret
        pid = platform.id
    typer.echo(f"platform {name!r} created (id {pid})", err=True)
    typer.echo(f"webhook signing secret: {secret}", err=True)
    typer.echo("API key (shown once; store it now, it cannot be recovered):", err=True)
    typer.echo(key)


def create_key(
    platform: Annotated[str, typer.Argument(help="Platform name.")],
    name: Annotated[str, typer.Option(help="A label for the key.")] = "default",
    db: Annotated[str | None, typer.Option(help="Database URL (default $VIMOD_DB).")] = None,
) -> None:
    """Add another API key to a platform (printed once)."""
    from vimod.store import platforms

    with _admin_transaction(db) as s:
        p = platforms.get_platform_by_name(s, platform)
        _, key = platforms.create_api_key(s, p.id, name=name, actor=CLI_ACTOR)
    typer.echo(key)


def set_webhook(
    platform: Annotated[str, typer.Argument(help="Platform name.")],
    url: Annotated[str, typer.Argument(help="Webhook URL ('' to stop sending).")],
    rotate_secret: Annotated[bool, typer.Option(help="Issue a new signing secret.")] = False,
    db: Annotated[str | None, typer.Option(help="Database URL (default $VIMOD_DB).")] = None,
) -> None:
    """Set (or clear) the platform's webhook URL; prints the signing secret."""
    from vimod.store import platforms

    with _admin_transaction(db) as s:
        p = platforms.get_platform_by_name(s, platform)
        p = platforms.set_webhook(s, p.id, url or None, rotate_secret=rotate_secret,
                                  actor=CLI_ACTOR)
        secret = p.webhook_secret
    typer.echo(f"webhook signing secret: {secret}")
