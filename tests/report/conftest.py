"""Databases for the report tests: a SQLite file, and (when VIMOD_TEST_PG_URL is set) a fresh
PostgreSQL schema per test, dropped afterwards, so other suites sharing the database are never
touched."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from tests.report.factories import History, build_history
from tests.utils.skips import skip_or_fail
from vimod.store.db import make_engine, make_sessionmaker
from vimod.store.models import Base


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'report.sqlite'}")
        Base.metadata.create_all(eng)
        yield eng
        eng.dispose()
        return
    url = os.environ.get("VIMOD_TEST_PG_URL")
    if not url:
        skip_or_fail("VIMOD_TEST_PG_URL is not set (PostgreSQL report tests)")
    schema = f"report_{uuid.uuid4().hex[:12]}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    eng = make_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        Base.metadata.create_all(eng)
        yield eng
    finally:
        eng.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return make_sessionmaker(engine)


@pytest.fixture
def history(factory: sessionmaker[Session]) -> History:
    with factory() as session, session.begin():
        return build_history(session)
