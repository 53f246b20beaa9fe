"""Engine and session handling. The only place that knows about database URLs.

SQLite is the embedded default (WAL, foreign keys on, a busy timeout so a second writer
waits instead of failing); PostgreSQL is used for ``postgresql://`` URLs via psycopg 3.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

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


def make_engine(url: str | None = None, **kwargs: object) -> Engine:
    url = resolve_url(url)
    memory = ":memory:" in url or url == "sqlite://" or "mode=memory" in url
    if not memory and "poolclass" not in kwargs:
        kwargs.setdefault("pool_size", POOL_SIZE)
        kwargs.setdefault("max_overflow", MAX_OVERFLOW)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)  # type: ignore[arg-type]

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
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
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
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
    return create_engine(url, pool_pre_ping=True, **kwargs)  # type: ignore[arg-type]


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any exception."""
    with factory() as session, session.begin():
        yield session


@contextmanager
def read_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
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
