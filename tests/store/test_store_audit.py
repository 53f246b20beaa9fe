"""The audit log is append-only: no code path to change it, and the ORM refuses to."""

from __future__ import annotations

import inspect as pyinspect
import re
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

import vimod
from vimod.store import audit
from vimod.store.audit import AuditLogIsAppendOnly
from vimod.store.models import AuditLog

SRC = Path(vimod.__file__).resolve().parent


def test_audit_module_offers_only_insert() -> None:
    public = {name for name, obj in vars(audit).items()
              if pyinspect.isfunction(obj) and obj.__module__ == audit.__name__
              and not name.startswith("_")}
    assert public == {"record"}
    source = pyinspect.getsource(audit)
    assert not re.search(r"\b(update|delete)\s*\(", source)


def test_no_module_updates_or_deletes_audit_rows() -> None:
    pattern = re.compile(r"(update|delete)\(\s*AuditLog|audit_log\s+(SET|WHERE)|"
                         r"DELETE\s+FROM\s+audit_log|UPDATE\s+audit_log", re.I)
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.name != "testing.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def _one_row(factory: sessionmaker[Session]) -> int:
    with factory() as s, s.begin():
        row = audit.record(s, actor="test", action="x.created", object_type="x", object_id=1,
                           after={"a": 1})
        s.flush()
        return row.id


def test_orm_refuses_to_update_an_audit_row(factory: sessionmaker[Session]) -> None:
    row_id = _one_row(factory)
    with factory() as s:
        row = s.get(AuditLog, row_id)
        assert row is not None
        row.after = {"a": 2}
        with pytest.raises(AuditLogIsAppendOnly):
            s.flush()
        s.rollback()
    with factory() as s:
        assert s.scalar(select(AuditLog.after).where(AuditLog.id == row_id)) == {"a": 1}


def test_orm_refuses_to_delete_an_audit_row(factory: sessionmaker[Session]) -> None:
    row_id = _one_row(factory)
    with factory() as s:
        s.delete(s.get(AuditLog, row_id))
        with pytest.raises(AuditLogIsAppendOnly):
            s.flush()
        s.rollback()
    with factory() as s:
        assert s.get(AuditLog, row_id) is not None
