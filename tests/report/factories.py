"""A small, fully known moderation history for the report tests.

Period under test: Monday 2026-03-02 .. Sunday 2026-03-08 (UTC). Platform "forum" publishes its
reports; "market" does not and holds one item and one authority request of its own, so scoping
by platform is visible. Items 15 and 16 sit just outside the period (2026-03-01 23:30 and
2026-03-09 00:00). Every expected figure in test_queries.py is derived by hand from this file;
the derivation is written next to each assertion.

Rows are inserted in time order per item, so "latest decision = highest id" holds as it does
in the service.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from vimod.store.models import (
    Appeal,
    AuthorityRequest,
    Decision,
    Item,
    Platform,
    Review,
    ReviewTask,
    User,
    UserReport,
)

BTTTT = "Bộ Thông tin và Truyền thông"
CONG_AN = "Công an tỉnh Quảng Ninh"
BCT = "Bộ Công Thương"
ND72 = "Nghị định 72/2013/NĐ-CP, Điều 5"
LUAT_ANM = "Luật An ninh mạng 2018, Điều 16"
ND98 = "Nghị định 98/2020/NĐ-CP"


def at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A moment in March 2026 (UTC)."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@dataclass
class History:
    texts: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)
    decisions: dict[str, Decision] = field(default_factory=dict)


class _Builder:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.h = History()
        self._n = itertools.count(1)

    def add(self, row):  # type: ignore[no-untyped-def]
        self.s.add(row)
        self.s.flush()
        return row

    def item(self, platform: Platform, n: int, surface: str, when: datetime) -> Item:
        text = f"Văn bản bí mật số {n} của tác giả"
        author = f"author-secret-{n:03d}"
        self.h.texts.append(text)
        self.h.authors.append(author)
        return self.add(
            Item(
                platform_id=platform.id,
                external_id=f"ext-{n}",
                text=text,
                author_id=author,
                surface=surface,
                created_at=when,
                received_at=when,
                label="CLEAN",
                detection={"label": "CLEAN", "scores": {}, "spam": 0.0, "spans": []},
            )
        )

    def decide(
        self,
        item: Item,
        action: str,
        rule: str,
        category: str,
        when: datetime,
        *,
        origin: str = "automated",
        reviewer: User | None = None,
        supersedes: Decision | None = None,
        name: str | None = None,
    ) -> Decision:
        k = next(self._n)
        d = self.add(
            Decision(
                public_id=f"dec_{k:04d}",
                platform_id=item.platform_id,
                item_id=item.id,
                action=action,
                rule=rule,
                category=category,
                reason_vi=f"Lý do của quy tắc {rule}",
                reason_en=f"Reason of rule {rule}",
                policy_version="2026.03",
                model_version="vimod-test-1",
                scores={"HATE": 0.5},
                spans=[],
                automated=origin == "automated",
                origin=origin,
                reviewer_id=reviewer.id if reviewer else None,
                supersedes_id=supersedes.id if supersedes else None,
                created_at=when,
            )
        )
        item.current_decision_id = d.id
        if name:
            self.h.decisions[name] = d
        return d

    def human(
        self,
        item: Item,
        action: str,
        rule: str,
        category: str,
        when: datetime,
        reviewer: User,
        base: Decision,
        origin: str = "review",
    ) -> Decision:
        """A moderator's decision, shaped like vimod.acts.review._human_decision's."""
        return self.decide(
            item, action, rule, category, when, origin=origin, reviewer=reviewer, supersedes=base
        )

    def report(self, item: Item, reason: str, when: datetime) -> UserReport:
        return self.add(
            UserReport(
                platform_id=item.platform_id,
                item_id=item.id,
                reason=reason,
                note="ghi chú riêng",
                created_at=when,
            )
        )

    def authority(
        self,
        item: Item,
        authority: str,
        basis: str,
        when: datetime,
        outcome: str = "pending",
        decided_at: datetime | None = None,
    ) -> AuthorityRequest:
        return self.add(
            AuthorityRequest(
                platform_id=item.platform_id,
                item_id=item.id,
                authority=authority,
                legal_basis=basis,
                deadline=None,
                outcome=outcome,
                decided_at=decided_at,
                created_at=when,
            )
        )

    def task(
        self, item: Item, source: str, when: datetime, resolved: datetime | None = None, **refs
    ) -> ReviewTask:
        return self.add(
            ReviewTask(
                platform_id=item.platform_id,
                item_id=item.id,
                source=source,
                status="done" if resolved else "open",
                created_at=when,
                resolved_at=resolved,
                **refs,
            )
        )

    def review(
        self,
        task: ReviewTask,
        reviewer: User,
        verdict: str,
        when: datetime,
        decision: Decision | None = None,
    ) -> Review:
        return self.add(
            Review(
                platform_id=task.platform_id,
                task_id=task.id,
                item_id=task.item_id,
                reviewer_id=reviewer.id,
                verdict=verdict,
                action=decision.action if decision and verdict == "overturn" else None,
                reason="lý do của người kiểm duyệt",
                decision_id=decision.id if decision else None,
                created_at=when,
            )
        )

    def appeal(
        self,
        decision: Decision,
        when: datetime,
        status: str = "pending",
        decided_at: datetime | None = None,
        decided_by: User | None = None,
    ) -> Appeal:
        k = next(self._n)
        return self.add(
            Appeal(
                public_id=f"apl_{k:04d}",
                platform_id=decision.platform_id,
                decision_id=decision.id,
                item_id=decision.item_id,
                statement="Tôi không đồng ý, đây là lời khiếu nại riêng tư",
                status=status,
                decided_at=decided_at,
                decided_by=decided_by.id if decided_by else None,
                created_at=when,
            )
        )


def build_history(session: Session) -> History:
    """Insert the history described in the module docstring; returns what tests look for."""
    b = _Builder(session)
    forum = b.add(Platform(name="forum", public_reports=True))
    market = b.add(Platform(name="market", public_reports=False))
    mod1 = b.add(User(username="kiemduyet.lan", password_hash="x", role="moderator"))
    mod2 = b.add(User(username="kiemduyet.minh", password_hash="x", role="moderator"))
    b.h.reviewers = [mod1.username, mod2.username]

    # i1, i2: day 2, plain automated decisions.
    i1 = b.item(forum, 1, "comment", at(2, 8))
    b.decide(i1, "remove", "hate_remove", "hate", at(2, 8), name="d1")
    i2 = b.item(forum, 2, "comment", at(2, 9))
    b.decide(i2, "allow", "default_allow", "none", at(2, 9))
    # i3: a username labelled.
    i3 = b.item(forum, 3, "username", at(3, 10))
    b.decide(i3, "label", "offensive_label", "offensive", at(3, 10))
    # i4: a listing held for review; a moderator overturns to remove (1 h).
    i4 = b.item(forum, 4, "marketplace_listing", at(3, 11))
    d4a = b.decide(i4, "review", "spam_review", "spam", at(3, 11))
    t4 = b.task(i4, "automated", at(3, 11), at(3, 12))
    d4b = b.human(i4, "remove", "human_review", "spam", at(3, 12), mod1, d4a)
    b.review(t4, mod1, "overturn", at(3, 12), d4b)
    # i5: removed, appealed (day 4 10:00), appeal reversed a day later -> allow. As in
    # vimod.acts.review, deciding an appeal adds a decision (origin appeal) and a review row.
    i5 = b.item(forum, 5, "comment", at(4, 8))
    d5a = b.decide(i5, "remove", "hate_remove", "hate", at(4, 8))
    a5 = b.appeal(d5a, at(4, 10), "reversed", at(5, 10), mod2)
    t5 = b.task(i5, "appeal", at(4, 10), at(5, 10), appeal_id=a5.id)
    d5b = b.human(i5, "allow", "appeal_reversed", "none", at(5, 10), mod2, d5a, "appeal")
    b.review(t5, mod2, "overturn", at(5, 10), d5b)
    a5.outcome_decision_id = d5b.id
    # i6: allowed, user report (harassment), overturned to remove after 6 h.
    i6 = b.item(forum, 6, "comment", at(4, 9))
    d6a = b.decide(i6, "allow", "default_allow", "none", at(4, 9))
    ur6 = b.report(i6, "harassment", at(4, 12))
    t6 = b.task(i6, "user_report", at(4, 12), at(4, 18), user_report_id=ur6.id)
    d6b = b.human(i6, "remove", "human_review", "manual", at(4, 18), mod1, d6a)
    b.review(t6, mod1, "overturn", at(4, 18), d6b)
    # i7: labelled, user report (insult), upheld after 1 h (the uphold records a decision).
    i7 = b.item(forum, 7, "comment", at(5, 8))
    d7a = b.decide(i7, "label", "offensive_label", "offensive", at(5, 8))
    ur7 = b.report(i7, "insult", at(5, 9))
    t7 = b.task(i7, "user_report", at(5, 9), at(5, 10), user_report_id=ur7.id)
    d7b = b.human(i7, "label", "offensive_label", "offensive", at(5, 10), mod2, d7a)
    b.review(t7, mod2, "uphold", at(5, 10), d7b)
    # i8: allowed; authority request (BTTTT), reviewed after 18 h -> removed; actioned.
    i8 = b.item(forum, 8, "comment", at(5, 14))
    d8a = b.decide(i8, "allow", "default_allow", "none", at(5, 14))
    ar8 = b.authority(i8, BTTTT, ND72, at(5, 15), "actioned", at(6, 9))
    t8 = b.task(i8, "authority_request", at(5, 15), at(6, 9), authority_request_id=ar8.id)
    d8b = b.human(i8, "remove", "human_review", "manual", at(6, 9), mod1, d8a)
    b.review(t8, mod1, "overturn", at(6, 9), d8b)
    # i9: allowed; authority request (police), reviewed after 26 h, upheld -> declined.
    i9 = b.item(forum, 9, "comment", at(6, 10))
    d9a = b.decide(i9, "allow", "default_allow", "none", at(6, 10))
    ar9 = b.authority(i9, CONG_AN, LUAT_ANM, at(6, 11), "declined", at(7, 13))
    t9 = b.task(i9, "authority_request", at(6, 11), at(7, 13), authority_request_id=ar9.id)
    d9b = b.human(i9, "allow", "default_allow", "none", at(7, 13), mod2, d9a)
    b.review(t9, mod2, "uphold", at(7, 13), d9b)
    # i10: allowed; authority request (BTTTT) actioned only after the period -> pending in it.
    i10 = b.item(forum, 10, "comment", at(7, 9))
    b.decide(i10, "allow", "default_allow", "none", at(7, 9))
    ar10 = b.authority(
        i10, BTTTT, ND72, at(7, 10), "actioned", datetime(2026, 3, 10, 9, tzinfo=UTC)
    )
    b.task(i10, "authority_request", at(7, 10), None, authority_request_id=ar10.id)
    # i11: removed; appeal upheld after 12 h (the uphold adds a decision with the same rule).
    i11 = b.item(forum, 11, "comment", at(6, 8))
    d11 = b.decide(i11, "remove", "hate_remove", "hate", at(6, 8))
    a11 = b.appeal(d11, at(6, 9), "upheld", at(6, 21), mod2)
    t11 = b.task(i11, "appeal", at(6, 9), at(6, 21), appeal_id=a11.id)
    d11b = b.human(i11, "remove", "hate_remove", "hate", at(6, 21), mod2, d11, "appeal")
    b.review(t11, mod2, "uphold", at(6, 21), d11b)
    a11.outcome_decision_id = d11b.id
    # i12: a username removed; appeal still pending.
    i12 = b.item(forum, 12, "username", at(7, 12))
    d12 = b.decide(i12, "remove", "hate_remove", "hate", at(7, 12))
    a12 = b.appeal(d12, at(8, 8))
    b.task(i12, "appeal", at(8, 8), None, appeal_id=a12.id)
    # i13: labelled; appeal filed on day 8, reversed on day 9 (after the period).
    i13 = b.item(forum, 13, "comment", at(8, 9))
    d13a = b.decide(i13, "label", "offensive_label", "offensive", at(8, 9))
    a13 = b.appeal(d13a, at(8, 10), "reversed", at(9, 10), mod1)
    t13 = b.task(i13, "appeal", at(8, 10), at(9, 10), appeal_id=a13.id)
    d13b = b.human(i13, "allow", "appeal_reversed", "none", at(9, 10), mod1, d13a, "appeal")
    b.review(t13, mod1, "overturn", at(9, 10), d13b)
    a13.outcome_decision_id = d13b.id
    # i14: held for review; escalated, then overturned to allow; the task has no resolved_at,
    # so its decision time is the first non-escalating review (2 h).
    i14 = b.item(forum, 14, "comment", at(8, 11))
    d14a = b.decide(i14, "review", "spam_review", "spam", at(8, 11))
    t14 = b.task(i14, "automated", at(8, 11), None)
    b.review(t14, mod1, "escalate", at(8, 12))
    d14b = b.human(i14, "allow", "human_review", "none", at(8, 13), mod2, d14a)
    b.review(t14, mod2, "overturn", at(8, 13), d14b)
    # i15: received and removed just before the period; reported and upheld inside it (1 h).
    i15 = b.item(forum, 15, "comment", datetime(2026, 3, 1, 23, 30, tzinfo=UTC))
    d15 = b.decide(i15, "remove", "hate_remove", "hate", datetime(2026, 3, 1, 23, 30, tzinfo=UTC))
    ur15 = b.report(i15, "hate", at(2, 10))
    t15 = b.task(i15, "user_report", at(2, 10), at(2, 11), user_report_id=ur15.id)
    d15b = b.human(i15, "remove", "hate_remove", "hate", at(2, 11), mod1, d15)
    b.review(t15, mod1, "uphold", at(2, 11), d15b)
    # i16: right at the exclusive end of the period.
    i16 = b.item(forum, 16, "comment", at(9, 0))
    b.decide(i16, "remove", "hate_remove", "hate", at(9, 0))

    # The other platform: one listing removed and one pending authority request.
    i17 = b.item(market, 17, "marketplace_listing", at(3, 9))
    b.decide(i17, "remove", "spam_remove", "spam", at(3, 9))
    b.authority(i17, BCT, ND98, at(3, 10))
    session.flush()
    return b.h
