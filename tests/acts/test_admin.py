"""Acts of console admins and the command line: logins, accounts, keys, policy, publishing."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vimod import acts
from vimod.errors import Conflict, InvalidInput, NotFound
from vimod.policy import Policy
from vimod.store import platforms
from vimod.store.models import AuditLog, Platform
from vimod.store.platforms import authenticate
from vimod.store.users import create_user

PASSWORD = "mật-khẩu-đủ-dài"


@pytest.fixture
def admin_id(factory: sessionmaker[Session]) -> int:
    with factory() as s, s.begin():
        return create_user(s, "quan.tri", PASSWORD, role="admin", actor="cli").id


def _audit_actions(s: Session) -> list[tuple[str, str]]:
    return [(a.actor, a.action) for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]


def test_log_in_is_audited_and_a_wrong_password_is_not(
    factory: sessionmaker[Session], admin_id: int
) -> None:
    with factory() as s, s.begin():
        assert acts.log_in(s, "quan.tri", "sai-mật-khẩu-rồi") is None
        user = acts.log_in(s, "quan.tri", PASSWORD)
        assert user is not None and user.id == admin_id
        assert _audit_actions(s)[-1] == ("user:quan.tri", "user.login")
        assert [a for _, a in _audit_actions(s)].count("user.login") == 1


def test_an_admin_cannot_deactivate_themselves_but_others(
    factory: sessionmaker[Session], admin_id: int
) -> None:
    with factory() as s, s.begin():
        admin = acts.log_in(s, "quan.tri", PASSWORD)
        assert admin is not None
        lan = acts.create_account(s, admin, "lan", PASSWORD, role="moderator")
        with pytest.raises(InvalidInput, match="yourself"):
            acts.set_account_active(s, admin, admin.id, False)
        assert acts.set_account_active(s, admin, lan.id, False).active is False
        assert ("user:quan.tri", "user.deactivated") in _audit_actions(s)


def test_api_keys_made_in_the_console_authenticate(
    factory: sessionmaker[Session], admin_id: int
) -> None:
    with factory() as s, s.begin():
        admin = acts.log_in(s, "quan.tri", PASSWORD)
        assert admin is not None
        p, _ = platforms.create_platform(s, "chợ")
        key = acts.create_api_key(s, admin, p.id, "  ")
        principal = authenticate(s, key)
        assert principal is not None and principal.platform_id == p.id
        with pytest.raises(NotFound):
            acts.create_api_key(s, admin, 999_999, "x")


def test_a_policy_is_activated_only_under_a_new_version(factory: sessionmaker[Session]) -> None:
    policy = Policy.load()
    with factory() as s, s.begin():
        with pytest.raises(Conflict, match="already active"):
            acts.activate_policy(s, policy, active_version=policy.version, actor="cli")
        row = acts.activate_policy(s, policy, active_version="older", actor="cli")
        assert row.version == policy.version


def test_publishing_a_report_is_switched_and_audited(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        platforms.create_platform(s, "chợ")
        acts.publish_report(s, "chợ", True, actor="cli")
        acts.publish_report(s, "chợ", False, actor="cli")
        assert s.scalar(select(Platform.public_reports).where(Platform.name == "chợ")) is False
        assert [a for _, a in _audit_actions(s)].count("platform.public_reports") == 2
        with pytest.raises(NotFound):
            acts.publish_report(s, "không-có", True, actor="cli")
