"""CLI of the console: ``vimod admin create-user NAME --role admin|moderator`` and
``vimod admin revoke-key ID_OR_PREFIX``."""

from __future__ import annotations

import typer

from vimod.admin_cli import admin_group


def register(app: typer.Typer) -> None:
    """Attach ``create-user`` to the shared ``vimod admin`` group."""
    group = admin_group(app)

    @group.command("create-user")
    def create_user(
        name: str = typer.Argument(..., help="Login name (letters, digits, '_', '.', '-')."),
        role: str = typer.Option("moderator", "--role", help="admin or moderator."),
        password: str = typer.Option(
            ...,
            "--password",
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            envvar="VIMOD_NEW_USER_PASSWORD",
            help="At least 10 characters (prompted when not given; or $VIMOD_NEW_USER_PASSWORD).",
        ),
        db: str | None = typer.Option(
            None, "--db", help="Database URL (default: $VIMOD_DB or sqlite:///vimod.sqlite)."
        ),
    ) -> None:
        """Create a console account (the first admin, or more moderators)."""
        from vimod.errors import VimodError
        from vimod.store.db import make_sessionmaker, transaction
        from vimod.store.migrate import init_db
        from vimod.store.users import create_user as _create
        from vimod.vocab import CLI_ACTOR

        engine = init_db(db)
        try:
            with transaction(make_sessionmaker(engine)) as session:
                user = _create(session, name, password, role=role, actor=CLI_ACTOR)
                uid = user.id
        except VimodError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=1) from exc
        finally:
            engine.dispose()
        typer.echo(f"created {role} {name!r} (id {uid}); open the console at /login")

    @group.command("revoke-key")
    def revoke_key(
        key: str = typer.Argument(..., help="The key's id, or its prefix (as the console shows)."),
        db: str | None = typer.Option(
            None, "--db", help="Database URL (default: $VIMOD_DB or sqlite:///vimod.sqlite)."
        ),
    ) -> None:
        """Revoke a platform API key (a running service stops trusting it within its
        key-cache lifetime, at once in the process that revoked it)."""
        from vimod.acts import revoke_api_key
        from vimod.errors import VimodError
        from vimod.store import platforms
        from vimod.store.db import make_sessionmaker, transaction
        from vimod.store.migrate import init_db
        from vimod.vocab import CLI_ACTOR

        engine = init_db(db)
        try:
            with transaction(make_sessionmaker(engine)) as session:
                key_id = int(key) if key.isdigit() else platforms.key_id_by_prefix(session, key)
                if key_id is None:
                    typer.echo(f"error: no API key with prefix {key!r}", err=True)
                    raise typer.Exit(code=1)
                revoke_api_key(session, key_id, actor=CLI_ACTOR)
        except VimodError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=1) from exc
        finally:
            engine.dispose()
        typer.echo(f"revoked API key {key_id}")
