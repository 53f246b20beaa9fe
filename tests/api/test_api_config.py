"""Settings: one object from the environment; secrets never defaulted in production."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from vimod.api.config import Settings, secret_file_for
from vimod.errors import InvalidInput


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VIMOD_DB", "postgresql://u:p@db/x")
    monkeypatch.setenv("VIMOD_RATE_PER_S", "7")
    monkeypatch.setenv("VIMOD_CONSOLE", "0")
    s = Settings.from_env()
    assert s.db_url == "postgresql+psycopg://u:p@db/x"
    assert s.rate_per_s == 7 and s.console is False
    assert Settings.from_env(db_url=f"sqlite:///{tmp_path}/a.sqlite").db_url.endswith("a.sqlite")


def test_production_refuses_to_start_without_a_secret() -> None:
    with pytest.raises(InvalidInput, match="VIMOD_SECRET_KEY"):
        Settings(env="production", db_url="sqlite:///x.sqlite").with_secret()
    with pytest.raises(InvalidInput, match="32"):
        Settings(env="production", secret_key="short").with_secret()
    assert Settings(env="production", secret_key="k" * 40).with_secret().secret_key == "k" * 40


def test_development_secret_is_generated_once_next_to_the_db(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v.sqlite'}"
    first = Settings(db_url=url).with_secret().secret_key
    second = Settings(db_url=url).with_secret().secret_key
    path = secret_file_for(url)
    assert path == tmp_path / "v.sqlite.secret"
    assert first and first == second and len(first) >= 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Settings(db_url="sqlite://").with_secret().secret_key  # in-memory: ephemeral
