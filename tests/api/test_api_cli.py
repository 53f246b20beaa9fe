"""``vimod admin create-platform``, ``vimod policy check|dry-run|activate``."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from vimod.cli import app
from vimod.policy import DEFAULT_POLICY_PATH
from vimod.store.db import make_sessionmaker
from vimod.store.migrate import init_db
from vimod.store.models import ApiKey, AuditLog, PolicyVersion
from vimod.store.platforms import authenticate

runner = CliRunner()


def test_create_platform_prints_a_working_key_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    r = runner.invoke(app, ["admin", "create-platform", "diendan", "--db", db])
    assert r.exit_code == 0, r.output
    key = r.stdout.strip().splitlines()[-1]
    assert key.startswith("vmk_")
    engine = init_db(db)
    try:
        with make_sessionmaker(engine)() as s:
            assert authenticate(s, key) is not None
            assert all(k.key_hash != key for k in s.scalars(select(ApiKey)))
    finally:
        engine.dispose()
    again = runner.invoke(app, ["admin", "create-platform", "diendan", "--db", db])
    assert again.exit_code == 1 and "already exists" in again.output
    assert "vmk_" not in again.stdout


def test_policy_check_dry_run_and_activate(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    assert runner.invoke(app, ["policy", "check", str(DEFAULT_POLICY_PATH)]).exit_code == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(DEFAULT_POLICY_PATH.read_text(encoding="utf-8").replace(
        'category = "spam"', 'category = "political"', 1), encoding="utf-8")
    r = runner.invoke(app, ["policy", "check", str(bad)])
    assert r.exit_code == 2 and "political" in r.output
    r = runner.invoke(app, ["policy", "dry-run", str(DEFAULT_POLICY_PATH), "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["total"] == 0
    r = runner.invoke(app, ["policy", "activate", str(DEFAULT_POLICY_PATH), "--db", db,
                            "--actor", "user:admin"])
    assert r.exit_code == 0, r.output
    engine = init_db(db)
    try:
        with make_sessionmaker(engine)() as s:
            assert s.scalar(select(PolicyVersion.version)) is not None
            row = s.scalar(select(AuditLog).where(AuditLog.action == "policy.activated"))
            assert row is not None and row.actor == "user:admin"
    finally:
        engine.dispose()


def test_admin_help_lists_the_commands_of_every_stage() -> None:
    r = runner.invoke(app, ["admin", "--help"])
    assert r.exit_code == 0, r.output
    for command in ("create-platform", "create-key", "set-webhook", "create-user"):
        assert command in r.output


def test_admin_group_is_shared_whatever_the_stage_order() -> None:
    import typer

    from vimod.api import commands as api_commands
    from vimod.web import commands as web_commands

    for order in ((api_commands, web_commands), (web_commands, api_commands)):
        cli = typer.Typer()
        for module in order:
            module.register(cli)
        assert [g.name for g in cli.registered_groups].count("admin") == 1
        r = runner.invoke(cli, ["admin", "--help"])
        assert r.exit_code == 0, r.output
        assert "create-platform" in r.output and "create-user" in r.output
