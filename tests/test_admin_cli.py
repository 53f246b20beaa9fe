"""``vimod admin`` gathers the commands of several stages under one group."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from vimod.admin_cli import admin_group
from vimod.cli import app


def test_admin_group_is_created_once_and_shared() -> None:
    root = typer.Typer()
    assert admin_group(root) is admin_group(root)
    assert [g.name for g in root.registered_groups] == ["admin"]


def test_vimod_admin_lists_every_stages_commands() -> None:
    out = CliRunner().invoke(app, ["admin", "--help"]).output
    for command in ("create-platform", "create-key", "set-webhook", "create-user"):
        assert command in out
