"""`vimod policy check | dry-run | activate` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vimod.cli import app
from vimod.policy import DEFAULT_POLICY_PATH, Policy

runner = CliRunner()


def test_check_lists_every_rule_of_the_shipped_policy() -> None:
    r = runner.invoke(app, ["policy", "check", str(DEFAULT_POLICY_PATH)])
    assert r.exit_code == 0, r.output
    shipped = Policy.load()
    assert r.output.startswith(f"{shipped.version}: {len(shipped.rules)} rules + default")
    for rule in shipped.rules:
        assert rule.name in r.output


def test_check_refuses_an_unknown_category_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('version = "bad-1"\n'
                   '[[rules]]\nname = "x"\naction = "review"\ncategory = "insult"\n'
                   'reason_vi = "v"\nreason_en = "e"\n'
                   'when = { category_at_least = { politics = 0.5 } }\n'
                   '[default]\naction = "allow"\ncategory = "none"\n'
                   'reason_vi = "v"\nreason_en = "e"\n', encoding="utf-8")
    r = runner.invoke(app, ["policy", "check", str(bad)])
    assert r.exit_code == 2
    assert "politics" in r.output


def test_activate_then_dry_run_on_an_empty_database(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    r = runner.invoke(app, ["policy", "activate", str(DEFAULT_POLICY_PATH), "--db", db])
    assert r.exit_code == 0, r.output
    assert f"policy {Policy.load().version} recorded as active" in r.output
    r = runner.invoke(app, ["policy", "dry-run", str(DEFAULT_POLICY_PATH), "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["total"] == 0
