"""Database fixtures shared by tests/store and tests/api: every test using ``engine`` /
``factory`` runs on SQLite AND PostgreSQL (``VIMOD_TEST_PG_URL``; skipped locally without it,
a failure in CI). One database per test session, tables emptied before each test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tests.utils.skips import skip_or_fail
from vimod.store.db import make_engine, make_sessionmaker
from vimod.store.migrate import upgrade
from vimod.store.testing import clean_tables, temporary_pg_database


@pytest.fixture(scope="session")
def sqlite_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 'store.sqlite'}")
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    url = os.environ.get("VIMOD_TEST_PG_URL")
    if not url:
        skip_or_fail("VIMOD_TEST_PG_URL is not set (PostgreSQL tests)")
    assert url
    with temporary_pg_database(url) as db_url:
        engine = make_engine(db_url)
        upgrade(engine)
        yield engine
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    name = "pg_engine" if request.param == "postgresql" else "sqlite_engine"
    eng: Engine = request.getfixturevalue(name)
    clean_tables(eng)
    return eng


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return make_sessionmaker(engine)
