"""Helpers for tests that need a real database (SQLite file or PostgreSQL).

Used by ``tests/store`` and ``tests/api`` (and free for the console's tests):

- ``temporary_pg_database(url)``: a fresh database named ``<db>_t<random>`` on the server of
  ``url`` (the role needs CREATEDB, as ``.ci/run`` sets up), dropped afterwards; parallel
  test runs on one server never see each other's rows.
- ``clean_tables(engine)``: empty every table of the models (between tests).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from vimod.store.db import resolve_url
from vimod.store.models import Base


@contextmanager
def temporary_pg_database(url: str) -> Iterator[str]:
    base = make_url(resolve_url(url))
    name = f"{base.database or 'vimod'}_t{secrets.token_hex(4)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def clean_tables(engine: Engine) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(tables) + " RESTART IDENTITY CASCADE"))
        else:
            for name in tables:
                conn.execute(text(f"DELETE FROM {name}"))
