"""Factories for console and review tests: platforms, items with an automated decision and an
open review task, users. Plain store rows, no HTTP."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from vimod.store.models import Decision, Item, Platform, ReviewTask, User
from vimod.store.moderation import new_public_id
from vimod.store.users import create_user

PASSWORD = "mật-khẩu-thử-nghiệm"
_seq = itertools.count(1)


def make_platform(session: Session, name: str | None = None) -> Platform:
    platform = Platform(name=name or f"diễn-đàn-{next(_seq)}")
    session.add(platform)
    session.flush()
    return platform


def make_user(session: Session, username: str, role: str = "moderator") -> User:
    return create_user(session, username, PASSWORD, role=role, actor="test")


def make_item(
    session: Session,
    platform: Platform,
    text: str = "Bọn mọi rợ này cút đi",
    *,
    label: str = "HATE",
    action: str = "review",
    source: str | None = "automated",
    severity: float = 0.8,
    surface: str = "comment",
    author_id: str | None = "tác-giả-1",
    spans: list[dict[str, Any]] | None = None,
    age: timedelta = timedelta(0),
    now: datetime | None = None,
) -> tuple[Item, Decision, ReviewTask | None]:
    """An item, its automated decision (``action``) and, unless ``source`` is None, an open
    review task of that source."""
    now = (now or datetime.now(UTC)) - age
    if spans is None:
        pos = text.find("mọi")
        spans = [{"start": pos, "end": pos + 3, "text": "mọi"}] if pos >= 0 else []
    hate = 0.9 if label == "HATE" else 0.05
    offensive = 0.6 if label == "OFFENSIVE" else 0.04
    scores = {"CLEAN": round(1 - hate - offensive, 4), "OFFENSIVE": offensive, "HATE": hate}
    detection = {"label": label, "scores": scores, "spam": 0.01, "spans": spans,
                 "model": "test-model-1"}
    item = Item(
        platform_id=platform.id,
        external_id=f"ext-{next(_seq)}",
        text=text,
        author_id=author_id,
        surface=surface,
        received_at=now,
        label=label,
        detection=detection,
    )
    session.add(item)
    session.flush()
    decision = Decision(
        public_id=new_public_id("dec"),
        platform_id=platform.id,
        item_id=item.id,
        action=action,
        rule="hate_review" if action == "review" else f"auto_{action}",
        category="hate" if label == "HATE" else ("offensive" if label == "OFFENSIVE" else "none"),
        reason_vi="Nội dung có thể mang tính thù ghét.",
        reason_en="The content may be hateful.",
        policy_version="test-policy-1",
        model_version="test-model-1",
        scores=scores,
        spans=spans,
        automated=True,
        origin="automated",
        created_at=now,
    )
    session.add(decision)
    session.flush()
    item.current_decision_id = decision.id
    task = None
    if source is not None:
        task = ReviewTask(
            platform_id=platform.id, item_id=item.id, source=source, severity=severity,
            created_at=now,
        )
        session.add(task)
        session.flush()
    return item, decision, task


# (text, label, action, source, severity, surface, marked word, hours waiting)
DEMO = [
    ("Bọn mọi rợ này cút hết về rừng đi, đừng ở đây làm bẩn khu phố", "HATE", "review",
     "automated", 0.93, "comment", "mọi rợ", 2),
    ("Đồ ngu, mày biết gì về bóng đá mà bình luận", "OFFENSIVE", "label", "user_report", 0.48,
     "comment", "Đồ ngu", 5),
    ("Mua ngay iphone giá rẻ chỉ 2 triệu, inbox zalo để được giảm thêm", "CLEAN", "review",
     "automated", 0.45, "marketplace", "Mua ngay", 1),
    ("Chính quyền xử lý vụ ngập lụt quá chậm, dân khổ mấy tuần nay", "CLEAN", "allow",
     "authority_request", 1.0, "comment", "", 30),
    ("Thằng đó đáng bị đánh cho chết, loại người như nó", "HATE", "review", "automated", 0.88,
     "comment", "đánh cho chết", 26),
    ("Bài viết hay quá, cảm ơn bạn đã chia sẻ kinh nghiệm", "CLEAN", "allow", "user_report",
     0.03, "comment", "", 200),
    ("con_lon_ngu_123", "OFFENSIVE", "review", "automated", 0.52, "username", "lon_ngu", 3),
    ("Nhóm người đó toàn lừa đảo, gặp là phải đuổi đi", "HATE", "review", "automated", 0.71,
     "comment", "toàn lừa đảo", 9),
    ("Sản phẩm dùng tốt nhưng giao hàng hơi chậm", "CLEAN", "allow", "user_report", 0.04,
     "marketplace", "", 50),
    ("Câm mồm đi, không ai hỏi ý kiến mày", "OFFENSIVE", "review", "automated", 0.55,
     "comment", "Câm mồm", 12),
]


def seed_demo(session: Session, platform: Platform, *, author_id: str = "u-8841") -> list[int]:
    """Ten realistic items across sources, with a user report and an authority request."""
    from vimod.store.models import AuthorityRequest, UserReport

    ids = []
    for i, (text, label, action, source, sev, surface, word, hours) in enumerate(DEMO):
        pos = text.find(word) if word else -1
        spans = [{"start": pos, "end": pos + len(word), "text": word}] if pos >= 0 else []
        item, _, task = make_item(
            session, platform, text, label=label, action=action, source=source,
            severity=sev, surface=surface, spans=spans, age=timedelta(hours=hours),
            author_id=author_id if i in (0, 4, 7) else f"u-{100 + i}",
        )
        assert task is not None
        if source == "user_report":
            report = UserReport(platform_id=platform.id, item_id=item.id, reason="harassment",
                                note="Người dùng báo cáo bình luận này")
            session.add(report)
            session.flush()
            task.user_report_id = report.id
        if source == "authority_request":
            req = AuthorityRequest(
                platform_id=platform.id, item_id=item.id, authority="Sở Thông tin và Truyền thông",
                legal_basis="Nghị định 72/2013/NĐ-CP, Điều 5",
                deadline=datetime.now(UTC) + timedelta(days=2),
            )
            session.add(req)
            session.flush()
            task.authority_request_id = req.id
        ids.append(item.id)
    session.flush()
    return ids
