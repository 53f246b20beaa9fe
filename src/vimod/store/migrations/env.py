"""Alembic environment for vimod. Run programmatically by ``vimod.store.migrate.upgrade``,
which passes an open connection in ``config.attributes["connection"]``; the ``alembic``
command line also works with ``-x url=...`` (or $VIMOD_DB)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from vimod.store.db import make_engine
from vimod.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds tables when needed.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # pragma: no cover - command line use
    url = context.get_x_argument(as_dictionary=True).get("url")
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
