"""API fixtures: an app on a fresh database (SQLite and PostgreSQL), a fake detector (the
real model is used in test_api_real_model.py), a platform and its key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.api.fakes import FakeDetector
from tests.store.fixtures import engine, factory, pg_engine, sqlite_engine  # noqa: F401
from vimod.api.app import create_app
from vimod.api.config import Settings
from vimod.store.db import make_sessionmaker, transaction
from vimod.store.platforms import create_platform


@pytest.fixture
def detector() -> FakeDetector:
    return FakeDetector()


@pytest.fixture
def settings(engine: Engine) -> Settings:  # noqa: F811
    return Settings(db_url=str(engine.url), secret_key="test-secret-" + "x" * 32,
                    rate_per_s=0, rate_burst=1)


@pytest.fixture
def app(engine: Engine, settings: Settings, detector: FakeDetector) -> Any:  # noqa: F811
    # console=False: these tests are about the API; test_api_moderate checks the mount call.
    return create_app(settings, engine=engine, detector=detector, webhooks=False, console=False)


@pytest.fixture
def platform_key(engine: Engine) -> str:  # noqa: F811
    with transaction(make_sessionmaker(engine)) as s:
        _, key = create_platform(s, "forum-a", webhook_url="http://hooks.test/a")
    return key


@pytest.fixture
def client(app: Any, platform_key: str) -> Iterator[TestClient]:
    with TestClient(app, headers={"Authorization": f"Bearer {platform_key}"}) as c:
        yield c
