"""Which policy a (re)started server uses: explicit --policy / VIMOD_POLICY, else the newest
stored version (e.g. activated in the console), else the shipped default."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from tests.api.fakes import FakeDetector
from vimod.api.app import create_app
from vimod.api.config import Settings
from vimod.errors import Conflict
from vimod.policy import DEFAULT_POLICY_PATH, Policy
from vimod.store.db import make_sessionmaker, transaction
from vimod.store.models import AuditLog, PolicyVersion
from vimod.store.policies import record_policy

DEFAULT_TEXT = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
SHIPPED = Policy.load().version


def _variant(version: str, label_at: str = "0.8") -> str:
    text = DEFAULT_TEXT.replace(f'version = "{SHIPPED}"', f'version = "{version}"', 1)
    assert version in text
    return text + f"\n# variant {label_at}\n"


def _start(engine: Engine, policy_path: Path | None = None) -> str:
    settings = Settings(db_url=str(engine.url), secret_key="s" * 40, rate_per_s=0,
                        policy_path=str(policy_path) if policy_path else None)
    app = create_app(settings, engine=engine, detector=FakeDetector(), webhooks=False,
                     console=False)
    return app.state.policy.version


def _versions(engine: Engine) -> list[str]:
    with make_sessionmaker(engine)() as s:
        return list(s.scalars(select(PolicyVersion.version).order_by(PolicyVersion.id)))


def _activations(engine: Engine) -> int:
    with make_sessionmaker(engine)() as s:
        return s.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.action == "policy.activated")) or 0


def test_fresh_database_starts_with_the_shipped_policy_and_records_it(engine: Engine) -> None:
    assert _start(engine) == SHIPPED
    assert _versions(engine) == [SHIPPED]
    assert _activations(engine) == 1


def test_policy_activated_in_the_console_survives_a_restart(engine: Engine) -> None:
    _start(engine)
    # What the console's "activate" and `vimod policy activate` do.
    with transaction(make_sessionmaker(engine)) as s:
        record_policy(s, Policy.from_toml(_variant("forum-2")), actor="user:admin")
    assert _start(engine) == "forum-2"  # restart without --policy: the newest version
    assert _start(engine) == "forum-2"
    assert _versions(engine) == [SHIPPED, "forum-2"]
    assert _activations(engine) == 2  # restarts record nothing


def test_explicit_policy_file_wins_and_is_recorded_once(engine: Engine,
                                                        tmp_path: Path) -> None:
    _start(engine)
    with transaction(make_sessionmaker(engine)) as s:
        record_policy(s, Policy.from_toml(_variant("forum-2")), actor="user:admin")
    path = tmp_path / "p.toml"
    path.write_text(_variant("forum-3"), encoding="utf-8")
    assert _start(engine, path) == "forum-3"
    assert _start(engine, path) == "forum-3"  # same text as the newest row: no new row
    assert _versions(engine) == [SHIPPED, "forum-2", "forum-3"]
    assert _activations(engine) == 3
    assert _start(engine) == "forum-3"  # and it stays after a plain restart


def test_explicit_file_reusing_a_version_for_another_text_is_refused(
    engine: Engine, tmp_path: Path
) -> None:
    _start(engine)
    path = tmp_path / "p.toml"
    path.write_text(_variant(SHIPPED, label_at="changed"), encoding="utf-8")
    with pytest.raises(Conflict):
        _start(engine, path)


def test_reactivating_an_older_version_makes_it_the_one_a_restart_uses(
    engine: Engine, tmp_path: Path
) -> None:
    _start(engine)  # default
    with transaction(make_sessionmaker(engine)) as s:
        record_policy(s, Policy.from_toml(_variant("forum-2")), actor="user:admin")
    assert _start(engine, DEFAULT_POLICY_PATH) == SHIPPED  # explicit, older
    assert _versions(engine) == [SHIPPED, "forum-2"]  # no second row
    assert _activations(engine) == 3
    assert _start(engine) == SHIPPED  # the last activated, not the last created
