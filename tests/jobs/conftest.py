from tests.store.fixtures import engine, factory, pg_engine, sqlite_engine  # noqa: F401
