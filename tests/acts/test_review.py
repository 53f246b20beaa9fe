"""Human review in the store: the queue query, claims, review acts, appeals (the different
moderator rule), and that each act writes decision + review + audit + outbox together.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.web.factories import make_item, make_platform, make_user
from vimod import acts
from vimod.errors import Conflict, InvalidInput
from vimod.store import queue, tasks, views
from vimod.store.models import (
    Appeal,
    AuditLog,
    AuthorityRequest,
    Decision,
    Item,
    Review,
    ReviewTask,
    WebhookEvent,
)

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.fixture
def world(factory: sessionmaker[Session]) -> dict[str, int]:
    with factory() as s, s.begin():
        p = make_platform(s)
        return {"platform": p.id, "lan": make_user(s, "lan").id, "minh": make_user(s, "minh").id}


def _user(s: Session, uid: int):  # type: ignore[no-untyped-def]
    from vimod.store.models import User

    return s.get(User, uid)


def _seed_item(factory: sessionmaker[Session], world: dict[str, int], **kw) -> int:  # type: ignore[no-untyped-def]
    from vimod.store.models import Platform

    with factory() as s, s.begin():
        p = s.get(Platform, world["platform"])
        assert p is not None
        kw.setdefault("now", NOW)
        item, _, _ = make_item(s, p, **kw)
        return item.id


def test_queue_sorts_by_severity_and_by_age(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    low = _seed_item(factory, world, severity=0.2, age=timedelta(hours=5))
    high = _seed_item(factory, world, severity=0.9, age=timedelta(hours=1))
    mid = _seed_item(factory, world, severity=0.5, age=timedelta(hours=3))
    with factory() as s:
        by_sev = queue.queue_page(s, queue.QueueQuery(sort="severity"), now=NOW)
        by_age = queue.queue_page(s, queue.QueueQuery(sort="oldest"), now=NOW)
    assert [r.item_id for r in by_sev.rows] == [high, mid, low]
    assert [r.item_id for r in by_age.rows] == [low, mid, high]
    assert by_sev.total == 3


def test_queue_filters_source_label_surface_age(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    a = _seed_item(factory, world, source="user_report", label="OFFENSIVE", surface="username")
    b = _seed_item(factory, world, source="automated", label="HATE", age=timedelta(days=9))
    _seed_item(factory, world, source="appeal")  # appeals have their own queue
    _seed_item(factory, world, source=None)  # no task at all
    with factory() as s:
        def ids(**kw):  # type: ignore[no-untyped-def]
            return [r.item_id for r in queue.queue_page(s, queue.QueueQuery(**kw), now=NOW).rows]

        assert sorted(ids()) == sorted([a, b])
        assert ids(source="user_report") == [a]
        assert ids(label="HATE") == [b]
        assert ids(surface="username") == [a]
        assert ids(age="older7d") == [b]
        assert ids(age="24h") == [a]
        assert len(queue.queue_page(s, queue.QueueQuery(appeals=True), now=NOW).rows) == 1


def test_queue_paginates_with_total(factory: sessionmaker[Session], world: dict[str, int]) -> None:
    for i in range(7):
        _seed_item(factory, world, severity=i / 10)
    with factory() as s:
        first = queue.queue_page(s, queue.QueueQuery(per_page=3, page=1), now=NOW)
        last = queue.queue_page(s, queue.QueueQuery(per_page=3, page=3), now=NOW)
    assert first.total == 7 and first.pages == 3 and first.has_next
    assert len(last.rows) == 1 and not last.has_next


@pytest.mark.parametrize(
    "bad", [{"source": "nope"}, {"age": "1y"}, {"sort": "random"}, {"page": 0}],
    ids=["source", "age", "sort", "page"],
)
def test_queue_refuses_unknown_filter_values(factory: sessionmaker[Session], bad: dict) -> None:
    with factory() as s, pytest.raises(InvalidInput):
        queue.queue_page(s, queue.QueueQuery(**bad))


def test_claim_blocks_a_second_moderator_until_stale(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    item = _seed_item(factory, world)
    with factory() as s, s.begin():
        assert acts.claim_item(s, item, _user(s, world["lan"]), now=NOW) == 1
    with pytest.raises(Conflict, match="claimed by lan"), factory() as s, s.begin():
        acts.claim_item(s, item, _user(s, world["minh"]), now=NOW + timedelta(minutes=5))
    with pytest.raises(Conflict), factory() as s, s.begin():
        acts.review_item(s, item, _user(s, world["minh"]), verdict="uphold", reason="x",
                       now=NOW + timedelta(minutes=5))
    later = NOW + tasks.CLAIM_TTL + timedelta(minutes=1)
    with factory() as s, s.begin():
        assert acts.claim_item(s, item, _user(s, world["minh"]), now=later) == 1
    with factory() as s:
        task = s.scalars(select(ReviewTask).where(ReviewTask.item_id == item)).one()
        assert task.claimed_by == world["minh"] and task.status == "claimed"


def test_release_returns_the_item_to_the_queue(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    item = _seed_item(factory, world)
    with factory() as s, s.begin():
        acts.claim_item(s, item, _user(s, world["lan"]), now=NOW)
        assert acts.release_item(s, item, _user(s, world["lan"])) == 1
    with factory() as s, s.begin():
        assert acts.claim_item(s, item, _user(s, world["minh"]), now=NOW) == 1


def test_uphold_appends_decision_review_audit_and_outbox(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    item_id = _seed_item(factory, world, action="review")
    with factory() as s:
        old = s.get(Item, item_id).current_decision_id  # type: ignore[union-attr]
    with factory() as s, s.begin():
        acts.claim_item(s, item_id, _user(s, world["lan"]), now=NOW)
        acts.review_item(s, item_id, _user(s, world["lan"]), verdict="uphold",
                       reason="Lời lẽ thù ghét rõ ràng", now=NOW)
    with factory() as s:
        item = s.get(Item, item_id)
        assert item is not None
        new = s.get(Decision, item.current_decision_id)
        assert new is not None and new.id != old
        assert new.action == "remove"  # upholding a hold means the content comes down
        assert (new.automated, new.origin, new.reviewer_id, new.supersedes_id) == (
            False, "review", world["lan"], old)
        assert s.get(Decision, old).action == "review"  # type: ignore[union-attr]  # untouched
        review = s.scalars(select(Review)).one()
        assert (review.verdict, review.action, review.decision_id) == ("uphold", "remove", new.id)
        task = s.scalars(select(ReviewTask)).one()
        assert task.status == "done" and task.resolved_at is not None
        audit = s.scalars(select(AuditLog).where(AuditLog.action == "review.uphold")).one()
        assert audit.actor == "user:lan" and audit.after["reason"] == "Lời lẽ thù ghét rõ ràng"
        event = s.scalars(select(WebhookEvent)).one()
        assert event.event_type == "decision.changed"
        assert event.payload["decision_id"] == new.public_id
        assert event.payload["previous_action"] == "review"
        assert "Lời lẽ thù ghét rõ ràng" in event.payload["reason"]["vi"]


def test_overturn_needs_a_different_action_and_a_reason(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    item_id = _seed_item(factory, world, action="remove", source="user_report")
    for kwargs in ({"action": None}, {"action": "remove"}, {"action": "review"},
                   {"action": "allow", "reason": "  "}):
        with pytest.raises(InvalidInput), factory() as s, s.begin():
            acts.review_item(s, item_id, _user(s, world["lan"]), verdict="overturn",
                           reason=kwargs.pop("reason", "lý do"), **kwargs)
    with factory() as s, s.begin():
        acts.review_item(s, item_id, _user(s, world["lan"]), verdict="overturn", action="allow",
                       reason="Châm biếm, không thù ghét")
    with factory() as s:
        item = s.get(Item, item_id)
        assert s.get(Decision, item.current_decision_id).action == "allow"  # type: ignore[union-attr]


def test_failed_act_writes_nothing(factory: sessionmaker[Session], world: dict[str, int]) -> None:
    item_id = _seed_item(factory, world)
    with pytest.raises(InvalidInput), factory() as s, s.begin():
        acts.review_item(s, item_id, _user(s, world["lan"]), verdict="overturn", reason="x")
    with factory() as s:
        for model in (Review, WebhookEvent):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        assert s.scalar(select(func.count()).select_from(Decision)) == 1


def test_escalate_releases_and_raises_severity_without_deciding(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    item_id = _seed_item(factory, world, severity=0.4)
    with factory() as s, s.begin():
        acts.claim_item(s, item_id, _user(s, world["lan"]), now=NOW)
        acts.review_item(s, item_id, _user(s, world["lan"]), verdict="escalate",
                       reason="Cần người có kinh nghiệm", now=NOW)
    with factory() as s:
        task = s.scalars(select(ReviewTask)).one()
        assert (task.status, task.claimed_by) == ("open", None)
        assert task.severity == pytest.approx(1.4)
        assert s.scalar(select(func.count()).select_from(Decision)) == 1
        assert s.scalar(select(func.count()).select_from(WebhookEvent)) == 0
        page = queue.queue_page(s, queue.QueueQuery(), now=NOW)
        assert page.rows[0].escalated


def test_review_records_authority_request_outcome(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    item_id = _seed_item(factory, world, action="allow", source=None)
    with factory() as s, s.begin():
        req = AuthorityRequest(platform_id=world["platform"], item_id=item_id,
                               authority="Sở TT&TT", legal_basis="Nghị định 72/2013")
        s.add(req)
        s.flush()
        s.add(ReviewTask(platform_id=world["platform"], item_id=item_id,
                         source="authority_request", severity=1.0, authority_request_id=req.id))
    with factory() as s, s.begin():
        acts.review_item(s, item_id, _user(s, world["lan"]), verdict="uphold",
                       reason="Không vi phạm: phát biểu chính trị hợp pháp")
    with factory() as s:
        req = s.scalars(select(AuthorityRequest)).one()
        assert req.outcome == "declined" and req.decided_at is not None


def _appeal_after_review(factory: sessionmaker[Session], world: dict[str, int]) -> int:
    """lan reviews an item (remove); the author appeals lan's decision."""
    from vimod.acts import create_appeal

    item_id = _seed_item(factory, world, action="review")
    with factory() as s, s.begin():
        acts.review_item(s, item_id, _user(s, world["lan"]), verdict="uphold", reason="thù ghét")
    with factory() as s, s.begin():
        item = s.get(Item, item_id)
        dec = s.get(Decision, item.current_decision_id)  # type: ignore[union-attr]
        appeal, _ = create_appeal(s, world["platform"], dec.public_id,  # type: ignore[union-attr]
                                  statement="Tôi chỉ trích dẫn để phản bác", actor="api:1")
        return appeal.id


