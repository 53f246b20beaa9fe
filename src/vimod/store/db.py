"""Engine and session handling. The only place that knows about database URLs.

SQLite is the embedded default (WAL, foreign keys on, a busy timeout so a second writer
waits instead of failing); PostgreSQL is used for ``postgresql://`` URLs via psycopg 3.

Code outside ``vimod.store`` names the database through the aliases here (``Engine``,
``Session``, ``SessionFactory``; ``IntegrityError`` when a write breaks a unique constraint
because a concurrent writer got there first) and opens units of work with ``transaction`` /
``read_transaction``; it never imports SQLAlchemy itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

#: A factory of sessions bound to one engine: what the app and the CLI hold.
SessionFactory = sessionmaker[Session]

DEFAULT_URL = "sqlite:///vimod.sqlite"
READ_ONLY_OPTION = "vimod_read_only"


def resolve_url(url: str | None = None) -> str:
    """Explicit URL, else $VIMOD_DB, else a SQLite file in the working directory.

    ``postgresql://`` is rewritten to the psycopg 3 driver so users can paste a plain URL.
    """
    url = url or os.environ.get("VIMOD_DB") or DEFAULT_URL
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


#: Connections kept open per process. The API's threads (up to 40 in anyio's pool) each
#: hold one for a short read or a write group; with SQLAlchemy's default (5 + 10 overflow)
#: busy periods opened and closed overflow connections on every request (for PostgreSQL a
#: TCP connect and login each time).
POOL_SIZE = 20
MAX_OVERFLOW = 30


def redact(url: str) -> str:
    """``url`` with its password hidden, for logs and messages."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    url = resolve_url(url)
    memory = ":memory:" in url or url == "sqlite://" or "mode=memory" in url
    if not memory and "poolclass" not in kwargs:
        kwargs.setdefault("pool_size", POOL_SIZE)
        kwargs.setdefault("max_overflow", MAX_OVERFLOW)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see
            # _sqlite_begin below).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            # WAL: readers don't block the writer; synchronous=FULL: an acknowledged commit
            # survives a crash of the process or the machine.
            if ":memory:" not in url and url != "sqlite://":
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # BEGIN IMMEDIATE takes the write lock up front. A deferred transaction that reads
            # and then writes fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT)
            # when another connection committed in between; the busy timeout cannot help it.
            # Read-only units of work (``read_transaction``) begin DEFERRED: in WAL mode they
            # read a snapshot without waiting for the writer.
            if conn.get_execution_options().get(READ_ONLY_OPTION):
                conn.exec_driver_sql("BEGIN")
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_sessionmaker(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: SessionFactory) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any exception."""
    with factory() as session, session.begin():
        yield session


@contextmanager
def read_transaction(factory: SessionFactory) -> Iterator[Session]:
    """A unit of work that only reads. On SQLite it does not take the write lock, so reads
    never queue behind writes. It ends with a COMMIT (nothing to write) rather than a
    rollback, which would expire the loaded rows the caller still reads."""
    with factory() as session:
        session.connection(execution_options={READ_ONLY_OPTION: True})
        try:
            yield session
        except BaseException:
            session.rollback()
            raise
        session.commit()


def engine_of(factory: SessionFactory) -> Engine:
    engine = factory.kw["bind"]
    assert isinstance(engine, Engine)
    return engine


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for one read-only statement outside any write lock: on PostgreSQL in
    autocommit (no BEGIN/ROLLBACK round trips), on SQLite a deferred transaction that reads
    the WAL snapshot without waiting for the writer."""
    options: dict[str, Any] = ({"isolation_level": "AUTOCOMMIT"}
                               if engine.dialect.name == "postgresql"
                               else {READ_ONLY_OPTION: True})
    with engine.connect() as conn:
        conn.execution_options(**options)
        yield conn
        conn.rollback()


def ping(engine: Engine) -> None:
    """Raise unless the database answers a trivial query."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))


__all__ = [
    "DEFAULT_URL",
    "Engine",
    "IntegrityError",
    "Session",
    "SessionFactory",
    "engine_of",
    "make_engine",
    "make_sessionmaker",
    "ping",
    "read_connection",
    "read_transaction",
    "redact",
    "resolve_url",
    "transaction",
]
