"""vimod.store: the only package that talks SQL. Functions take a Session and plain values
and return model rows or plain data; transactions are opened by callers via
``vimod.store.db.transaction``.

Importing any ``vimod.store`` module installs the audit-log guard (``vimod.store.audit``):
the ORM refuses to update or delete an audit row.
"""

from vimod.store import audit as _audit  # noqa: F401  (installs the append-only guard)