def test_appeal_refused_to_the_moderator_who_decided(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    appeal_id = _appeal_after_review(factory, world)
    with pytest.raises(Conflict, match="other than"), factory() as s, s.begin():
        acts.decide_appeal(s, appeal_id, _user(s, world["lan"]), outcome="reverse", reason="x")
    with pytest.raises(Conflict, match="other than"), factory() as s, s.begin():
        acts.claim_appeal(s, appeal_id, _user(s, world["lan"]))
    with factory() as s:
        assert s.get(Appeal, appeal_id).status == "pending"  # type: ignore[union-attr]


def test_appeal_decided_by_second_moderator_sends_outcome(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    appeal_id = _appeal_after_review(factory, world)
    with factory() as s, s.begin():
        acts.claim_appeal(s, appeal_id, _user(s, world["minh"]))
        acts.decide_appeal(s, appeal_id, _user(s, world["minh"]), outcome="reverse",
                         action="allow", reason="Trích dẫn để phản bác, không cổ xúy")
    with factory() as s:
        appeal = s.get(Appeal, appeal_id)
        assert appeal is not None
        assert (appeal.status, appeal.decided_by) == ("reversed", world["minh"])
        outcome = s.get(Decision, appeal.outcome_decision_id)
        assert outcome is not None
        assert (outcome.action, outcome.origin, outcome.automated) == ("allow", "appeal", False)
        assert s.get(Item, appeal.item_id).current_decision_id == outcome.id  # type: ignore[union-attr]
        event = s.scalars(
            select(WebhookEvent).where(WebhookEvent.event_type == "appeal.decided")
        ).one()
        assert event.payload["outcome"] == "reversed"
        assert event.payload["appeal_reason"] == "Trích dẫn để phản bác, không cổ xúy"
        assert event.payload["appeal_id"] == appeal.public_id
        assert s.scalars(select(AuditLog).where(AuditLog.action == "appeal.reversed")).one()
        task = s.scalars(select(ReviewTask).where(ReviewTask.source == "appeal")).one()
        assert task.status == "done"
    with pytest.raises(Conflict, match="already"), factory() as s, s.begin():
        acts.decide_appeal(s, appeal_id, _user(s, world["minh"]), outcome="uphold", reason="x")


def test_appeal_upheld_keeps_the_action(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    appeal_id = _appeal_after_review(factory, world)
    with factory() as s, s.begin():
        acts.decide_appeal(s, appeal_id, _user(s, world["minh"]), outcome="uphold",
                         reason="Vẫn là lời lẽ thù ghét")
    with factory() as s:
        appeal = s.get(Appeal, appeal_id)
        assert appeal is not None and appeal.status == "upheld"
        assert s.get(Decision, appeal.outcome_decision_id).action == "remove"  # type: ignore[union-attr]


def test_item_view_shows_author_pending_items_as_text_only(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    first = _seed_item(factory, world, text="bọn mọi thứ nhất", author_id="a-1")
    _seed_item(factory, world, text="bọn mọi thứ hai", author_id="a-1")
    _seed_item(factory, world, text="của người khác", author_id="a-2")
    _seed_item(factory, world, text="đã xong", author_id="a-1", source=None)
    with factory() as s:
        view = views.item_view(s, first)
    assert view.author_pending == [("HATE", "bọn mọi thứ hai")]


def test_search_audit_matches_actor_and_action(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    item_id = _seed_item(factory, world)
    with factory() as s, s.begin():
        acts.review_item(s, item_id, _user(s, world["minh"]), verdict="escalate", reason="khó")
    with factory() as s:
        assert views.search_audit(s, q="review.escalate").total == 1
        assert views.search_audit(s, q="user:minh").total == 1
        assert views.search_audit(s, q="100%_").total == 0
        assert views.search_audit(s).total >= 3  # users created + escalate
