"""Items, decisions, reports, authority requests, appeals, keys and policy versions."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from vimod import acts
from vimod.errors import Conflict, NotFound
from vimod.policy import Policy, dry_run
from vimod.store import moderation, platforms, policies
from vimod.store.models import (
    ApiKey,
    AuditLog,
    Decision,
    Item,
    PolicyVersion,
    ReviewTask,
)
from vimod.store.moderation import Automated, NewItem


def det(label: str = "CLEAN", hate: float = 0.01, off: float = 0.02, spam: float = 0.0) -> dict:
    return {"label": label, "scores": {"CLEAN": 1 - hate - off, "OFFENSIVE": off, "HATE": hate},
            "spam": spam, "spans": [], "model": "m-1"}


@pytest.fixture
def two_platforms(factory: sessionmaker[Session]) -> tuple[int, int]:
    with factory() as s, s.begin():
        a, _ = platforms.create_platform(s, "A")
        b, _ = platforms.create_platform(s, "B")
        return a.id, b.id


def _store(factory: sessionmaker[Session], pid: int, entries: list[tuple[str, dict]]) -> None:
    policy = Policy.load()
    with factory() as s, s.begin():
        moderation.record_automated(s, pid, [
            Automated(NewItem(external_id=i, text=f"text {i}"), d, policy.decide({}, d))
            for i, d in entries], actor=f"api:{pid}")


def test_record_automated_writes_item_decision_audit_and_task(
    factory: sessionmaker[Session], two_platforms: tuple[int, int]
) -> None:
    a, _ = two_platforms
    _store(factory, a, [("1", det("HATE", hate=0.6, off=0.3)), ("2", det())])
    with factory() as s:
        items = s.scalars(select(Item).order_by(Item.id)).all()
        assert [i.external_id for i in items] == ["1", "2"]
        decs = {d.item_id: d for d in s.scalars(select(Decision)).all()}
        assert all(i.current_decision_id == decs[i.id].id for i in items)
        assert decs[items[0].id].action == "review"
        assert decs[items[0].id].public_id.startswith("dec_")
        tasks = s.scalars(select(ReviewTask)).all()
        assert [(t.item_id, t.source) for t in tasks] == [(items[0].id, "automated")]
        assert 0 < tasks[0].severity <= 1
        n = s.scalar(select(func.count()).select_from(AuditLog)
                     .where(AuditLog.action == "decision.created"))
        assert n == 2


def test_same_item_id_twice_is_refused_by_the_database(
    factory: sessionmaker[Session], two_platforms: tuple[int, int]
) -> None:
    from sqlalchemy.exc import IntegrityError

    a, b = two_platforms
    _store(factory, a, [("1", det())])
    with pytest.raises(IntegrityError):
        _store(factory, a, [("1", det())])
    _store(factory, b, [("1", det())])  # another platform may use the same id


def test_queries_are_scoped_by_platform(
    factory: sessionmaker[Session], two_platforms: tuple[int, int]
) -> None:
    a, b = two_platforms
    _store(factory, a, [("1", det())])
    with factory() as s:
        assert moderation.get_item(s, a, "1").external_id == "1"
        with pytest.raises(NotFound):
            moderation.get_item(s, b, "1")
        dec = s.scalar(select(Decision))
        with pytest.raises(NotFound):
            moderation.get_decision(s, b, dec.public_id)
        with pytest.raises(NotFound):
            acts.create_report(s, b, "1", reason="spam", note=None, actor="t")
        with pytest.raises(NotFound):
            acts.create_appeal(s, b, dec.public_id, statement="x", actor="t")


def test_reports_on_one_item_share_one_open_task(
    factory: sessionmaker[Session], two_platforms: tuple[int, int]
) -> None:
    a, _ = two_platforms
    _store(factory, a, [("1", det())])
    with factory() as s, s.begin():
        for _ in range(3):
            acts.create_report(s, a, "1", reason="spam", note=None, actor="t")
    with factory() as s:
        tasks = s.scalars(select(ReviewTask).where(ReviewTask.source == "user_report")).all()
        assert len(tasks) == 1
        h = moderation.item_history(s, a, "1")
        assert len(h.reports) == 3


def test_authority_request_opens_a_task_and_never_a_decision(
    factory: sessionmaker[Session], two_platforms: tuple[int, int]
) -> None:
    from datetime import UTC, datetime

    a, _ = two_platforms
    _store(factory, a, [("1", det())])
    with factory() as s, s.begin():
        req, task = acts.create_authority_request(
            s, a, "1", authority="Sở TT&TT", legal_basis="Nghị định 147/2024",
            deadline=datetime(2026, 12, 1, tzinfo=UTC), note=None, actor="t")
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 1
        assert task.source == "authority_request" and task.authority_request_id == req.id
        assert req.outcome == "pending"


def test_one_pending_appeal_per_decision_and_only_on_the_current_one(
    factory: sessionmaker[Session], two_platforms: tuple[int, int]
) -> None:
    a, _ = two_platforms
    _store(factory, a, [("1", det("HATE", hate=0.95))])
    with factory() as s:
        dec = s.scalar(select(Decision))
    with factory() as s, s.begin():
        appeal, task = acts.create_appeal(s, a, dec.public_id, statement="Tôi không sai",
                                                actor="t")
        assert appeal.public_id.startswith("apl_") and task.source == "appeal"
    with factory() as s, s.begin(), pytest.raises(Conflict, match="pending"):
        acts.create_appeal(s, a, dec.public_id, statement="lại", actor="t")


def test_api_keys_are_stored_hashed_and_authenticate(
    factory: sessionmaker[Session]
) -> None:
    with factory() as s, s.begin():
        p, key = platforms.create_platform(s, "C")
    with factory() as s:
        stored = s.scalars(select(ApiKey)).all()
        assert all(key not in (k.key_hash, k.prefix) for k in stored)
        who = platforms.authenticate(s, key)
        assert who is not None and who.platform_id == p.id
        assert platforms.authenticate(s, key[:-1] + ("A" if key[-1] != "A" else "B")) is None
        assert platforms.authenticate(s, "nonsense") is None
    with factory() as s, s.begin():
        platforms.revoke_api_key(s, stored[0].id)
    with factory() as s:
        assert platforms.authenticate(s, key) is None


def test_platform_names_are_unique(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        platforms.create_platform(s, "D")
    with factory() as s, s.begin(), pytest.raises(Conflict):
        platforms.create_platform(s, "D")


def test_policy_versions_are_recorded_with_audit(factory: sessionmaker[Session]) -> None:
    p1 = Policy.load()
    p2 = Policy.from_toml(p1.text.replace(p1.version, "v-next"))
    with factory() as s, s.begin():
        policies.record_policy(s, p1, actor="system")
        policies.record_policy(s, p1, actor="system")  # no-op
        policies.record_policy(s, p2, actor="user:admin")
    with factory() as s:
        assert [v.version for v in s.scalars(select(PolicyVersion).order_by(PolicyVersion.id))] \
            == [p1.version, "v-next"]
        rows = s.scalars(select(AuditLog).where(AuditLog.action == "policy.activated")
                         .order_by(AuditLog.id)).all()
        assert [(r.before, r.after["version"]) for r in rows] == [
            (None, p1.version), ({"version": p1.version}, "v-next")]
    changed = Policy.from_toml(p2.text.replace("0.85", "0.8"))
    with factory() as s, s.begin(), pytest.raises(Conflict, match="new version"):
        policies.record_policy(s, changed, actor="user:admin")


def test_dry_run_over_the_database(
    factory: sessionmaker[Session], two_platforms: tuple[int, int]
) -> None:
    a, b = two_platforms
    _store(factory, a, [("1", det("HATE", hate=0.6, off=0.3)), ("2", det())])
    _store(factory, b, [("1", det("HATE", hate=0.6, off=0.3))])
    stricter = Policy.from_toml(
        Policy.load().text.replace("HATE = 0.85", "HATE = 0.55").replace(
            'version = "', 'version = "x', 1))
    with factory() as s:
        report = dry_run(s, stricter)
        assert report.total == 3
        assert report.by_rule == {("legacy-hate-high", "review", "remove"): 2}
        only_a = dry_run(s, stricter, platform_id=a)
        assert only_a.total == 2 and only_a.changed == 1
