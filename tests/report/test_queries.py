"""Every figure of the report over the known history (tests/report/factories.py), on SQLite and
on PostgreSQL. The hand derivation of each number is in the comments."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.report.factories import BCT, BTTTT, CONG_AN, LUAT_ANM, ND72, History
from vimod.errors import InvalidInput, NotFound
from vimod.report import build_report
from vimod.report.model import (
    AppealRuleRow,
    AuthorityRow,
    LegalBasisRow,
    OverturnRow,
    RuleRow,
)

SINCE, UNTIL = date(2026, 3, 2), date(2026, 3, 8)


@pytest.fixture
def report(factory: sessionmaker[Session], history: History):  # type: ignore[no-untyped-def]
    with factory() as s:
        return build_report(s, since=SINCE, until=UNTIL, platform="forum")


def test_items_received_counts_period_only(report) -> None:  # type: ignore[no-untyped-def]
    # i1..i14; i15 (Mar 1 23:30) and i16 (Mar 9 00:00) are outside; i17 is the market's.
    assert report.items.received == 14
    assert report.items.by_surface == {"comment": 11, "marketplace_listing": 1, "username": 2}
    assert report.platform == "forum"
    assert report.period.granularity == "day"


def test_decisions_by_action_origin_and_category_exact(report) -> None:  # type: ignore[no-untyped-def]
    d = report.decisions
    # 14 automated (one per item i1..i14) + 7 review (d4b d6b d7b d8b d9b d14b d15b)
    # + 2 appeal (d5b reversed, d11b upheld).
    assert d.total == 23
    assert d.automated == 14
    assert d.by_origin == {"appeal": 2, "automated": 14, "review": 7}
    assert d.by_action == {"allow": 8, "label": 4, "review": 2, "remove": 9}
    assert list(d.by_action) == ["allow", "label", "review", "remove"]
    assert d.by_category == {
        "hate": {"remove": 6},  # d1 d5a d11 d12 d11b d15b
        "manual": {"remove": 2},  # d6b d8b
        "none": {"allow": 8},
        "offensive": {"label": 4},
        "spam": {"review": 2, "remove": 1},
    }


def test_decisions_by_rule_sorted_by_volume(report) -> None:  # type: ignore[no-untyped-def]
    assert report.decisions.by_rule == [
        RuleRow("default_allow", "none", 6, {"allow": 6}),
        RuleRow("hate_remove", "hate", 6, {"remove": 6}),
        RuleRow("offensive_label", "offensive", 4, {"label": 4}),
        RuleRow("human_review", "manual", 2, {"remove": 2}),
        RuleRow("spam_review", "spam", 2, {"review": 2}),
        RuleRow("appeal_reversed", "none", 1, {"allow": 1}),
        RuleRow("human_review", "none", 1, {"allow": 1}),
        RuleRow("human_review", "spam", 1, {"remove": 1}),
    ]


def test_decisions_by_source_follow_review_task(report) -> None:  # type: ignore[no-untyped-def]
    # automated: the 14 automated decisions + d4b (remove) and d14b (allow) from automated holds.
    # user_report: d6b remove, d7b label, d15b remove; authority_request: d8b remove, d9b allow;
    # appeal: d5b allow, d11b remove.
    assert report.decisions.by_source == {
        "automated": {"allow": 6, "label": 3, "review": 2, "remove": 5},
        "user_report": {"label": 1, "remove": 2},
        "authority_request": {"allow": 1, "remove": 1},
        "appeal": {"allow": 1, "remove": 1},
    }
    assert list(report.decisions.by_source) == [
        "automated",
        "user_report",
        "authority_request",
        "appeal",
    ]


def test_decisions_by_surface_and_current_state(report) -> None:  # type: ignore[no-untyped-def]
    assert report.decisions.by_surface == {
        "comment": {"allow": 8, "label": 3, "review": 1, "remove": 7},
        "marketplace_listing": {"review": 1, "remove": 1},
        "username": {"label": 1, "remove": 1},
    }
    # latest per item: remove i1 i4 i6 i8 i11 i12 i15; allow i2 i5 i9 i10 i14; label i3 i7 i13.
    assert report.decisions.current_state == {"allow": 5, "label": 3, "remove": 7}


def test_user_reports_by_reason(report) -> None:  # type: ignore[no-untyped-def]
    assert report.user_reports.received == 3
    assert report.user_reports.by_reason == {"harassment": 1, "hate": 1, "insult": 1}


def test_authority_requests_outcome_as_of_period_end(report) -> None:  # type: ignore[no-untyped-def]
    a = report.authority_requests
    # ar10 was actioned on Mar 10, after the period: pending as of its end.
    assert a.received == 3
    assert a.by_outcome == {"actioned": 1, "declined": 1, "pending": 1}
    assert a.by_authority == [
        AuthorityRow(BTTTT, total=2, actioned=1, declined=0, pending=1),
        AuthorityRow(CONG_AN, total=1, actioned=0, declined=1, pending=0),
    ]
    assert a.by_legal_basis == [
        LegalBasisRow(ND72, total=2, actioned=1, declined=0, pending=1),
        LegalBasisRow(LUAT_ANM, total=1, actioned=0, declined=1, pending=0),
    ]
    # ar8 18 h, ar9 26 h -> median 22 h.
    assert a.median_seconds_to_outcome == 79200.0


def test_authority_requests_reported_even_when_declined_or_pending(
    factory: sessionmaker[Session], history: History
) -> None:
    with factory() as s:
        r = build_report(s, since=date(2026, 3, 7), until=date(2026, 3, 7), platform="forum")
    # Only ar10 was received on Mar 7, and it is pending then: still listed.
    assert r.authority_requests.received == 1
    assert r.authority_requests.by_outcome == {"actioned": 0, "declined": 0, "pending": 1}
    assert r.authority_requests.by_authority == [AuthorityRow(BTTTT, 1, 0, 0, 1)]


def test_review_figures_exact(report) -> None:  # type: ignore[no-untyped-def]
    rv = report.review
    # r15 r4 r6 r7 r8 r9 r14(escalate) r14b, and the appeal reviews r5 (overturn) r11 (uphold)
    assert rv.reviews == 10
    assert rv.by_verdict == {"escalate": 1, "overturn": 5, "uphold": 4}
    assert rv.items_reviewed == 9  # i4 i5 i6 i7 i8 i9 i11 i14 i15
    # decided in period: t4 t14 (automated), t5 t11 (appeal), t6 t7 t15 (user), t8 t9 (authority)
    assert rv.tasks_decided == 9
    assert rv.tasks_by_source == {
        "appeal": 2,
        "authority_request": 2,
        "automated": 2,
        "user_report": 3,
    }
    assert rv.open_at_end == 3  # t10, t12, t13 (resolved on Mar 9)
    # durations (s): 3600 3600 3600 7200 21600 43200 64800 86400 93600
    assert rv.median_seconds_to_decision == 21600.0
    # rank 0.9 * 8 = 7.2 -> 86400 + 0.2 * (93600 - 86400)
    assert rv.p90_seconds_to_decision == 87840.0


def test_overturn_rate_per_rule_counts_automated_decisions_only(report) -> None:  # type: ignore[no-untyped-def]
    assert report.review.overturn_by_rule == [
        # r6 r8 overturn d6a d8a, r9 upholds d9a
        OverturnRow("default_allow", reviewed=3, upheld=1, overturned=2, overturn_rate=0.6667),
        # r15 upholds d15 (made before the period), r5 reverses d5a, r11 upholds d11
        OverturnRow("hate_remove", reviewed=3, upheld=2, overturned=1, overturn_rate=0.3333),
        OverturnRow("spam_review", reviewed=2, upheld=0, overturned=2, overturn_rate=1.0),
        OverturnRow("offensive_label", reviewed=1, upheld=1, overturned=0, overturn_rate=0.0),
    ]


def test_appeals_status_as_of_period_end(report) -> None:  # type: ignore[no-untyped-def]
    ap = report.appeals
    # a5 reversed, a11 upheld, a12 pending, a13 reversed after the period -> pending.
    assert (ap.filed, ap.decided, ap.upheld, ap.reversed, ap.pending) == (4, 2, 1, 1, 2)
    assert ap.median_seconds_to_outcome == 64800.0  # (43200 + 86400) / 2
    assert ap.by_rule == [
        AppealRuleRow("hate_remove", filed=3, upheld=1, reversed=1, pending=1),
        AppealRuleRow("offensive_label", filed=1, upheld=0, reversed=0, pending=1),
    ]


def test_daily_series_exact(report) -> None:  # type: ignore[no-untyped-def]
    s = report.series
    assert s.buckets == [f"2026-03-0{d}" for d in range(2, 9)]
    assert s.items_received == [2, 2, 2, 2, 2, 2, 2]
    assert s.decisions == {
        "allow": [1, 0, 1, 2, 1, 2, 1],
        "label": [0, 1, 0, 2, 0, 0, 1],
        "review": [0, 1, 0, 0, 0, 0, 1],
        "remove": [2, 1, 2, 0, 3, 1, 0],
    }
    assert s.user_reports == [1, 0, 1, 1, 0, 0, 0]
    assert s.authority_requests == [0, 0, 0, 1, 1, 1, 0]
    assert s.reviews == [1, 1, 1, 2, 2, 1, 2]
    assert s.appeals_filed == [0, 0, 1, 0, 1, 0, 2]
    assert s.appeals_decided == [0, 0, 0, 1, 1, 0, 0]


def test_weekly_series_buckets_on_monday(factory: sessionmaker[Session], history: History) -> None:
    with factory() as s:
        r = build_report(
            s,
            since=date(2026, 3, 1),
            until=date(2026, 3, 9),
            platform="forum",
            granularity="week",
        )
    # Sun Mar 1 belongs to the week of Mon Feb 23; Mon Mar 9 starts a new week.
    assert r.series.buckets == ["2026-02-23", "2026-03-02", "2026-03-09"]
    assert r.series.items_received == [1, 14, 1]
    assert r.series.decisions["remove"] == [1, 9, 1]


def test_all_platforms_include_the_other_platform(
    factory: sessionmaker[Session], history: History
) -> None:
    with factory() as s:
        r = build_report(s, since=SINCE, until=UNTIL)
    assert r.platform is None
    assert r.items.received == 15
    assert r.decisions.by_action["remove"] == 10
    assert r.authority_requests.received == 4
    assert r.authority_requests.by_outcome == {"actioned": 1, "declined": 1, "pending": 2}
    assert AuthorityRow(BCT, 1, 0, 0, 1) in r.authority_requests.by_authority


def test_empty_period_gives_zeros_not_errors(
    factory: sessionmaker[Session], history: History
) -> None:
    with factory() as s:
        r = build_report(s, since=date(2025, 1, 1), until=date(2025, 1, 31), platform="forum")
    assert r.items.received == 0 and r.decisions.total == 0
    assert r.review.median_seconds_to_decision is None
    assert r.appeals.median_seconds_to_outcome is None
    assert r.authority_requests.by_outcome == {"actioned": 0, "declined": 0, "pending": 0}
    assert len(r.series.buckets) == 31 and sum(r.series.items_received) == 0


def test_unknown_platform_raises_not_found(
    factory: sessionmaker[Session], history: History
) -> None:
    with factory() as s, pytest.raises(NotFound):
        build_report(s, since=SINCE, until=UNTIL, platform="nope")


def test_until_before_since_raises_invalid_input(factory: sessionmaker[Session]) -> None:
    with factory() as s, pytest.raises(InvalidInput):
        build_report(s, since=UNTIL, until=SINCE)
