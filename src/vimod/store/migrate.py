"""Schema migrations, run programmatically so ``vimod serve`` on a fresh SQLite file (or an
empty PostgreSQL database) just works.

>>> from vimod.store.migrate import init_db
>>> engine = init_db("sqlite://")        # in-memory; creates every table of models.py
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from vimod.store.db import make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (default: the newest). Idempotent."""
    if current_revision(engine) == head_revision() and revision == "head":
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def init_db(url: str | None = None) -> Engine:
    """Engine for ``url`` (see ``vimod.store.db.resolve_url``) with the schema at head."""
    engine = make_engine(url)
    upgrade(engine)
    return engine
