"""vimod backfill (vimod.jobs.backfill, vimod.acts.backfill, vimod.store.backfill), on
SQLite and PostgreSQL: items stored by the live path (acts.moderate) under the shipped
policy are re-decided under a stricter one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from tests.api.fakes import FakeDetector
from vimod import acts
from vimod.cli import app as cli
from vimod.jobs import BackfillReport, backfill
from vimod.jobs.backfill import plan_chunks
from vimod.policy import Policy
from vimod.store.backfill import Filters
from vimod.store.db import read_transaction, transaction
from vimod.store.models import AuditLog, Decision, Item, ReviewTask, WebhookEvent
from vimod.store.moderation import NewItem
from vimod.store.platforms import create_platform
from vimod.store.users import create_user
from vimod.store.writer import GroupWriter

TEXTS = ["bài viết hay", "đồ ngu", "giết hết bọn chúng", "cảm ơn bạn", "mua ngay giá rẻ",
         "đồ ngu thật", "bình thường", "bọn mọi"]


def stricter_policy() -> Policy:
    base = Policy.load().to_dict()
    rules = [
        {"name": "hate-label-review", "action": "review", "category": "identity_attack",
         "reason_vi": "Giữ lại để xem xét.", "reason_en": "Held for review.",
         "when": {"label": ["HATE"]}},
        {"name": "offensive-label-remove", "action": "remove", "category": "insult",
         "reason_vi": "Gỡ vì xúc phạm.", "reason_en": "Removed as an insult.",
         "when": {"label": ["OFFENSIVE"]}},
    ]
    return Policy.from_dict({**base, "version": "backfill-test-1",
                             "rules": rules + list(base["rules"])})


def url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def store_items(factory: sessionmaker[Session], n_rounds: int = 3) -> int:
    """Store len(TEXTS) * n_rounds items through the live path; returns the platform id."""
    with transaction(factory) as s:
        platform, _ = create_platform(s, "forum-bf")
        pid = platform.id
    writer = GroupWriter(factory)
    items = [NewItem(f"i{r}-{k}", f"{t} {r}") for r in range(n_rounds)
             for k, t in enumerate(TEXTS)]
    acts.moderate(factory, writer, pid, items, policy=Policy.load(), detector=FakeDetector(),
                  actor="api:test")
    writer.close()
    return pid


def current(factory: sessionmaker[Session]) -> dict[str, tuple[str, str, bool]]:
    with read_transaction(factory) as s:
        rows = s.execute(select(Item.external_id, Decision.action, Decision.rule,
                                Decision.automated)
                         .join(Decision, Decision.id == Item.current_decision_id)).all()
    return {ext: (action, rule, automated) for ext, action, rule, automated in rows}


def count(factory: sessionmaker[Session], model: Any) -> int:
    with read_transaction(factory) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "stricter.toml"
    path.write_text(stricter_policy().text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _fake_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIMOD_DETECTOR_FACTORY", "tests.api.fakes:FakeDetector")


def test_a_dry_run_reports_per_rule_and_category_and_writes_nothing(
        engine: Engine, factory: sessionmaker[Session], policy_file: Path) -> None:
    store_items(factory)
    before = current(factory)
    decisions = count(factory, Decision)
    report = backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=5)
    assert report.total == 24 and report.human_decided == 0 and report.applied == 0
    hate = {k for k, v in before.items() if k.split("-")[1] in ("2", "7")}  # giết hết, bọn mọi
    offensive = {k for k in before if k.split("-")[1] in ("1", "5")}
    expected_changed = sum(1 for k in hate if before[k][0] != "review") + \
        sum(1 for k in offensive if before[k][0] != "remove")
    assert report.changed == expected_changed > 0
    assert sum(n for (rule, _, _), n in report.by_rule.items()
               if rule == "offensive-label-remove") == \
        sum(1 for k in offensive if before[k][0] != "remove")
    assert {cat for cat, _, _ in report.by_category} <= {"identity_attack", "insult"}
    assert report.chunks == len(plan_chunks(factory, Filters(), 5))
    assert current(factory) == before and count(factory, Decision) == decisions
    assert "by rule" in report.format_text()
    assert BackfillReport.from_dict(report.to_dict()).to_dict() == report.to_dict()


def test_apply_appends_decisions_tasks_and_webhooks_and_leaves_people_alone(
        engine: Engine, factory: sessionmaker[Session], policy_file: Path) -> None:
    store_items(factory)
    with transaction(factory) as s:   # a moderator decided one offensive item already
        mod = create_user(s, "lan", "a-long-password-1", role="moderator", actor="cli")
        item_id = s.scalar(select(Item.id).where(Item.external_id == "i0-1"))
        assert item_id is not None
    with transaction(factory) as s:
        pid = s.scalar(select(Item.platform_id).where(Item.id == item_id))
        assert pid is not None
        acts.create_report(s, pid, "i0-1", reason="insult", note=None, actor="api:test")
    with transaction(factory) as s:
        user = s.get(type(mod), mod.id)
        assert user is not None
        acts.review_item(s, item_id, user, verdict="overturn", action="remove", reason="ok")
    before = current(factory)
    old_decisions = count(factory, Decision)
    old_tasks = count(factory, ReviewTask)
    dry = backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=5)
    report = backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=5,
                      apply=True)
    assert report.applied == report.changed == dry.changed > 0
    assert report.human_decided == dry.human_decided == 1
    after = current(factory)
    assert after["i0-1"] == before["i0-1"]                 # the person's decision stands
    changed = {k for k in before if after[k][0] != before[k][0]}
    assert len(changed) == report.changed
    assert all(after[k][2] for k in changed)               # new decisions are automated
    assert count(factory, Decision) == old_decisions + report.changed  # appended, not edited
    with read_transaction(factory) as s:
        superseded = s.execute(select(Decision.supersedes_id)
                               .where(Decision.policy_version == "backfill-test-1")).scalars()
        assert None not in set(superseded)
        events = s.scalars(select(WebhookEvent)).all()
        assert sorted(e.payload["item_id"] for e in events
                      if e.payload.get("policy_version") == "backfill-test-1") == sorted(changed)
        assert all(e.event_type == "decision.changed" for e in events)
        audits = [a for a in s.scalars(select(AuditLog)
                                       .where(AuditLog.action == "decision.created"))
                  if (a.after or {}).get("backfill")]
        assert sorted(a.after["item_id"] for a in audits) == sorted(changed)
        assert all(a.before and a.before["decision_id"] for a in audits)
    new_reviews = sum(1 for k in changed if after[k][0] == "review"
                      and before[k][0] != "review")
    assert count(factory, ReviewTask) == old_tasks + new_reviews
    # Nothing is left to change: a second run (new name) finds the record up to date.
    again = backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=5,
                     apply=True, run="second")
    assert again.changed == 0 and again.applied == 0


class CrashingDetector(FakeDetector):
    """Dies on its third predict() call, as a killed job would."""

    def predict(self, texts: list[str]) -> Any:
        if self.calls >= 2:
            raise RuntimeError("killed")
        return super().predict(texts)


def test_a_crashed_apply_resumes_by_checkpoint_with_no_duplicates(
        engine: Engine, factory: sessionmaker[Session], policy_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    store_items(factory)
    monkeypatch.setenv("VIMOD_DETECTOR_FACTORY", "tests.jobs.test_backfill:CrashingDetector")
    with pytest.raises(RuntimeError, match="killed"):
        backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=5,
                 apply=True, run="r1")
    partial = count(factory, Decision)
    monkeypatch.setenv("VIMOD_DETECTOR_FACTORY", "tests.api.fakes:FakeDetector")
    report = backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=5,
                      apply=True, run="r1")
    # The resumed run's report covers the whole run (checkpointed chunks included) ...
    assert report.chunks == len(plan_chunks(factory, Filters(), 5))
    assert report.applied == report.changed
    # ... and every changed item has exactly one new decision.
    with read_transaction(factory) as s:
        per_item = s.execute(select(Decision.item_id, func.count())
                             .where(Decision.policy_version == "backfill-test-1")
                             .group_by(Decision.item_id)).all()
    assert len(per_item) == report.changed and all(n == 1 for _, n in per_item)
    assert partial < count(factory, Decision)


def test_all_cores_give_the_same_result_as_one_process(
        engine: Engine, factory: sessionmaker[Session], policy_file: Path) -> None:
    pid = store_items(factory, n_rounds=4)
    one = backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=4)
    many = backfill(url_of(engine), policy_path=str(policy_file), workers=2, chunk_size=4)
    assert many.to_dict() == one.to_dict()
    only = backfill(url_of(engine), policy_path=str(policy_file), workers=1, chunk_size=4,
                    filters=Filters(platform_id=pid, from_id=1, to_id=8))
    assert only.total == 8


def test_the_cli_prints_the_report(engine: Engine, factory: sessionmaker[Session],
                                   policy_file: Path) -> None:
    store_items(factory)
    result = CliRunner().invoke(cli, ["backfill", "--db", url_of(engine), "--policy",
                                      str(policy_file), "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert '"changed"' in result.stdout
