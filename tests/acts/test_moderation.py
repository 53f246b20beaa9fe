"""The automated decision and the acts that come from a platform (reports, authority
requests, appeals), against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from vimod import acts
from vimod.errors import Conflict
from vimod.policy import Policy
from vimod.store import platforms
from vimod.store.models import AuditLog, Decision, Item, ReviewTask
from vimod.store.moderation import NewItem
from vimod.store.writer import GroupWriter


class CountingDetector:
    """Says HATE for texts with "mọi", CLEAN otherwise; counts the texts it scored."""

    def __init__(self) -> None:
        self.scored: list[str] = []

    def predict(self, texts: list[str]) -> list[dict[str, Any]]:
        self.scored += texts
        out = []
        for t in texts:
            hate = 0.95 if "mọi" in t else 0.01
            out.append({"label": "HATE" if hate > 0.5 else "CLEAN",
                        "scores": {"CLEAN": 1 - hate - 0.01, "OFFENSIVE": 0.01, "HATE": hate},
                        "spam": 0.0, "spans": [], "model": "counting-1"})
        return out


@pytest.fixture
def platform_id(factory: sessionmaker[Session]) -> int:
    with factory() as s, s.begin():
        p, _ = platforms.create_platform(s, "diễn-đàn")
        return p.id


def _moderate(factory: sessionmaker[Session], pid: int, items: list[NewItem],
              detector: CountingDetector) -> list[acts.Outcome]:
    return acts.moderate(factory, GroupWriter(factory), pid, items, policy=Policy.load(),
                         detector=detector, actor=f"api:{pid}")


def test_new_items_are_scored_once_and_known_ids_replay(
    factory: sessionmaker[Session], platform_id: int
) -> None:
    detector = CountingDetector()
    first = _moderate(factory, platform_id, [NewItem("a", "cảm ơn bạn"), NewItem("b", "bọn mọi")],
                      detector)
    assert [type(o) for o in first] == [acts.Decided, acts.Decided]
    assert detector.scored == ["cảm ơn bạn", "bọn mọi"]
    again = _moderate(factory, platform_id, [NewItem("b", "bọn mọi")], detector)
    assert isinstance(again[0], acts.Replayed)
    assert isinstance(first[1], acts.Decided)
    assert again[0].decision.public_id == first[1].stored.decision_public_id
    assert detector.scored == ["cảm ơn bạn", "bọn mọi"]  # nothing scored again
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 2
        assert s.scalar(select(func.count()).select_from(Decision)) == 2


def test_a_known_id_with_another_text_is_a_conflict(
    factory: sessionmaker[Session], platform_id: int
) -> None:
    detector = CountingDetector()
    _moderate(factory, platform_id, [NewItem("a", "bản đầu")], detector)
    with pytest.raises(Conflict, match="different text"):
        _moderate(factory, platform_id, [NewItem("a", "bản sửa")], detector)


def test_reports_on_a_waiting_item_join_its_task(
    factory: sessionmaker[Session], platform_id: int
) -> None:
    _moderate(factory, platform_id, [NewItem("a", "cảm ơn bạn")], CountingDetector())
    with factory() as s, s.begin():
        _, t1 = acts.create_report(s, platform_id, "a", reason="spam", note=None, actor="t")
        _, t2 = acts.create_report(s, platform_id, "a", reason="hate", note="x", actor="t")
        assert t1.id == t2.id
        assert s.scalar(select(func.count()).select_from(ReviewTask)
                        .where(ReviewTask.source == "user_report")) == 1
        assert s.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.action == "report.created")) == 2


def test_authority_requests_go_to_the_top_and_never_act(
    factory: sessionmaker[Session], platform_id: int
) -> None:
    _moderate(factory, platform_id, [NewItem("a", "Đảng nên lắng nghe")], CountingDetector())
    with factory() as s, s.begin():
        req, task = acts.create_authority_request(
            s, platform_id, "a", authority="Sở X", legal_basis="Điều 1", deadline=None,
            note=None, actor="t")
        assert task.severity == acts.moderation.AUTHORITY_SEVERITY and req.outcome == "pending"
        item = s.scalar(select(Item).where(Item.external_id == "a"))
        assert item is not None
        current = s.get(Decision, item.current_decision_id)
        assert current is not None and current.action == "allow"  # unchanged


def test_appeal_only_against_the_current_decision_and_once(
    factory: sessionmaker[Session], platform_id: int
) -> None:
    out = _moderate(factory, platform_id, [NewItem("a", "bọn mọi")], CountingDetector())
    assert isinstance(out[0], acts.Decided)
    dec_id = out[0].stored.decision_public_id
    with factory() as s, s.begin():
        appeal, task = acts.create_appeal(s, platform_id, dec_id, statement="Tôi không sai",
                                          actor="t")
        assert appeal.status == "pending" and task.source == "appeal"
    with factory() as s, s.begin(), pytest.raises(Conflict, match="pending appeal"):
        acts.create_appeal(s, platform_id, dec_id, statement="lại", actor="t")


class SurfaceDetector(CountingDetector):
    """Also accepts surfaces, as ``vimod.Detector`` does, and remembers them."""

    def __init__(self) -> None:
        super().__init__()
        self.surfaces: list[list[str | None] | None] = []

    def predict(self, texts: list[str],
                surface: list[str | None] | None = None) -> list[dict[str, Any]]:
        self.surfaces.append(surface)
        return super().predict(texts)


def test_a_product_review_reaches_the_detector_with_its_surface(
    factory: sessionmaker[Session], platform_id: int
) -> None:
    detector = SurfaceDetector()
    _moderate(factory, platform_id, [NewItem("c", "bài hay"), NewItem("d", "bọn mọi")], detector)
    _moderate(factory, platform_id, [NewItem("e", "hàng tốt", surface="review"),
                                     NewItem("f", "chào")], detector)
    # comments alone: texts only (any predict(texts) detector works); a review: per text
    assert detector.surfaces == [None, ["review", "comment"]]
