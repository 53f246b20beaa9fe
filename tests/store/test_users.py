"""Console accounts: argon2 hashes, authentication, roles, audit (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vimod.errors import Conflict, InvalidInput
from vimod.store.models import AuditLog, User
from vimod.store.users import authenticate, create_user, set_active, set_password

PW = "một-mật-khẩu-dài"


def test_create_user_stores_argon2_hash_not_password(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        user = create_user(s, "lan", PW, role="moderator", actor="cli")
    with factory() as s:
        row = s.get(User, user.id)
        assert row is not None
        assert row.password_hash.startswith("$argon2id$")
        assert PW not in row.password_hash
        audit = s.scalars(select(AuditLog).where(AuditLog.action == "user.created")).one()
        assert audit.actor == "cli" and audit.after == {"username": "lan", "role": "moderator"}


def test_authenticate_accepts_right_password_only(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        create_user(s, "lan", PW, role="admin", actor="cli")
    with factory() as s, s.begin():
        assert authenticate(s, "lan", PW) is not None
        assert authenticate(s, "lan", PW + "x") is None
        assert authenticate(s, "không-có", PW) is None


def test_authenticate_refuses_deactivated_account(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        uid = create_user(s, "lan", PW, role="moderator", actor="cli").id
        set_active(s, uid, False, actor="user:quantri")
    with factory() as s, s.begin():
        assert authenticate(s, "lan", PW) is None
        actions = list(s.scalars(select(AuditLog.action).order_by(AuditLog.id)))
        assert actions == ["user.created", "user.deactivated"]


def test_set_password_changes_login(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        uid = create_user(s, "lan", PW, role="moderator", actor="cli").id
        set_password(s, uid, "mật-khẩu-mới-123", actor="cli")
    with factory() as s, s.begin():
        assert authenticate(s, "lan", PW) is None
        assert authenticate(s, "lan", "mật-khẩu-mới-123") is not None


def test_create_user_refuses_taken_username(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        create_user(s, "lan", PW, role="moderator", actor="cli")
    with pytest.raises(Conflict), factory() as s, s.begin():
        create_user(s, "lan", PW, role="admin", actor="cli")


@pytest.mark.parametrize(
    ("username", "password", "role"),
    [
        ("lan", "ngắn", "moderator"),
        ("lan", PW, "owner"),
        ("l an", PW, "moderator"),
        ("", PW, "moderator"),
    ],
    ids=["short-password", "unknown-role", "space-in-name", "empty-name"],
)
def test_create_user_refuses_bad_input(
    factory: sessionmaker[Session], username: str, password: str, role: str
) -> None:
    with pytest.raises(InvalidInput), factory() as s, s.begin():
        create_user(s, username, password, role=role, actor="cli")
