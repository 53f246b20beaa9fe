"""The shared ``vimod admin`` command group.

Several stages add commands under ``vimod admin`` (the console: ``create-user``; the service:
``create-platform``). Each stage's ``register(app)`` calls ``admin_group(app)``, which returns
the group already attached to ``app`` or attaches a new one, so the order of ``_STAGES`` in
``vimod/cli.py`` does not matter.
"""

from __future__ import annotations

import typer

ADMIN_HELP = "Administration: console accounts, platforms and API keys."


def admin_group(app: typer.Typer) -> typer.Typer:
    """The ``admin`` sub-app of ``app`` (created and attached on first use)."""
    for info in app.registered_groups:
        if info.name == "admin" and info.typer_instance is not None:
            return info.typer_instance
    group = typer.Typer(help=ADMIN_HELP, no_args_is_help=True)
    app.add_typer(group, name="admin")
    return group
